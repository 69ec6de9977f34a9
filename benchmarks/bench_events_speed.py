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

    .venv/bin/python benchmarks/bench_events_speed.py [--rev 53838a7] [--rounds 9] [--quick] [--seen]
    .venv/bin/python benchmarks/bench_events_speed.py --dump OUT.jsonl   # every seen set's events, for a diff
    .venv/bin/python benchmarks/bench_events_speed.py --profile [N]      # cProfile of the current stage
    .venv/bin/python benchmarks/bench_events_speed.py --scale [--rev R]   # cost at N copies of a shape / at N=50

``--scale`` (the house standard: each stage linear in the document): texts of our own, N = 50..800 copies of one
shape (a paragraph of three incidents; many short incidents; one incident told again and again; one long sentence
of comma-listed places; one of figures by place), each analysed up to the places, then the events stage timed (best
of three, CPU) now and at ``--rev``; printed as seconds and as the cost per copy against N=50 (1.00 = linear), with
the two stages' records compared.
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


def texts(seen: bool = False) -> list[tuple[str, dict]]:
    """(name, Document keyword arguments) for every text the events stage is scored or shown on; with `seen`, the
    held-out sets left out before they are read."""
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
        if seen and name in be.HELD_OUT:
            continue
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


_PLACES = ("كفرنبل", "سراقب", "أريحا", "جسر الشغور", "معرة النعمان", "خان شيخون", "الأتارب", "دارة عزة", "سرمدا",
           "بنش")
_THREE = ("قُتل ثلاثة مدنيين وأصيب خمسة آخرون في غارة جوية استهدفت سوقاً شعبياً في مدينة إدلب صباح الثلاثاء. "
          "وفي ريف حلب الغربي، اندلعت اشتباكات عنيفة بين فصائل المعارضة وقوات النظام قرب بلدة الأتارب. "
          "كما اعتقلت قوات الأمن سبعة شبان في حي القابون بدمشق، بحسب ناشطين محليين.\n")


def shapes() -> dict:
    """name -> (n -> text): the shapes a long page could take that real pages never stretch (our own sentences)."""
    return {
        "three incidents x N": lambda n: _THREE * n,
        "short incidents x N": lambda n: "".join(
            f"انفجرت عبوة ناسفة في بلدة {_PLACES[i % 10]} وقتل {2 + i % 5} أشخاص.\n" for i in range(n)),
        "one incident told N times": lambda n: "شنت طائرات حربية غارة على مدينة سراقب. " +
            "وقال ناشطون إن الغارة على سراقب أسفرت عن مقتل أربعة مدنيين. " * n + "\n",
        "N places in one sentence": lambda n: "قصفت المدفعية بلدات " + "، ".join(
            _PLACES[i % 10] for i in range(n)) + " في ريف إدلب يوم الأحد.\n",
        "N figures in one sentence": lambda n: "وبلغت حصيلة القتلى " + "، و".join(
            f"{3 + i % 9} في {_PLACES[i % 10]}" for i in range(n)) + " بحسب المرصد.\n",
    }


def scale(rev: str, sizes=(50, 100, 200, 400, 800)) -> int:
    """Cost of the events stage at N copies of each shape, per copy against N=50, now and at `rev`."""
    from marsad.document import Document
    from marsad.extract.events import EventExtractor
    from marsad.pipeline import Pipeline

    pre = Pipeline(only=["published", "quantities", "dates", "entities", "places"])
    sides = {"now": EventExtractor(), rev: peer_events(rev).EventExtractor()}

    def best(ex, doc) -> float:
        return min(_cpu(ex.extract, doc) for _ in range(3))

    print(f"events stage, CPU s (best of 3) at N copies; in brackets the cost per copy / at N=50 (1.00 = linear)")
    differ = 0
    for name, make in shapes().items():
        base: dict[str, float] = {}
        cells = []
        for n in sizes:
            doc = Document(make(n), id="scale", published="2024-03-05", outlet="bench")
            pre(doc)
            row = []
            for side, ex in sides.items():
                t = best(ex, doc)
                base.setdefault(side, t / n)
                row.append(f"{side} {t:6.3f} ({t / n / base[side]:.2f})")
            differ += json.dumps(sides["now"].extract(doc), sort_keys=True, default=str) != \
                json.dumps(sides[rev].extract(doc), sort_keys=True, default=str)
            cells.append(f"  N={n:4d}: " + ", ".join(row))
        print(name)
        print("\n".join(cells))
    print(f"records: {'identical now and at ' + rev if not differ else f'differ on {differ} texts'}")
    return 0


def _cpu(fn, *args) -> float:
    t0 = time.process_time()
    fn(*args)
    return time.process_time() - t0


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
    ap.add_argument("--scale", action="store_true", help="cost at N copies of a shape of our own, per copy / N=50")
    ap.add_argument("--seen", action="store_true", help="time the open sets only (the held-out sets left unread)")
    args = ap.parse_args()
    if args.scale:
        return scale(args.rev)
    if args.dump:
        return dump(args.dump)
    from marsad.extract.events import EventExtractor
    from marsad.pipeline import Pipeline

    items = texts(args.seen)
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
    print(f"{len(docs)} texts (seeds, samples, news_dev, {'open ' if args.seen else ''}probe sets), {kb:.0f} KB; {rounds} interleaved rounds, "
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
