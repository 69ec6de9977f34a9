"""Trains the structure model of the source chooser (stop 38, helper src3): the chooser's conditional logit over
stop 36's features and source_structure.py's (how the record's sentence opens, where it stands, where each
candidate stands from it and what its sentence tells first), written to src/marsad/data/events/source_structure.json.

The examples are stop 36's (scripts/train_source_chooser.py: each asserted record of a development paraphrase set,
today's run and its first-run replay, and of the invented seen sets, aligned with its gold event; a candidate is
right when bench_events' source test accepts it); never news_dev, never a held-out set (load_set refuses one).
Deterministic: full batch from zero, fixed steps (train_place_chooser._weights). L2 and the rules' margin were
chosen on the leave-one-set-out tables of benchmarks/bench_source_structure.py (notes/src3.md says which).

    .venv/bin/python scripts/train_source_structure.py [--cache DIR] [--on]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "scripts"), str(ROOT / "benchmarks"), str(ROOT / "src")]

import bench_events as be  # noqa: E402
import train_place_chooser as tp  # noqa: E402
import train_source_chooser as ts  # noqa: E402

assert not set(tp.TRAIN_SETS) & set(be.HELD_OUT)
OUT = ROOT / "src/marsad/data/events/source_structure.json"
L2 = 0.03
MARGIN = 0.25


def fit(exs: list[dict]) -> dict[str, float]:
    """The weights on examples with a right candidate (stop 36's steps, rate and paraphrase weight)."""
    return tp._weights([e for e in exs if any(e["labels"])], L2, ts.STEPS, ts.RATE, ts.REAL_WEIGHT)


def examples(sets: dict[str, list[dict]], leave_out: str | None = None) -> list[dict]:
    """Every collected set's examples (name or name@first), the `leave_out` set's two runs left out."""
    return [x for name, cs in sets.items() if name.split("@")[0] != leave_out
            for x in ts.examples(cs, name.split("@")[0])]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", help="collected sets kept here (train_source_chooser.load_all; a fresh folder per tree)")
    ap.add_argument("--on", action="store_true", help="write the model enabled (only when the benchmark's gate holds)")
    args = ap.parse_args()
    sets = ts.load_all(Path(args.cache) if args.cache else None)
    exs = examples(sets)
    w = fit(exs)
    raw = {"enabled": bool(args.on),
           "about": "extract/events/source_structure.py: the source chooser's model over stop 36's features and the "
                    "document's structure (scripts/train_source_structure.py; gate: benchmarks/"
                    "bench_source_structure.py). `enabled` false: stop 36's model (source_chooser.json) stands.",
           "margin": MARGIN, "weights": dict(sorted(w.items())),
           "trained_on": {"sets": len(sets), "examples": len(exs), "l2": L2, "steps": ts.STEPS,
                          "real_weight": ts.REAL_WEIGHT}}
    OUT.write_text(json.dumps(raw, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(exs)} examples, {len(w)} weights -> {OUT} (enabled={raw['enabled']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
