"""Organisation spans by the shape of Arabic organisation names, on top of the CRF.

ANERcorp (2007 news) rarely shows the names of Syrian factions, centres and operation rooms, so
the CRF misses or truncates them. Such names have a regular shape: a head noun (مركز، مجلس،
غرفة، تجمع...) followed by an idafa chain that ends at its first definite word ("غرفة عمليات فجر
الحرية"), then definite adjectives ("السوري"), optionally a "ل"-complement ("للدراسات المعاصرة",
"لحقوق الإنسان"). The rule builds that span and replaces CRF chunks lying inside it; a CRF chunk
reaching outside it wins.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Sequence

from ..arabic.normalize import fold_str
from ..arabic.tokens import Token
from .cache import DictCache
from .features import _data_lines, _fold_cached as fold_word, _stems

_PARTICLES = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل")
_LIL = ("لل", "ولل", "فلل")  # ل + the article, whose alif is not written
_QUOTES = set('"\'«»“”„')
MAX_CHAIN = 7


@dataclass(frozen=True)
class _Lists:
    heads: frozenset[str]
    strong_heads: frozenset[tuple[str, str]]  # two-word heads: "غرفة عمليات"
    stop: frozenset[str]
    scope: frozenset[str]
    nations: frozenset[str]
    complements: frozenset[str]
    strong_seconds: frozenset[str] = frozenset()  # second words of two-word heads (quick reject)


@lru_cache(maxsize=1)
def _lists() -> _Lists:
    heads = [fold_str(w) for w in _data_lines("ner", "org_rule_heads.txt")]
    nations: set[str] = set()
    from . import snapshot  # the gazetteer as the model was trained with it, not the live one

    for name in snapshot.nations():
        k = fold_str(name)
        for base in {k, k[2:] if k.startswith("ال") else k}:
            nations.add(base)
            if base.endswith(("ا", "ه")):
                nations.add(base[:-1])
            if base.endswith("يا"):
                nations.add(base[:-2])
    return _Lists(
        heads=frozenset(h for h in heads if " " not in h),
        strong_heads=frozenset(tuple(h.split()[:2]) for h in heads if " " in h),
        stop=frozenset(fold_str(w) for w in _data_lines("ner", "org_rule_stop.txt")),
        scope=frozenset(fold_str(w) for w in _data_lines("ner", "org_rule_scope.txt")),
        nations=frozenset(n for n in nations if len(n) >= 3),
        complements=frozenset(fold_str(w) for w in _data_lines("ner", "org_rule_complements.txt")),
        strong_seconds=frozenset(h.split()[1] for h in heads if " " in h),
    )


def _is_word(f: str) -> bool:
    return f.isalpha()


def _head(tok: Token, heads: frozenset[str]) -> bool | None:
    """None if ``tok`` is not an organisation head, else whether it is definite."""
    return _head_word(tok.text, heads)


@lru_cache(maxsize=200_000)
def _word_keys(word: str) -> tuple[str, ...]:
    """The folded word, then its particle-stripped stems ("لهيئة" -> هيئه; "للمجلس" -> المجلس):
    one fold and one clitic split per spelling, shared by the head and known-name lookups."""
    f = fold_word(word)
    return (f,) + tuple(s if p in _PARTICLES else "ال" + s for p, s in _stems(f)[1:]
                        if p in _PARTICLES or p in _LIL)


@lru_cache(maxsize=200_000)
def _head_word(word: str, heads: frozenset[str]) -> bool | None:
    cands = _word_keys(word)
    for c in cands:
        if c in heads:
            return c.startswith("ال")
        if c.startswith("ال") and c[2:] in heads:
            return True
    return None


def _marks_a_body(f: str, lx: _Lists) -> bool:
    """A nationality or scope adjective: "السوري", "الإيرانية", "الدولي"."""
    if f in lx.scope:
        return True
    if not f.startswith("ال"):
        return False
    r = f[2:]
    for suf in ("يين", "يون", "يه", "ي"):
        if r.endswith(suf) and r[: -len(suf)] in lx.nations:
            return True
    return False


def _fold(word: str) -> str:
    return _word_keys(word)[0]


def _adjective(f: str, lx: _Lists) -> bool:
    return f in lx.scope or f.endswith(("ي", "يه", "يين", "يون"))


def org_spans(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Token spans [i, j) that have the shape of an organisation name."""
    lx = _lists()
    out: list[tuple[int, int]] = []
    n = len(tokens)
    info = [_word_info(t.text) for t in tokens]
    folded = [x[0] for x in info]
    i = 0
    while i < n:
        strong = i + 1 < n and folded[i + 1] in lx.strong_seconds and any(
                                   folded[i].endswith(a) and folded[i + 1] == b and
                                   (folded[i] == a or folded[i][:-len(a)] in _PARTICLES)
                                   for a, b in lx.strong_heads)
        definite = info[i][1]
        if definite is None and not strong:
            i += 1
            continue
        if not strong and i + 1 < n and info[i + 1][1] is not None:
            i += 1  # "قيادة مجلس...": the name starts at the inner head
            continue
        quoted = i > 0 and tokens[i - 1].text in _QUOTES
        seen_def = bool(definite)
        j = i + (2 if strong else 1)
        n_def = n_indef = 0
        body = after_complement = False
        while j < n and j - i <= MAX_CHAIN:
            f = folded[j]
            if not _is_word(f) or f in lx.stop:
                break
            if f.startswith("ال") and len(f) > 3:
                # after the idafa's definite noun only adjectives follow ("الأمن الدولي"),
                # unless a ل-complement just opened a new noun ("للدراسات المعاصرة")
                if n_def and not after_complement and not _adjective(f, lx):
                    break
                seen_def = True
                n_def += 1
                after_complement = False
                body = body or _marks_a_body(f, lx)
            elif seen_def and len(f) > 4 and (f.startswith("لل") or f in lx.complements):
                n_def += 1  # "للدراسات المعاصرة", "لحقوق الإنسان"
                after_complement = True
            elif not seen_def and n_indef < 3:
                n_indef += 1
            else:
                break
            j += 1
        chain = j - i - 1
        if (strong or n_def == 0) and j < n and tokens[j].text in _QUOTES and not quoted:
            # a head naming a quoted name: غرفة عمليات "فجر الحرية" (the quotes belong to the span)
            k = j + 1
            while k < n and k - j <= 5 and _is_word(folded[k]):
                k += 1
            if k > j + 1 and k < n and tokens[k].text in _QUOTES:
                out.append((i, k + 1))
                i = k + 1
                continue
        closing_quote = j < n and tokens[j].text in _QUOTES
        if strong or quoted or closing_quote:
            ok = chain >= 1
        else:
            ok = n_def >= 1 and body
        if ok:
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


@lru_cache(maxsize=1)
def _known_orgs() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> the rest of each listed organisation name, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for name in _data_lines("ner", "known_orgs.txt"):
        words = fold_str(name).split()
        index.setdefault(words[0], []).append(tuple(words[1:]))
    return {k: tuple(sorted(set(v), key=len, reverse=True)) for k, v in index.items()}


def known_org_spans(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Token spans [i, j) of listed organisation names."""
    index = _known_orgs()
    out: list[tuple[int, int]] = []
    n = len(tokens)
    info = [_word_info(t.text) for t in tokens]
    i = 0
    while i < n:
        hit = 0
        for key in info[i][2]:
            for rest in index.get(key, ()):
                k = len(rest)
                if k + 1 > hit and i + k < n and all(info[i + 1 + x][0] == w for x, w in enumerate(rest)):
                    hit = k + 1
        if hit:
            out.append((i, i + hit))
            i += hit
        else:
            i += 1
    return out


def _word_info_uncached(word: str) -> tuple[str, bool | None, tuple[str, ...]]:
    """What the organisation rules read of a spelling, once: its folded form, whether it is a
    head (None: no; else whether definite: ``_head_word``), and its keys that open a listed
    organisation name."""
    index = _known_orgs()
    return _word_keys(word)[0], _head_word(word, _lists().heads), tuple(k for k in _word_keys(word) if k in index)


_word_info = DictCache(_word_info_uncached)


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    """Keys of a word that make it a head (``_head_word``: a head, or a head after the article)
    or a listed organisation's first word."""
    heads = _lists().heads
    return frozenset(heads) | frozenset("ال" + h for h in heads) | frozenset(_known_orgs())


def _may_open_uncached(word: str) -> bool:
    """Whether a word can take part in starting an organisation span: a head, the second word
    of a two-word head, or a listed organisation's first word (org_spans, known_org_spans)."""
    keys = _word_keys(word)
    return not _openers().isdisjoint(keys) or keys[0] in _lists().strong_seconds


may_open_org = DictCache(_may_open_uncached)


def apply_org_rules(tokens: Sequence[Token], tags: list[str], may_open: bool | None = None) -> list[str]:
    """Tags with organisation-shaped spans made ORG where no CRF chunk crosses their edges, and
    listed organisation names made ORG whatever the CRF said inside them. ``may_open`` False
    (a caller that knows no word of the sentence can open a span) returns ``tags`` at once."""
    from .conll import chunks

    if may_open is None:
        may_open = any([may_open_org(t.text) for t in tokens])
    if not may_open:  # about half the sentences: no word can open a span
        return tags
    known = known_org_spans(tokens)
    spans = org_spans(tokens)
    if not spans and not known:
        return tags
    tags = list(tags)
    crf = chunks(tags)
    # a CRF organisation that contains the listed name is longer and right ("مجلس الأمن الدولي")
    known = [(i, j) for i, j in known if not any(t == "ORG" and s <= i and j <= e for t, s, e in crf)]
    for i, j in known:
        for _, s, e in crf:  # a CRF chunk cut by the name loses its part outside it
            if s < j and i < e:
                for k in range(s, e):
                    tags[k] = "O"
    crf = chunks(tags)
    spans = [sp for sp in spans if not any(a < sp[1] and sp[0] < b for a, b in known)] + known
    for i, j in spans:
        if (i, j) not in known and any(s < j and i < e and (s < i or e > j) for _, s, e in crf):
            continue
        tags[i] = "B-ORG"
        for k in range(i + 1, j):
            tags[k] = "I-ORG"
        if j < len(tags) and tags[j].startswith("I-"):
            tags[j] = "B-" + tags[j][2:]
    return tags
