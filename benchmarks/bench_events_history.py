"""The same event sets scored with the events code of older revisions: how much each stop's work
carried to text that none of those revisions was tuned on.

A probe set's first run is one figure on one set, and sets differ in difficulty (set 20 is far
harder than set 21), so first runs of different sets cannot show whether the code got better.
This runs ONE set on several revisions: each revision's ``src`` is taken with ``git archive`` into a
temporary folder and run in a child process (this venv, the old ``src`` first on the path); the
documents, the gold and the scorer are this tree's (``bench_events.score``), so only the code
differs. A set written after every revision listed is unseen by all of them.

    .venv/bin/python benchmarks/bench_events_history.py --set probe20,probe21 \
        [--revs 7219256,ee0323a,bae6b33,354d743,ca1af1a,HEAD]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# the final main of stops 21-29 (benchmarks/data/events_probe/README.md, BENCHMARKS.md), then this tree
STOP_ENDS = {"7219256": "stop 21", "ee0323a": "stop 22", "bae6b33": "stop 23", "354d743": "stop 24",
             "ca1af1a": "stop 25", "39e2a2e": "stop 26", "c840bbb": "stop 27", "542fe70": "stop 28", "ae669c2": "stop 29",
             "010b634": "stop 30", "306fa1a": "stop 31", "fec8c5b": "stop 32", "dc492c4": "stop 33", "c64e743": "stop 34",
             "137bcfd": "stop 35", "6bf946e": "stop 36", "f14b4af": "stop 37", "4a5d17d": "stop 38",
             "e639952": "stop 39", "fee9c61": "stop 40", "d7eeb25": "stop 41", "c395d20": "stop 42", "92b8f39": "stop 43",
             "ce12db9": "stop 44", "030b131": "stop 45", "ed19850": "stop 46", "9b4aeab": "stop 47",
             "HEAD": "this tree"}


def _child(src: str, names: list[str]) -> int:
    """Inside the child: the old tree's pipeline, this tree's documents and scorer; JSON on stdout."""
    sys.path.insert(0, src)
    import marsad  # noqa: F401  (first: bench_events puts this tree's src on the path too)
    sys.path.insert(1, str(ROOT / "benchmarks"))
    import bench_events as be

    if not Path(marsad.__file__).resolve().is_relative_to(Path(src).resolve()):
        print(f"the old tree was not imported: {marsad.__file__}", file=sys.stderr)
        return 1
    predict = be.pipeline_predict()
    out = {}
    for name in names:
        s = be.score(be.news_dev_gold(be.PROBES[name]), predict)
        out[name] = {k: s[k] for k in ("gold", "emitted", "tp", "reported_by")}
    print(json.dumps(out))
    return 0


def run_rev(rev: str, names: list[str]) -> dict | str:
    """{set: counts} for one revision, or a one-line reason it could not run."""
    return on_rev(rev, lambda src: [sys.executable, __file__, "--child", src, "--set", ",".join(names)])


def archive_src(rev: str, dest: Path) -> str | None:
    """Write the ``src`` tree of ``rev`` under ``dest`` (``git archive``); a one-line reason when git cannot. The
    history, the census and the learned components' trainers replay old trees with it."""
    arch = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], capture_output=True)
    if arch.returncode:
        return f"git archive {rev} failed: {arch.stderr.decode(errors='replace').strip()}"
    subprocess.run(["tar", "-x", "-C", str(dest)], input=arch.stdout, check=True)
    return None


def on_rev(rev: str, command) -> dict | str:
    """Run `command(src)` (an old tree's src folder, `git archive`d into a temporary folder) and read the JSON on the
    last line of its output, or give a one-line reason it could not run. bench_events_census uses it too."""
    with tempfile.TemporaryDirectory(prefix="marsad-hist-") as tmp:
        failed = archive_src(rev, Path(tmp))
        if failed:
            return failed
        run = subprocess.run(command(str(Path(tmp) / "src")), capture_output=True, text=True, cwd=tmp)
        if run.returncode:
            tail = (run.stderr.strip().splitlines() or run.stdout.strip().splitlines() or ["no message"])[-1]
            return f"{rev} could not run: {tail}"
        return json.loads(run.stdout.strip().splitlines()[-1])


def f1(tp: int, emitted: int, gold: int) -> tuple[float, float, float]:
    p = tp / emitted if emitted else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", required=True, help="comma-separated probe sets (bench_events names: probe20,probe21)")
    ap.add_argument("--revs", default=",".join(STOP_ENDS), help="comma-separated git revisions, oldest first")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    names = [n for n in args.set.split(",") if n]
    if args.child:
        return _child(args.child, names)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_events as be

    unknown = [n for n in names if n not in be.PROBES]
    if unknown:
        print(f"unknown set(s): {', '.join(unknown)}; known: {', '.join(be.PROBES)}")
        return 2
    print(f"{'revision':22} " + " ".join(f"{n + ' F1':>12}" for n in names) + f" {'pooled P':>9} {'R':>5} {'F1':>5}"
          f" {'ratio':>6}")
    bad = 0
    for rev in (r for r in args.revs.split(",") if r):
        got = run_rev(rev, names)
        label = f"{rev} ({STOP_ENDS[rev]})" if rev in STOP_ENDS else rev
        if isinstance(got, str):
            print(f"{label:22} {got}")
            bad += 1
            continue
        tp, em, gd = (sum(got[n][k] for n in names) for k in ("tp", "emitted", "gold"))
        p, r, f = f1(tp, em, gd)
        cells = " ".join(f"{f1(got[n]['tp'], got[n]['emitted'], got[n]['gold'])[2]:12.2f}" for n in names)
        print(f"{label:22} {cells} {p:9.2f} {r:5.2f} {f:5.2f} {em / gd if gd else 0:6.2f}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
