"""NER and place resolution speed, one core, model loaded once.

Texts: the ANERcorp dev split (../shared) rebuilt as documents of 20 sentences, plus the sample
corpus if present. Peer, same run, same texts: a dictionary tagger (Aho-Corasick over the
gazetteer and the name lists, the usual baseline for "NER without a model").

    .venv/bin/python benchmarks/bench_ner.py [--seconds 20]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.arabic.lexicon import Lexicon  # noqa: E402
from marsad.arabic.tokens import tokenize  # noqa: E402
from marsad.document import Document  # noqa: E402


def texts(shared: Path) -> list[str]:
    from marsad.ner.conll import read_conll
    from marsad.ner.data import split

    out: list[str] = []
    p = shared / "data" / "anercorp" / "ANERcorp_camelrules_train.txt"
    if p.exists():
        _, dev = split(list(read_conll(p)))
        sents = [" ".join(w for w, _ in s) for s in dev]
        out += [" ".join(sents[i:i + 20]) for i in range(0, len(sents), 20)]
    out += [f.read_text(encoding="utf-8") for f in sorted((ROOT / "samples" / "corpus").glob("*.txt"))]
    return out


class DictionaryTagger:
    """Peer: gazetteer names -> LOC, given names -> PER, by automaton lookup alone."""

    def __init__(self) -> None:
        from marsad.ner.features import lexicons

        lx = lexicons()
        self.lex = Lexicon()
        for key in lx.places._values:
            self.lex.add(key, "LOC")
        for n in lx.first_names:
            self.lex.add(n, "PER")
        self.lex.finalize()

    def __call__(self, doc: Document) -> None:
        for m in self.lex.find(doc.text):
            doc.add("entities", {"start": m.start, "end": m.end, "type": m.value if isinstance(m.value, str) else m.value[0]})


def run(name: str, comp, docs: list[str], seconds: float) -> tuple[float, float]:
    n_tok = sum(len(tokenize(t)) for t in docs)
    comp(Document(docs[0]))  # warm caches
    t0 = time.perf_counter()
    rounds = 0
    while True:
        for t in docs:
            comp(Document(t))
        rounds += 1
        el = time.perf_counter() - t0
        if el >= seconds:
            break
    tps, dps = n_tok * rounds / el, len(docs) * rounds / el
    print(f"{name:<34}{tps:>12,.0f} tokens/s{dps:>10,.1f} docs/s")
    return tps, dps


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=15.0, help="time per measurement")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    docs = texts(args.shared)
    if not docs:
        print("bench_ner: no texts (../shared absent and samples/corpus empty)", file=sys.stderr)
        return 2
    from marsad.extract.entities import EntityTagger
    from marsad.extract.places import PlaceResolver

    t0 = time.perf_counter()
    tagger = EntityTagger()
    resolver = PlaceResolver()
    print(f"load: model + gazetteer {time.perf_counter() - t0:.2f} s (once per process)")
    print(f"{len(docs)} documents, {sum(len(tokenize(t)) for t in docs):,} tokens")
    peer, _ = run("peer: dictionary tagger", DictionaryTagger(), docs, args.seconds)
    crf, _ = run("marsad EntityTagger (CRF)", tagger, docs, args.seconds)

    def both(doc):
        tagger(doc)
        resolver(doc)

    full, _ = run("marsad entities + places", both, docs, args.seconds)
    print(f"CRF tagger speed / dictionary tagger speed: {crf / peer:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
