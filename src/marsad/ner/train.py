"""Train the CRF NER model reproducibly and record how it was made.

L-BFGS over a fixed sentence order is deterministic, so the same data files (their SHA-256
hashes go in the metadata) give the same model and the same dev score on any machine.
"""
from __future__ import annotations

import json
import os
import platform
import tempfile
import time
from pathlib import Path
from typing import Callable

import pycrfsuite

from .conll import read_conll, report, score, write_conll
from .data import Seq, read_newsfane, sha256, split, to_corpus_tags, to_seq
from .features import FEATURE_VERSION, gazetteer_tags, memory_lexicon, sentence_features
from .model import MEMORY_NAME, META_NAME, MODEL_NAME, VOCAB_NAME, NerModel

FOLDS = 5  # jackknife folds for the entity-memory features
SEED = 0  # the split is index-based and L-BFGS has no randomness; kept for the record
PARAMS = {"c1": 0.1, "c2": 0.1, "max_iterations": 200, "feature.possible_transitions": True,
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


def train(anercorp: Path, out_dir: Path, newsfane: Path | None = None, limit: int | None = None,
          params: dict | None = None, progress: Callable[[str], None] = lambda m: None,
          dev_out: Path | None = None) -> dict:
    """Train on ANERcorp minus its dev tenth (plus NewsFANE if given); returns the metadata."""
    t0 = time.time()
    sents = list(read_conll(anercorp))
    train_s, dev_s = split(sents)
    if limit:
        train_s, dev_s = train_s[:limit], dev_s[: max(1, limit // 9)]
    files = {"anercorp": {"path": anercorp.name, "sha256": sha256(anercorp)}}
    extra: list[list[tuple[str, str]]] = []
    if newsfane is not None:
        keys: set[str] = set()
        for s in dev_s:
            t = _letters(" ".join(w for w, _ in s))
            keys.update(t[i:i + 40] for i in range(len(t) - 39))
        nf = read_newsfane(newsfane)
        extra = [s for s in nf if not _overlaps_dev(keys, s)]
        files["newsfane"] = {"path": newsfane.name, "sha256": sha256(newsfane),
                             "sentences_used": len(extra), "sentences_dropped_dev_overlap": len(nf) - len(extra)}
        if limit:
            extra = extra[:limit]
    params = {**PARAMS, **(params or {})}
    trainer = pycrfsuite.Trainer(verbose=False)
    progress(f"features for {len(train_s) + len(extra)} sentences")
    data, memory = training_features(train_s + extra)
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
    progress(f"training CRF on {n_tok} tokens ({params['max_iterations']} iterations max)")
    trainer.train(str(tmp_model))
    tmp_model.replace(model_path)
    train_secs = time.time() - t0
    (out_dir / META_NAME).unlink(missing_ok=True)  # a stale record must not describe the new model
    model = NerModel(model_path)
    scores = evaluate(model, dev_s, rules=False)
    with_rules = evaluate(model, dev_s, rules=True)
    if dev_out is not None:
        write_conll(dev_out, dev_s)
    meta = {
        "model": MODEL_NAME, "kind": "crf (python-crfsuite, L-BFGS)", "feature_version": FEATURE_VERSION,
        "seed": SEED, "params": params, "data": files,
        "split": "ANERcorp sentences with index % 10 == 9 are dev (10%), the rest train",
        "train_sentences": len(train_s), "extra_sentences": len(extra), "train_tokens": n_tok,
        "dev_sentences": len(dev_s),
        "dev": {t: {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4)}
                for t, s in scores.items()},
        "dev_with_org_rule": {t: {"precision": round(s.precision, 4), "recall": round(s.recall, 4),
                                  "f1": round(s.f1, 4)} for t, s in with_rules.items()},
        "limit": limit, "train_seconds": round(train_secs, 1), "python": platform.python_version(),
        "crfsuite": getattr(pycrfsuite, "__version__", None), "model_bytes": model_path.stat().st_size,
    }
    _write_vocab(out_dir / VOCAB_NAME, train_s + extra)
    (out_dir / META_NAME).write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return meta


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


def training_features(sents: list[list[tuple[str, str]]]) -> tuple[list[tuple[list, list]], dict]:
    """(features, labels) per sentence, with entity-memory features jackknifed: a sentence in
    fold k sees only names from the other folds, as the model will at run time on new text."""
    folds = [[s for i, s in enumerate(sents) if i % FOLDS == k] for k in range(FOLDS)]
    out: list[tuple[list, list]] = []
    for k in range(FOLDS):
        others = [s for j in range(FOLDS) if j != k for s in folds[j]]
        lex = memory_lexicon(entity_names(others))
        for s in folds[k]:
            q = to_seq(s)
            if q.tokens:
                mem = gazetteer_tags(q.text, q.tokens, lex, "mem")
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


def tag_corpus(model: NerModel, sents: list[list[tuple[str, str]]], rules: bool = True) -> list[list[str]]:
    """Tag each corpus sentence's own tokens (ANERcorp tokenisation) -> tags per token; with
    ``rules`` as EntityTagger does (CRF + organisation rule), else the CRF alone."""
    out = []
    for s in sents:
        q: Seq = to_seq(s)
        if not q.tokens:
            pred = []
        else:
            pred = model.tag_full(q.text, q.tokens) if rules else model.tag(q.text, q.tokens)
        out.append(to_corpus_tags(q, list(pred), len(s)))
    return out


def evaluate(model: NerModel, sents: list[list[tuple[str, str]]], rules: bool = True):
    pred = tag_corpus(model, sents, rules)
    return score([[t for _, t in s] for s in sents], pred)


def evaluate_file(model: NerModel, path: Path, rules: bool = False) -> str:
    sents = list(read_conll(path))
    return report(evaluate(model, sents, rules))


def write_dev(anercorp: Path, dest: Path | None = None) -> Path:
    """The dev split as a CoNLL file (for ``marsad eval ner``)."""
    _, dev = split(list(read_conll(anercorp)))
    if dest is None:  # a fresh private file, never a fixed /tmp name another user could plant
        fd, name = tempfile.mkstemp(prefix="marsad_ner_dev_", suffix=".conll")
        os.close(fd)
        dest = Path(name)
    write_conll(dest, dev)
    return dest
