"""A stacked second-stage CRF (Krishnan & Manning 2006): the first CRF's labels elsewhere in the
document become features of a second CRF.

A name the first stage tags once ("الحريري" as a person in one sentence) is evidence about its
other mentions; ``context.propagate`` applies that by a fixed rule, the second stage learns how
far to trust it (and when not to: a word tagged once among ten untagged uses). Its features are
the first stage's own label for the token ("s1=B-PER"), the types and positions the same word
(or its stem without a proclitic) got elsewhere in the document ("dB=PER", "dI=LOC"), and a flag
for a word that recurs but was never tagged ("dO"). They travel with the lexicon hits, so the
neighbours see them shifted ("-1s1=B-PER") as they see gazetteer hits.

Training uses first-stage labels the first stage did not learn from: the training sentences are
cut into contiguous folds and each fold is tagged by a first stage trained on the others
(jackknife), so the second stage learns how reliable first-stage labels are on new text.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Sequence

from .context import _fold, _keys, propagate

MIN_LEN = 3  # letters of a word whose other mentions count (short words are mostly particles)


def document_features(sentences: Sequence[tuple[Sequence[str], Sequence[str]]], own: bool = True
                      ) -> list[list[list[str]]]:
    """Per sentence, per token, the stacked features from the first stage's tags of one
    document ((words, tags) per sentence); ``own`` adds the token's own first-stage label."""
    occ: dict[str, list[tuple[int, int, str]]] = {}  # word and its clitic-free stems -> (sentence, token, tag)
    for si, (words, tags) in enumerate(sentences):
        for ti, (w, t) in enumerate(zip(words, tags)):
            if _wordy(w):
                for key in _keys(w):
                    occ.setdefault(key, []).append((si, ti, t))
    out: list[list[list[str]]] = []
    for si, (words, tags) in enumerate(sentences):
        feats: list[list[str]] = []
        for ti, (w, t) in enumerate(zip(words, tags)):
            fs = [f"s1={t}"] if own else []
            if _wordy(w):
                others = {(sj, tj, tag) for key in _keys(w) for sj, tj, tag in occ.get(key, ())
                          if sj != si or tj != ti}
                seen = sorted({f"d{tag[0]}={tag[2:]}" for _, _, tag in others if tag != "O"})
                fs.extend(seen if seen else ["dO"] if others else [])
            feats.append(fs)
        out.append(feats)
    return out


def _wordy(w: str) -> bool:
    f = _fold(w)
    return len(f) >= MIN_LEN and f.isalpha()


def experiment(anercorp: Path, work: Path, folds: int = 4, own: bool = False, limit: int | None = None,
               params: dict | None = None, progress: Callable[[str], None] = lambda m: None) -> dict:
    """Train the stacked pair on ANERcorp minus the dev blocks and score it there, next to the
    first stage alone (both with and without the document pass). Not shipped: on the dev blocks
    it scored as the first stage with ``context.propagate`` (0.735 against 0.734; PER +3, ORG -2)
    for twice the tagging work. ``work`` receives the models."""
    from .conll import read_conll, score
    from .data import block_split, to_corpus_tags, to_seq
    from .features import gazetteer_tags, memory_tags
    from .train import CONTEXT_WINDOW, PARAMS, fit

    params = {**PARAMS, **(params or {})}
    train_s, dev_s, _ = block_split(list(read_conll(anercorp)))
    if limit:
        train_s, dev_s = train_s[:limit], dev_s[: max(1, limit // 9)]

    def first(model, sents):
        return [model.tag_full(q.text, q.tokens, org_rule=False) if q.tokens else []
                for q in map(to_seq, sents)]

    def stacked(sents, tags):
        out: list[list[list[str]]] = []
        for i in range(0, len(sents), CONTEXT_WINDOW):
            out += document_features([([t.text for t in to_seq(s).tokens], tg) for s, tg in
                                      zip(sents[i:i + CONTEXT_WINDOW], tags[i:i + CONTEXT_WINDOW])], own)
        return out

    n = len(train_s)
    train_tags: list[list[str]] = []
    for k in range(folds):  # jackknife: each fold tagged by a first stage trained on the others
        a, b = k * n // folds, (k + 1) * n // folds
        progress(f"first stage without fold {k + 1} of {folds}")
        train_tags += first(fit(train_s[:a] + train_s[b:], work / f"fold{k}", params)[0], train_s[a:b])
    progress("first stage on all training sentences")
    stage1 = fit(train_s, work / "stage1", params)[0]
    progress("second stage")
    stage2 = fit(train_s, work / ("stage2" if own else "stage2_doc"), params, extra=stacked(train_s, train_tags))[0]
    dev_tags = first(stage1, dev_s)
    dev_feats = stacked(dev_s, dev_tags)
    seqs = [to_seq(s) for s in dev_s]
    second: list[list[str]] = []
    for q, x in zip(seqs, dev_feats):
        if not q.tokens:
            second.append([])
            continue
        gz = gazetteer_tags(q.text, q.tokens)
        mem = memory_tags(q.text, q.tokens, stage2.memory, stage2.memory_words, stage2.name_part)
        tags = stage2.tag(q.text, q.tokens, gz, [m + f for m, f in zip(mem, x)])
        second.append(stage2._rules(q.tokens, tags, gz, False))
    gold = [[t for _, t in s] for s in dev_s]
    out = {}
    for name, preds in (("first_stage", dev_tags), ("stacked", second)):
        for doc in (False, True):
            p = [list(t) for t in preds]
            if doc:
                for i in range(0, len(seqs), CONTEXT_WINDOW):
                    p[i:i + CONTEXT_WINDOW] = propagate(
                        [([t.text for t in q.tokens], tg) for q, tg in zip(seqs[i:i + CONTEXT_WINDOW], p[i:i + CONTEXT_WINDOW])],
                        stage2.common)
            sc = score(gold, [to_corpus_tags(q, tg, len(s)) for q, tg, s in zip(seqs, p, dev_s)])
            out[name + ("+document_pass" if doc else "")] = {
                t: {"precision": round(v.precision, 4), "recall": round(v.recall, 4), "f1": round(v.f1, 4)}
                for t, v in sc.items()}
    return out
