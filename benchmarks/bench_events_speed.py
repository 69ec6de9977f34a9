"""Cost of the events stage (and of the whole pipeline) against the events code of another git
revision, in one process, with the outputs compared.

The peer is the events package (``extract/events/*`` and the data files of that revision) as it stood
at ``--rev`` (default ``53838a7``, main at the end of stop 23), loaded beside the current one as
``marsad.extract._peer_events`` (every other module is shared, so the figure is the cost of the
events code). Texts: the two seed pages, the sample corpus, news_dev and every probe set (each
passage with its published date and outlet). Every document is analysed once up to the places
(the stages events needs); then rounds alternate current and peer over all documents (the order
flips every round, so load and warm caches hit both alike); CPU time (``time.process_time``) per
round, medians and the ratio printed. The whole pipeline is timed the same way from the raw text
(a fresh Document per run), once with the current events stage and once with the peer's.

Last, both stages' records are compared document by document (JSON): a speed-only change must
print "identical"; ``--rev HEAD`` checks the figure reads ~1.00x against itself.

    .venv/bin/python benchmarks/bench_events_speed.py [--rev 53838a7] [--rounds 9] [--quick]
    .venv/bin/python benchmarks/bench_events_speed.py --dump OUT.jsonl   # every seen set's events, for a diff
    .venv/bin/python benchmarks/bench_events_speed.py --profile [N]      # cProfile of the current stage
"""
from __future__ import annotations

import argparse
import atexit
import importlib.util
import io
import json
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
SEEDS = ROOT.parent / "shared" / "seeds"


def texts() -> list[tuple[str, dict]]:
    """(name, Document keyword arguments) for every text the events stage is scored or shown on."""
    import bench_events as be

    from marsad.store.samples import corpus_records

    out = []
    for p in sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []:
        out.append((f"seed/{p.stem}", {"_text": p.read_text(encoding="utf-8"), "raw": True}))
    for r in corpus_records():
        out.append((f"samples/{r['id']}", {"_text": r["text"], "id": r["id"], "published": r.get("published"),
                                           "outlet": r.get("outlet")}))
    sets = ([("news_dev", be.NEWS_DEV)] if be.NEWS_DEV.exists() else []) + list(be.PROBES.items())
    for name, path in sets:
        for d in be.news_dev_gold(path):
            out.append((f"{name}/{d['id']}", {"_text": d["text"], "id": d["id"], "published": d["published"],
                                              "outlet": d["outlet"]}))
    return out


def make_doc(kw: dict):
    from marsad.document import Document
    from marsad.ingest.page import raw_to_document
    from marsad.ingest.readers import RawDoc

    if kw.get("raw"):
        return raw_to_document(RawDoc(source="bench", text=kw["_text"]))
    return Document(kw["_text"], id=kw["id"], published=kw["published"], outlet=kw["outlet"])


def peer_events(rev: str):
    """The events package at ``rev`` as ``marsad.extract._peer_events`` (its own data files)."""
    tar = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src/marsad/extract/events", "src/marsad/data"],
                         capture_output=True, check=True).stdout
    tmp = Path(tempfile.mkdtemp(prefix="peer_events_"))
    atexit.register(shutil.rmtree, tmp, True)
    with tarfile.open(fileobj=io.BytesIO(tar)) as tf:
        tf.extractall(tmp, filter="data")
    pkg = tmp / "src" / "marsad" / "extract" / "events"
    spec = importlib.util.spec_from_file_location("marsad.extract._peer_events", pkg / "__init__.py",
                                                  submodule_search_locations=[str(pkg)])
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def dump(path: Path) -> int:
    """Every seen text's events; the held-out sets' are left out (their records would show their content)."""
    import bench_events as be
    from marsad.pipeline import Pipeline

    pipe = Pipeline()
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for name, kw in texts():
            if name.split("/")[0] in be.HELD_OUT:
                continue
            doc = make_doc(kw)
            pipe(doc)
            fh.write(json.dumps({"doc": name, "events": doc["events"]}, ensure_ascii=False, sort_keys=True) + "\n")
            n += 1
    print(f"{n} documents' events written to {path}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rev", default="53838a7", help="git revision of the peer events code")
    ap.add_argument("--rounds", type=int, help="interleaved rounds (default 9; 3 with --quick)")
    ap.add_argument("--quick", action="store_true", help="3 rounds, no whole-pipeline timing")
    ap.add_argument("--dump", type=Path, help="write every seen text's events (current code; held-out sets left out) as JSON lines and stop")
    ap.add_argument("--profile", type=int, nargs="?", const=30, help="cProfile the current stage, top N functions")
    args = ap.parse_args()
    if args.dump:
        return dump(args.dump)
    from marsad.extract.events import EventExtractor
    from marsad.pipeline import Pipeline

    items = texts()
    pre = Pipeline(only=["published", "quantities", "dates", "entities", "places"])
    docs = []
    for _, kw in items:
        d = make_doc(kw)
        pre(d)
        docs.append(d)
    kb = sum(len(d.text.encode("utf-8")) for d in docs) / 1024
    new = EventExtractor()
    if args.profile:
        import cProfile
        import pstats

        for d in docs:
            new.extract(d)
        prof = cProfile.Profile()
        prof.enable()
        for _ in range(3):
            for d in docs:
                new.extract(d)
        prof.disable()
        st = pstats.Stats(prof)
        st.sort_stats("cumulative").print_stats(args.profile)
        st.sort_stats("tottime").print_stats(args.profile)
        return 0
    try:
        peer_mod = peer_events(args.rev)
    except (subprocess.CalledProcessError, OSError) as err:
        # (a shallow clone lacks the peer's commit, or no git: nothing to compare with, no failure of `make bench`)
        why = err.stderr.decode().strip() if isinstance(err, subprocess.CalledProcessError) else str(err)
        print(f"bench_events_speed: cannot read revision {args.rev} ({why}); skipped")
        return 0
    old = peer_mod.EventExtractor()

    def stage(ex) -> float:
        t0 = time.process_time()
        for d in docs:
            ex.extract(d)
        return time.process_time() - t0

    rounds = args.rounds or (3 if args.quick else 9)
    for _ in range(2):  # warm both (tables built on first use)
        stage(new), stage(old)
    t: dict[str, list[float]] = {"events now": [], "events peer": [], "pipeline now": [], "pipeline peer": []}
    for r in range(rounds):
        for side in (("now", "peer") if r % 2 == 0 else ("peer", "now")):
            t[f"events {side}"].append(stage(new if side == "now" else old))
    print(f"{len(docs)} texts (seeds, samples, news_dev, probe sets), {kb:.0f} KB; {rounds} interleaved rounds, "
          f"CPU time; peer: the events package at {args.rev}")
    from marsad.build_info import events_compiled

    print(f"now: the events package {'compiled (mypyc, setup.py)' if events_compiled() else 'from source'}; "
          "the peer always from source")
    n, o = statistics.median(t["events now"]), statistics.median(t["events peer"])
    print(f"events stage: now {n * 1000:7.1f} ms ({n * 1000 / kb:.3f} ms/KB), at {args.rev} {o * 1000:7.1f} ms: "
          f"{n / o:.2f}x the peer's time (fastest rounds {min(t['events now']) / min(t['events peer']):.2f}x)")
    if not args.quick:
        pipe_now = Pipeline()
        pipe_peer = Pipeline()
        pipe_peer.components = [(name, old if name == "events" else comp) for name, comp in pipe_peer.components]

        def whole(p) -> float:
            t0 = time.process_time()
            for _, kw in items:
                p(make_doc(kw))
            return time.process_time() - t0

        whole(pipe_now), whole(pipe_peer)
        for r in range(rounds):
            for side in (("now", "peer") if r % 2 == 0 else ("peer", "now")):
                t[f"pipeline {side}"].append(whole(pipe_now if side == "now" else pipe_peer))
        n, o = statistics.median(t["pipeline now"]), statistics.median(t["pipeline peer"])
        print(f"whole pipeline: now {n * 1000:7.1f} ms, with the events stage of {args.rev} {o * 1000:7.1f} ms: "
              f"{n / o:.2f}x (fastest rounds {min(t['pipeline now']) / min(t['pipeline peer']):.2f}x)")
    differ = [name for (name, _), d in zip(items, docs)
              if json.dumps(new.extract(d), sort_keys=True, default=str)
              != json.dumps(old.extract(d), sort_keys=True, default=str)]
    import bench_events as be

    # held-out sets' texts are timed but never named: which of them changed is a hint about their content
    held = [n for n in differ if n.split("/")[0] in be.HELD_OUT]
    named = [n for n in differ if n not in held]
    print(f"records: {'identical on every text' if not differ else f'differ on {len(differ)} of {len(docs)} texts'}"
          + (": " + ", ".join(named[:12]) + (" ..." if len(named) > 12 else "") if named else "")
          + (f" ({len(held)} of them in held-out sets, not named)" if held else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
