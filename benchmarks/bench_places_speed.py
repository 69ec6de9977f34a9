"""Cost of the places and dates stages against their own earlier code, in one process.

The peer is the same two modules (``extract/places.py``, ``extract/dates.py``) as they stood at an
earlier git revision (default ``964cac5``, main before stop 20's places work), loaded side by side
as ``marsad.extract._peer_places`` / ``_peer_dates`` (same gazetteer and data files, so the
figure is the cost of the code). Every sample-corpus article (``samples/corpus``) is analysed once
up to the entities; then rounds alternate new and old over all articles (load hits both alike);
CPU time (``time.process_time``) per round, the median round and the ratio new/old printed, with
each stage's cost per KB. The two sides swap places every round (whoever goes first pays for the
caches; ``--rev HEAD`` checks the figure reads 1.00x against itself).

    .venv/bin/python benchmarks/bench_places_speed.py [--rev 964cac5] [--rounds 21]
"""
from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def peer_module(rev: str, name: str):
    """``src/marsad/extract/<name>.py`` at ``rev`` as a module of the marsad.extract package."""
    src = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:src/marsad/extract/{name}.py"],
                         capture_output=True, text=True, check=True).stdout
    spec = importlib.util.spec_from_loader(f"marsad.extract._peer_{name}", loader=None)
    mod = importlib.util.module_from_spec(spec)
    mod.__package__ = "marsad.extract"
    mod.__file__ = str(ROOT / "src" / "marsad" / "extract" / f"{name}.py")  # its data paths
    sys.modules[spec.name] = mod
    exec(compile(src, f"{rev}:{name}.py", "exec"), mod.__dict__)
    return mod


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rev", default="964cac5", help="git revision of the peer modules")
    ap.add_argument("--rounds", type=int, default=21)
    args = ap.parse_args()
    from marsad.document import Document
    from marsad.extract import dates as new_dates
    from marsad.extract import places as new_places
    from marsad.pipeline import Pipeline

    try:
        old_places, old_dates = peer_module(args.rev, "places"), peer_module(args.rev, "dates")
    except subprocess.CalledProcessError as err:
        print(f"bench_places_speed: cannot read revision {args.rev}: {err.stderr.strip()}")
        return 2
    pre = Pipeline(only=["quantities", "dates", "entities"])
    docs = []
    for p in sorted((ROOT / "samples" / "corpus").glob("*.txt")):
        d = Document(p.read_text(encoding="utf-8"))
        d.published = "2020-06-01"
        pre(d)
        docs.append(d)
    kb = sum(len(d.text.encode("utf-8")) for d in docs) / 1024
    res_new, res_old = new_places.PlaceResolver(), old_places.PlaceResolver()

    def run_places(res) -> float:
        t0 = time.process_time()
        for d in docs:
            res.resolve(d.text, d["entities"], d.folded)
        return time.process_time() - t0

    def run_dates(mod) -> float:
        t0 = time.process_time()
        for d in docs:
            mod.extract_dates(d.text, d.published, folded=d.folded, sentences=d.sentences)
        return time.process_time() - t0

    for _ in range(2):  # warm caches
        run_places(res_new), run_places(res_old), run_dates(new_dates), run_dates(old_dates)
    t = {k: [] for k in ("places new", "places old", "dates new", "dates old")}
    for r in range(args.rounds):
        # the order flips every round: whichever runs first pays for the caches the other warmed
        # (always new-then-old read the same code 1.04x slower than itself)
        for side in (("new", "old") if r % 2 == 0 else ("old", "new")):
            t[f"places {side}"].append(run_places(res_new if side == "new" else res_old))
        for side in (("new", "old") if r % 2 == 0 else ("old", "new")):
            t[f"dates {side}"].append(run_dates(new_dates if side == "new" else old_dates))
    med = {k: statistics.median(v) for k, v in t.items()}
    print(f"{len(docs)} sample-corpus articles, {kb:.0f} KB; {args.rounds} interleaved rounds, CPU time; "
          f"peer: the same modules at {args.rev}")
    for stage in ("places", "dates"):
        n, o = med[f"{stage} new"], med[f"{stage} old"]
        print(f"{stage:7s} now {n * 1000:7.1f} ms ({n * 1000 / kb:.3f} ms/KB), at {args.rev} {o * 1000:7.1f} ms "
              f"({o * 1000 / kb:.3f} ms/KB): {n / o:.2f}x the old time "
              f"(fastest rounds {min(t[stage + ' new']) / min(t[stage + ' old']):.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
