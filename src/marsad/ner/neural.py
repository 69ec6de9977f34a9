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
from pathlib import Path
from typing import Sequence

from ..arabic.normalize import fold_str
from ..arabic.tokens import Token
from .features import gazetteer_tags, word_features

MAX_CHARS = 20
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
