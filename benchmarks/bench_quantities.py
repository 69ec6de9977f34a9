"""Quantity extraction speed and accuracy, against pyarabic's number-word parser in the same run.

    .venv/bin/python benchmarks/bench_quantities.py [--mb 10] [--seed-mb 2]

The sample corpus (samples/corpus/q*.txt) is scaled by repetition to ``--mb`` megabytes of
documents; each copy gets a distinct Latin tag line so no cache can reuse an earlier copy's work.
Three extractors run on one core over the same documents, interleaved in batches of 100 (their
order rotating) so a change of load during the run hits all alike: marsad as installed (its hot
path compiled by mypyc when setup.py found a C compiler), the same sources as pure Python
(``marsad.build_info.load_pure``), and pyarabic. Speeds are CPU time (``time.process_time``):
other processes on a shared machine do not count against either side, though they still slow
both through shared caches; ``python_calibration_s`` (CPU seconds for ``sum(range(10**7))``,
about 0.1 s on an idle core) shows how loaded the run was. The ratio is the stable figure.

Accuracy on samples/gold/quantities.jsonl:
* marsad: precision/recall of whole records (span, low, high, approx, kind, unit, counted all
  equal), and of values alone (some record of the document has the gold low/high);
* both systems on what pyarabic can express: gold amounts written with number words (no
  digits), single-valued (low == high), not fractions or ordinals — a hit when the system
  reports that value for the document.
"""
from __future__ import annotations

import argparse
import json
import string
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.arabic.numbers import number_words  # noqa: E402
from marsad.arabic.normalize import fold_str  # noqa: E402
from marsad.build_info import compiled_modules, load_pure  # noqa: E402
from marsad.extract.quantities import extract_quantities  # noqa: E402


def _tag(n: int) -> str:
    s = ""
    while True:
        n, r = divmod(n, 26)
        s += string.ascii_lowercase[r]
        if not n:
            return s


def corpus() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples" / "corpus").glob("q*.txt"))}


def scaled(texts: list[str], mb: float, offset: int = 0) -> list[str]:
    out, size, i = [], 0, 0
    while size < mb * 1e6:
        t = texts[i % len(texts)] + "\nref " + _tag(offset + i)
        out.append(t)
        size += len(t.encode("utf-8"))
        i += 1
    return out


def pyarabic_values(text: str) -> list[float]:
    from pyarabic.number import extract_number_phrases, text2number

    return [text2number(p) for p in extract_number_phrases(text)]


def timed(fns: list, docs: list[str], batch: int = 100) -> list[float]:
    """CPU seconds of each function over ``docs``, interleaved batch by batch (the order rotating)
    so a change in the machine's load during the run hits every side alike."""
    total = [0.0] * len(fns)
    for b, k in enumerate(range(0, len(docs), batch)):
        part = docs[k:k + batch]
        for j in range(len(fns)):
            i = (j + b) % len(fns)
            f = fns[i]
            t0 = time.process_time()
            for d in part:
                f(d)
            total[i] += time.process_time() - t0
    return total


def accuracy(texts: dict[str, str]) -> dict:
    gold = [json.loads(x) for x in (ROOT / "samples" / "gold" / "quantities.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    key = lambda q: (q["start"], q["end"], q["low"], q["high"], q["approx"], q["kind"], q["unit"], q["counted"])  # noqa: E731
    by_doc = defaultdict(set)
    for g in gold:
        by_doc[g["doc"]].add(key(g))
    ours = {d: extract_quantities(t) for d, t in texts.items()}
    tp = fp = fn = 0
    vtp = 0
    for d, recs in ours.items():
        got = {key(q) for q in recs}
        tp += len(got & by_doc[d])
        fp += len(got - by_doc[d])
        fn += len(by_doc[d] - got)
        vals = {(q["low"], q["high"]) for q in recs}
        vtp += sum((g[2], g[3]) in vals for g in by_doc[d])
    words = set(number_words())
    subset = [g for g in gold if g["low"] is not None and g["low"] == g["high"] and g["kind"] not in ("fraction", "ordinal")
              and not any(ch.isdigit() for ch in g["surface"])
              and any(fold_str(w).removeprefix("و").removeprefix("ال") in words for w in g["surface"].split())]
    py = {d: pyarabic_values(t) for d, t in texts.items()}
    py_hit = sum(any(abs(v - g["low"]) < 1e-6 for v in py[g["doc"]]) for g in subset)
    our_hit = sum(any(q["low"] == g["low"] for q in ours[g["doc"]]) for g in subset)
    return {
        "gold": len(gold), "precision": tp / (tp + fp), "recall": tp / (tp + fn), "value_recall": vtp / len(gold),
        "word_subset": len(subset), "ours_on_words": our_hit / len(subset), "pyarabic_on_words": py_hit / len(subset),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=10.0, help="megabytes of documents for marsad (default 10)")
    ap.add_argument("--seed-mb", type=float, default=2.0,
                    help="megabytes of the two seed pages from ../shared, both systems (default 2; 0 skips)")
    args = ap.parse_args()
    texts = corpus()
    base = list(texts.values())
    docs = scaled(base, args.mb)
    size = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    pure = load_pure("extract.quantities").extract_quantities
    for f in (extract_quantities, pure, pyarabic_values):
        f(base[0])  # load lexicons outside the timing
    ours, ours_pure, peer = timed([extract_quantities, pure, pyarabic_values], docs)
    seed_res = {}
    seeds = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    if seeds and args.seed_mb > 0:
        # the two real pages (read from ../shared, never copied) at their natural number density
        sdocs = scaled([p.read_text(encoding="utf-8") for p in seeds], args.seed_mb, offset=2 * 10 ** 6)
        ssize = sum(len(d.encode("utf-8")) for d in sdocs) / 1e6
        st, sp = timed([extract_quantities, pyarabic_values], sdocs, batch=20)
        seed_res = {"seed_pages_mb": round(ssize, 2), "seed_marsad_mb_s": round(ssize / st, 2),
                    "seed_pyarabic_mb_s": round(ssize / sp, 2), "seed_ratio_marsad_vs_pyarabic": round(sp / st, 2)}
    acc = accuracy(texts)
    t0 = time.process_time()
    sum(range(10 ** 7))
    calib = time.process_time() - t0
    res = {
        "python_calibration_s": round(calib, 3),  # sum(range(10**7)); ~0.1 s on an idle core
        "compiled": all(compiled_modules().values()),
        "docs": len(docs), "mb": round(size, 2),
        "marsad_mb_s": round(size / ours, 2), "marsad_docs_s": round(len(docs) / ours),
        "marsad_pure_python_mb_s": round(size / ours_pure, 2), "marsad_pure_python_docs_s": round(len(docs) / ours_pure),
        "speed_ratio_compiled_vs_pure": round(ours_pure / ours, 2),
        "pyarabic_mb_s": round(size / peer, 2), "pyarabic_docs_s": round(len(docs) / peer),
        "speed_ratio_marsad_vs_pyarabic": round(peer / ours, 2),
        **seed_res,
        **{k: (round(v, 3) if isinstance(v, float) else v) for k, v in acc.items()},
    }
    print(json.dumps(res, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
