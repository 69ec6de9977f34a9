"""NER and place resolution speed, one core, model loaded once.

Speeds are CPU seconds of this process on one core (time.process_time), so other work on the
machine distorts them less; "cold" is a pass over the texts with every per-word cache emptied
first (best of three such passes: a loaded machine only ever slows a pass), "warm" the following
passes.

Texts: the ANERcorp dev blocks (../shared) rebuilt as documents of 20 sentences, plus the sample
corpus if present. Peer, same run, same texts: a dictionary tagger (Aho-Corasick over the
gazetteer and the name lists, the usual baseline for "NER without a model").

    .venv/bin/python benchmarks/bench_ner.py [--seconds 20]
    MARSAD_NER_NEURAL=1 .venv/bin/python benchmarks/bench_ner.py  # + the CRF alone, the mix on every sentence
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
    from marsad.ner.data import block_split

    out: list[str] = []
    p = shared / "data" / "anercorp" / "ANERcorp_camelrules_train.txt"
    if p.exists():
        dev = block_split(list(read_conll(p)))[1]
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


def dictionary_dev_f1(shared: Path) -> str | None:
    """Entity F1 of the dictionary peer on the ANERcorp dev blocks (same scorer as the CRF)."""
    from bisect import bisect_right

    from marsad.ner.conll import read_conll, report, score
    from marsad.ner.data import block_split, to_corpus_tags, to_seq

    p = shared / "data" / "anercorp" / "ANERcorp_camelrules_train.txt"
    if not p.exists():
        return None
    dev = block_split(list(read_conll(p)))[1]
    peer = DictionaryTagger()
    pred = []
    for s in dev:
        q = to_seq(s)
        tags = ["O"] * len(q.tokens)
        starts = [t.start for t in q.tokens]
        for m in peer.lex.find(q.text):
            typ = m.value if isinstance(m.value, str) else m.value[0]
            i = bisect_right(starts, m.prefix_start) - 1
            first = True
            while 0 <= i < len(q.tokens) and q.tokens[i].start < m.end:
                tags[i] = ("B-" if first else "I-") + typ
                first = False
                i += 1
        pred.append(to_corpus_tags(q, tags, len(s)))
    return report(score([[t for _, t in s] for s in dev], pred)).splitlines()[-1]


def clear_word_caches(*owners) -> None:
    """Empty every per-word cache in marsad (functools caches with room for more than 1,000
    entries, module-level or attributes of ``owners``), keeping the loaded data (maxsize 1):
    the next pass is a cold one, as on a fresh stream."""
    fns = [v for name, mod in list(sys.modules.items()) if name.startswith("marsad") and mod
           for v in vars(mod).values() if hasattr(v, "cache_info") and not isinstance(v, type)]
    fns += [v for o in owners for v in vars(o).values() if hasattr(v, "cache_info")]
    for fn in fns:
        if (fn.cache_info().maxsize or 10**9) > 1000:
            fn.cache_clear()


def run(name: str, comp, docs: list[str], seconds: float, owners=(), cold_runs: int = 3) -> tuple[float, float]:
    n_tok = sum(len(tokenize(t)) for t in docs)
    # cold: a first pass with empty per-word caches, as on a fresh stream; best of a few such
    # passes (caches emptied before each), since other jobs on the machine only ever slow a pass
    cold_s = []
    for _ in range(cold_runs):
        clear_word_caches(*owners)
        c0 = time.process_time()
        for t in docs:
            comp(Document(t))
        cold_s.append(time.process_time() - c0)
    cold = n_tok / min(cold_s)
    # then warm rounds; CPU time of this process, so other load on the machine does not count
    c0, w0 = time.process_time(), time.perf_counter()
    rounds = 0
    while True:
        for t in docs:
            comp(Document(t))
        rounds += 1
        if time.perf_counter() - w0 >= seconds:
            break
    el = time.process_time() - c0
    tps, dps = n_tok * rounds / el, len(docs) * rounds / el
    print(f"{name:<30}{cold:>11,.0f} tok/s cold{tps:>11,.0f} tok/s warm{dps:>9,.1f} docs/s")
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
    model = tagger.model
    owners = [o for o in (model, getattr(model, "neural", None)) if o is not None]
    name = "marsad EntityTagger (CRF)"
    if getattr(model, "neural", None) is not None:
        # the same CRF without the neural tagger it ships with, measured in the same run
        from marsad.ner.model import NerModel

        alone = NerModel()
        alone.set_ensemble(None, 0.0)
        run("EntityTagger, CRF alone", EntityTagger(alone), docs, args.seconds, [alone])
        if model.gate is not None:  # the mix on every sentence, as before the gate (stop 20)
            every = NerModel()
            every.set_ensemble(every.neural, every.meta["ensemble"]["weight"])
            run("EntityTagger, CRF+neural, all", EntityTagger(every), docs, args.seconds, [every, every.neural])
        name = "marsad EntityTagger (CRF+neural)"
    crf, _ = run(name, tagger, docs, args.seconds, owners)

    def both(doc):
        tagger(doc)
        resolver(doc)

    full, _ = run("marsad entities + places", both, docs, args.seconds, owners)
    print(f"CRF tagger speed / dictionary tagger speed: {crf / peer:.2f}x")
    acc = dictionary_dev_f1(args.shared)
    if acc:
        from marsad.ner.model import default_model
        print(f"dev accuracy, dictionary peer: {acc}")
        o = default_model().meta.get("dev", {}).get("overall", {})
        print(f"dev accuracy, CRF (recorded): overall precision {o.get('precision', 0):.3f} "
              f"recall {o.get('recall', 0):.3f} f1 {o.get('f1', 0):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
