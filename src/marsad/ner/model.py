"""The committed NER model: load once per process, tag token sequences."""
from __future__ import annotations

import json
import os
from bisect import bisect_left, bisect_right
from functools import lru_cache, partial
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

import pycrfsuite

if TYPE_CHECKING:
    from librt.vecs import vec
    from mypy_extensions import i64

from ..arabic.normalize import fold
from ..arabic.tokens import Token, sentences
from .context import (complete_persons, places_over_persons, places_whole, pronoun_words_out, propagate,
                      quoted_outlets, rural_regions, titled_given_names)
from .cache import DictCache
from .conll import chunks
from .rules import apply_org_rules, may_open_org
from .tokens import ner_tokenize
from . import decode
from .crfsuite_file import FormatError, read_model
from .decode import Chain, rows
from .decode import rows_f as vec_of
from .hits import DocumentLexicons
from .features import (FEATURE_VERSION, gazetteer_tags, lexicons, memory_lexicon, memory_tags, memory_tokens,
                       name_part, pruned_context,
                       sentence_features, _bigram_index)

# ner/decode.py compiled (mypyc): score here; pure Python: crfsuite is faster, use it
COMPILED = not str(getattr(decode, "__file__", "")).endswith(".py")
_NO_HITS = tuple(rows([]) for _ in range(5))

MODEL_NAME = "ner.crfsuite"
META_NAME = "ner.json"
VOCAB_NAME = "ner_vocab.json"
MEMORY_NAME = "ner_memory.json"
COMMON_NAME = "ner_common.json"


_OUTLET_OVER = frozenset({"O", "LOC"})  # a quoted outlet named after a place («"حلب اليوم"») is no place


def model_dir() -> Path:
    return Path(str(resources.files("marsad").joinpath("models")))


class ModelMissing(RuntimeError):
    """No trained model in the package (run ``marsad train ner``)."""


class NerModel:
    def __init__(self, path: str | Path | None = None):
        path = Path(path) if path else model_dir() / MODEL_NAME
        if not path.exists():
            raise ModelMissing(f"no NER model at {path}: run 'marsad train ner'")
        meta_path = path.with_suffix(".json")
        self.meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        if self.meta.get("feature_version", FEATURE_VERSION) != FEATURE_VERSION:
            raise ModelMissing(f"{path} was trained with other features: run 'marsad train ner'")
        vocab_path = path.parent / VOCAB_NAME
        self.vocab: dict[str, int] = (json.loads(vocab_path.read_text(encoding="utf-8"))
                                      if vocab_path.exists() else {})
        mem_path = path.parent / MEMORY_NAME
        names = json.loads(mem_path.read_text(encoding="utf-8")) if mem_path.exists() else {}
        self.memory = memory_lexicon(names)
        self.memory_words = memory_tokens(names)
        self.name_part = DictCache(partial(name_part, self.memory_words))
        common_path = path.parent / COMMON_NAME
        self.common = frozenset(json.loads(common_path.read_text(encoding="utf-8")) if common_path.exists() else ())
        self.person_words = frozenset(w for w, t in self.memory_words.items() if t == ("mt=PER",))
        lx = lexicons()
        self._given, self._not_names, self._titles = lx.first_names, lx.titles | lx.org_heads, lx.titles
        try:
            weights = read_model(path)
        except (OSError, FormatError) as e:
            raise ModelMissing(f"{path} is not a usable CRFsuite model ({e}): run 'marsad train ner'") from e
        self.labels = weights.labels
        self.keep = frozenset(weights.attrs)  # crfsuite stores only attributes with a weight
        self._ctx = pruned_context(self.keep)
        n = len(self.labels)
        self._row = {a: i * n for a, i in weights.attrs.items()}  # attribute -> its row in the table
        table = [0.0] * (n * len(weights.attrs))
        for a, rows in enumerate(weights.state):
            for label, x in rows:
                table[a * n + label] = x
        self._chain = Chain(n, [x for row in weights.trans for x in row], table)
        self._bos, self._eos = self._row.get("BOS", -1), self._row.get("EOS", -1)
        self._bigrams = _bigram_index(self.keep)
        self._spelling = DictCache(self._spelling_uncached)
        self._hits = DictCache(self._hits_uncached)
        self._tagger: pycrfsuite.Tagger | None = None
        self._lexicons: DocumentLexicons | None = None
        self.path = path
        self.neural = None
        self.gate: float | None = None
        self.window: int | None = None
        ens = self.meta.get("ensemble")
        # The CRF alone unless MARSAD_NER_NEURAL=1: the mix (where the CRF is unsure: ensemble.gate)
        # is ~2 F1 better on the honest dev but leaves the whole pipeline at ~0.8x (~0.9x with the
        # tagger on 1-3% of the tokens: the per-document tagger call and the gate's forward-backward
        # cost that much on their own; benchmarks/bench_ner_gate.py, stop 23) and changed no event
        # or place on our sets (stop 20); BENCHMARKS.md
        if ens and ens.get("neural") and os.environ.get("MARSAD_NER_NEURAL", "0") == "1":
            from .neural import NeuralTagger

            nn_path = path.parent / ens["neural"]
            if not nn_path.exists():
                raise ModelMissing(f"{nn_path} is missing (the record pairs the CRF with it): run 'make train-ner'")
            gate, window = ens.get("gate"), ens.get("window")
            self.set_ensemble(NeuralTagger(nn_path), float(ens["weight"]), None if gate is None else float(gate),
                              None if window is None else int(window))

    def set_ensemble(self, neural, weight: float, gate: float | None = None, window: int | None = None) -> None:
        """Tag with the CRF's state scores plus ``weight`` times the neural tagger's emissions
        (its start and end scores on the first and last token), decoded over the CRF's
        transitions plus ``weight`` times the neural ones: a product of the two chains'
        distributions. ``neural`` None goes back to the CRF alone. ``gate``: only sentences
        the CRF is unsure of (a token whose best label's marginal is below ``gate``) go to the
        neural tagger; the others keep the CRF's tags (None: every sentence is mixed); with
        ``window`` only the unsure tokens and ``window`` tokens either side (``_unsure``)."""
        self.neural = None
        self.gate, self.window = gate, window
        if neural is None:
            return
        import numpy as np

        if sorted(neural.tags) != sorted(self.labels):
            raise ModelMissing("the neural tagger's labels are not the CRF's: run 'make train-ner'")
        perm = [neural.tags.index(x) for x in self.labels]
        nw = neural.w
        L = len(self.labels)
        trans = np.array(list(self._chain.trans), dtype=np.float64).reshape(L, L)
        trans = trans + weight * nw["trans"][np.ix_(perm, perm)]
        self._mix = (perm, weight, weight * nw["start"][perm].astype(np.float64),
                     weight * nw["end"][perm].astype(np.float64), vec_of(trans.ravel().tolist()))
        self.neural = neural

    @property
    def tagger(self) -> pycrfsuite.Tagger:
        """crfsuite's own tagger for this model (the reference ``tag`` must agree with; used
        when ner/decode.py runs uncompiled, where crfsuite is the faster of the two)."""
        if self._tagger is None:
            self._tagger = pycrfsuite.Tagger()
            self._tagger.open(str(self.path))
        return self._tagger

    def _spelling_uncached(self, word: str) -> tuple:
        """One spelling's partial score (bias + own features, crfsuite's additions in order),
        its folded form, the attribute rows it gives its neighbours at -1, -2, +1, +2, its
        remembered-name-part features ("mt=PER", features.memory_tags), the folded words that
        may follow it in a kept bigram (for "bg-" and "bg+"; None if there are none), and
        whether it can open an organisation span (rules.may_open_org)."""
        own, f, ctx = self._ctx(word)
        row = self._row
        bg_minus, bg_plus = self._bigrams
        nxt = (bg_minus.get(f, frozenset()), bg_plus.get(f, frozenset())) if f in bg_minus or f in bg_plus else None
        # the pruned features are the model's own attributes: every one has a row
        bias = [row["b"]] if "b" in row else []
        return (self._chain.prefix(bias + [row[a] for a in own]), f,
                (rows([row[a] for a in ctx[0]]), rows([row[a] for a in ctx[1]]),
                 rows([row[a] for a in ctx[2]]), rows([row[a] for a in ctx[3]])),
                self.name_part(word), nxt, may_open_org(word))

    @property
    def lexicons(self) -> DocumentLexicons:
        """The gazetteer and this model's entity memory in one automaton (built on first use)."""
        if self._lexicons is None:
            self._lexicons = DocumentLexicons(lexicons().places, self.memory)
        return self._lexicons

    def _hits_uncached(self, hits: tuple[str, ...]) -> tuple[vec[i64], ...]:
        """Lexicon-hit features of a token as attribute ids, seen from positions 0, -1, -2, +1, +2."""
        row = self._row
        return tuple(rows([row[p + h] for h in hits if p + h in row]) for p in ("", "-1", "-2", "+1", "+2"))

    def tag(self, text: str, tokens: Sequence[Token], gz: list[list[str]] | None = None,
            mem: list[list[str]] | None = None) -> list[str]:
        if not tokens:
            return []
        if mem is None:
            mem = memory_tags(text, tokens, self.memory, self.memory_words, self.name_part)
        if gz is None:
            gz = gazetteer_tags(text, tokens)
        if not COMPILED and self.neural is None:
            return self.tagger.tag(sentence_features(text, tokens, gz, mem, ctx=self._ctx, keep=self.keep))
        return self.tag_fast(tokens, gz, mem)

    def tag_fast(self, tokens: Sequence[Token], gz: list[list[str]], mem: list[list[str]]) -> list[str]:
        """The CRF's tags scored here (ner/decode.py), identical to crfsuite's for the same
        features: per spelling the summed own features and the neighbour rows are cached, so a
        token costs a few look-ups instead of ~30 strings handed to crfsuite."""
        sp = self._spelling
        return self._crf([sp(t.text) for t in tokens], [g + m for g, m in zip(gz, mem)], [t.text for t in tokens])

    def _crf(self, words: list, hits: Sequence[Sequence[str]], texts: list[str]) -> list[str]:
        """Tags for one sentence from its spellings' records (``_spelling``) and each token's
        lexicon and memory features (``hits``, in the order the training features list them)."""
        cached = self._hits
        bgm, bgp = self._bigram_rows(words)
        args = ([w[0] for w in words], [w[2] for w in words], [cached(tuple(h)) if h else _NO_HITS for h in hits],
                bgm, bgp)
        if self.neural is None:
            return self._decode(*args)
        st = self._chain.states(*args, self._bos, self._eos)
        spans = self._unsure(st)
        if not spans:
            return [self.labels[i] for i in self._chain.best_path(st, self._chain.trans)]
        return self._mixed(st, spans, self.neural.emissions([(texts[a:b], hits[a:b]) for a, b in spans]))

    def _unsure(self, st) -> list[tuple[int, int]]:
        """The stretches of a sentence (state scores ``st``) the neural tagger is to see: all of
        it without a gate; with one, none if the CRF is sure of every token (its best label's
        marginal >= gate), else the whole sentence, or with ``window`` each unsure token and
        ``window`` tokens either side (overlapping stretches joined)."""
        T = len(st) // len(self.labels)
        if self.gate is None:
            return [(0, T)]
        marg = self._chain.max_marginals(st)
        low = [t for t in range(T) if marg[t] < self.gate]
        if not low:
            return []
        k = self.window
        if k is None:
            return [(0, T)]
        spans: list[tuple[int, int]] = []
        for t in low:
            a, b = max(0, t - k), min(T, t + k + 1)
            if spans and a <= spans[-1][1]:
                spans[-1] = (spans[-1][0], b)
            else:
                spans.append((a, b))
        return spans

    def _bigram_rows(self, words: list) -> tuple[list[int], list[int]]:
        """Per token, the row of its kept bigram with the previous word ("bg-") and with the
        next word ("bg+"), -1 where there is none."""
        n = len(words)
        bgm = [-1] * n
        bgp = [-1] * n
        row = self._row
        for i in range(1, n):
            before = words[i - 1][4]
            if before is not None:  # the previous word opens kept bigrams: is this one of them?
                f = words[i][1]
                if f in before[0]:
                    bgm[i] = row.get(f"bg-={words[i - 1][1]}|{f}", -1)
                if f in before[1]:
                    bgp[i - 1] = row.get(f"bg+={words[i - 1][1]}|{f}", -1)
        return bgm, bgp

    def _decode(self, pre: list, nb: list, gzi: list, bgm: list[int], bgp: list[int], em=None) -> list[str]:
        """Label names for one sentence: the CRF alone, or with ``em`` (the neural tagger's
        emissions for the sentence) mixed in as ``set_ensemble`` says."""
        labels = self.labels
        chain = self._chain
        if em is None:
            return [labels[i] for i in chain.tag_sentence(pre, nb, gzi, bgm, bgp, self._bos, self._eos)]
        return self._mixed(chain.states(pre, nb, gzi, bgm, bgp, self._bos, self._eos), [(0, len(pre))], [em])

    def _mixed(self, st, spans: list[tuple[int, int]], ems: list) -> list[str]:
        """Label names from the CRF's state scores ``st`` with the neural emissions ``ems`` of
        the stretches ``spans`` mixed in (the tagger's start/end scores where a stretch begins
        or ends the sentence), decoded over the mixed transitions."""
        import numpy as np

        perm, weight, start, end, trans = self._mix
        L = len(self.labels)
        T = len(st) // L
        sc = np.fromiter(st, dtype=np.float64, count=len(st)).reshape(T, L)
        for (a, b), em in zip(spans, ems):
            sc[a:b] += weight * em[:, perm]
        if spans[0][0] == 0:
            sc[0] += start
        if spans[-1][1] == T:
            sc[-1] += end
        return [self.labels[i] for i in self._chain.best_path(vec_of(sc.ravel().tolist()), trans)]

    def tag_full(self, text: str, tokens: Sequence[Token], gz: list[list[str]] | None = None,
                 mem: list[list[str]] | None = None, org_rule: bool = True) -> list[str]:
        """CRF tags, persons' names completed, then organisation-shaped spans completed
        (what EntityTagger uses; ``org_rule`` False leaves organisations as the CRF says)."""
        if gz is None:
            gz = gazetteer_tags(text, tokens)
        return self._rules(tokens, self.tag(text, tokens, gz, mem), gz, org_rule)

    def _rules(self, tokens: Sequence[Token], tags: list[str], gz: Sequence[Sequence[str]],
               org_rule: bool = True, words: list[str] | None = None, may_open: bool | None = None) -> list[str]:
        words = [t.text for t in tokens] if words is None else words
        tags = places_over_persons(list(tags), gz)
        tags = pronoun_words_out(words, tags, self.person_words)
        tags = quoted_outlets(words, tags, _OUTLET_OVER)
        tags = titled_given_names(words, tags, self._titles, self._given)
        tags = complete_persons(words, tags, self._given, self.person_words, self.common, self._not_names)
        tags = rural_regions(words, tags)
        return apply_org_rules(tokens, tags, may_open) if org_rule else tags

    def tag_document(self, text: str, tokens: Sequence[Token] | None = None, folded=None,
                     sents=None) -> list[tuple[str, list[Token]]]:
        """(type, tokens) for every entity in ``text``: sentence by sentence, then the
        document's names carried to their other mentions (context.propagate). A Document
        passes its shared ``tokens``, ``folded`` and ``sentences`` so nothing is computed twice.
        The lexicon features come from one scan of the whole text (hits.DocumentLexicons)."""
        all_tokens = ner_tokenize(text) if tokens is None else tokens
        folded = fold(text) if folded is None else folded
        gz_all, mem_all = self.lexicons.scan(folded, all_tokens)
        sp, known = self._spelling, self._spelling.data
        texts = [t.text for t in all_tokens]
        words = [known[x] if x in known else sp(x) for x in texts]
        # every token's CRF inputs once for the document, sliced per sentence below
        hits = [g + m + w[3] for g, m, w in zip(gz_all, mem_all, words)]
        fast = COMPILED or self.neural is not None
        if fast:
            cached = self._hits
            pre, nb = [w[0] for w in words], [w[2] for w in words]
            gzi = [cached(h) if h else _NO_HITS for h in hits]
            bgm, bgp = self._bigram_rows(words)  # pairs across a sentence end are never read
        bounds = sentence_ranges(text, all_tokens, sents)
        sts: list = [None] * len(bounds)
        ems: list = [None] * len(bounds)
        if self.neural is not None:  # the CRF's scores first: sentences it is sure of skip the tagger
            chain = self._chain
            sts = [chain.states(pre[k:j], nb[k:j], gzi[k:j], bgm[k:j], bgp[k:j], self._bos, self._eos)
                   for k, j in bounds]
            spans = [self._unsure(st) for st in sts]
            # every unsure stretch of the document through the LSTM at once
            todo = [(n, k + a, k + b) for n, (k, _) in enumerate(bounds) for a, b in spans[n]]
            out = iter(self.neural.emissions([(texts[a:b], hits[a:b]) for _, a, b in todo]) if todo else ())
            for n, sp in enumerate(spans):
                if sp:
                    ems[n] = (sp, [next(out) for _ in sp])
        spans: list[list[Token]] = []
        tagged: list[tuple[list[str], list[str]]] = []
        for (k, j), st, em in zip(bounds, sts, ems):
            toks = all_tokens[k:j]
            gz = gz_all[k:j]
            if st is not None:
                tags = (self._mixed(st, *em) if em is not None
                        else [self.labels[i] for i in self._chain.best_path(st, self._chain.trans)])
            elif fast:
                tags = self._decode(pre[k:j], nb[k:j], gzi[k:j], bgm[k:j], bgp[k:j])
            else:
                tags = self.tag(text, toks, [list(g) for g in gz], [list(m + w[3]) for m, w in zip(mem_all[k:j], words[k:j])])
            may_open = any([w[5] for w in words[k:j]])
            spans.append(toks)
            tagged.append((texts[k:j], self._rules(toks, tags, gz, True, texts[k:j], may_open)))
        out: list[tuple[str, list[Token]]] = []
        # whole gazetteer names after the document pass: the cut name («درعا» of «درعا البلد») is
        # what the pass carries to the document's other mentions (a dateline «درعا»)
        done = [places_whole(tags, gz_all[k:j]) for (k, j), tags in zip(bounds, propagate(tagged, self.common))]
        for toks, tags in zip(spans, done):
            for typ, s, e in chunks(tags):
                out.append((typ, toks[s:e]))
        return out


def sentence_ranges(text: str, tokens: Sequence[Token], sents=None) -> list[tuple[int, int]]:
    """(first, past-last) token index of each sentence of ``text`` that holds a token
    (``sents``: its sentences if already cut)."""
    t_starts = [t.start for t in tokens]
    t_ends = [t.end for t in tokens]
    bounds: list[tuple[int, int]] = []
    k = 0
    for sent in (sentences(text) if sents is None else sents):
        k = bisect_left(t_starts, sent.start, k)  # the first token inside the sentence
        j = bisect_right(t_ends, sent.end, k)  # past its last one
        if j > k:
            bounds.append((k, j))
        k = j
    return bounds


@lru_cache(maxsize=1)
def default_model() -> NerModel:
    return NerModel()
