"""Organisation spans by the shape of Arabic organisation names, on top of the CRF.

ANERcorp (2007 news) rarely shows the names of Syrian factions, centres and operation rooms, so
the CRF misses or truncates them. Such names have a regular shape: a head noun (مركز، مجلس،
غرفة، تجمع...) followed by an idafa chain that ends at its first definite word ("غرفة عمليات فجر
الحرية"), then definite adjectives ("السوري"), optionally a "ل"-complement ("للدراسات المعاصرة",
"لحقوق الإنسان"). The rule builds that span and replaces CRF chunks lying inside it; a CRF chunk
reaching outside it wins.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ..arabic.normalize import fold_str
from ..arabic.tokens import Token
from .features import _data_lines

_PARTICLES = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل")
_QUOTES = set('"\'«»“”„')
MAX_CHAIN = 7


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    heads = frozenset(fold_str(w) for w in _data_lines("ner", "org_rule_heads.txt"))
    stop = frozenset(fold_str(w) for w in _data_lines("ner", "org_rule_stop.txt"))
    return heads, stop


def _is_word(f: str) -> bool:
    return f.isalpha()


def _head(tok: Token, heads: frozenset[str]) -> bool | None:
    """None if ``tok`` is not an organisation head, else whether it is definite."""
    f = fold_str(tok.text)
    cands = [f] + [s for p, s, _ in tok.readings() if p in _PARTICLES]
    for c in cands:
        if c in heads:
            return c.startswith("ال")
        if c.startswith("ال") and c[2:] in heads:
            return True
    return None


def _nisba(f: str) -> bool:
    return f.startswith("ال") and (f.endswith("ي") or f.endswith("يه") or f.endswith("يين") or f.endswith("يون"))


def org_spans(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Token spans [i, j) that have the shape of an organisation name."""
    heads, stop = _lists()
    out: list[tuple[int, int]] = []
    n = len(tokens)
    i = 0
    while i < n:
        definite = _head(tokens[i], heads)
        if definite is None:
            i += 1
            continue
        if i + 1 < n and _head(tokens[i + 1], heads) is not None:
            i += 1  # "قيادة غرفة عمليات...": the name starts at the inner head
            continue
        quoted = i > 0 and tokens[i - 1].text in _QUOTES
        seen_def = definite
        j = i + 1
        n_def = n_indef = 0
        nisba = False
        while j < n and j - i <= MAX_CHAIN:
            f = fold_str(tokens[j].text)
            if not _is_word(f) or f in stop:
                break
            if f.startswith("ال") and len(f) > 3:
                seen_def = True
                n_def += 1
                nisba = nisba or _nisba(f)
            elif f.startswith("لل") and seen_def and len(f) > 4:
                n_def += 1  # "للدراسات": the complement of a defined name
            elif (f.startswith("ل") and seen_def and j + 1 < n and fold_str(tokens[j + 1].text).startswith("ال")
                  and len(f) > 3):
                n_def += 1  # "لحقوق الإنسان"
            elif not seen_def and n_indef < 3:
                n_indef += 1
            else:
                break
            j += 1
        chain = j - i - 1
        if n_def == 0:  # "تجمع أحرار حوران": only inside quotes is an indefinite chain a name
            ok = chain >= 1 and (quoted or (j < n and tokens[j].text in _QUOTES))
        else:
            ok = chain >= 2 or nisba or definite
        if ok:
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def apply_org_rules(tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """Tags with organisation-shaped spans made ORG where no CRF chunk crosses their edges."""
    from .conll import chunks

    spans = org_spans(tokens)
    if not spans:
        return tags
    tags = list(tags)
    crf = chunks(tags)
    for i, j in spans:
        if any(s < j and i < e and (s < i or e > j) for _, s, e in crf):
            continue
        tags[i] = "B-ORG"
        for k in range(i + 1, j):
            tags[k] = "I-ORG"
        if j < len(tags) and tags[j].startswith("I-"):
            tags[j] = "B-" + tags[j][2:]
    return tags
