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


def _rate(fn, items, seconds: float) -> tuple[float, int]:
    """Pages/s running ``fn`` over ``items`` cyclically for at least one pass and ``seconds``."""
    n = 0
    t0 = time.perf_counter()
    while True:
        for it in items:
            fn(it)
            n += 1
        el = time.perf_counter() - t0
        if el >= seconds:
            return n / el, n


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

    peer, n0 = _rate(lambda h: trafilatura.extract(h, include_comments=False), htmls, args.seconds)
    ingest, n1 = _rate(lambda r: raw_to_document(r), raws, args.seconds)
    full, n2 = _rate(lambda r: pipe.process_raw(r), raws, args.seconds)

    texts = [p.read_text("utf-8") for p in sorted((ROOT / "samples" / "corpus").glob("*.txt"))]
    shared = ROOT.parent / "shared" / "seeds"
    texts += [p.read_text("utf-8") for p in sorted(shared.glob("*.txt"))] if shared.exists() else []
    text_rate, n3 = _rate(lambda t: clean_text(t), texts, args.seconds / 2) if texts else (0.0, 0)
    tmb = sum(len(t.encode()) for t in texts) / 1e6

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
