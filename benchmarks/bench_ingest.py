"""Ingest speed: HTML page -> clean record, against bare trafilatura in the same run.

    .venv/bin/python benchmarks/bench_ingest.py [--pages N] [--seconds S]

Three figures on the same pages (samples/html, cycled): bare ``trafilatura.extract`` (the peer),
marsad's ingest alone (embeds, related boxes, trafilatura, line cleaning: ``raw_to_document``),
and the full ``Pipeline`` (ingest plus every extraction stage built so far). Plus text-page
cleaning (samples/corpus read as pages). One core, pages/s; ratios are against trafilatura.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def _interleaved(runs: dict, items: dict, seconds: float) -> dict[str, float]:
    """Pages/s of each run, measured in alternating rounds (one pass over the pages each) so that
    load from other jobs on the machine hits every run alike."""
    spent = {k: 0.0 for k in runs}
    done = {k: 0 for k in runs}
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds * len(runs) or min(done.values()) == 0:
        for name, fn in runs.items():
            t = time.perf_counter()
            for it in items[name]:
                fn(it)
            spent[name] += time.perf_counter() - t
            done[name] += len(items[name])
    return {k: done[k] / spent[k] for k in runs}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=8.0, help="minimum seconds per measurement")
    args = ap.parse_args(argv)

    import trafilatura

    from marsad.ingest.clean import clean_text
    from marsad.ingest.page import raw_to_document
    from marsad.ingest.readers import RawDoc
    from marsad.pipeline import Pipeline

    pages = [p.read_bytes() for p in sorted((ROOT / "samples" / "html").glob("*.html"))]
    from marsad.ingest.html import decode_html

    htmls = [decode_html(b)[0] for b in pages]
    raws = [RawDoc(source=f"p{i}", html=h) for i, h in enumerate(htmls)]
    mb = sum(len(b) for b in pages) / 1e6
    pipe = Pipeline()
    for r in raws[:3]:  # warm caches (lexicons, trafilatura's own)
        pipe.process_raw(r)

    texts = [p.read_text("utf-8") for p in sorted((ROOT / "samples" / "corpus").glob("*.txt"))]
    shared = ROOT.parent / "shared" / "seeds"
    texts += [p.read_text("utf-8") for p in sorted(shared.glob("*.txt"))] if shared.exists() else []
    tmb = sum(len(t.encode()) for t in texts) / 1e6
    runs = {
        "peer": lambda h: trafilatura.extract(h, include_comments=False),
        "ingest": raw_to_document,
        "full": pipe.process_raw,
    }
    items = {"peer": htmls, "ingest": raws, "full": raws}
    if texts:
        runs["text"] = clean_text
        items["text"] = texts
    r = _interleaved(runs, items, args.seconds)
    peer, ingest, full, text_rate = r["peer"], r["ingest"], r["full"], r.get("text", 0.0)

    print(f"pages: {len(pages)} HTML pages ({mb / len(pages) * 1000:.1f} kB avg), cycled; stages: {', '.join(pipe.names)}")
    print(f"{'run':44} {'pages/s':>9} {'vs trafilatura':>15}")
    print(f"{'trafilatura.extract (peer)':44} {peer:9.1f} {1.0:14.2f}x")
    print(f"{'marsad ingest only (HTML -> clean Document)':44} {ingest:9.1f} {ingest / peer:14.2f}x")
    print(f"{'marsad full Pipeline (HTML -> clean record)':44} {full:9.1f} {full / peer:14.2f}x")
    if texts:
        print(f"{'marsad text-page cleaning (' + str(len(texts)) + ' texts)':44} {text_rate:9.1f}"
              f"   ({text_rate * tmb / len(texts):.2f} MB/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
