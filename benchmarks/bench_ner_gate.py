"""What the neural tagger costs by where it runs: the CRF alone against the CRF + tagger mix at
several gates, entity stage and whole pipeline, in ONE process.

The packaged model is loaded once; each round tags every text with each setting in turn (the
order rotates per round, so machine load hits all alike), switching the mix with
``NerModel.set_ensemble`` on the one model the pipeline uses. Speeds are tokens per CPU second of
this process (time.process_time), best round of each; the peer is the CRF alone (what `marsad`
runs by default). "tagger share" is the share of tokens the neural tagger saw. Texts: the
sample corpus plus the ANERcorp dev blocks as documents of 20 sentences (../shared, if present).

    .venv/bin/python benchmarks/bench_ner_gate.py [--rounds 5]

Needs the neural tagger's files (models/ner_nn.npz) and numpy; the gate the model records
(ner.json, ensemble.gate/window) is one of the settings.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from bench_ner_compare import texts  # noqa: E402  (the same texts as the two-checkout comparison)

CHEAPER = ((0.7, 1), (0.6, 1))  # (gate, window) tried besides the recorded one


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    from marsad.arabic.tokens import tokenize
    from marsad.document import Document
    from marsad.extract.entities import EntityTagger
    from marsad.ner.model import ModelMissing, default_model
    from marsad.pipeline import Pipeline

    try:
        model = default_model()
    except ModelMissing as e:
        print(f"bench_ner_gate: {e}", file=sys.stderr)
        return 2
    ens = model.meta.get("ensemble") or {}
    nn_path = model.path.parent / str(ens.get("neural"))
    if not ens.get("neural") or not nn_path.exists():
        print("bench_ner_gate: the model has no neural tagger to mix in (models/ner_nn.npz)", file=sys.stderr)
        return 2
    from marsad.ner.neural import NeuralTagger

    nn = NeuralTagger(nn_path)
    weight = float(ens["weight"])
    settings: list[tuple[str, float | None, int | None, bool]] = [("CRF alone (peer, the default)", None, None, False)]
    if ens.get("gate") is not None:
        settings.append((f"mix, recorded gate {ens['gate']} window {ens.get('window')}", float(ens["gate"]),
                         ens.get("window"), True))
    settings += [(f"mix, gate {g} window {w}", g, w, True) for g, w in CHEAPER]
    settings.append(("mix on every sentence", None, None, True))
    docs = texts(args.shared)
    n_tok = sum(len(tokenize(t)) for t in docs)
    tagger, pipe = EntityTagger(model), Pipeline()
    seen = [0]
    emissions = nn.emissions

    def counted(sents):
        seen[0] += sum(len(w) for w, _ in sents)
        return emissions(sents)

    nn.emissions = counted
    best: dict[str, dict[str, float]] = {s[0]: {"entities": 0.0, "pipeline": 0.0} for s in settings}
    share: dict[str, float] = {}
    try:
        for label, gate, window, mix in settings:  # one untimed pass per setting: every cache warm
            model.set_ensemble(nn if mix else None, weight, gate, window)
            for t in docs:
                pipe(Document(t))
        for r in range(args.rounds):
            k = r % len(settings)
            for label, gate, window, mix in settings[k:] + settings[:k]:
                model.set_ensemble(nn if mix else None, weight, gate, window)
                for name, comp in (("entities", tagger), ("pipeline", pipe)):
                    seen[0] = 0
                    c0 = time.process_time()
                    for t in docs:
                        comp(Document(t))
                    speed = n_tok / max(1e-9, time.process_time() - c0)
                    best[label][name] = max(best[label][name], speed)
                    if name == "entities":
                        share[label] = seen[0] / n_tok
    finally:
        model.set_ensemble(None, 0.0)
        del nn.emissions
    peer = best[settings[0][0]]
    print(f"{len(docs)} documents, {n_tok:,} tokens; best of {args.rounds} rotating rounds, tokens per CPU second")
    print(f"{'setting':<40}{'tagger share':>13}{'entities':>11}{'ratio':>7}{'pipeline':>11}{'ratio':>7}")
    for label, *_ in settings:
        b = best[label]
        print(f"{label:<40}{share.get(label, 0.0):>13.3f}{b['entities']:>11,.0f}{b['entities'] / peer['entities']:>7.2f}"
              f"{b['pipeline']:>11,.0f}{b['pipeline'] / peer['pipeline']:>7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
