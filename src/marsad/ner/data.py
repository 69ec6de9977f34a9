"""Training data: ANERcorp (and optionally NewsFANE) sentences as marsad tokens with labels.

ANERcorp keeps some punctuation glued to words ("(د", "أ)"); marsad's tokenizer splits it off.
Each corpus token is re-tokenized the way run-time text is, its tag spread over the pieces
(B on the first, I after), so the model sees exactly the token stream it will tag later.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..arabic.tokens import Token
from .tokens import ner_tokenize

DEV_EVERY = 10  # old split: every 10th sentence (index % 10 == 9); kept for comparison only
# Honest split: ANERcorp has no document markers (only 32 agency datelines such as "بغداد ( اف ب )"
# over 3,989 sentences, and its encyclopaedia-like articles have none), so dev is DEV_BLOCKS
# contiguous runs of DEV_BLOCK_LEN sentences (whole stretches of articles, ~10% of the corpus)
# spread over the file, and GUARD sentences on each side of a run are used by neither side: an
# article cut by a run's edge cannot lend its names to training (articles average ~12 sentences).
DEV_BLOCKS = 4
DEV_BLOCK_LEN = 100
GUARD = 15


@dataclass
class Seq:
    text: str
    tokens: list[Token]
    labels: list[str]
    owner: list[int]  # index of the corpus token each marsad token came from


def to_seq(sent: list[tuple[str, str]]) -> Seq:
    text_parts: list[str] = []
    tokens: list[Token] = []
    labels: list[str] = []
    owner: list[int] = []
    pos = 0
    for k, (word, tag) in enumerate(sent):
        if k:
            text_parts.append(" ")
            pos += 1
        text_parts.append(word)
        pieces = ner_tokenize(word)
        wordy = [i for i, m in enumerate(pieces) if any(c.isalnum() for c in m.text)]
        for i, m in enumerate(pieces):
            tokens.append(Token(pos + m.start, pos + m.end, m.text))
            if tag == "O":
                labels.append("O")
            elif not wordy:
                labels.append(tag if i == 0 else "I-" + tag[2:])
            elif i < wordy[0] or i > wordy[-1]:
                labels.append("O")  # glued punctuation is not part of the name
            elif i == wordy[0]:
                labels.append(tag if wordy[0] == 0 else "B-" + tag[2:])
            else:
                labels.append("I-" + tag[2:])
            owner.append(k)
        pos += len(word)
    return Seq("".join(text_parts), tokens, labels, owner)


def to_corpus_tags(seq: Seq, pred: list[str], n_words: int) -> list[str]:
    """Back from marsad tokens to the corpus's own tokens: each takes the tag of its first
    word piece (its first piece if it is all punctuation)."""
    out: list[str | None] = [None] * n_words
    fallback: list[str] = ["O"] * n_words
    seen = [False] * n_words
    for tok, tag, k in zip(seq.tokens, pred, seq.owner):
        if not seen[k]:
            fallback[k] = tag
            seen[k] = True
        if out[k] is None and any(c.isalnum() for c in tok.text):
            out[k] = tag
    return [o if o is not None else f for o, f in zip(out, fallback)]


def split(sents: list, every: int = DEV_EVERY) -> tuple[list, list]:
    """The old split: every ``every``-th sentence is dev (dev shares articles with train)."""
    train = [s for i, s in enumerate(sents) if i % every != every - 1]
    dev = [s for i, s in enumerate(sents) if i % every == every - 1]
    return train, dev


def block_ranges(n: int, blocks: int = DEV_BLOCKS, length: int = DEV_BLOCK_LEN) -> list[tuple[int, int]]:
    """Dev runs [a, b): run k is centred at (2k + 1) / (2 * blocks) of the corpus."""
    length = min(length, max(1, n // (blocks * 4)))  # tiny corpora (smoke tests) keep most for training
    out = []
    for k in range(blocks):
        a = max(0, (2 * k + 1) * n // (2 * blocks) - length // 2)
        out.append((a, min(n, a + length)))
    return out


def block_split(sents: list, blocks: int = DEV_BLOCKS, length: int = DEV_BLOCK_LEN,
                guard: int = GUARD) -> tuple[list, list, list]:
    """(train, dev, guard) by contiguous blocks of sentences; see DEV_BLOCKS."""
    n = len(sents)
    ranges = block_ranges(n, blocks, length)
    guard = min(guard, max(0, n // 100))
    role = [0] * n  # 0 train, 1 dev, 2 guard
    for a, b in ranges:
        for i in range(max(0, a - guard), min(n, b + guard)):
            role[i] = max(role[i], 2)
        for i in range(a, b):
            role[i] = 1
    return ([s for s, r in zip(sents, role) if r == 0], [s for s, r in zip(sents, role) if r == 1],
            [s for s, r in zip(sents, role) if r == 2])


# The ensemble's weight and the neural tagger's epoch are chosen on a "held-in" part of the
# training sentences, never on dev: HELD_IN_BLOCKS contiguous runs of HELD_IN_LEN training
# sentences (with the same guards), left out of the models that choose them.
HELD_IN_BLOCKS = 3
HELD_IN_LEN = 80


def held_in_split(train: list) -> tuple[list, list, list]:
    """(fit, held_in, guard) of the training sentences; see HELD_IN_BLOCKS."""
    return block_split(train, HELD_IN_BLOCKS, HELD_IN_LEN, GUARD)


def sha256(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# NewsFANE's fine-grained types -> marsad's four. "Group" (nationalities and peoples:
# "الفلسطينيين") is not a named entity in ANERcorp's scheme, so it maps to O (None).
NEWSFANE_MAP = {
    "Politician": "PER", "Athlete": "PER", "Artist": "PER", "Other_PER": "PER", "Religious_PER": "PER",
    "Scientist": "PER", "Police": "PER", "Businessperson": "PER", "Lawyer": "PER", "Engineer": "PER",
    "Group": None,
    "Nation": "LOC", "Population-Center": "LOC", "State-or-Province": "LOC", "GPE-Cluster": "LOC",
    "Water-Body": "LOC", "Continent": "LOC", "County-or-District": "LOC", "Land-Region-Natural": "LOC",
    "Path": "LOC", "Building-Grounds": "LOC", "Airport": "LOC",
    "Non-Governmental": "ORG", "Sports": "ORG", "Government": "ORG", "Media": "ORG", "Commercial": "ORG",
    "Educational": "ORG", "Medical-Science": "ORG", "Entertainment": "ORG", "Religious_ORG": "ORG",
    "Book": "MISC", "Movie": "MISC", "Land": "MISC", "Air": "MISC", "Software": "MISC", "Hardware": "MISC",
    "Projectile": "MISC", "Food": "MISC", "Water": "MISC", "Drug": "MISC", "Shooting": "MISC",
}
_PROCLITIC_PIECES = {"و", "ف", "ب", "ل", "ك", "س"}


def read_newsfane(path: str | Path) -> list[list[tuple[str, str]]]:
    """NewsFANE sentences with mapped tags and its clitic segmentation undone where it is a
    plain proclitic ("و الصادرات" -> "والصادرات"), so they look like run-time words."""
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    glue = ""
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sents.append(cur)
                cur, glue = [], ""
                continue
            word, _, tag = line.partition("\t")
            if tag != "O":
                bio, _, typ = tag.partition("-")
                mapped = NEWSFANE_MAP.get(typ)
                tag = f"{bio}-{mapped}" if mapped else "O"
            if word in _PROCLITIC_PIECES and tag == "O":
                glue += word
                continue
            if glue:
                word = glue + word
                glue = ""
            cur.append((word, tag))
    if cur:
        sents.append(cur)
    return sents
