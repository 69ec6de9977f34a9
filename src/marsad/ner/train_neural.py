"""Train the neural tagger (char-CNN + BiLSTM + CRF) with PyTorch on one CPU thread, export numpy.

Needs the ``train`` extra (torch). Same data, split and jackknifed entity memory as the CRF, a
fixed seed and a fixed sentence order per epoch, one thread: reruns give the same weights. The
epoch with the best dev F1 is kept and exported to ``ner_nn.npz`` + ``ner_nn.json``, which
``marsad.ner.neural.NeuralTagger`` runs without torch.
"""
from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path
from typing import Callable

from .clusters import corpus_sentences, vectors
from .conll import TYPES, read_conll, score
from .data import block_split, held_in_split, to_corpus_tags, to_seq
from .features import memory_lexicon, memory_tags, memory_tokens
from .neural import MAX_CHARS, PAD, UNK, NeuralTagger, char_ids, token_flags, viterbi

TAGS = ["O"] + [f"{b}-{t}" for t in TYPES for b in ("B", "I")]
HP = {"word_dim": 80, "char_dim": 32, "char_filters": 64, "char_width": 3, "flag_dim": 32, "hidden": 96,
      "dropout": 0.4, "word_dropout": 0.05, "lr": 2e-3, "batch": 16, "epochs": 12, "flag_min": 3, "seed": 0}


def _examples(sents, mem_lex_for):
    out = []
    for k, group in enumerate(mem_lex_for):
        lex, ss = group
        for s in ss:
            q = to_seq(s)
            if not q.tokens:
                continue
            mem = memory_tags(q.text, q.tokens, *lex)
            out.append((s, q, token_flags(q.text, q.tokens, mem)))
    return out


def train_neural(anercorp: Path, out_dir: Path, hp: dict | None = None, extra_texts=(),
                 progress: Callable[[str], None] = print, limit: int | None = None,
                 mode: str = "held_in") -> dict:
    """``mode``: "held_in" trains on the training part minus its held-in blocks and guards
    (data.held_in_split) and keeps the epoch that scores best on the held-in blocks (dev is only
    reported); "twin" trains on the whole training part (dev blocks and guards held out) and
    "all" on every sentence, both for exactly ``hp["epochs"]`` epochs (the count the held-in
    run chose), keeping the last."""
    import numpy as np
    import torch
    from torch import nn

    from .train import FOLDS, entity_names

    hp = {**HP, **(hp or {})}
    torch.set_num_threads(1)
    torch.manual_seed(hp["seed"])
    t0 = time.time()
    sents = list(read_conll(anercorp))
    train_s, dev_s, _ = block_split(sents)
    if limit:
        train_s, dev_s = train_s[:limit], dev_s[: max(1, limit // 9)]
    sel_s: list = []
    if mode == "held_in":
        train_s, sel_s, _ = held_in_split(train_s)
    elif mode == "all":
        train_s = sents[:limit] if limit else sents
    n = len(train_s)
    folds = [train_s[k * n // FOLDS:(k + 1) * n // FOLDS] for k in range(FOLDS)]
    groups = []
    for k in range(FOLDS):
        others = [s for j in range(FOLDS) if j != k for s in folds[j]]
        names = entity_names(others)
        groups.append(((memory_lexicon(names), memory_tokens(names)), folds[k]))
    train_ex = _examples(train_s, groups)
    all_names = entity_names(train_s)
    full_mem = (memory_lexicon(all_names), memory_tokens(all_names))
    dev_ex = _examples(dev_s, [(full_mem, dev_s)])
    sel_ex = _examples(sel_s, [(full_mem, sel_s)])
    progress(f"{len(train_ex)} training sentences, {len(sel_ex)} held-in, {len(dev_ex)} dev")

    # vocabularies
    from ..arabic.normalize import fold_str
    wc = Counter(fold_str(t.text) for _, q, _ in train_ex for t in q.tokens)
    vocab_words, vec = vectors(corpus_sentences(train_s, extra_texts))
    words = ["<pad>", "<unk>"] + sorted(set(w for w, c in wc.items() if c >= 2) | set(vocab_words))
    wid = {w: i for i, w in enumerate(words)}
    cc = Counter(c for _, q, _ in train_ex for t in q.tokens for c in fold_str(t.text))
    chars = ["<pad>", "<unk>"] + sorted(c for c, k in cc.items() if k >= 2)
    cid = {c: i for i, c in enumerate(chars)}
    fc = Counter(f for _, _, fl in train_ex for fs in fl for f in fs)
    flags = ["<none>"] + sorted(f for f, k in fc.items() if k >= hp["flag_min"])
    fid = {f: i for i, f in enumerate(flags)}
    tid = {t: i for i, t in enumerate(TAGS)}

    def tensors(ex):
        _, q, fl = ex
        w = [wid.get(fold_str(t.text), UNK) for t in q.tokens]
        c = [char_ids(t.text, cid) or [UNK] for t in q.tokens]
        f = [[fid[x] for x in fs if x in fid] or [0] for fs in fl]
        y = [tid[t] for t in q.labels]
        return w, c, f, y

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.word = nn.Embedding(len(words), hp["word_dim"], padding_idx=PAD)
            with torch.no_grad():
                for i, w in enumerate(vocab_words):
                    self.word.weight[wid[w], : min(hp["word_dim"], vec.shape[1])] = torch.tensor(
                        vec[i, : hp["word_dim"]], dtype=torch.float32)
            self.char = nn.Embedding(len(chars), hp["char_dim"], padding_idx=PAD)
            self.conv = nn.Linear(hp["char_dim"] * hp["char_width"], hp["char_filters"])
            self.flag = nn.EmbeddingBag(len(flags), hp["flag_dim"], mode="sum", padding_idx=0)
            d_in = hp["word_dim"] + hp["char_filters"] + hp["flag_dim"]
            self.drop = nn.Dropout(hp["dropout"])
            self.lstm = nn.LSTM(d_in, hp["hidden"], batch_first=True, bidirectional=True)
            self.hid = nn.Linear(2 * hp["hidden"], hp["hidden"])
            self.out = nn.Linear(hp["hidden"], len(TAGS))
            self.trans = nn.Parameter(torch.zeros(len(TAGS), len(TAGS)))
            self.start = nn.Parameter(torch.zeros(len(TAGS)))
            self.end = nn.Parameter(torch.zeros(len(TAGS)))

        def emissions(self, batch, train: bool):
            B = len(batch)
            T = max(len(b[0]) for b in batch)
            w = torch.zeros(B, T, dtype=torch.long)
            mask = torch.zeros(B, T, dtype=torch.bool)
            pad = hp["char_width"] // 2
            L = max(max(len(c) for c in b[1]) for b in batch) + 2 * pad
            ch = torch.zeros(B, T, L, dtype=torch.long)
            cmask = torch.zeros(B, T, L - hp["char_width"] + 1, dtype=torch.bool)
            offs, fl = [], []
            for i, (ws, cs, fs, _) in enumerate(batch):
                w[i, : len(ws)] = torch.tensor(ws)
                mask[i, : len(ws)] = True
                for j, c in enumerate(cs):
                    ch[i, j, pad:pad + len(c)] = torch.tensor(c)
                    cmask[i, j, : len(c)] = True
                for j in range(T):
                    offs.append(len(fl))
                    fl.extend(fs[j] if j < len(fs) else [0])
            if train and hp["word_dropout"]:
                drop = (torch.rand(B, T) < hp["word_dropout"]) & mask
                w = w.masked_fill(drop, UNK)
            xw = self.word(w)
            ce = self.char(ch)  # B T L C
            win = ce.unfold(2, hp["char_width"], 1)  # B T steps C width
            win = win.transpose(3, 4).reshape(B, T, win.shape[2], -1)
            conv = self.conv(win).masked_fill(~cmask[..., None], -1e9)
            xc = torch.relu(conv.max(dim=2).values)
            xf = self.flag(torch.tensor(fl), torch.tensor(offs)).view(B, T, -1)
            x = self.drop(torch.cat([xw, xc, xf], dim=-1))
            lengths = mask.sum(1)
            packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=T)
            h = torch.tanh(self.hid(self.drop(h)))
            return self.out(h), mask

        def nll(self, batch):
            em, mask = self.emissions(batch, True)
            B, T, K = em.shape
            y = torch.zeros(B, T, dtype=torch.long)
            for i, b in enumerate(batch):
                y[i, : len(b[3])] = torch.tensor(b[3])
            # gold path score
            gold = self.start[y[:, 0]] + em[:, 0].gather(1, y[:, :1]).squeeze(1)
            for t in range(1, T):
                step = self.trans[y[:, t - 1], y[:, t]] + em[:, t].gather(1, y[:, t:t + 1]).squeeze(1)
                gold = gold + step * mask[:, t]
            last = y.gather(1, (mask.sum(1) - 1)[:, None]).squeeze(1)
            gold = gold + self.end[last]
            # partition function
            alpha = self.start[None] + em[:, 0]
            for t in range(1, T):
                nxt = torch.logsumexp(alpha[:, :, None] + self.trans[None], dim=1) + em[:, t]
                alpha = torch.where(mask[:, t:t + 1], nxt, alpha)
            z = torch.logsumexp(alpha + self.end[None], dim=1)
            return (z - gold).sum() / B

    net = Net()
    opt = torch.optim.Adam(net.parameters(), lr=hp["lr"])
    train_t = [tensors(e) for e in train_ex]
    dev_t = [tensors(e) for e in dev_ex]
    sel_t = [tensors(e) for e in sel_ex]
    rng = np.random.default_rng(hp["seed"])

    def f1_on(ex_t, ex):
        net.eval()
        pred = []
        with torch.no_grad():
            for i in range(0, len(ex_t), 64):
                batch = ex_t[i:i + 64]
                em, _ = net.emissions(batch, False)
                for b, e in zip(batch, em):
                    tags = viterbi(e[: len(b[0])].numpy(), net.trans.detach().numpy(),
                                   net.start.detach().numpy(), net.end.detach().numpy())
                    pred.append([TAGS[k] for k in tags])
        net.train()
        corpus = [to_corpus_tags(q, p, len(s)) for (s, q, _), p in zip(ex, pred)]
        return score([[t for _, t in s] for s, _, _ in ex], corpus)

    best, best_state, history, best_epoch = -1.0, None, [], 0
    order = sorted(range(len(train_t)), key=lambda i: len(train_t[i][0]))
    batches = [order[i:i + hp["batch"]] for i in range(0, len(order), hp["batch"])]
    for epoch in range(hp["epochs"]):
        te = time.time()
        total = 0.0
        for bi in rng.permutation(len(batches)):
            batch = [train_t[i] for i in batches[bi]]
            opt.zero_grad()
            loss = net.nll(batch)
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += float(loss.detach())
        row = {"epoch": epoch + 1, "loss": round(total / len(batches), 3)}
        if sel_ex:  # the epoch is chosen here, on held-in training text
            sc = f1_on(sel_t, sel_ex)
            f1 = sc["overall"].f1
            row["held_in_f1"] = round(f1, 4)
        else:  # fixed epoch count: keep the last
            f1 = float(epoch)
        if dev_ex and mode != "all":  # reported only, never used to choose
            row["dev_f1"] = round(f1_on(dev_t, dev_ex)["overall"].f1, 4)
        row["seconds"] = round(time.time() - te, 1)
        history.append(row)
        progress(json.dumps(history[-1]))
        if f1 > best:
            best = f1
            best_epoch = epoch + 1
            best_state = {k: v.detach().clone() for k, v in net.state_dict().items()}
    net.load_state_dict(best_state)
    out_dir.mkdir(parents=True, exist_ok=True)
    sd = {k: v.numpy() for k, v in net.state_dict().items()}
    weights = {
        "word_emb": sd["word.weight"], "char_emb": sd["char.weight"],
        "char_conv_w": sd["conv.weight"].T, "char_conv_b": sd["conv.bias"], "flag_emb": sd["flag.weight"],
        "fw_w_ih": sd["lstm.weight_ih_l0"], "fw_w_hh": sd["lstm.weight_hh_l0"],
        "fw_b": sd["lstm.bias_ih_l0"] + sd["lstm.bias_hh_l0"],
        "bw_w_ih": sd["lstm.weight_ih_l0_reverse"], "bw_w_hh": sd["lstm.weight_hh_l0_reverse"],
        "bw_b": sd["lstm.bias_ih_l0_reverse"] + sd["lstm.bias_hh_l0_reverse"],
        "hid_w": sd["hid.weight"].T, "hid_b": sd["hid.bias"], "out_w": sd["out.weight"].T, "out_b": sd["out.bias"],
        "trans": sd["trans"], "start": sd["start"], "end": sd["end"],
    }
    np.savez_compressed(out_dir / "ner_nn.npz", **{k: v.astype(np.float32) for k, v in weights.items()})
    meta = {"kind": "char-CNN + BiLSTM + CRF (PyTorch, exported to numpy)", "hp": hp, "tags": TAGS,
            "words": words, "chars": chars, "flags": flags, "char_width": hp["char_width"],
            "max_chars": MAX_CHARS, "history": history, "mode": mode, "epoch_kept": best_epoch,
            "held_in_f1": round(best, 4) if sel_ex else None,
            "train_seconds": round(time.time() - t0, 1)}
    (out_dir / "ner_nn.json").write_text(json.dumps(meta, ensure_ascii=False) + "\n", encoding="utf-8")
    # check the export: numpy tagging must give the dev score torch gave
    tagger = NeuralTagger(out_dir / "ner_nn.npz")
    pred = []
    for s, q, _ in dev_ex:
        mem = memory_tags(q.text, q.tokens, *full_mem)
        pred.append(to_corpus_tags(q, tagger.tag(q.text, q.tokens, mem=mem), len(s)))
    sc = score([[t for _, t in s] for s, _, _ in dev_ex], pred)
    meta["dev"] = {t: {"precision": round(v.precision, 4), "recall": round(v.recall, 4), "f1": round(v.f1, 4)}
                   for t, v in sc.items()}
    (out_dir / "ner_nn.json").write_text(json.dumps(meta, ensure_ascii=False) + "\n", encoding="utf-8")
    progress(f"numpy export dev F1 {sc['overall'].f1:.4f} (epoch {best_epoch} kept"
             + (f", held-in F1 {best:.4f})" if sel_ex else ")"))
    return meta
