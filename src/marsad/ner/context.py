"""Document consistency: a name tagged once is the same name elsewhere in its document.

News names a person in full once ("سعد الحريري") and by one part afterwards ("وقال الحريري");
the sentence-level tagger misses many of those later mentions (on the dev blocks, a third of the
missed persons were such repeats). After tagging, every predicted name of the document, and for
persons its first and last word, marks the untagged occurrences of the same words elsewhere in
the document with its type. Words that are mostly not names in the training data ("الله",
"عمر" as "age" is rare, but "صباح" morning is common) are never spread alone: ``common`` lists
them (built at training time, stored in ``ner_common.json``); the exception is the last word
of a person's full name shaped like a family name ("بشار الأسد" ... "الأسد"), which the full
name in the same document vouches for.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import Sequence

from ..arabic.normalize import fold_str
from .cache import DictCache
from .conll import chunks
from .features import _fold_cached, _stems

_CLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل")
MIN_LEN = 3  # letters of a single word spread alone


_fold = _fold_cached  # the NER's one fold cache (features)


# «ل» before the article drops the article's alif: «للأندلس» is «ل» + «الأندلس», which no
# stripped stem gives back («لأندلس», «أندلس»)
_LAM_AL = ("ولل", "فلل", "لل")


def _keys_uncached(word: str) -> tuple[str, ...]:
    """The folded word and its stems without a conjunction/preposition ("والحريري" -> "الحريري";
    "للشهرستاني" -> "الشهرستاني")."""
    f = _fold(word)
    keys = (f,) + tuple(s for p, s in _stems(f)[1:] if p in _CLITICS)
    for p in _LAM_AL:
        if f.startswith(p) and len(f) - len(p) >= 2:
            return keys + ("ال" + f[len(p):],)
    return keys


_keys = DictCache(_keys_uncached)


def common_words(sents: Sequence[list[tuple[str, str]]], min_count: int = 3, max_name_share: float = 0.5) -> list[str]:
    """Folded words seen ``min_count`` times whose share of entity tags is below ``max_name_share``."""
    seen: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for s in sents:
        for w, t in s:
            f = fold_str(w)
            seen[f] += 1
            if t != "O":
                named[f] += 1
    return sorted(w for w, n in seen.items() if n >= min_count and named[w] < max_name_share * n)


def _surname(w: str) -> bool:
    """A folded word shaped like a family name with the article: "ال" + three letters or more,
    not an ordinal (a ruler's number: "الحسن الثاني")."""
    return w.startswith("ال") and len(w) >= 5 and w not in _ordinals()


@lru_cache(maxsize=1)
def _ordinals() -> frozenset[str]:
    """Folded ordinal words (the dates' list of day ordinals: "الأول" … "الحادي والثلاثون")."""
    text = resources.files("marsad").joinpath("data", "dates", "day_ordinals.tsv").read_text(encoding="utf-8")
    return frozenset(fold_str(ln.split("\t")[0]) for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def propagate(sentences: Sequence[tuple[Sequence[str], list[str]]], common: frozenset[str]) -> list[list[str]]:
    """Tags of every sentence ((words, tags) pairs of one document) with repeats of the
    document's names tagged, and one type per name: a name the document tags with two types
    takes the type most of its mentions have, when most do («الكوفة» a place twice, an
    organisation once). In ANERcorp's training part 1,215 of the 1,253 names named twice or more
    in 20 sentences keep one type. Predicted names keep their bounds."""
    full: dict[tuple[str, ...], Counter[str]] = {}
    single: dict[str, Counter[str]] = {}
    for words, tags in sentences:
        for typ, a, b in chunks(list(tags)):
            seq = tuple(_keys(w)[-1] if i == 0 else _fold(w) for i, w in enumerate(words[a:b]))
            if not any(ch.isalpha() for ch in "".join(seq)):
                continue
            full.setdefault(seq, Counter())[typ] += 1
            if typ == "PER" and b - a >= 2:
                for w in {seq[0], seq[-1]}:
                    # a family name that is also a common noun ("الأسد", "الخطيب") is spread once
                    # the document has named the person in full; "أبا"/"ابن" alone never is a name
                    if len(w) >= MIN_LEN and w not in _NEVER_ALONE and (
                            w not in common or (w == seq[-1] and _surname(w))):
                        single.setdefault(w, Counter())[typ] += 1
            elif b - a == 1 and len(seq[0]) >= MIN_LEN and seq[0] not in common:
                single.setdefault(seq[0], Counter())[typ] += 1
    if not full:
        return [list(tags) for _, tags in sentences]
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for seq in full:
        if len(seq) > 1:
            by_first.setdefault(seq[0], []).append(seq)
    for v in by_first.values():
        v.sort(key=len, reverse=True)
    out = []
    opens = set(by_first) | set(single)  # a word whose keys miss this set starts no repeat
    known = _keys.data
    for words, tags in sentences:
        tags = list(tags)
        i, n = 0, len(words)
        while i < n:
            if tags[i] != "O":
                i += 1
                continue
            w = words[i]
            keys_i = known[w] if w in known else _keys(w)
            if opens.isdisjoint(keys_i):
                i += 1
                continue
            hit = None
            for first in keys_i:  # multi-word names, longest first
                for seq in by_first.get(first, ()):
                    k = len(seq)
                    if i + k <= n and all(tags[j] == "O" and _fold(words[j]) == seq[j - i]
                                          for j in range(i + 1, i + k)):
                        hit = (k, full[seq].most_common(1)[0][0])
                        break
                if hit:
                    break
            if hit is None and (i + 1 >= n or tags[i + 1] == "O") and (i == 0 or tags[i - 1] == "O"):
                for key in keys_i:
                    if key in single:
                        hit = (1, single[key].most_common(1)[0][0])
                        break
            if hit:
                k, typ = hit
                tags[i] = "B-" + typ
                for j in range(i + 1, i + k):
                    tags[j] = "I-" + typ
                i += k
            else:
                i += 1
        out.append(tags)
    mixed = {seq: top[0][0] for seq, n in full.items() if len(n) > 1
             for top in (n.most_common(2),) if top[0][1] > top[1][1]}
    if mixed:
        for (words, _), tags in zip(sentences, out):
            for typ, a, b in chunks(tags):
                seq = tuple(_keys(w)[-1] if i == 0 else _fold(w) for i, w in enumerate(words[a:b]))
                want = mixed.get(seq)
                if want is not None and want != typ:
                    tags[a] = "B-" + want
                    for j in range(a + 1, b):
                        tags[j] = "I-" + want
    return out


def _taa_marbuta(word: str) -> bool:
    """The written word ends in "ة" (marks and tatweel after it aside), not in the pronoun "ه"."""
    return word.rstrip("\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith("ة")


_KUNYA = frozenset({"ابو", "ابي", "ابا", "بن", "ابن", "بنت", "ام", "عبد", "ال"})  # never end a name
_NEVER_ALONE = _KUNYA  # by itself never a name: the document pass does not spread it alone
_KUNYA_HEADS = frozenset({"ابو", "ابي", "ابا", "وابو"})  # "father of": the name's first word
_NASAB = frozenset({"بن", "بنت"})  # "son/daughter of" inside a name: the person's own name precedes it


def complete_persons(words: Sequence[str], tags: list[str], given: frozenset[str],
                     person_words: frozenset[str], common: frozenset[str],
                     not_names: frozenset[str] = frozenset()) -> list[str]:
    """Person names stretched over the rest of the chain the tagger cut: a name never ends on
    "أبو"/"بن"/"عبد"; a given name after a name is the father's; a word seen in training only
    inside persons' names continues one; after a chain of given names only ("عبدالعزيز جاسم")
    the next rare word is the family name ("شلال"), unless it is a title or an organisation's
    head (``not_names``). The stretch takes only untagged words, on either side: a given name
    just before a name opens it, so does a kunya's "أبو/أبا/أبي" ("أبا هريرة"), and a name that
    starts with "بن" ("بن حنيف") takes the rare word before it ("سهل"), the person's own name
    ("ابن" opens names by itself: "ابن خلدون")."""
    if "B-PER" not in tags and "I-PER" not in tags:
        return list(tags)
    tags = list(tags)
    keys = [_fold(w) for w in words]
    n = len(words)

    def name_word(i: int) -> bool:
        k = keys[i]
        if len(k) < 2 or k in common or (k[0] == "و" and k[1:] in given):  # "وسعيد": a second person
            return False
        return k in given or k in person_words

    def after_kunya(i: int) -> bool:  # "أبو القاسم", not "ابن أخيه" (a pronoun-suffixed noun)
        k = keys[i]  # folded: "ة" reads "ه", so the written word says which ("أبو عبيدة" is a name)
        return len(k) >= 3 and k not in common and not (
            k.endswith(("ها", "هم", "هما", "كم", "نا")) or (k.endswith("ه") and not _taa_marbuta(words[i])))

    for typ, a, b in chunks(tags):
        if typ != "PER":
            continue
        while b < n and tags[b] == "O" and b - a < 7 and (
                name_word(b) or (keys[b - 1] in _KUNYA and after_kunya(b))):
            tags[b] = "I-PER"
            b += 1
        if (b < n and tags[b] == "O" and b - a >= 2 and all(k in given for k in keys[a:b])
                and after_kunya(b) and keys[b] not in not_names and keys[b] not in given
                and keys[b][0] != "و" and keys[b].isalpha()):
            tags[b] = "I-PER"  # the family name after a nasab of given names
        if a > 0 and tags[a - 1] == "O" and keys[a - 1] in given and keys[a - 1] not in common:
            tags[a - 1], tags[a] = "B-PER", "I-PER"
        elif a > 0 and tags[a - 1] == "O" and (
                keys[a - 1] in _KUNYA_HEADS  # "أبا هريرة": the tagger kept only the second word
                or (keys[a] in _NASAB and len(keys[a - 1]) >= 2 and keys[a - 1].isalpha()
                    and keys[a - 1] not in common and keys[a - 1] not in not_names)):  # "سهل بن حنيف"
            tags[a - 1], tags[a] = "B-PER", "I-PER"
    return tags


def places_over_persons(tags: list[str], gz: Sequence[Sequence[str]]) -> list[str]:
    """A person chunk that is exactly a multi-word gazetteer place ("عين عيسى",
    "دير الزور") is the place: such two-word names are rarely people, and a place read as a
    person is lost to the place resolver (names inside persons are not places). Small unknown
    localities (kind "S") do not count: many are named after people ("أبو بكر", "نصر الله")."""
    if "I-PER" not in tags:
        return list(tags)
    tags = list(tags)
    for typ, a, b in chunks(tags):
        if typ != "PER" or b - a < 2:
            continue
        kinds = [{g[2:-2] for g in gz[i] if g.startswith("gz")} for i in range(a, b)]
        if not all(f"gz{k}-B" in gz[a] for k in kinds[0]) or not kinds[0]:
            continue
        # one match spanning the chunk: B at its start, I on the rest, and it stops at b
        same = [k for k in kinds[0] if all(f"gz{k}-I" in gz[i] for i in range(a + 1, b))
                and not (b < len(gz) and f"gz{k}-I" in gz[b])]
        if same and any(k in ("K", "A", "C") for k in same):
            tags[a] = "B-LOC"
            for i in range(a + 1, b):
                tags[i] = "I-LOC"
    return tags


def places_whole(tags: list[str], gz: Sequence[Sequence[str]]) -> list[str]:
    """A place chunk that stops inside the gazetteer name it begins takes the whole name when the
    rest of it is untagged («البوسنة» of «البوسنة والهرسك», «وشرم» of «وشرم الشيخ»): the CRF cuts
    such names at «و» or at a word it reads as common. In ANERcorp's training part, of 289
    multi-word gazetteer names whose first word opens a gold place, 238 are that place whole
    (40 of the 51 others are one spelling: the corpus tags «مكة» of «مكة المكرمة» alone).
    Returns ``tags`` itself when nothing changes (most sentences: no place, or no longer name)."""
    out = tags
    n = len(tags)
    a = -1
    while True:
        try:
            a = tags.index("B-LOC", a + 1)  # C-speed search: this runs on every sentence
        except ValueError:
            return out
        b = a + 1
        while b < n and tags[b] == "I-LOC":
            b += 1
        end = b
        for g in gz[a]:
            if g[-2:] == "-B" and g.startswith("gz"):
                inside = g[:-1] + "I"  # the same match goes on over the tokens marked "gzK-I"
                e = a + 1
                while e < n and inside in gz[e]:
                    e += 1
                end = max(end, e)
        if end > b and all(t == "O" for t in tags[b:end]):
            if out is tags:
                out = list(tags)
            for i in range(b, end):
                out[i] = "I-LOC"


_RIF = frozenset({"ريف", "بريف", "وريف", "وبريف", "لريف", "فريف"})
_DIRECTIONS = frozenset({"الشمالي", "الجنوبي", "الشرقي", "الغربي", "الشماليه", "الجنوبيه", "الشرقيه", "الغربيه"})


def rural_regions(words: Sequence[str], tags: list[str]) -> list[str]:
    """"ريف درعا الشرقي" is one place: "ريف" (tagged or not) joins the place after it, and the
    direction words after that place stay in it."""
    if "B-LOC" not in tags:
        return list(tags)
    tags = list(tags)
    n = len(words)
    for i in range(n - 1):
        if tags[i + 1] == "B-LOC" and (tags[i] == "O" or tags[i] == "B-LOC") and _fold(words[i]) in _RIF:
            tags[i], tags[i + 1] = "B-LOC", "I-LOC"
            j = i + 2
            while j < n and tags[j] == "I-LOC":
                j += 1
            while j < n and tags[j] in ("O", "B-LOC") and _fold(words[j]) in _DIRECTIONS:
                tags[j] = "I-LOC"
                j += 1
    return tags


@lru_cache(maxsize=1)
def _pronoun_suffixes() -> tuple[str, ...]:
    """Folded attached pronouns (data/ner/pronoun_suffixes.txt), longest first."""
    text = resources.files("marsad").joinpath("data", "ner", "pronoun_suffixes.txt").read_text(encoding="utf-8")
    return tuple(sorted({fold_str(ln.strip()) for ln in text.splitlines() if ln.strip() and not ln.startswith("#")},
                        key=len, reverse=True))


def _pronoun_word(word: str) -> bool:
    """A word with an attached pronoun: 5+ letters (its stem, without a conjunction or
    preposition) ending in one, and no article (never both on one word: "الحكم" is a name)."""
    k = _keys(word)[-1]
    return len(k) >= 5 and not k.startswith("ال") and k.endswith(_pronoun_suffixes()) and k.isalpha()


def pronoun_words_out(words: Sequence[str], tags: list[str], names: frozenset[str]) -> list[str]:
    """Person chunks lose the words that carry an attached pronoun ("يحمل إلى سلطانها أبي زكريا":
    the sultan is not part of the name); the rest of the chunk stays a name. In ANERcorp's training
    part none of 1,874 such words is inside a person's name (4 in a MISC); words seen only inside
    names (``names``) are kept all the same."""
    if "B-PER" not in tags:
        return list(tags)
    tags = list(tags)
    for i, w in enumerate(words):
        if tags[i].endswith("-PER") and _pronoun_word(w) and _fold(w) not in names:
            tags[i] = "O"
            if i + 1 < len(tags) and tags[i + 1] == "I-PER":
                tags[i + 1] = "B-PER"
    return tags


_OPEN_QUOTES = frozenset({'"', "«", "“", "''", "``", "'"})
_CLOSE_QUOTES = frozenset({'"', "»", "”", "''", "'"})
MAX_QUOTED = 4  # words of a quoted outlet name


@lru_cache(maxsize=1)
def _media_heads() -> frozenset[str]:
    text = resources.files("marsad").joinpath("data", "ner", "media_heads.txt").read_text(encoding="utf-8")
    return frozenset(fold_str(ln.strip()) for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def quoted_outlets(words: Sequence[str], tags: list[str], over: frozenset[str] = frozenset({"O"})) -> list[str]:
    """A quoted name right after an outlet noun («صحيفة "الأفق"», «لقناة "الساحل"») is the
    outlet, an organisation: up to MAX_QUOTED words whose tags are all in ``over``. In ANERcorp's
    training part 17 of 19 such quoted names are organisations."""
    heads = _media_heads()
    n = len(words)
    out = None
    for i in range(n - 3):
        if words[i + 1] not in _OPEN_QUOTES or heads.isdisjoint(_keys(words[i])):
            continue
        j = next((j for j in range(i + 3, min(n, i + 3 + MAX_QUOTED)) if words[j] in _CLOSE_QUOTES), None)
        if j is None:
            continue
        span = range(i + 2, j)
        t = out or tags
        if all(t[k] in over or t[k][2:] in over for k in span) and any(c.isalpha() for c in "".join(words[i + 2:j])):
            out = list(t)
            out[i + 2] = "B-ORG"
            for k in range(i + 3, j):
                out[k] = "I-ORG"
    return out if out is not None else list(tags)


def titled_given_names(words: Sequence[str], tags: list[str], titles: frozenset[str],
                       given: frozenset[str]) -> list[str]:
    """An untagged given name right after an untagged title ("الإمام علي", "الشيخ أحمد") opens
    a person's name (name completion then stretches it). The given name is read as written: "على"
    in ى is the preposition its fold shares with "علي". In ANERcorp's training part 155 of 163
    such words are inside a person's name."""
    out = None
    for i in range(len(words) - 1):
        j = i + 1
        if (tags[j] == "O" and tags[i] == "O" and _fold(words[i]) in titles and _fold(words[j]) in given
                and not words[j].endswith("ى")):
            out = out or list(tags)
            out[j] = "B-PER"
    return out if out is not None else list(tags)

