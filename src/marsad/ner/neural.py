"""A small neural tagger (char-CNN + BiLSTM + CRF transitions) run with numpy alone.

Trained with PyTorch by ``marsad.ner.train_neural`` (the ``train`` extra); the weights are
exported to one ``.npz`` so tagging needs no torch. Inputs per token: the folded word (vector
initialised from the distributional vectors built here, see clusters.py), its characters
through a convolution with max pooling (for words never seen), and a bag of the CRF's symbolic
flags (name/title/organisation-head lexicons, word clusters, gazetteer and entity-memory hits).
The input projections are computed for a whole sentence at once; only the recurrent product
runs step by step.
"""
from __future__ import annotations

import json
from contextlib import nullcontext
from functools import partial
from pathlib import Path
from typing import Sequence

from ..arabic.normalize import fold_str
from ..arabic.tokens import Token
from .cache import DictCache
from .features import gazetteer_tags, word_features

MAX_CHARS = 20
SPELLINGS = 50_000  # spellings whose input vectors are kept (~35 MB); then the store starts again
PAD, UNK = 0, 1


def token_flags(text: str, tokens: Sequence[Token], mem: list[list[str]] | None,
                gz: list[list[str]] | None = None) -> list[list[str]]:
    """The symbolic inputs of each token: word flags plus gazetteer and memory hits."""
    if gz is None:
        gz = gazetteer_tags(text, tokens)
    out = []
    for i, t in enumerate(tokens):
        _, f, flags = word_features(t.text)
        fl = [x for x in flags if not x.startswith(("st=", "s2="))] + [f"S2={f[-2:]}", f"P2={f[:2]}"]
        out.append(fl + gz[i] + (mem[i] if mem else []))
    return out


def char_ids(word: str, chars: dict[str, int]) -> list[int]:
    f = fold_str(word)[:MAX_CHARS] or word[:MAX_CHARS]
    return [chars.get(c, UNK) for c in f]


class NeuralTagger:
    """Tags token sequences with exported weights (``ner_nn.npz`` + ``ner_nn.json``)."""

    def __init__(self, path: str | Path):
        import numpy as np

        self.np = np
        path = Path(path)
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        self.meta = meta
        self.words: dict[str, int] = {w: i for i, w in enumerate(meta["words"])}
        self.chars: dict[str, int] = {c: i for i, c in enumerate(meta["chars"])}
        self.flags: dict[str, int] = {c: i for i, c in enumerate(meta["flags"])}
        self.tags: list[str] = meta["tags"]
        w = np.load(path)
        self.w = {k: w[k].astype(np.float32) for k in w.files}
        self.width = int(meta["char_width"])
        self._prepare()

    def _inputs(self, text: str, tokens: Sequence[Token], mem, gz):
        np = self.np
        w = self.w
        n = len(tokens)
        folded = [fold_str(t.text) for t in tokens]
        wid = np.array([self.words.get(f, UNK) for f in folded])
        x_word = w["word_emb"][wid]
        # characters: pad each word, convolve, max-pool over positions
        cids = [char_ids(t.text, self.chars) for t in tokens]
        pad = self.width // 2
        longest = max(len(c) for c in cids) + 2 * pad
        L = max(longest, self.width)
        grid = np.zeros((n, L), dtype=np.int64)
        for i, c in enumerate(cids):
            grid[i, pad:pad + len(c)] = c
        ce = w["char_emb"][grid]  # n, L, C
        steps = L - self.width + 1
        win = np.stack([ce[:, k:k + steps, :] for k in range(self.width)], axis=2)  # n, steps, width, C
        conv = win.reshape(n, steps, -1) @ w["char_conv_w"] + w["char_conv_b"]
        mask = np.zeros((n, steps), dtype=bool)
        for i, c in enumerate(cids):
            mask[i, : max(1, len(c))] = True  # windows centred on real characters
        conv = np.where(mask[:, :, None], conv, -1e9)
        x_char = np.maximum(conv.max(axis=1), 0.0)
        fl = token_flags(text, tokens, mem, gz)
        x_flag = np.zeros((n, w["flag_emb"].shape[1]), dtype=np.float32)
        for i, fs in enumerate(fl):
            ids = [self.flags[f] for f in fs if f in self.flags]
            if ids:
                x_flag[i] = w["flag_emb"][ids].sum(axis=0)
        return np.concatenate([x_word, x_char, x_flag], axis=1)

    def _lstm(self, x, prefix: str, reverse: bool):
        np = self.np
        w = self.w
        xi = x @ w[prefix + "w_ih"].T + w[prefix + "b"]
        whh = w[prefix + "w_hh"].T
        hsz = whh.shape[0]
        h = np.zeros(hsz, dtype=np.float32)
        c = np.zeros(hsz, dtype=np.float32)
        out = np.empty((len(x), hsz), dtype=np.float32)
        order = range(len(x) - 1, -1, -1) if reverse else range(len(x))
        for t in order:
            g = xi[t] + h @ whh
            i_, f_, g_, o_ = g[:hsz], g[hsz:2 * hsz], g[2 * hsz:3 * hsz], g[3 * hsz:]
            c = c / (1.0 + np.exp(-f_)) + np.tanh(g_) / (1.0 + np.exp(-i_))
            h = np.tanh(c) / (1.0 + np.exp(-o_))
            out[t] = h
        return out

    def scores(self, text: str, tokens: Sequence[Token], mem=None, gz=None):
        np = self.np
        x = self._inputs(text, tokens, mem, gz)
        h = np.concatenate([self._lstm(x, "fw_", False), self._lstm(x, "bw_", True)], axis=1)
        hid = np.tanh(h @ self.w["hid_w"] + self.w["hid_b"])
        return hid @ self.w["out_w"] + self.w["out_b"]

    # -- batched inference: every sentence of a document in one pass -------------------------

    def _prepare(self) -> None:
        """Weights laid out once for ``emissions``. Gates reordered i, f, o, g (PyTorch keeps
        i, f, g, o) with i, f, o scaled by 1/2, so that one tanh serves every gate
        (sigmoid(x) = (1 + tanh(x / 2)) / 2); in the recurrent matrix each gate's columns hold
        the forward then the backward direction, so one product and contiguous slices serve both."""
        np = self.np
        w = self.w
        H = w["fw_w_hh"].shape[1]
        self._h = H
        order = np.concatenate([np.arange(0, H), np.arange(H, 2 * H), np.arange(3 * H, 4 * H),
                                np.arange(2 * H, 3 * H)])  # i, f, o, g
        scale = np.concatenate([np.full(3 * H, 0.5), np.ones(H)]).astype(np.float32)
        self._w_in = [(w[d + "w_ih"][order].T * scale).astype(np.float32) for d in ("fw_", "bw_")]
        self._b_in = [(w[d + "b"][order] * scale).astype(np.float32) for d in ("fw_", "bw_")]
        whh = np.zeros((2 * H, 4, 2, H), dtype=np.float32)
        for k, d in enumerate(("fw_", "bw_")):
            whh[k * H:(k + 1) * H, :, k, :] = (w[d + "w_hh"][order].T * scale).reshape(H, 4, H)
        self._whh = whh.reshape(2 * H, 8 * H)
        self._n_word = w["word_emb"].shape[1] + w["char_conv_b"].shape[0]
        # per spelling: word, character and word-flag vectors (filled a batch at a time by
        # _spellings); per tuple of lexicon hits: their flag vector (DictCache: flat memory, and
        # benchmarks find and empty them for a cold pass)
        self._spell = DictCache(self._spelling_row, maxsize=SPELLINGS)  # spelling -> row of self._mat
        self._mat = np.empty((1024, self._n_word + w["flag_emb"].shape[1]), dtype=np.float32)
        self._used = 0
        self._hit = DictCache(self._hits_uncached)
        try:  # a threaded BLAS spins on a loaded machine: these products are small, one thread is faster
            from threadpoolctl import ThreadpoolController

            # the controller finds the loaded BLAS once (a scan of the process's libraries)
            self._one_thread = partial(ThreadpoolController().limit, limits=1, user_api="blas")
        except ImportError:
            self._one_thread = nullcontext

    def _spellings(self, words: Sequence[str]) -> None:
        """Word vector, character-CNN vector and word-flag sum of each new spelling, the
        character convolution done for all of them at once."""
        np = self.np
        w = self.w
        known = self._spell.data
        new = list(dict.fromkeys(x for x in words if x not in known))
        if not new:
            return
        if len(known) + len(new) > self._spell.maxsize:
            known.clear()  # flat memory; vectors are cheap to recompute
            self._used = 0
            new = list(dict.fromkeys(words))
        n = len(new)
        a = self._used
        if a + n > len(self._mat):
            grown = np.empty((max(a + n, 2 * len(self._mat)), self._mat.shape[1]), dtype=np.float32)
            grown[:a] = self._mat[:a]
            self._mat = grown
        cids = [char_ids(x, self.chars) for x in new]
        pad = self.width // 2
        L = max(max(len(c) for c in cids) + 2 * pad, self.width)
        grid = np.zeros((n, L), dtype=np.int64)
        for i, c in enumerate(cids):
            grid[i, pad:pad + len(c)] = c
        ce = w["char_emb"][grid]
        steps = L - self.width + 1
        win = np.concatenate([ce[:, k:k + steps, :] for k in range(self.width)], axis=2)
        conv = win @ w["char_conv_w"] + w["char_conv_b"]
        lens = np.array([max(1, len(c)) for c in cids])
        conv[np.arange(steps)[None, :] >= lens[:, None]] = -1e9
        x_char = np.maximum(conv.max(axis=1), 0.0)
        fe = w["flag_emb"]
        mat = self._mat
        nw = w["word_emb"].shape[1]
        mat[a:a + n, :nw] = w["word_emb"][[self.words.get(fold_str(x), UNK) for x in new]]
        mat[a:a + n, nw:self._n_word] = x_char
        for i, x in enumerate(new):
            _, f, flags = word_features(x)
            ids = [self.flags[g] for g in flags if g in self.flags and not g.startswith(("st=", "s2="))]
            ids += [self.flags[g] for g in (f"S2={f[-2:]}", f"P2={f[:2]}") if g in self.flags]
            mat[a + i, self._n_word:] = fe[ids].sum(axis=0) if ids else 0.0
            known[x] = a + i
        self._used = a + n

    def _spelling_row(self, word: str) -> int:
        self._spellings([word])
        return self._spell.data[word]

    def _hits_uncached(self, hits: tuple):
        ids = [self.flags[g] for g in hits if g in self.flags]
        return self.w["flag_emb"][ids].sum(axis=0) if ids else self.np.zeros(self.w["flag_emb"].shape[1], "float32")

    def emissions(self, sents: Sequence[tuple[Sequence[str], Sequence[Sequence[str]]]]) -> list:
        """Per sentence (its token texts, each token's lexicon-hit features as ``token_flags``
        takes them), the emission scores (tokens x tags). All sentences go through the LSTM
        together: sorted longest first, a time step is one product per direction over the
        sentences still running (the backward direction reads each sentence reversed)."""
        np = self.np
        out: list = [np.zeros((0, len(self.tags)), dtype=np.float32)] * len(sents)
        live = [i for i, (ws, _) in enumerate(sents) if len(ws)]
        if not live:
            return out
        with self._one_thread():
            return self._emissions(sents, live, out)

    def _emissions(self, sents, live: list[int], out: list) -> list:
        np = self.np
        self._spellings([x for i in live for x in sents[i][0]])
        order = sorted(live, key=lambda i: -len(sents[i][0]))
        lens = [len(sents[i][0]) for i in order]
        T, B, H = lens[0], len(order), self._h
        known = self._spell.data
        x = self._mat[[known[t] for i in order for t in sents[i][0]]]
        hit = [(n, h) for n, h in enumerate(h for i in order for h in sents[i][1]) if h]
        if hit:  # the few tokens with lexicon hits add those flags' vectors
            x[[n for n, _ in hit], self._n_word:] += np.stack([self._hit(tuple(h)) for _, h in hit])
        # step-major order: step t runs token t (forward) and token len-1-t (backward) of every
        # sentence longer than t; the inputs of all steps are gathered once
        ln = np.array(lens)
        starts = np.cumsum(ln) - ln
        tt, bb = np.nonzero(np.arange(T)[:, None] < ln[None, :])  # (step, sentence), by step
        fw, bw = starts[bb] + tt, starts[bb] + ln[bb] - 1 - tt
        n = len(fw)
        g_in = np.empty((n, 4, 2, H), dtype=np.float32)
        g_in[:, :, 0] = (x[fw] @ self._w_in[0] + self._b_in[0]).reshape(n, 4, H)
        g_in[:, :, 1] = (x[bw] @ self._w_in[1] + self._b_in[1]).reshape(n, 4, H)
        g_in = g_in.reshape(n, 8 * H)
        active = np.bincount(tt, minlength=T)
        out_steps = np.empty((n, 2 * H), dtype=np.float32)
        h = np.zeros((B, 2 * H), dtype=np.float32)
        c = np.zeros((B, 2 * H), dtype=np.float32)
        buf = np.empty((B, 8 * H), dtype=np.float32)
        whh = self._whh
        a = 0
        for t in range(T):
            k = int(active[t])  # sentences sorted longest first: the running ones come first
            g = buf[:k]
            np.matmul(h[:k], whh, out=g)
            g += g_in[a:a + k]
            np.tanh(g, out=g)
            sig = g[:, :6 * H]
            sig *= 0.5
            sig += 0.5  # i, f, o as sigmoids; g as tanh
            ck = c[:k]
            ck *= g[:, 2 * H:4 * H]
            ck += g[:, :2 * H] * g[:, 6 * H:]
            hk = h[:k]
            np.tanh(ck, out=hk)
            hk *= g[:, 4 * H:6 * H]
            out_steps[a:a + k] = hk
            a += k
        states = np.empty((n, 2 * H), dtype=np.float32)  # back to token order: [forward | backward]
        states[fw, :H] = out_steps[:, :H]
        states[bw, H:] = out_steps[:, H:]
        w = self.w
        em = np.tanh(states @ w["hid_w"] + w["hid_b"]) @ w["out_w"] + w["out_b"]
        for i, a, n in zip(order, starts, lens):
            out[i] = em[a:a + n]
        return out

    def tag(self, text: str, tokens: Sequence[Token], gz=None, mem=None) -> list[str]:
        if not tokens:
            return []
        return [self.tags[i] for i in viterbi(self.scores(text, tokens, mem, gz), self.w["trans"],
                                               self.w["start"], self.w["end"])]


def viterbi(emit, trans, start, end) -> list[int]:
    import numpy as np

    n, k = emit.shape
    score = start + emit[0]
    back = np.zeros((n, k), dtype=np.int64)
    for t in range(1, n):
        cand = score[:, None] + trans  # from, to
        back[t] = cand.argmax(axis=0)
        score = cand.max(axis=0) + emit[t]
    score = score + end
    best = [int(score.argmax())]
    for t in range(n - 1, 0, -1):
        best.append(int(back[t, best[-1]]))
    return best[::-1]
