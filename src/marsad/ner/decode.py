"""Linear-chain CRF scoring and Viterbi over attribute ids, with crfsuite's exact arithmetic.

setup.py compiles this module with mypyc (typed lists and float loops become C; ``i64`` is a
native integer there and only an annotation in the pure module). It reproduces crfsuite's tagger
decision for decision, so the tags are the ones ``pycrfsuite.Tagger.tag`` gives for the same
attributes:
- a token's score for a label starts at 0.0 and adds, attribute by attribute in the order they
  are given (repeats counted again), that attribute's weight for the label: the same
  floating-point additions in the same order as crfsuite (crf1d_tag.c, ``crf1dt_state_score``).
  Here each label's sum runs in one local variable over a dense weight table, where a label the
  attribute has no weight for adds 0.0 (x + 0.0 == x; at most a zero's sign differs, which no
  comparison sees);
- Viterbi keeps, for each label, the first previous label with the strictly highest score, and
  the best final label is the first maximum too (crf1d_context.c, ``crf1dc_viterbi``).
The first attributes of a token (the bias and the word's own features) are the same for every
occurrence of a spelling, so the caller sums them once per spelling (``prefix``) and passes that
partial score with the token's remaining attributes: the additions, and their order, are the same.
Attribute ids are passed as row offsets into the table (id * number of labels).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mypy_extensions import i64


class Chain:
    """A trained chain: ``weights[a * n + l]`` is attribute ``a``'s weight for label ``l``,
    ``trans[i * n + j]`` the weight of label i followed by label j."""

    def __init__(self, n_labels: int, trans: list[float], weights: list[float]) -> None:
        self.n: i64 = n_labels
        self.trans = trans
        self.weights = weights

    def prefix(self, rows: list[int]) -> list[float]:
        """The partial score of a token after the attributes at ``rows`` (from 0.0, in order)."""
        n: i64 = self.n
        w = self.weights
        s: list[float] = [0.0] * n
        j: i64
        for j in range(n):
            acc: float = 0.0
            r: i64
            for r in rows:
                acc += w[r + j]
            s[j] = acc
        return s

    def tag_sentence(self, pre: list[list[float]], nb: list[list[list[int]]], gz: list[list[list[int]]],
                     bgm: list[int], bgp: list[int], bos: int, eos: int) -> list[int]:
        """Best label ids for a sentence given, per token: ``pre`` (bias + own features, summed
        once per spelling), ``nb`` (the rows the token gives its neighbours at -1, -2, +1, +2),
        ``gz`` (its lexicon-hit rows as seen from positions 0, -1, -2, +1, +2), ``bgm``/``bgp``
        (the row of the bigram with the previous / next word, -1 if none); ``bos``/``eos`` are
        -1 when the model lacks them. Rows go in the order features.sentence_features lists
        the attributes, so the additions are crfsuite's."""
        T: i64 = len(pre)
        if T == 0:
            return []
        L: i64 = self.n
        w, trans = self.weights, self.trans
        back: list[int] = [0] * (T * L)
        prev: list[float] = []
        t: i64
        for t in range(T):
            rows: list[int] = list(gz[t][0])
            if t == 0:
                if bos >= 0:
                    rows.append(bos)
            else:
                if bgm[t] >= 0:
                    rows.append(bgm[t])
                rows.extend(nb[t - 1][0])
                rows.extend(gz[t - 1][1])
                if t > 1:
                    rows.extend(nb[t - 2][1])
                    rows.extend(gz[t - 2][2])
            if t == T - 1:
                if eos >= 0:
                    rows.append(eos)
            else:
                if bgp[t] >= 0:
                    rows.append(bgp[t])
                rows.extend(nb[t + 1][2])
                rows.extend(gz[t + 1][3])
                if t < T - 2:
                    rows.extend(nb[t + 2][3])
                    rows.extend(gz[t + 2][4])
            p = pre[t]
            s: list[float] = [0.0] * L
            j: i64
            for j in range(L):
                acc: float = p[j]
                r: i64
                for r in rows:
                    acc += w[r + j]
                s[j] = acc
            if t == 0:
                prev = s
                continue
            cur: list[float] = [0.0] * L
            base: i64 = t * L
            for j in range(L):
                best: float = prev[0] + trans[j]
                arg: i64 = 0
                i: i64
                for i in range(1, L):
                    sc: float = prev[i] + trans[i * L + j]
                    if best < sc:
                        best = sc
                        arg = i
                back[base + j] = arg
                cur[j] = best + s[j]
            prev = cur
        top: float = prev[0]
        last: i64 = 0
        k: i64
        for k in range(1, L):
            if top < prev[k]:
                top = prev[k]
                last = k
        out: list[int] = [0] * T
        out[T - 1] = last
        for k in range(T - 2, -1, -1):
            last = back[(k + 1) * L + last]
            out[k] = last
        return out
