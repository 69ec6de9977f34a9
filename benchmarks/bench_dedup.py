"""Near-duplicate detection throughput on 100k short documents, with planted duplicates.

    .venv/bin/python benchmarks/bench_dedup.py [--docs 100000] [--seed 7]

Documents are generated (40-60 words drawn from our sample articles' vocabulary, with the stock
openings news items share); 10% are light edits of an earlier one (a word or two changed, a
lede word swapped, a sentence cut). Reports docs/s for ``NearDuplicateIndex.add`` and the
recall/precision of the planted pairs, and, as the peer in the same run, datasketch used the
plain way (a new ``MinHash()`` per document, default SHA-1 hashing) on a 5k subset.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

OPENINGS = ["أفادت مصادر محلية", "قال مراسلنا", "أعلنت وزارة الدفاع", "ذكرت وكالة الأنباء", "قتل وأصيب",
            "شهدت مدينة", "دارت اشتباكات عنيفة", "استهدف قصف مدفعي"]


def vocabulary() -> list[str]:
    words: list[str] = []
    for p in sorted((ROOT / "samples" / "gold" / "html").glob("*.txt")):
        words += re.findall(r"[^\W\d_]{2,}", p.read_text("utf-8"))
    return sorted(set(words))


def generate(n: int, seed: int) -> tuple[list[tuple[str, str]], set[tuple[str, str]]]:
    rng = random.Random(seed)
    vocab = vocabulary()
    docs: list[tuple[str, str]] = []
    originals: list[int] = []
    planted: set[tuple[str, str]] = set()
    for i in range(n):
        if len(originals) > 100 and rng.random() < 0.10:
            j = originals[rng.randrange(max(0, len(originals) - 5000), len(originals))]
            src_id, src = docs[j]
            words = src.split()
            for _ in range(rng.randint(1, 2)):
                words[rng.randrange(len(words))] = rng.choice(vocab)
            if rng.random() < 0.5:
                words = [rng.choice(OPENINGS).split()[0]] + words[1:]
            if rng.random() < 0.3:
                words = words[: len(words) - rng.randint(3, 6)]
            doc_id = f"dup{i}:{src_id}"
            docs.append((doc_id, " ".join(words)))
            planted.add((doc_id, src_id))
        else:
            body = " ".join(rng.choice(vocab) for _ in range(rng.randint(40, 60)))
            originals.append(len(docs))
            docs.append((str(i), f"{rng.choice(OPENINGS)} {body} {rng.randint(2, 900)}"))
    return docs, planted


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    from datasketch import MinHash, MinHashLSH

    from marsad.ingest.dedup import DEFAULT_THRESHOLD, NearDuplicateIndex, shingles

    docs, planted = generate(args.docs, args.seed)
    words = sum(len(t.split()) for _, t in docs) / len(docs)

    idx = NearDuplicateIndex()
    found: set[tuple[str, str]] = set()
    t0 = time.perf_counter()
    for doc_id, text in docs:
        for d in idx.add(doc_id, text):
            found.add((doc_id, d))
    el = time.perf_counter() - t0
    # a planted copy may also (rightly) match a sibling copy of the same source: count those too
    src_of = {d: d.split(":")[1] if d.startswith("dup") else d for d, _ in docs}
    true_pairs = {(a, b) for a, b in found if src_of[a] == src_of[b]}
    recall = len({p for p in planted if p in found}) / len(planted)
    precision = len(true_pairs) / len(found) if found else 1.0

    k = min(5_000, len(docs))
    lsh = MinHashLSH(threshold=DEFAULT_THRESHOLD, num_perm=128)
    t1 = time.perf_counter()
    for doc_id, text in docs[:k]:
        m = MinHash(num_perm=128)
        for s in shingles(text):
            m.update(s)
        lsh.query(m)
        lsh.insert(doc_id, m)
    peer = k / (time.perf_counter() - t1)

    print(f"documents: {len(docs)} ({words:.0f} words avg), planted near-duplicates: {len(planted)}")
    print(f"NearDuplicateIndex.add: {len(docs) / el:,.0f} docs/s ({el:.1f} s); "
          f"planted pairs found {recall:.1%}, link precision {precision:.1%} ({len(found)} links)")
    print(f"peer, datasketch plain use (new MinHash per doc, update per shingle), {k} docs: {peer:,.0f} docs/s"
          f" -> ratio {len(docs) / el / peer:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
