"""CoNLL files and conlleval-style entity scoring.

ANERcorp writes ``token TAG`` with B/I- PERS LOC ORG MISC; marsad's types are PER LOC ORG MISC.
Scoring follows conlleval: a chunk starts at B-X, or at I-X after O or after another type, and a
predicted chunk counts only if its type and both boundaries match a gold chunk.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

TYPE_MAP = {"PERS": "PER", "PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}
TYPES = ("PER", "LOC", "ORG", "MISC")


class ConllError(ValueError):
    """A line that is not ``token TAG``."""


def norm_tag(tag: str) -> str:
    """ANERcorp tag -> marsad tag (B-PERS -> B-PER); unknown types raise ConllError."""
    if tag == "O":
        return "O"
    bio, _, typ = tag.partition("-")
    if bio not in ("B", "I") or typ not in TYPE_MAP:
        raise ConllError(f"unknown tag {tag!r}")
    return f"{bio}-{TYPE_MAP[typ]}"


def read_conll(path: str | Path) -> Iterator[list[tuple[str, str]]]:
    """Sentences of (token, tag) from a ``token TAG`` file (space or tab separated)."""
    sent: list[tuple[str, str]] = []
    with open(path, encoding="utf-8-sig") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            if not line.strip():
                if sent:
                    yield sent
                    sent = []
                continue
            parts = line.split()
            if len(parts) < 2:
                raise ConllError(f"line {n}: expected 'token TAG', got {line!r}")
            try:
                sent.append((parts[0], norm_tag(parts[-1])))
            except ConllError as e:
                raise ConllError(f"line {n}: {e}") from None
    if sent:
        yield sent


def write_conll(path: str | Path, sents: Iterable[list[tuple[str, str]]]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for s in sents:
            f.write("".join(f"{w} {t}\n" for w, t in s) + "\n")


def chunks(tags: list[str]) -> list[tuple[str, int, int]]:
    """(type, start, end) chunks, end exclusive, by conlleval's rules. (Called several times
    per sentence while tagging, where most tags are "O": those cost one comparison.)"""
    out: list[tuple[str, int, int]] = []
    typ: str | None = None
    start = 0
    for i, t in enumerate(tags):
        if t == "O":
            if typ is not None:
                out.append((typ, start, i))
                typ = None
            continue
        bio, _, ty = t.partition("-")
        begins = bio == "B" or (bio == "I" and ty != typ)
        if begins:
            if typ is not None:
                out.append((typ, start, i))
            typ, start = ty, i
    if typ is not None:
        out.append((typ, start, len(tags)))
    return out


@dataclass
class Score:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: Iterable[list[str]], pred: Iterable[list[str]]) -> dict[str, Score]:
    """Per-type and "overall" entity scores over parallel tag sequences."""
    res = {t: Score() for t in TYPES}
    res["overall"] = Score()
    for g, p in zip(gold, pred):
        gc, pc = set(chunks(list(g))), set(chunks(list(p)))
        for c in gc:
            res.setdefault(c[0], Score()).gold += 1
        for c in pc:
            res.setdefault(c[0], Score()).pred += 1
        for c in gc & pc:
            res[c[0]].tp += 1
        res["overall"].gold += len(gc)
        res["overall"].pred += len(pc)
        res["overall"].tp += len(gc & pc)
    return res


def report(scores: dict[str, Score]) -> str:
    """Human report; the last line is ``overall precision 0.xxx recall 0.xxx f1 0.xxx``."""
    lines = [f"{'type':<8}{'gold':>7}{'pred':>7}{'correct':>9}{'precision':>11}{'recall':>8}{'f1':>8}"]
    for t, s in scores.items():
        if t == "overall":
            continue
        lines.append(f"{t:<8}{s.gold:>7}{s.pred:>7}{s.tp:>9}{s.precision:>11.3f}{s.recall:>8.3f}{s.f1:>8.3f}")
    o = scores["overall"]
    lines.append(f"overall precision {o.precision:.3f} recall {o.recall:.3f} f1 {o.f1:.3f}")
    return "\n".join(lines)
