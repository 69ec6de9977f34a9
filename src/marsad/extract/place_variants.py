"""Spellings of the gazetteer's Syrian names that the news writes and the lists do not (stop 38, helper gaz).

Why: the places layer matches a name only as the gazetteer spells it (after the fold, which already makes
ة/ه, ى/ي and the hamza seats one). Reports spell village names as they are said, and the OCHA list spells
them as a clerk wrote them, so the same village comes in forms the fold does not join:

- ``final_vowel``: a name's closing -a is written ا, ة or ى (السمرا / السمرة, كفروما / كفرومة, دوير الهوى /
  دوير الهوا);
- ``article``: the article on the words after the first comes and goes (دير عدس / دير العدس, الصمدانية
  الشرقية / صمدانية شرقية);
- ``glue``: a space after a letter that never joins the next (ا د ذ ر ز و) cannot be seen, so writers drop or
  add it (تيرمعلة / تير معلة, قنا قبلي / قناقبلي);
- ``qualifier``: OCHA splits a village into its halves (جعبر شرقي / جعبر غربي, الجرذى الشرقي) that the news
  names as one;
- ``second_word``: OCHA adds a family's or a tribe's word to a village's own name (صما الهنيدات, معرستة الخطيب,
  جوسية العمار) that the news drops: the first word alone, when it is a name and not a head noun that opens many
  names (تل, عين, كفر, خربة: `head_names` or more);
- ``pair``: OCHA joins two villages' names with a bare hyphen (غور غربية-غور سمعليل, عين الصفا-أكوم): each half
  is a name.

Each variant is a key of its own in the same lexicon, so the match and its offsets are the lexicon's
(text[start:end] == surface), and the mention needs the same evidence (a cue, a locative and a coherent
governorate, NER) as the list's own spelling. A variant never takes a spelling that already names a place
(with or without the article), a stop-listed or generic word, a first name, nor a frequent word of the NER's
corpus clusters: a variant must not turn a common word into a place. Switched by variants.json (``enabled`` and
one flag a kind), read at import.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from ..arabic.normalize import fold_str

_LEVELS = frozenset({"locality", "subdistrict", "district", "neighbourhood"})
_SECOND_WORD_LEVELS = frozenset({"locality"})  # (a unit's or a quarter's two words are its name)
_NON_JOINING = frozenset("ادذرزوأإآؤ")  # (letters that never join the next: a space after them is invisible)
_PROCLITIC_LETTERS = frozenset("وبلفك")
_NOT_ARTICLE = frozenset({"ابو", "ام", "بن", "ابن", "بني", "بنت", "ذو", "ذات"})  # (construct heads: never «ال»)


@lru_cache(maxsize=1)
def settings() -> dict:
    raw = resources.files("marsad").joinpath("data", "gazetteer", "variants.json").read_text(encoding="utf-8")
    return json.loads(raw)


def _final_vowel(name: str) -> list[str]:
    """The name with its closing -a in the other letters it is written with: ة and ا, ى and ا (ى only after a
    first word: one word ending in ى folds to a nisba's ي, «الملاجى» to «الملاجئ»)."""
    if name.endswith("اء"):
        return []
    if name.endswith("ة"):
        # (not to «…وا»: a verb's plural first, «وصلوا» is no «صلوة»)
        return [name[:-1] + "ا"] if not name.endswith("وة") else []
    if name.endswith("ى"):
        return [name[:-1] + "ا"]
    if name.endswith("ا"):
        return [name[:-1] + "ة"] + ([name[:-1] + "ى"] if " " in name else [])
    return []


def _article(words: list[str]) -> list[str]:
    """The words after the first with the article toggled (all at once: a list writes a name one way)."""
    if len(words) < 2 or fold_str(words[0]) in _NOT_ARTICLE:
        return []  # (after a kinship head the article is the byname's own: «أبو الظهور» is never «أبو ظهور»)
    out = [words[0]]
    for w in words[1:]:
        f = fold_str(w)
        if f in _NOT_ARTICLE or not f.isalpha():
            return []
        out.append(w[2:] if w.startswith("ال") and len(w) > 4 else w if w.startswith("ال") else "ال" + w)
    return [" ".join(out)] if out != words else []


def _bare_bearing(name: str, qualifiers: frozenset[str]) -> bool:
    """The name ends in a bearing or size word without its article («الجرذي شرقي»): after a town that word is
    a preposition of place («بلدة الجرذي شرقي المدينة»), so only the list's own spelling may end so."""
    last = fold_str(name.split()[-1])
    return " " in name and last in qualifiers and not last.startswith("ال")


def _glue(words: list[str]) -> list[str]:
    """Two words glued, or one word split, where the letter before the space never joins the next."""
    if len(words) == 2 and words[0][-1] in _NON_JOINING and not words[1].startswith("ال") \
            and len(words[0]) >= 2 and len(words[1]) >= 3:
        return [words[0] + words[1]]
    if len(words) == 1 and not words[0].startswith("ال"):
        w = words[0]
        return [w[:i] + " " + w[i:] for i in range(3, len(w) - 2) if w[i - 1] in _NON_JOINING and w[i] != "ا"]
    return []


def _qualifier(words: list[str], qualifiers: frozenset[str]) -> list[str]:
    """A half of a village (its bearing or size word last) named as the whole."""
    if len(words) >= 2 and fold_str(words[-1]) in qualifiers:
        return [" ".join(words[:-1])]
    return []


def _second_word(words: list[str], heads: frozenset[str]) -> list[str]:
    """A two-word village named by its first word, when that word is no head noun."""
    if len(words) == 2 and fold_str(words[0]) not in heads and not fold_str(words[1]).isdigit():
        return [words[0]]
    return []


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """First words that open `head_names` or more names of the gazetteer («تل», «عين», «كفر», «جديدة»)."""
    from collections import Counter

    from ..resources import gazetteer as records
    firsts: Counter = Counter()
    for r in records():
        for n in {fold_str(n.split()[0]) for n in r["names_ar"] if " " in n}:
            firsts[n] += 1
    return frozenset(w for w, c in firsts.items() if c >= int(settings().get("head_names", 3)))


def spellings(name: str, conf: dict | None = None) -> list[str]:
    """The other spellings of one gazetteer name (raw letters; folded by the caller), by the enabled kinds."""
    conf = settings() if conf is None else conf
    if "-" in name:
        halves = [" ".join(h.split()) for h in name.split("-") if h.strip()] if conf.get("pair") else []
        out = [v for h in halves if len(halves) > 1 for v in [h, *spellings(h, conf)]]
        return [v for v in dict.fromkeys(out) if v != name]
    words = name.split()
    out: list[str] = []
    qualifiers = frozenset(fold_str(w) for w in conf.get("qualifiers", []))
    if conf.get("qualifier"):
        out += _qualifier(words, qualifiers)
    if conf.get("second_word") and not out:
        out += _second_word(words, _heads())
    if conf.get("article"):
        out += _article(words)
    if conf.get("glue"):
        out += _glue(words)
    if conf.get("final_vowel"):
        out += [v for n in [name, *out] for v in _final_vowel(n)]
    return [v for v in dict.fromkeys(out) if v != name and not _bare_bearing(v, qualifiers)]


def _letters(key: str) -> int:
    return len(key.replace(" ", "")) - (2 if key.startswith("ال") else 0)


def extra_keys(records: list[dict], by_key: dict[str, list[int]], common: frozenset[str]) -> dict[str, list[int]]:
    """{variant key: record indices} for the Syrian towns, quarters and units: keys the gazetteer lacks (the
    spelling with or without the article included), of four letters or more, no word of `common`."""
    conf = settings()
    if not conf.get("enabled"):
        return {}
    least = int(conf.get("min_letters", 4))
    unit_conf = {**conf, "second_word": False}
    out: dict[str, list[int]] = {}
    for i, r in enumerate(records):
        if r.get("country") != "Syria" or r.get("level") not in _LEVELS:
            continue
        for name in r["names_ar"]:
            for v in spellings(name, conf if r["level"] in _SECOND_WORD_LEVELS else unit_conf):
                key = " ".join(fold_str(v).split())
                # (with the article too: «قرية الخوين» is «خوين الكبير»'s, its span the whole word)
                for k in (key, "ال" + key) if not key.startswith("ال") else (key,):
                    _add(out, k, i, name, by_key, common, least)
    return out


def _add(out: dict[str, list[int]], key: str, i: int, name: str, by_key: dict, common: frozenset[str],
         least: int) -> None:
    """Record i under the variant `key` of its `name`, unless the key is another place's (with or without the
    article), too short, a common word, two common words split from one, or a proclitic letter on a common
    word («بستة» of «بستا» is «ب» + «ستة»)."""
    if _letters(key) < least or key in common or key in by_key or "ال" + key in by_key \
            or (key.startswith("ال") and key[2:] in by_key):
        return
    if key.count(" ") > name.count(" ") and all(w in common for w in key.split()):
        return
    if key[0] in _PROCLITIC_LETTERS and key[1:].split(" ")[0] in common:
        return
    idx = out.setdefault(key, [])
    if i not in idx:
        idx.append(i)


def common_words(stop: list[str]) -> frozenset[str]:
    """Words a variant must not be (folded, with and without the article): the given stop lists, the words
    ANERcorp uses the variants as (variant_stops.txt, scripts/build_variant_stops.py) and the frequent words of
    the NER's corpus clusters."""
    words = {fold_str(w) for w in stop}
    gz = resources.files("marsad").joinpath("data", "gazetteer", "variant_stops.txt").read_text(encoding="utf-8")
    words.update(ln.strip() for ln in gz.splitlines() if ln.strip() and not ln.startswith("#"))
    for ln in resources.files("marsad").joinpath("data", "ner", "clusters.tsv").read_text(encoding="utf-8").splitlines():
        if ln and not ln.startswith("#"):
            words.add(fold_str(ln.split("\t", 1)[0]))
    return frozenset(words | {w[2:] for w in words if w.startswith("ال")} | {"ال" + w for w in words})


def not_a_name(surface: str) -> bool:
    """A variant's surface that is a word of the sentence: the accusative's tanween («مدناً», «كردياً»), or a
    closing «ه» (the news writes a name's -a ة; «حلفائه» is «his allies», not «حلفاية»)."""
    return "\u064b" in surface or surface.endswith("ه")


def add(records: list[dict], by_key: dict[str, list[int]], lex) -> frozenset[str]:
    """The variants of `records` added to the places lexicon and its key index (places.gazetteer, before
    the lexicon is finalised); their keys."""
    if not settings().get("enabled"):
        return frozenset()
    from ..ner.features import lexicons
    from .places import _lines

    stop = _lines("stoplist.txt") + _lines("stoplist_auto.txt") + _lines("generic.txt") \
        + [ln.split("\t")[0] for ln in _lines("cues.tsv")] + _lines("directions.txt")
    common = common_words(stop) | lexicons().first_names
    extra = extra_keys(records, by_key, common)
    for key, idx in extra.items():
        by_key[key] = idx
        lex.add(key, key)
    return frozenset(extra)
