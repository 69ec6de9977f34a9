"""Linear-chain CRF scoring and Viterbi over attribute ids, with crfsuite's exact arithmetic.

setup.py compiles this module with mypyc: ``vec[float]``/``vec[i64]`` (librt, mypyc's runtime
library) are then native arrays of doubles and 64-bit integers and the loops plain C, about 5x
faster than over Python lists of floats (each read of which unboxes an object and each write
allocates one). It reproduces crfsuite's tagger
decision for decision, so the tags are the ones ``pycrfsuite.Tagger.tag`` gives for the same
attributes:
- a token's score for a label starts at 0.0 and adds, attribute by attribute in the order they
  are given (repeats counted again), that attribute's weight for the label: the same
  floating-point additions in the same order as crfsuite (crf1d_tag.c, ``crf1dt_state_score``).
  Here rows of a dense weight table are added label by label (each label's sum still takes the
  attributes in order); a label the attribute has no weight for adds 0.0 (x + 0.0 == x; at most
  a zero's sign differs, which no comparison sees);
- Viterbi keeps, for each label, the first previous label with the strictly highest score, and
  the best final label is the first maximum too (crf1d_context.c, ``crf1dc_viterbi``).
The first attributes of a token (the bias and the word's own features) are the same for every
occurrence of a spelling, so the caller sums them once per spelling (``prefix``) and passes that
partial score with the token's remaining attributes: the additions, and their order, are the same.
Attribute ids are passed as row offsets into the table (id * number of labels).
"""
from __future__ import annotations

import math

from librt.vecs import vec
from mypy_extensions import i64


class Chain:
    """A trained chain: ``weights[a * n + l]`` is attribute ``a``'s weight for label ``l``,
    ``trans[i * n + j]`` the weight of label i followed by label j."""

    def __init__(self, n_labels: int, trans: list[float], weights: list[float]) -> None:
        self.n: i64 = n_labels
        self.trans = vec[float](trans)
        self.weights = vec[float](weights)
        self._etrans = vec[float]([])  # exp(trans), made on first use by max_marginals

    def prefix(self, rows: list[int]) -> vec[float]:
        """The partial score of a token after the attributes at ``rows`` (from 0.0, in order)."""
        s = vec[float]([0.0] * self.n)
        self._add(s, vec[i64](rows))
        return s

    def _add(self, s: vec[float], rows: vec[i64]) -> None:
        n: i64 = self.n
        w = self.weights
        q: i64
        for q in range(len(rows)):
            r: i64 = rows[q]
            j: i64
            for j in range(n):
                s[j] += w[r + j]

    def _state(self, s: vec[float], t: i64, T: i64, pre: list[vec[float]], nb: list[tuple[vec[i64], ...]],
               gz: list[tuple[vec[i64], ...]], bgm: list[int], bgp: list[int], bos: int, eos: int) -> None:
        """Token ``t``'s score for each label into ``s`` (crfsuite's additions, in its order)."""
        L: i64 = self.n
        w = self.weights
        j: i64
        p = pre[t]
        for j in range(L):
            s[j] = p[j]
        self._add(s, gz[t][0])
        if t == 0:
            if bos >= 0:
                for j in range(L):
                    s[j] += w[bos + j]
        else:
            b: i64 = bgm[t]
            if b >= 0:
                for j in range(L):
                    s[j] += w[b + j]
            self._add(s, nb[t - 1][0])
            self._add(s, gz[t - 1][1])
            if t > 1:
                self._add(s, nb[t - 2][1])
                self._add(s, gz[t - 2][2])
        if t == T - 1:
            if eos >= 0:
                for j in range(L):
                    s[j] += w[eos + j]
        else:
            b = bgp[t]
            if b >= 0:
                for j in range(L):
                    s[j] += w[b + j]
            self._add(s, nb[t + 1][2])
            self._add(s, gz[t + 1][3])
            if t < T - 2:
                self._add(s, nb[t + 2][3])
                self._add(s, gz[t + 2][4])

    def tag_sentence(self, pre: list[vec[float]], nb: list[tuple[vec[i64], ...]], gz: list[tuple[vec[i64], ...]],
                     bgm: list[int], bgp: list[int], bos: int, eos: int) -> list[int]:
        """Best label ids for a sentence given, per token: ``pre`` (bias + own features, summed
        once per spelling), ``nb`` (the rows the token gives its neighbours at -1, -2, +1, +2),
        ``gz`` (its lexicon-hit rows as seen from positions 0, -1, -2, +1, +2), ``bgm``/``bgp``
        (the row of the bigram with the previous / next word, -1 if none); ``bos``/``eos`` are
        -1 when the model lacks them. Rows are added in the order features.sentence_features
        lists the attributes, so the additions are crfsuite's."""
        return self.best_path(self.states(pre, nb, gz, bgm, bgp, bos, eos), self.trans)

    def states(self, pre: list[vec[float]], nb: list[tuple[vec[i64], ...]], gz: list[tuple[vec[i64], ...]],
               bgm: list[int], bgp: list[int], bos: int, eos: int) -> vec[float]:
        """The state scores ``tag_sentence`` decodes (token-major, T * labels); a caller may
        add another model's scores before decoding them (``best_path``)."""
        T: i64 = len(pre)
        L: i64 = self.n
        out = vec[float]([0.0] * (T * L))
        s = vec[float]([0.0] * L)
        t: i64
        j: i64
        for t in range(T):
            self._state(s, t, T, pre, nb, gz, bgm, bgp, bos, eos)
            for j in range(L):
                out[t * L + j] = s[j]
        return out

    def best_path(self, scores: vec[float], tr: vec[float]) -> list[int]:
        """Viterbi over token-major state ``scores`` and label-to-label transitions ``tr``
        (flat, ``tr[i * L + j]``: i followed by j) with crfsuite's tie rules: for each label the
        first previous label with the strictly highest score, and the first best final label."""
        L: i64 = self.n
        T: i64 = len(scores) // L
        if T == 0:
            return []
        back = vec[i64]([0] * (T * L))
        prev = vec[float]([0.0] * L)
        cur = vec[float]([0.0] * L)
        t: i64
        j: i64
        for j in range(L):
            prev[j] = scores[j]
        for t in range(1, T):
            base: i64 = t * L
            for j in range(L):
                best: float = prev[0] + tr[j]
                arg: i64 = 0
                i: i64
                for i in range(1, L):
                    sc: float = prev[i] + tr[i * L + j]
                    if best < sc:
                        best = sc
                        arg = i
                back[base + j] = arg
                cur[j] = best + scores[base + j]
            prev, cur = cur, prev
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

    def max_marginals(self, scores: vec[float]) -> vec[float]:
        """How sure the chain is of each token: its highest label marginal P(y_t = l | x) under
        this chain's transitions (forward-backward over token-major state ``scores``, in exp
        space, each step rescaled to sum 1 so nothing overflows)."""
        L: i64 = self.n
        T: i64 = len(scores) // L
        out = vec[float]([1.0] * T)
        if T == 0:
            return out
        if len(self._etrans) == 0:
            self._etrans = vec[float]([math.exp(x) for x in self.trans])
        et = self._etrans
        e = vec[float]([0.0] * (T * L))  # exp(state score - the token's best), <= 1
        t: i64
        i: i64
        j: i64
        for t in range(T):
            top: float = scores[t * L]
            for j in range(1, L):
                if scores[t * L + j] > top:
                    top = scores[t * L + j]
            for j in range(L):
                e[t * L + j] = math.exp(scores[t * L + j] - top)
        alpha = vec[float]([0.0] * (T * L))
        z: float = 0.0
        for j in range(L):
            alpha[j] = e[j]
            z += e[j]
        for j in range(L):
            alpha[j] /= z
        for t in range(1, T):
            z = 0.0
            for j in range(L):
                acc: float = 0.0
                for i in range(L):
                    acc += alpha[(t - 1) * L + i] * et[i * L + j]
                acc *= e[t * L + j]
                alpha[t * L + j] = acc
                z += acc
            for j in range(L):
                alpha[t * L + j] /= z
        beta = vec[float]([1.0] * L)
        nxt = vec[float]([0.0] * L)
        for t in range(T - 1, -1, -1):
            if t < T - 1:
                z = 0.0
                for i in range(L):
                    acc2: float = 0.0
                    for j in range(L):
                        acc2 += et[i * L + j] * e[(t + 1) * L + j] * beta[j]
                    nxt[i] = acc2
                    z += acc2
                for i in range(L):
                    beta[i] = nxt[i] / z
            tot: float = 0.0
            best: float = 0.0
            for j in range(L):
                p: float = alpha[t * L + j] * beta[j]
                tot += p
                if p > best:
                    best = p
            out[t] = best / tot
        return out


def rows_f(xs: list[float]) -> vec[float]:
    """Scores as the native array ``Chain.best_path`` reads."""
    return vec[float](xs)


def rows(ids: list[int]) -> vec[i64]:
    """Attribute rows as the native array ``Chain.tag_sentence`` reads."""
    return vec[i64](ids)
