"""CRF features for Arabic NER, shared by training and tagging so the two can never drift.

Each token gets word-level features (cached per spelling: folded form, clitic-split stems,
affixes, character trigrams, shape, name/title/organisation-head lexicons) plus the features of
its neighbours and gazetteer hits that cover it (multi-word place names via the Lexicon
automaton, so "دير الزور" marks both tokens). Tokens are marsad.arabic.tokens tokens: words and
single punctuation marks, the same at training and at run time.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from importlib import resources
from typing import Sequence

from ..arabic.lexicon import Lexicon
from ..arabic.normalize import Folded, fold_str
from ..arabic.tokens import PROCLITICS, Token
from .cache import DictCache
from .clusters import cluster_map

FEATURE_VERSION = 7


def _data_lines(*parts: str) -> list[str]:
    text = resources.files("marsad").joinpath("data", *parts).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


class Lexicons:
    """Word lists and the place automaton the features consult (built once per process)."""

    def __init__(self) -> None:
        self.first_names = frozenset(fold_str(w) for w in _data_lines("ner", "first_names.txt"))
        self.titles = frozenset(fold_str(w) for w in _data_lines("ner", "titles.txt"))
        self.org_heads = frozenset(fold_str(w) for w in _data_lines("ner", "org_heads.txt"))
        self.places = Lexicon()
        from . import snapshot  # the gazetteer as the model was trained with it, not the live one

        for name, kind in snapshot.places():
            self.places.add(name, kind)
        try:  # the world's countries and towns (clusters.world_places), kind "C"
            for name in _data_lines("ner", "world_places.txt"):
                self.places.add(name, "C")
        except FileNotFoundError:
            pass
        self.places.finalize()


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    return Lexicons()


_ARABIC_ONLY = re.compile("[\u0600-\u06ff]*")


def _shape(w: str) -> str:
    if w.isdigit():
        return "D"
    if len(w) == 1 and not w.isalnum():
        return "P"
    if _ARABIC_ONLY.fullmatch(w):
        return "A"
    if w.isascii() and w.isalpha():
        return "L"
    return "X"


@lru_cache(maxsize=1)
def _proclitic_index() -> dict[str, tuple[str, ...]]:
    """Proclitics by first letter, in the tokenizer's order (most words start with none)."""
    idx: dict[str, list[str]] = {}
    for p in PROCLITICS:
        idx.setdefault(p[0], []).append(p)
    return {k: tuple(v) for k, v in idx.items()}


@lru_cache(maxsize=200_000)
def _stems(f: str) -> tuple[tuple[str, str], ...]:
    """Token.readings() of a folded word without the offsets (the features need only stems)."""
    out = [("", f)]
    n = len(f)
    for p in _proclitic_index().get(f[:1], ()):
        if n - len(p) >= 2 and f.startswith(p):
            out.append((p, f[len(p):]))
    return tuple(out)


@lru_cache(maxsize=100_000)
def word_features(word: str) -> tuple[tuple[str, ...], str, tuple[str, ...]]:
    """(own features, folded key, features shared with neighbours) for one spelling."""
    lx = lexicons()
    f = fold_str(word)
    shape = _shape(f)
    feats = [f"w={f}", f"sh={shape}"]
    flags: list[str] = []
    if shape in ("A", "X", "L") and len(f) > 1:
        feats += [f"p2={f[:2]}", f"p3={f[:3]}", f"s1={f[-1]}", f"s2={f[-2:]}", f"s3={f[-3:]}",
                  f"len={min(len(f), 8)}"]
        padded = f"<{f}>"
        feats += ["c3=" + padded[i:i + 3] for i in range(min(8, len(padded) - 2))]
        feats += ["c4=" + padded[i:i + 4] for i in range(min(6, len(padded) - 3))]
        stems = _stems(f)
        for p, s in stems[1:3]:
            feats.append(f"st={s}")
            feats.append(f"pc={p}")
        core = stems[-1][1] if len(stems) > 1 else f
        feats += [f"ss2={core[-2:]}", f"ss3={core[-3:]}", f"sp2={core[:2]}"]
        _word_flags(f, core, stems, lx, flags)
        if f.startswith("ال"):
            feats.append("al")
    elif shape == "P":
        flags.append(f"punct{f}")
    else:
        flags.append(f"sh={shape}")
    return tuple(feats + flags), f, tuple(flags)


def gazetteer_tags(text: str | Folded, tokens: Sequence[Token], lexicon: Lexicon | None = None,
                   prefix: str = "gz") -> list[list[str]]:
    """Per token, lexicon-hit features like "gzA-B" (admin place, first token of the match).
    ``text`` may be given already folded (one fold for several lexicons)."""
    out: list[list[str]] = [[] for _ in tokens]
    if not tokens:
        return out
    lexicon = lexicon if lexicon is not None else lexicons().places
    starts = [t.start for t in tokens]
    for m in lexicon.find(text):
        kinds = m.value if isinstance(m.value, list) else [m.value]
        i = bisect_right(starts, m.prefix_start) - 1
        if i < 0:
            continue
        first = True
        while i < len(tokens) and tokens[i].start < m.end:
            for k in sorted(set(kinds)):
                out[i].append(f"{prefix}{k}-{'B' if first else 'I'}")
            first = False
            i += 1
    return out


_fold_cached = DictCache(fold_str)


def memory_tokens(entities: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """Each folded word of a remembered name -> its types as features ("mt=PER"): a part of a
    name seen in training ("نزار" of "نزار قباني") is evidence on its own, and, unlike whole
    names, parts recur in new combinations."""
    out: dict[str, set[str]] = {}
    for name, types in entities.items():
        for w in fold_str(name).split():
            if len(w) >= 2 and any(c.isalpha() for c in w):
                out.setdefault(w, set()).update(types)
    return {w: tuple(f"mt={t}" for t in sorted(ts)) for w, ts in out.items()}


def name_part(words: dict[str, tuple[str, ...]], spelling: str) -> tuple[str, ...]:
    """The "mt=" features of one spelling: of the word, else of its stem without a proclitic."""
    for _, stem in _stems(_fold_cached(spelling)):
        hit = words.get(stem)
        if hit:
            return hit
    return ()


def memory_tags(text: str | Folded, tokens: Sequence[Token], lexicon: Lexicon,
                words: dict[str, tuple[str, ...]], part=None) -> list[list[str]]:
    """Per token, remembered whole names ("memPER-B") and remembered name parts ("mt=PER", of
    the word or of its stem without a proclitic). ``part`` is a cached ``name_part`` for
    ``words`` (the model keeps one)."""
    out = gazetteer_tags(text, tokens, lexicon, "mem")
    for i, t in enumerate(tokens):
        hit = part(t.text) if part is not None else name_part(words, t.text)
        if hit:
            out[i].extend(hit)
    return out


def memory_lexicon(entities: dict[str, list[str]]) -> Lexicon:
    """Names seen as entities in training ({name: [types]}) as an automaton. Training builds it
    per fold from the other folds only, so the CRF learns how far such memory can be trusted."""
    lex = Lexicon()
    for name, types in entities.items():
        for t in types:
            lex.add(name, t)
    return lex.finalize()


def _context_uncached(word: str) -> tuple[tuple[str, ...], str, tuple[tuple[str, ...], ...]]:
    """Own features, folded form, and the ready-made features this word gives its neighbours
    at -1, -2, +1, +2 (string building done once per spelling, not once per occurrence)."""
    own, f, flags = word_features.__wrapped__(word)
    ctx = tuple((f"w{pos}={f}",) + tuple(f"{pos}{x}" for x in flags) for pos in ("-1", "-2", "+1", "+2"))
    return own, f, ctx


_context = lru_cache(maxsize=300_000)(_context_uncached)  # training: every feature


def _shift(tags: list[str], pos: str) -> list[str]:
    return [pos + x for x in tags] if tags else tags


_POSITIONS = ("-1", "-2", "+1", "+2")


def pruned_context(keep: frozenset[str]):
    """A ``_context`` that drops features the model never weighted (L1 zeroes most of them):
    tagging then hands crfsuite a third of the strings, for the same tags. Neighbour features
    are built only when kept (checked on their suffix first): the cold first pass over new
    spellings pays for the strings crfsuite will see, not for the ones thrown away."""
    kept_flags = {pos: frozenset(a[len(pos):] for a in keep if a.startswith(pos)) for pos in _POSITIONS}
    kept_words = {pos: frozenset(a[len(pos) + 2:] for a in keep if a.startswith(f"w{pos}=")) for pos in _POSITIONS}
    empty: tuple[str, ...] = ()

    own_features = _pruned_word_features(keep)

    # flag -> its kept form at each position; flags repeat across words ("k32=5", "s2=ين")
    shift = DictCache(lambda x: tuple(pos + x if x in kept_flags[pos] else None for pos in _POSITIONS))

    @lru_cache(maxsize=100_000)  # pruned entries are small: memory stays bounded on any stream
    def ctx(word: str):
        own, f, flags = own_features(word)
        parts: tuple[list[str], ...] = ([], [], [], [])
        for x in flags:
            for part, y in zip(parts, shift(x)):
                if y is not None:
                    part.append(y)
        for pos, part in zip(_POSITIONS, parts):
            if f in kept_words[pos]:
                part.insert(0, f"w{pos}={f}")
        return own, f, tuple(tuple(part) if part else empty for part in parts)
    return ctx


_OWN_TYPES = ("w", "sh", "p2", "p3", "s1", "s2", "s3", "len", "c3", "c4", "st", "pc", "ss2", "ss3", "sp2")


def _pruned_word_features(keep: frozenset[str]):
    """``word_features`` with only the kept own features, the same list (order, repeats) the
    filtered full one gives, built by looking each value up in a per-type table of kept
    feature strings instead of formatting every string and throwing most away."""
    kv: dict[str, dict[str, str]] = {t: {} for t in _OWN_TYPES}
    for a in keep:
        t, eq, v = a.partition("=")
        if eq and t in kv:
            kv[t][v] = a
    kw, ksh, kp2, kp3, ks1, ks2, ks3, klen, kc3, kc4, kst, kpc, kss2, kss3, ksp2 = (kv[t] for t in _OWN_TYPES)
    lx = lexicons()
    has_al, has_name, has_title, has_orgh = ("al" in keep, "name" in keep, "title" in keep, "orgh" in keep)

    def own_features(word: str) -> tuple[tuple[str, ...], str, tuple[str, ...]]:
        f = _fold_cached(word)  # one fold per spelling, shared with name_part and the rules
        shape = _shape(f)
        out: list[str] = []
        x = kw.get(f)
        if x:
            out.append(x)
        x = ksh.get(shape)
        if x:
            out.append(x)
        flags: list[str] = []
        if shape in ("A", "X", "L") and len(f) > 1:
            for table, v in ((kp2, f[:2]), (kp3, f[:3]), (ks1, f[-1]), (ks2, f[-2:]), (ks3, f[-3:]),
                             (klen, str(min(len(f), 8)))):
                x = table.get(v)
                if x:
                    out.append(x)
            padded = f"<{f}>"
            out += filter(None, map(kc3.get, [padded[i:i + 3] for i in range(min(8, len(padded) - 2))]))
            out += filter(None, map(kc4.get, [padded[i:i + 4] for i in range(min(6, len(padded) - 3))]))
            stems = _stems(f)
            for p, st in stems[1:3]:
                x = kst.get(st)
                if x:
                    out.append(x)
                x = kpc.get(p)
                if x:
                    out.append(x)
            core = stems[-1][1] if len(stems) > 1 else f
            for table, v in ((kss2, core[-2:]), (kss3, core[-3:]), (ksp2, core[:2])):
                x = table.get(v)
                if x:
                    out.append(x)
            _word_flags(f, core, stems, lx, flags)
            if f.startswith("ال") and has_al:
                out.append("al")
            x = ks2.get(f[-2:])  # the flags are own features too (after the rest, as in word_features)
            if x:
                out.append(x)
            x = kst.get(core)
            if x:
                out.append(x)
            out += [g for g, k in (("name", has_name), ("title", has_title), ("orgh", has_orgh)) if k and g in flags]
            out += [g for g in flags if g[0] == "k" and g in keep]
        elif shape == "P":
            flags.append(f"punct{f}")
        else:
            flags.append(f"sh={shape}")
        if shape not in ("A", "X", "L") or len(f) <= 1:
            out += [g for g in flags if g in keep]
        return tuple(out), f, tuple(flags)
    return own_features


@lru_cache(maxsize=4)
def _bigram_index(keep: frozenset[str]) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Kept "bg-=a|b" / "bg+=a|b" features as {a: {b}} (every split at a "|", so a word that is
    itself "|" is covered; the final string is still checked against ``keep``)."""
    out: tuple[dict[str, set[str]], dict[str, set[str]]] = ({}, {})
    for a in keep:
        if a.startswith(("bg-=", "bg+=")):
            d = out[0] if a[2] == "-" else out[1]
            body = a[4:]
            i = body.find("|")
            while i >= 0:
                d.setdefault(body[:i], set()).add(body[i + 1:])
                i = body.find("|", i + 1)
    return tuple({k: frozenset(v) for k, v in d.items()} for d in out)  # type: ignore[return-value]


def sentence_features(text: str, tokens: Sequence[Token], gz: list[list[str]] | None = None,
                      mem: list[list[str]] | None = None, ctx=None,
                      keep: frozenset[str] | None = None) -> list[list[str]]:
    """Feature lists for one sentence's tokens (offsets into ``text``); ``gz`` and ``mem`` are
    the per-token gazetteer and entity-memory hits (computed here from ``text`` if omitted).
    ``ctx``/``keep`` (from a trained model) prune features the model does not use."""
    if gz is None:
        gz = gazetteer_tags(text, tokens)
    if mem is not None:
        gz = [g + m for g, m in zip(gz, mem)]
    wf = [(ctx or _context)(t.text) for t in tokens]
    n = len(tokens)
    out: list[list[str]] = []
    # with a pruned model, a bigram string is built only for pairs the model kept
    bg_minus, bg_plus = _bigram_index(keep) if keep is not None else (None, None)
    for i in range(n):
        own, f, _ = wf[i]
        feats = ["b", *own, *gz[i]]
        if i == 0:
            feats.append("BOS")
        else:
            _, fp, cp = wf[i - 1]
            if keep is None or f in bg_minus.get(fp, ()):
                bg = f"bg-={fp}|{f}"
                if keep is None or bg in keep:
                    feats.append(bg)
            feats += cp[0]
            if gz[i - 1]:
                feats += _shift(gz[i - 1], "-1")
            if i > 1:
                feats += wf[i - 2][2][1]
                if gz[i - 2]:
                    feats += _shift(gz[i - 2], "-2")
        if i == n - 1:
            feats.append("EOS")
        else:
            _, fn, cn = wf[i + 1]
            if keep is None or fn in bg_plus.get(f, ()):
                bg = f"bg+={f}|{fn}"
                if keep is None or bg in keep:
                    feats.append(bg)
            feats += cn[2]
            if gz[i + 1]:
                feats += _shift(gz[i + 1], "+1")
            if i < n - 2:
                feats += wf[i + 2][2][3]
                if gz[i + 2]:
                    feats += _shift(gz[i + 2], "+2")
        out.append(feats)
    return out


def _word_flags(f: str, core: str, stems, lx, flags: list) -> None:
    """Flags shared by the training features and the pruned runtime path (kept identical)."""
    flags.append(f"s2={f[-2:]}")
    flags.append(f"st={core}")
    keys = [st for _, st in stems]
    if not lx.first_names.isdisjoint(keys):
        flags.append("name")
    if not lx.titles.isdisjoint(keys):
        flags.append("title")
    if not lx.org_heads.isdisjoint(keys):
        flags.append("orgh")
    cm = cluster_map()
    if cm:  # the word's clusters, else those of its stem without a proclitic ("وبغداد" -> "بغداد")
        for k in keys:
            c = cm.get(k)
            if c is not None:
                flags.extend(c)
                break
        else:
            flags.append("k=none")
