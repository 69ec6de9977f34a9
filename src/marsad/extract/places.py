"""Places: gazetteer hits and LOC entities resolved to Syrian admin units, towns and villages,
or foreign countries and cities, each with a confidence.

Three things keep a geocoder honest on Arabic news:
- evidence before a hit counts: thousands of village names are everyday words ("عدة", "نصيب"),
  so a small village needs a cue word (قرية، بلدة، ريف...), the NER's LOC tag, or a locative
  preposition in a document already placing towns in the same governorate;
- namesakes (three villages called نوى) are chosen with the governorate named nearby
  ("بريف دمشق", "في محافظة درعا") and the document's other places;
- a cue that contradicts every candidate ("بلدة نينوى": a town, but نينوى is an Iraqi province)
  or a tie between namesakes gives low confidence and a candidate list, never a confident guess;
- a bare name means the well-known place (دوما is Douma, a district seat, before the hamlets
  called دوما), with confidence lowered when namesakes exist;
- words are read the way Arabic reads them: "فرقة" is a word, not ف + رقة (a one-letter clitic
  before a short name whose usual form has the article needs a cue or the NER); "السورية" and
  "مصادر سورية" are adjectives, not Syria; "الشام" in "هيئة تحرير الشام" belongs to an
  organisation; generic nouns (المدينة، الريف) are never places on their own.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter, le, sub
from typing import Callable
from importlib import resources

from ..arabic.lexicon import Lexicon, Match
from ..arabic.normalize import Folded, fold, fold_str
from ..arabic.numbers import lexicon_hits
from ..arabic.scan import finditer_at, starts_near
from ..arabic.tokens import Token
from ..document import Document
from ..resources import gazetteer as gazetteer_records
from .place_variants import not_a_name
from .told_places import listed_site, part_locative, told_by_apposition

# Prior weight of each kind of place for a bare mention (a governorate is named far more often
# than a hamlet of the same name).
LEVEL_PRIOR = {"governorate": 3.0, "country": 5.0, "city": 3.5, "district": 2.4, "region": 2.2,
               "subdistrict": 2.0, "locality": 1.0, "neighbourhood": 0.9, "facility": 3.0, "camp": 3.0,
               "border crossing": 3.0}
LOCATIVES = frozenset(fold_str(w) for w in ("من", "في", "إلى", "الى", "قرب", "بين", "حتى", "نحو", "داخل", "شمال",
                                               "جنوب", "شرق", "غرب", "محيط", "أطراف", "مشارف", "على",
                                               "باتجاه", "اتجاه"))
# Proclitic particles that make a preceding word locative ("بريف", "وفي" is handled as a word)
_NEARBY_CHARS = 60


# «ريف دمشق-سانا:», «إدلب – وكالة الأنباء:», «بيروت (رويترز) -», or a top line «حلب – عنب بلدي»:
# a dateline says where a report was filed, not where anything happened, and the dev set's
# convention annotates no place in it. A short name (at most 4 words) at the start of one of the
# first two lines, then an agency (at most 4 words) after a dash or in brackets, closed by a
# colon or a dash; or a line of just those two names (either may be the city: «الشروق – تونس»).
_DATELINE = re.compile(
    r"[ \t]*(?P<place>[^\n:()\-–—،,.!?؟«»\"]{2,40}?)[ \t]*"
    r"(?:[-–—][ \t]*(?P<agency>[^\n:()\-–—،,.!?؟]{2,40}?)[ \t]*(?:[:\-–—]|(?P<eol>$))"
    r"|\([ \t]*(?P<agency2>[^\n()]{2,40}?)[ \t]*\)[ \t]*(?:[:\-–—]|$))", re.M)

_DATELINE_STOP = re.compile(r"[\n:()\-–—،,.!?؟«»\"]")


def _dateline_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the names a dateline at the top of ``text`` holds (none when there is no
    dateline): the place's, and the agency's too when the line is just the two names."""
    pos = 0
    for _ in range(2):
        while pos < len(text) and text[pos] in " \t\n":
            pos += 1
        # the place's words end at the first character they cannot hold, which must open the
        # agency («-», «(»): else the lazy pattern would only backtrack through every length
        stop = _DATELINE_STOP.search(text, pos)
        m = _DATELINE.match(text, pos) if stop is not None and stop.group() in "-–—(" else None
        if m is not None:
            agency = "agency" if m.group("agency") else "agency2"
            if len(m.group("place").split()) <= 4 and len(m.group(agency).split()) <= 4:
                spans = [m.span("place")]
                if m.group("eol") is not None:
                    spans.append(m.span(agency))
                return spans
        nl = text.find("\n", pos)
        if nl < 0:
            break
        pos = nl + 1
    return []


_START_END = itemgetter(0, 1)
_FIRST = itemgetter(0)


class _Spans:
    """Spans sorted by start, for overlap look-ups in O(log n + hits) instead of a scan of the
    whole document per query (the stage must stay linear on long pages)."""

    def __init__(self, items: list) -> None:
        # items: (start, end, payload)
        if len(items) < 2:  # (none or one: most documents' quoted names, facilities, covered spans)
            self.items = list(items)
            self.starts = [x[0] for x in self.items]
            self.ends = [x[1] for x in self.items]
            self.ordered, self.maxlen = True, 0
            return
        self.items = sorted(items, key=_START_END)
        self.starts = [x[0] for x in self.items]
        # spans that do not nest (entities, matches: the usual case) have their ends in order
        # too: then the overlapping ones are one slice, whatever the longest span's length
        self.ends = [x[1] for x in self.items]
        self.ordered = all(map(le, self.ends, self.ends[1:]))
        self.maxlen = 0 if self.ordered else max(map(sub, self.ends, self.starts), default=0)

    def near(self, a: int, b: int) -> list:
        """Items that may overlap [a, b) (callers test): with ends in order, those ending after
        ``a`` and starting before ``b``; else those starting in [a - maxlen, b)."""
        hi = bisect_left(self.starts, b)
        if self.ordered:
            return self.items[bisect_right(self.ends, a, 0, hi):hi]
        return self.items[bisect_left(self.starts, a - self.maxlen):hi]

    def overlapping(self, a: int, b: int) -> list:
        return [x for x in self.near(a, b) if x[0] < b and a < x[1]]


class _Anchors:
    """Places whose area is settled (one area, or resolved confidently), by start: what lies close
    to a namesake in its sentence (see ``areas_near``). Built on the first question: most texts
    have no namesake to settle."""

    __slots__ = ("build", "items", "starts", "extra")

    def __init__(self, build: Callable[[], list[tuple[int, int, str, str | None]]]) -> None:
        self.build = build
        self.items: list[tuple[int, int, str, str | None]] | None = None
        self.starts: list[int] = []
        self.extra: list[dict] = []  # records resolved confidently since (added when asked)

    def _settled(self) -> list[tuple[int, int, str, str | None]]:
        if self.items is None or self.extra:
            items = self.build() if self.items is None else self.items
            items += [(r["start"], r["end"], _rec_area(r), r["admin2_en"]) for r in self.extra]
            self.extra = []
            self.items = sorted(items, key=_START_END)
            self.starts = [x[0] for x in self.items]
        return self.items

    def areas_before(self, start: int) -> frozenset[str]:
        """Areas of the settled places that end before ``start`` (anywhere earlier in the text)."""
        items = self._settled()
        return frozenset(a for s, e, a, _ in items[:bisect_left(self.starts, start)] if e <= start)

    def areas_near(self, text: str, start: int, end: int) -> frozenset[str]:
        """Areas (and districts, as "area/district") of the places at most _NEARBY_CHARS before or
        after [start, end), with no sentence end between."""
        self._settled()
        lo = bisect_left(self.starts, start - _NEARBY_CHARS - 200)
        hi = bisect_right(self.starts, end + _NEARBY_CHARS)
        out = set()
        for s, e, a, d in self.items[lo:hi]:
            if s < end and start < e:
                continue  # itself (or a place inside it)
            if e <= start:
                if start - e > _NEARBY_CHARS or _SENTENCE_END.search(text, e, start):
                    continue
            elif s - end > _NEARBY_CHARS or _SENTENCE_END.search(text, end, s):
                continue
            out.add(a)
            if d:
                out.add(f"{a}/{d}")
        return frozenset(out)


_LIL_WORD = re.compile(r"[وف]?لل(?P<w>[\w\u0600-\u06ff]{2,})"
                       r"(?: (?P<w2>[\w\u0600-\u06ff]+))?(?: (?P<w3>[\w\u0600-\u06ff]+))?")
_SENTENCE_END = re.compile(r"[.؛!؟\n]")


def _anaphoric_duals() -> dict[str, tuple[str, ...]]:
    out = {}
    for ln in _lines("anaphoric_duals.tsv"):
        name, forms = ln.split("\t")
        out[fold_str(name)] = tuple(fold_str(f) for f in forms.split("|"))
    return out



_DUAL_ADJECTIVE = re.compile(r"\s+ال[\w\u0600-\u06ff]{2,}(?:تين|تان)(?![\w\u0600-\u06ff])")


def _anaphoric_dual(text: str, start: int, key: str, end: int | None = None) -> bool:
    """Is the name at ``start`` a dual pointing back to the same dual noun earlier in the text, or a dual noun
    that a dual adjective describes («X وY، القريتين الواقعتين شرق Z»: the two villages; the town takes a
    singular one)?"""
    forms = _ANAPHORIC_DUALS.get(key)
    if forms is None:
        return False
    if end is not None and _DUAL_ADJECTIVE.match(text, end):
        return True
    before = fold_str(text[:start])
    return any(re.search(rf"(?<![\w\u0600-\u06ff])[وب]?{f}(?![\w\u0600-\u06ff])", before) for f in forms)


def _rec_area(rec: dict) -> str:
    """``PlaceResolver._area`` of an output record (its country is ISO there)."""
    return rec["admin1_en"] if rec["country_en"] == "Syria" and rec["admin1_en"] else (rec["country_en"] or rec["name_en"])


def _data(*parts: str) -> str:
    return resources.files("marsad").joinpath("data", "gazetteer", *parts).read_text(encoding="utf-8")


def _lines(name: str) -> list[str]:
    return [ln.strip() for ln in _data(name).splitlines() if ln.strip() and not ln.startswith("#")]


@dataclass
class Gazetteer:
    records: list[dict]
    lexicon: Lexicon
    cues: dict[str, tuple[str, ...]]
    directions: Lexicon
    stop: frozenset[str]  # need a cue or NER support
    soft_stop: frozenset[str]  # may also be placed by document context
    by_key: dict[str, list[int]] = field(default_factory=dict)
    generic: frozenset[str] = frozenset()  # never a place alone (folded, article kept)
    nisba_heads: frozenset[str] = frozenset()  # nouns a nationality adjective follows
    twins: frozenset[str] = frozenset()  # keys whose usual form has the article: رقه (الرقه)
    by_id: dict[str, dict] = field(default_factory=dict)
    actor_verbs: frozenset[str] = frozenset()  # "شنت", "قالت": a country after them is an actor
    container_cache: dict[str, str | None] = field(default_factory=dict)
    org_heads: frozenset[str] = frozenset()  # "جبهة", "رابطة": a quoted name they open is no place
    governorates: dict[str, dict] = field(default_factory=dict)  # admin1_en -> governorate record
    name_heads: frozenset[str] = frozenset()  # "مشفى", "شارع": a foreign name after them is the thing's name
    media_heads: frozenset[str] = frozenset()  # "مراسل", "قناة": a quoted name after them is an outlet
    title_heads: frozenset[str] = frozenset()  # "حملة", "وسم": a quoted name after them is a title
    place_verbs: frozenset[str] = frozenset()  # "قصفت", "اقتحمت": their object is a place (weak evidence)
    outlets: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], bool]]] = field(default_factory=dict)
    outlet_names: frozenset[str] = frozenset()  # every outlet name and alias, folded
    adjective_names: frozenset[str] = frozenset()  # "سلمية", "جديدة": adjectives unless a cue or locative says place
    paired: dict[str, frozenset[str]] = field(default_factory=dict)  # Damascus <-> Rural Damascus
    list_end: frozenset[str] = frozenset()  # "خلال", "منذ": words that may follow a list's last town
    adjacent: dict[str, frozenset[str]] = field(default_factory=dict)  # governorates sharing a border
    across: dict[str, frozenset[str]] = field(default_factory=dict)  # a neighbour country -> itself and its border governorates
    al_firsts: frozenset[str] = frozenset()  # first words of the names in «ال», without it («للبوكمال»)
    variants: frozenset[str] = frozenset()  # keys of spellings the lists lack (place_variants.py)


def _countryside(records: list[dict]) -> list[dict]:
    """Region records for "ريف X", "ريف X الشمالي الغربي", "بادية X الشرقية" (countryside.tsv):
    one per base unit and direction, inside the base's governorate (and district)."""
    heads, dirs = [], []
    for ln in _lines("countryside.tsv"):
        c = ln.split("\t")
        (heads if len(c) == 4 else dirs).append(c)
    by_gov = {r["admin1_en"]: r for r in records if r["level"] == "governorate"}
    out: dict[str, dict] = {}
    done: set[tuple[str, str, str]] = set()  # a district named like its governorate adds nothing
    for head, gender, pattern, levels in heads:
        for base in records:
            if base["level"] not in levels.split(",") or base["country"] != "Syria":
                continue
            names = [n for n in base["names_ar"] if not fold_str(n).startswith(("ريف", "بادي"))
                     and (head, fold_str(n), base["admin1_en"]) not in done]
            done.update((head, fold_str(n), base["admin1_en"]) for n in names)
            own = base["admin1_en"] == "Rural Damascus" and base["level"] == "governorate"
            if own:
                names = []  # "ريف دمشق" is itself the governorate: only its directions are regions
            if base["admin1_en"] == "Damascus":
                continue  # the countryside of Damascus is Rural Damascus (a governorate of its own)
            step = 0.35 if base["level"] == "governorate" else 0.2
            for code, masc, fem, en, dlat, dlon in [("", "", "", "", "0", "0")] + dirs:
                word = masc if gender == "m" else fem
                if own and not code:
                    continue
                if own:
                    forms = [f"{n} {word}" for n in base["names_ar"]]
                else:
                    forms = [f"{head} {n} {word}".strip() for n in names]
                    if code and head != "أرياف":
                        # "الريف الجنوبي لإدلب", "البادية الشرقية لحمص"
                        forms += [f"ال{head} {word} " + ("لل" + n[2:] if n.startswith("ال") else "ل" + n)
                                  for n in names]
                    if head == "ريف":
                        # "ريفي حماة الشمالي وإدلب": the dual names two countrysides (the second below)
                        forms += [f"ريفي {n} {word}".strip() for n in names]
                    if head == "ريف" and base["level"] == "governorate":
                        # "الريف الحلبي", "الريف الإدلبي الجنوبي": the governorate as an adjective
                        forms += [f"الريف {a} {word}".strip() for a in _GOV_NISBA_MASC.get(base["admin1_en"], ())]
                    if head != "أرياف" and base["level"] == "governorate":
                        # "ريف محافظة درعا الغربي", "الريف الشرقي لمحافظة دير الزور", "البادية الشرقية من محافظة
                        # حمص": the governorate told with its own noun (real pages write it so as often as without)
                        forms += [f"{head} محافظة {n} {word}".strip() for n in names]
                        if code:
                            forms += [f"ال{head} {word} {of}محافظة {n}" for n in names for of in ("ل", "من ")]
                if not forms:
                    continue
                name_en = pattern.format(dir=en + " " if en else "", name=base["name_en"])
                if own:
                    name_en = f"{en} Rural Damascus"
                gov = by_gov.get(base["admin1_en"])
                rid = f"RG-{base['id']}-{pattern.split()[-1]}{'-' + code if code else ''}"
                if rid in out:  # "أرياف حماة": another form of "ريف حماة"
                    out[rid]["names_ar"] += [f for f in forms if f not in out[rid]["names_ar"]]
                    continue
                out[rid] = {
                    "id": rid, "level": "region", "kind": "region",
                    "country": "Syria", "iso3": "SYR", "name_ar": forms[0], "names_ar": forms, "name_en": name_en,
                    "aliases_en": [], "admin1_en": base["admin1_en"],
                    "admin2_en": base["admin2_en"] if base["level"] != "governorate" else None,
                    "admin3_en": base["admin3_en"] if base["level"] == "subdistrict" else None,
                    "lat": round(base["lat"] + step * float(dlat), 4), "lon": round(base["lon"] + step * float(dlon), 4),
                    "known": True, "countryside": (gov or base)["id"], "direction": code or None,
                }
    return list(out.values())


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    base = gazetteer_records()  # parsed once for places and NER (shared: never modified here)
    records = list(base) + _countryside(base)
    lex = Lexicon()
    by_key: dict[str, list[int]] = {}
    for i, r in enumerate(records):
        for name in r["names_ar"]:
            key = " ".join(fold_str(name).split())
            if len(key.replace(" ", "")) < 3:
                continue
            if i not in by_key.setdefault(key, []):
                by_key[key].append(i)
                lex.add(name, key)
    from . import place_variants  # (the spellings the news writes and the lists do not: variants.json)
    variants = place_variants.add(records, by_key, lex)
    lex.finalize()
    # first words (without «ال») of the names that start with it: what may follow «لل» (_lil_names)
    al_firsts = frozenset(k[2:].split()[0] for k in by_key if k.startswith("ال") and len(k) > 4)
    cues: dict[str, tuple[str, ...]] = {}
    for ln in _lines("cues.tsv"):
        cue, levels = ln.split("\t")
        cues[fold_str(cue)] = tuple(levels.split(","))
    directions = Lexicon(proclitics=())
    for d in _lines("directions.txt"):
        directions.add(d)
    directions.finalize()
    from ..ner.features import lexicons  # given names are people before they are villages

    stop = frozenset(fold_str(w) for w in _lines("stoplist.txt")) | lexicons().first_names
    soft = frozenset(fold_str(w) for w in _lines("stoplist_auto.txt"))
    generic = frozenset(fold_str(w) for w in _lines("generic.txt"))
    heads = frozenset(fold_str(w) for w in _lines("nisba_heads.txt"))
    twins = frozenset(k for k in by_key if not k.startswith("ال") and "ال" + k in by_key and k not in variants
                      and set(by_key[k]) <= set(by_key["ال" + k]))
    gz = Gazetteer(records, lex, cues, directions, stop | generic, soft, by_key, generic, heads, twins,
                     {r["id"]: r for r in records}, frozenset(fold_str(w) for w in _lines("actor_verbs.txt")),
                     org_heads=_org_heads(),
                     governorates={r["admin1_en"]: r for r in records if r["level"] == "governorate"},
                     name_heads=frozenset(fold_str(w) for w in _lines("name_heads.txt")),
                     media_heads=frozenset(fold_str(w) for w in _lines("media_heads.txt")),
                     title_heads=frozenset(fold_str(w) for w in _lines("title_heads.txt")),
                     place_verbs=frozenset(fold_str(w) for w in _lines("place_verbs.txt")),
                     adjective_names=frozenset(fold_str(w) for w in _lines("adjective_names.txt")))
    gz.outlets = _outlet_names(gz)
    gz.al_firsts = al_firsts
    gz.variants = variants
    paired: dict[str, set[str]] = {}
    for ln in _lines("paired_areas.tsv"):
        a, b = ln.split("\t")
        paired.setdefault(a, set()).add(b)
        paired.setdefault(b, set()).add(a)
    gz.paired = {k: frozenset(v) for k, v in paired.items()}
    gz.list_end = frozenset(fold_str(w) for w in _lines("list_end_words.txt"))
    adj: dict[str, set[str]] = {}
    for ln in _lines("adjacent_governorates.tsv"):
        a, b = ln.split("\t")
        adj.setdefault(a, {a}).add(b)
        adj.setdefault(b, {b}).add(a)
    gz.adjacent = {k: frozenset(v) for k, v in adj.items()}
    across: dict[str, set[str]] = {}
    for ln in _lines("border_countries.tsv"):
        a, b = ln.split("\t")
        across.setdefault(a, {a}).add(b)
    gz.across = {k: frozenset(v) for k, v in across.items()}
    from .. import resources as _res

    gz.outlet_names = frozenset(" ".join(fold_str(n).split()) for row in _res.rows("ingest", "outlets.tsv")
                                for n in [row[1]] + (row[2].split("|") if len(row) > 2 and row[2] else []) if n)
    return gz


def _outlet_names(gz: Gazetteer) -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...], bool]]]:
    """News outlets whose names hold a place ("حلب اليوم", "تلفزيون سوريا", "القدس العربي"; from
    data/ingest/outlets.tsv, read-only): place key -> (the outlet's words before it, after it,
    whether a word of the name is itself a media noun such as تلفزيون)."""
    from .. import resources

    out: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], bool]]] = {}
    for row in resources.rows("ingest", "outlets.tsv"):
        for name in [row[1]] + (row[2].split("|") if len(row) > 2 and row[2] else []):
            words = [fold_str(w) for w in name.split()]
            if len(words) < 2:
                continue
            for i, w in enumerate(words):
                if w in gz.by_key and not (w in gz.generic or w in gz.cues):
                    # a media noun in the name, or an organisation's head ("تجمع أحرار حوران")
                    media = any(x in gz.media_heads for x in words) or words[0] in gz.org_heads
                    entry = (tuple(words[:i]), tuple(words[i + 1:]), media)
                    if entry not in out.setdefault(w, []):
                        out[w].append(entry)
    return out


_QUOTES_BEFORE = "\"'«“"
_WORD_RUN_FULL = re.compile(r"[\w\u0600-\u06ff]+")


@lru_cache(maxsize=None)
def _levels_of(order: tuple[str, ...]) -> frozenset[str]:
    """A cue's levels as a set, made once per cue (cues.tsv has a few dozen)."""
    return frozenset(order)


def _list_not_a_name(last: "Mention", gz: "Gazetteer") -> None:
    """"عن نوى وجاسم" tagged MISC as one name: an entity that is exactly a و-list of gazetteer
    names (from the first name's start to ``last``'s end) is a list of places the tagger joined,
    not a name; each name is read as if untagged (when one of them is a well-known town that is no
    common word: «محمد وجاسم» tagged PER stays a person's list)."""
    sp = last.ner_span
    chain = [last]
    p = last.list_prev
    while p is not None and p.ner_span == sp and p.ner == last.ner:
        chain.append(p)
        p = p.list_prev
    # (the entity may start inside the name before: "ريف ديريك والقامشلي" tagged from «ديريك»)
    if len(chain) > 1 and sp is not None and (sp[0] in (chain[-1].start, chain[-1].prefix_start)
                                              or (p is not None and p.start <= sp[0] < p.end)) and any(
            c.key not in gz.stop and c.key not in gz.soft_stop and any(gz.records[i]["known"] for i in c.cands)
            for c in chain):
        for c in chain:
            c.ner, c.ner_wider, c.ner_before, c.inside_name = None, False, False, False


def _word_before(text: str, pos: int) -> tuple[str, int] | None:
    """The word just before ``pos`` (quotes and spaces between, no line break) and its start,
    looked for in the 40 characters before ``pos``. A walk back, not a regex search: an
    end-anchored search tries every start in the window, and this runs for every mention."""
    lo = max(0, pos - 40)
    j = pos
    while j > lo and (text[j - 1].isspace() or text[j - 1] in _QUOTES_BEFORE):
        j -= 1
    k = text.rfind(" ", lo, j) + 1 or lo  # most words end at a space: test the run in C
    if k < j and _WORD_RUN_FULL.fullmatch(text, k, j) and (k == lo or text[k - 1] == " "):
        return (text[k:j], k) if "\n" not in text[j:pos] else None
    k = j
    while k > lo:
        ch = text[k - 1]  # [\w\u0600-\u06ff]
        if not (ch.isalnum() or ch == "_" or "\u0600" <= ch <= "\u06ff"):
            break
        k -= 1
    if k == j or "\n" in text[j:pos]:
        return None
    return text[k:j], k


class Mention:
    """A gazetteer hit being read. A plain class: the fields below are class-level defaults (all
    immutable), so making one sets only the six it is given (a slotted dataclass set all 23, a
    microsecond per hit on every document)."""

    start: int
    end: int
    key: str
    cands: list[int]
    cue: str | None = None
    cue_levels: frozenset[str] | None = None
    cue_order: tuple[str, ...] | None = None
    cue_start: int | None = None
    ner: str | None = None  # type of an entity covering the mention
    ner_wider: bool = False  # that entity extends beyond the mention
    ner_before: bool = False  # that entity starts before the mention ("جامعة دمشق")
    inside_name: bool = False  # wholly inside an ORG or PER entity ("هيئة تحرير الشام")
    adjective: bool = False  # a nationality adjective ("السورية", "مصادر سورية"), not a place
    locative: bool = False
    container: str | None = None  # governorate the text puts it in ("X في محافظة اللاذقية")
    prefix: str = ""
    prefix_start: int = 0
    before: tuple[str, int] | None = None  # the word before prefix_start and its start (read once)
    before_f: str = ""  # that word folded
    ki: "_KeyInfo | None" = None  # what its candidate records say (PlaceResolver._ki)
    list_prev: "Mention | None" = None  # the name before it in a و-joined list
    list_areas: frozenset[str] = frozenset()  # areas its list-mates can lie in (see _list_support)
    list_same: frozenset[str] = frozenset()  # ... the areas a list-mate itself lies in
    ner_span: tuple[int, int] | None = None  # the span of the entity that set ``ner``
    after_f: str = ""  # the word after a generic name with a cue ("مناطق الساحل اللبناني"), folded
    bearing: tuple[str, int, int] | None = None  # "شمال بلدة الرحيبة": direction code, the town's span

    def __init__(self, start: int, end: int, key: str, cands: list[int], prefix: str = "",
                 prefix_start: int = 0) -> None:
        self.start = start
        self.end = end
        self.key = key
        self.cands = cands
        self.prefix = prefix
        self.prefix_start = prefix_start

    def __repr__(self) -> str:
        return f"Mention({self.start}, {self.end}, {self.key!r})"


_LOCALITY = frozenset({"locality"})
_COUNTRY = frozenset({"country"})
_COUNTRY_REGION = frozenset({"country", "region"})
_TOWN_LEVELS = frozenset({"locality", "subdistrict"})
_SEAT_LEVELS = frozenset({"locality", "subdistrict", "district", "city"})
_WIDE_LEVELS = frozenset({"region", "governorate", "country"})  # (names of wide areas: never a village by a bearing)


class _KeyInfo:
    """A name's candidate records and the facts about them that do not depend on the text."""

    __slots__ = ("cands", "recs", "static", "levels", "areas", "area_list", "any_known", "far_or_country",
                 "capital", "govs", "admin2_one")

    def __init__(self, cands: list[int], recs: list[dict], capital_ids: frozenset[str]) -> None:
        self.cands = cands
        self.recs = recs
        self.static = _static_scores(recs)
        self.levels = frozenset(r["level"] for r in recs)
        self.area_list = [PlaceResolver._area(r) for r in recs]
        self.areas = frozenset(self.area_list)
        self.any_known = any(r["known"] for r in recs)
        self.far_or_country = all(r["country"] not in _NEIGHBOURS or r["level"] == "country" for r in recs)
        self.capital = all(r["id"] in capital_ids for r in recs)
        self.govs = [r["admin1_en"] for r in recs if r["level"] == "governorate"]
        ds = {r["admin2_en"] for r in recs}
        self.admin2_one = ds.pop() if len(ds) == 1 else None  # the one district all lie in, if any


def _static_scores(recs: list[dict]) -> list[float]:
    """Each record's prominence among its namesakes: its level, a well-known place, and a town
    that is also the seat of its district or sub-district (دوما, Rural Damascus) beats a hamlet."""
    admins = [o for o in recs if o["level"] in ("district", "subdistrict")]
    out = []
    for r in recs:
        seat = sum(1 for o in admins if o is not r and _same_place(r, o)) if admins else 0
        out.append(LEVEL_PRIOR.get(r["level"], 1.0) + (0.8 if r["known"] else 0.0) + 0.6 * (seat if seat < 2 else 2))
    return out


class PlaceResolver:
    """Pipeline component: adds place records to the "places" layer (runs after entities)."""

    def __init__(self) -> None:
        self.gz = gazetteer()
        self._kinfo: dict[str, _KeyInfo] = {}

    def _ki(self, m: "Mention") -> "_KeyInfo":
        """What a name's candidate records say whatever the text (levels, areas, scores), worked
        out once per name: every mention of it asks the same questions."""
        ki = m.ki
        if ki is not None and ki.cands is m.cands:
            return ki
        ki = self._kinfo.get(m.key)
        if ki is not None and ki.cands is m.cands:
            m.ki = ki
            return ki
        ki = m.ki = _KeyInfo(m.cands, [self.gz.records[i] for i in m.cands], _capital_actors()[0])
        if self.gz.by_key.get(m.key) is m.cands:
            self._kinfo[m.key] = ki
        return ki

    # -- public -------------------------------------------------------------------------------
    def __call__(self, doc: Document) -> None:
        dates = sorted((d["start"], d["end"]) for d in doc.layers.get("dates") or ())
        for rec in self.resolve(doc.text, doc["entities"], doc.folded):
            if dates and _inside_any(rec["start"], rec["end"], dates):
                continue  # "منذ محرم الماضي": a Hijri month that is also a village, inside a date
            doc.add("places", rec)
        _drop_numbers_naming_places(doc)
        qs = doc.layers.get("quantities")
        if qs and any(q["surface"].endswith("ين") and _anaphoric_dual(doc.text, q["start"], fold_str(q["surface"]))
                      for q in qs):
            qs[:] = [q for q in qs if not _anaphoric_dual(doc.text, q["start"], fold_str(q["surface"]))]

    def resolve(self, text: str, entities: list[dict] | None = None, folded: Folded | None = None) -> list[dict]:
        """Place records for ``text``; ``folded`` is the Document's shared folded text, if any."""
        entities = entities or []
        mentions = self._mentions(text, entities, folded if folded is not None and folded.original is text else None)
        # what makes each mention a place, asked once (nothing below changes what _accept reads)
        accepted = {id(m): self._accept(m) for m in mentions}
        kept = [m for m in mentions if accepted[id(m)] is not None]
        # (a variant spelling is placed by the others, never places them)
        strong = self._strong_admin1([m for m in kept if m.key not in self.gz.variants] if self.gz.variants else kept)
        # a facility whose name is quoted ('مطار "منغ" العسكري') wins over the words inside it
        out: list[dict] = self._quoted_facilities(text, [])
        covered: list[tuple[int, int]] = [(r["start"], r["end"]) for r in out]
        if out:
            qs = _Spans([(a, b, None) for a, b in covered])
            mentions = [m for m in mentions if not qs.overlapping(m.start, m.end)]
        names = self._quoted_names(text)
        if names:  # «رابطة علماء الشام»: a place word inside a quoted organisation name
            ns = _Spans([(a, b, None) for a, b in names])
            mentions = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b, _ in ns.near(m.start, m.end))]
        nearby = _Spans(self._governorate_mentions(kept, text))
        groups: dict[int, list[Mention]] = {}  # id(mention) -> the و-joined list it belongs to
        for m in mentions:
            if m.list_prev is not None:
                g = groups.get(id(m.list_prev))
                if g is None:
                    g = groups[id(m.list_prev)] = [m.list_prev]
                g.append(m)
                groups[id(m)] = g
        self._containers(text, mentions, kept)
        # places of one area (or placed confidently before): evidence for a namesake next to them
        # (worked out only when a namesake asks)
        anchors = _Anchors(lambda: [(m.start, m.end, next(iter(ki.areas)), ki.admin2_one) for m in kept
                                    for ki in (self._ki(m),) if len(ki.areas) == 1])
        # weak mentions (locative only) are accepted when the document already places towns in
        # one of their candidates' governorates
        for k, m in enumerate(mentions):
            support = accepted[id(m)]
            if support is None and m.container and (m.locative or m.ner == "LOC") and not m.adjective \
                    and (m.key not in self.gz.stop or self._of_area(text, m, m.container)):
                # "قرى الصخر والقاهرة بريف حماة": the text says where it is; "في جاسم بريف درعا": a name that is
                # also a word or a person's (the stop list) is the place when the gazetteer has it in that area
                support = "context"
            if support is None and out and self._last_of_list(text, m, out[-1]):
                support = "context"  # "على بصر الحرير والحراك": the town joined to a town before it
            if support is None and out and k + 1 < len(mentions) and self._inside_list(m, out[-1], mentions[k + 1]):
                support = "context"  # "في دير الزور والحراك وسراقب": a town between two towns
            if support is None and m.locative and self._list_support(m, groups.get(id(m), [m])):
                support = "context"  # "على اللطامنة والهبيط وعابدين": list-mates in one area or two neighbours
            if support is None and not m.adjective and not m.inside_name and (m.locative or not (
                    m.key in self.gz.stop or m.key in self.gz.soft_stop)) and self._told_here(text, m, mentions):
                # («عايد الكبير، القرية الواقعة»: a common word ending another name is no town by itself)
                support = "context"  # «الشعفة، البلدة الواقعة في …»: the apposition says it is a town
            if support is None and m.key in self.gz.stop and self._across_in_context(m, strong):
                support = "context"  # "مصدر في القائم" in a story on the Bukamal crossing
            if support is None:
                if not (m.locative and self._coherent(m, strong)):
                    continue
                support = "context"
            if m.key in self.gz.variants and (not self._in_named_area(m, strong) or not_a_name(text[m.start:m.end])):
                continue  # «قرية السمرا» in a story of Lattakia is not Hama's «السمرة»: a variant needs its governorate
            if m.key in _ANAPHORIC_DUALS and m.cue is None and not m.prefix.startswith("ب") \
                    and _anaphoric_dual(text, m.start, m.key, m.end):
                continue  # "قريتي الغسانية والقنية … في القريتين": the two villages, not Al-Qaryatayn
            if m.cue_levels is not None and self._ki(m).levels == _COUNTRY \
                    and "country" not in m.cue_levels:
                continue  # "مناطق سورية": a nationality adjective after a place noun, not the country
            rec = self._resolve_one(text, m, support, strong, nearby, anchors)
            if rec is None:
                continue
            if rec["confidence"] >= 0.8 and rec["id"] is not None:
                anchors.extra.append(rec)
            out.append(rec)
            covered.append((rec["start"], rec["end"]))
        for rec in out:
            if "near" in rec and rec["near"]["id"] is None:  # a village given by a bearing: its town, now placed
                town = next((r for r in out if r["start"] == rec["near"]["start"] and r["id"] is not None), None)
                if town is not None:
                    rec["near"] = _near(text, rec["end"], town["start"], town["end"], rec["near"]["direction"], town)
                    _near_town(rec, town)
        if "ريف" in text and any(w in text for w in _NAMED_RIF_NEEDLES):
            for rec in self._named_countryside(text, out):
                out = [r for r in out if not (rec["start"] <= r["start"] and r["end"] <= rec["end"])]
                out.append(rec)
                covered.append((rec["start"], rec["end"]))
        for rec in self._their_countryside(text, out, covered):
            out.append(rec)
            covered.append((rec["start"], rec["end"]))
        for rec in self._named_facilities(text, out):
            out = [r for r in out if not (rec["start"] <= r["start"] and r["end"] <= rec["end"])]
            out.append(rec)
            covered.append((rec["start"], rec["end"]))
        if "جامعة" in text:
            for rec in self._universities(text, covered):
                out.append(rec)
                covered.append((rec["start"], rec["end"]))
        present = [c for c in _CITY_FACILITY_CORES if c in text]
        if present:
            for rec in self._city_facilities(text, out, present):
                out = [r for r in out if not (r["start"] < rec["end"] and rec["start"] < r["end"])]
                out.append(rec)
                covered.append((rec["start"], rec["end"]))
        # LOC entities the gazetteer does not know: reported, unplaced
        locs = [e for e in entities if e.get("type") == "LOC"]
        if locs:
            cov_spans = _Spans([(a, b, None) for a, b in covered])
            men_spans = None  # (built when a LOC entity outside every place asks: most lie inside one)
        for e in locs:
            f = " ".join(fold_str(e["surface"]).split())
            if f in self.gz.stop or f in self.gz.cues or (f.startswith("ال") and f[2:] in self.gz.cues):
                continue  # "الريف", "المدينة": a generic place word, nothing to place
            if cov_spans.overlapping(e["start"], e["end"]):
                continue
            if names and any(a <= e["start"] and e["end"] <= b for a, b in names):
                continue  # inside a quoted organisation name
            if men_spans is None:
                men_spans = _Spans([(m.prefix_start, m.end, m) for m in mentions])
            if any(m.prefix_start <= e["start"] and e["end"] <= m.end
                   for _, _, m in men_spans.near(e["start"], e["end"])):
                continue  # the gazetteer knows the word and read it as no place ("قوات سورية")
            if any(st in self.gz.generic for _, st, _ in Token(0, len(e["surface"]), e["surface"]).readings()):
                continue  # "والريف"
            if not self._placed_by_its_words(text, e["start"], covered):
                continue  # "المفوضة نافي بيلاي", "ومحيطها باتا": a LOC tag with nothing that says place
            kind = self._kind_of_noun(text, e["start"])
            out.append({"start": e["start"], "end": e["end"], "surface": e["surface"], "id": None,
                        "name_ar": e["surface"], "name_en": None, "admin1_en": None, "admin2_en": None,
                        "country": None, "kind": kind, "lat": None, "lon": None,
                        "confidence": 0.1, "level": kind, "cue": None, "source": "ner", "unresolved": True})
        out = self._bearing_villages(text, out)
        out.sort(key=lambda r: r["start"])
        for a, b in _dateline_spans(text):
            out = [r for r in out if not (a <= r["start"] and r["end"] <= b)]
        return out

    # -- mentions -----------------------------------------------------------------------------
    def _mentions(self, text: str, entities: list[dict], folded: Folded | None = None) -> list[Mention]:
        gz = self.gz
        src = folded if folded is not None else text
        ent_spans = _Spans([(e["start"], e["end"], e) for e in entities])
        dir_spans: list[tuple[int, int]] = []  # direction words, found only if a countryside needs them
        dir_starts: list[int] = []

        looked: list[bool] = []

        def find_directions() -> None:
            if not looked:
                looked.append(True)
                dir_spans[:] = [(d.start, d.end) for d in gz.directions.find(src)]
                dir_starts[:] = [s for s, _ in dir_spans]
        out: list[Mention] = []
        broken: set[int] = set()  # PER/ORG/MISC spans that begin inside a place's name
        f = src if isinstance(src, Folded) else fold(text)
        # (gz.lexicon.find(f), by the compiled scan: a Match only for the hits kept)
        found = [Match(s, e, text[s:e], key, key, prefix, ws) for s, e, ws, prefix, key in lexicon_hits(gz.lexicon, f)]
        if "لل" in f.text:
            found = self._lil_names(f, found)
        for m in found:
            key = m.value if isinstance(m.value, str) else m.value[0]
            if key[0] == "و" and not m.prefix and key[1:] in gz.by_key and out and 0 < m.start - out[-1].end <= 2:
                # "مخيمات أطمة وقاح": a list's و glued to a name, though «وقاح» is a village too
                i = m.start + 1
                while i < m.end and ("\u064b" <= text[i] <= "\u065f" or text[i] == "\u0640"):
                    i += 1  # (marks on the و stay with it)
                m = Match(i, m.end, text[i:m.end], key[1:], key[1:], "و", m.prefix_start)
                key = key[1:]
            men = Mention(m.start, m.end, key, gz.by_key[key], prefix=m.prefix, prefix_start=m.prefix_start)
            self._cue(text, m, men)
            if men.cue is not None and key in gz.generic:
                nx = _NEXT_WORD.match(text, m.end)
                if nx is not None:
                    men.after_f = fold_str(nx.group(1))
            for _, _, e in ent_spans.overlapping(m.start, m.end):
                if id(e) in broken:
                    continue  # "عين عيسى وسلوك" tagged PER from "عيسى": no person, so no veto on "سلوك"
                if e["end"] == m.end and e["start"] < m.prefix_start and \
                        fold_str(text[e["start"]:m.prefix_start]).strip() in LOCATIVES:
                    continue  # "على جوبر" tagged PER with its preposition: no name, a place after it
                if e["end"] == m.end and e["start"] < m.prefix_start and \
                        fold_str(text[e["start"]:m.prefix_start]).strip() in FRONT_NOUNS:
                    continue  # "جبهة حرستا" tagged ORG: the front at the town, not a body's name
                if e["start"] < m.end and m.start < e["end"]:
                    men.ner = e.get("type")
                    men.ner_span = (e["start"], e["end"])
                    # "جبل الزاوية" tagged LOC names a larger feature than the village الزاوية
                    men.ner_wider = e["start"] < m.prefix_start or e["end"] > m.end
                    men.ner_before = e["start"] < m.prefix_start
                    if men.ner in ("PER", "ORG", "MISC") and e["start"] > m.start and " " in key:
                        men.ner = None  # "وادي خالد غربي" tagged PER from "خالد": the name wins
                        broken.add(id(e))
                        continue
                    if men.ner in ("ORG", "PER") and e["start"] <= m.start and m.end <= e["end"]:
                        men.inside_name = True
                    if men.ner == "LOC":
                        break
            if key in gz.outlets and self._in_outlet_name(text, men):
                men.adjective = True  # «مراسل حلب اليوم», «تلفزيون سوريا»: an outlet's name
                out.append(men)
                continue
            men.adjective = (key in gz.adjective_names and men.cue is None and not men.locative
                             and men.ner != "LOC") or (self._ki(men).levels <= _COUNTRY_REGION and self._nisba(text, men)) \
                or (not men.prefix and self._adjective(text, men)) or (  # (the two methods' first tests, inlined)
                # "مناطق جديدة", "قرى عدة": an indefinite adjective after a plural noun, not a
                # village ("مخيمات البقاع" is an idafa: the camps of the Bekaa; a construct dual
                # "مدينتي جاسم ونوى" is always followed by the names it governs, never an adjective)
                men.cue is not None and (men.key in gz.stop or men.key in gz.soft_stop)
                and not key.startswith("ال") and _cue_word(men.cue) in _PLURAL_CUES
                and _cue_word(men.cue) not in _CONSTRUCT_DUALS) or (
                # "قرية صغيرة", "بلدة حدودية": a word that describes the village, not its name
                men.cue is not None and key in _NOT_VILLAGE_NAMES and _cue_word(men.cue) in _BEARING_CUES)
            out.append(men)
        # a direction word right after "ريف X" is part of the cue, not a village
        # (bisect into both sorted lists: a scan of every direction word and every mention per
        # cue was quadratic on long pages)
        drop = set()
        men_starts = [m.start for m in out]  # lexicon matches do not overlap: sorted
        for i, men in enumerate(out):
            if men.cue and fold_str(men.cue).startswith(("ريف", "ارياف")):
                find_directions()
                k = bisect_right(dir_starts, men.end)
                while k < len(dir_spans) and dir_spans[k][0] - men.end <= 2:
                    s, e = dir_spans[k]
                    k += 1
                    if not text[men.end:s].strip():
                        men.cue = text[men.cue_start:e]
                        j = bisect_left(men_starts, s)
                        while j < len(out) and out[j].start < e:
                            if out[j].end <= e:
                                drop.add(j)
                            j += 1
        out = [m for i, m in enumerate(out) if i not in drop]
        # "قرية الكرك الشرقي ونصيب": a name coordinated with the place before it is in the list too
        for prev, men in zip(out, out[1:]):
            if men.prefix_start - prev.end >= 20:
                continue  # (no list: skip slicing the text between)
            gap = text[prev.end:men.prefix_start]
            if 4 < len(gap) < 20 and gap[:1] == " " and all(fold_str(w) in _GOV_NISBA for w in gap.split()):
                gap = " "  # "حي الميدان الدمشقي والتضامن": the city's adjective ends the first name
            if (men.prefix.startswith("و") or gap.strip(" ،,\"«»“”") in ("و",)) and len(gap) <= 6 and \
                    not gap.strip(" ،,و\"«»“”"):  # (quotes too: «قرى "الحويز" و"الشريعة"»)
                men.locative = True
                men.list_prev = prev
                if prev.key.startswith("ريفي "):
                    find_directions()
                    self._second_countryside(text, men, dir_spans, dir_starts)
                # "قرى كنصفرة وتل شعير وزيزون": a plural place noun announces the whole list
                if men.cue is None and prev.cue is not None and (
                        _cue_word(prev.cue) in _PLURAL_CUES or self._same_kind_and_area(prev, men)):
                    men.cue, men.cue_order, men.cue_levels = prev.cue, prev.cue_order, prev.cue_levels
                    men.cue_start = None
                if men.ner in ("MISC", "PER") and men.ner_span is not None and men.ner_span[1] == men.end:
                    _list_not_a_name(men, gz)
        # "أعلنت موسكو وواشنطن", "اتهمت طهران إسرائيل": a capital or country joined to one that acts
        # here, or right after it, acts too (a second subject, the object)
        acting: set[int] = set()  # (the list's later names: "الولايات المتحدة وفرنسا وبريطانيا")
        for prev, men in zip(out, out[1:]):
            # (the object only after a verb of speech: "قصفت إسرائيل دمشق" hit a place)
            if prev.adjective and not men.adjective and (men.list_prev is prev or (
                    not men.prefix and 0 < men.start - prev.end <= 2 and not text[prev.end:men.start].strip()
                    and _actor_verb(prev.before_f, _capital_actors()[1]))):
                pki, mki = self._ki(prev), self._ki(men)
                if (mki.capital or mki.levels == _COUNTRY or men.key == _HOME_CAPITAL) and (id(prev) in acting or (
                        (pki.capital or pki.levels == _COUNTRY) and not prev.prefix and self._adjective(text, prev))):
                    men.adjective = True
                    acting.add(id(men))
        return out

    def _second_countryside(self, text: str, men: Mention, dir_spans: list, dir_starts: list) -> None:
        """"ريفي حماة الشمالي وإدلب الجنوبي": the name after the dual is a countryside too (with
        the direction written after it)."""
        end, d = men.end, ""
        k = bisect_left(dir_starts, men.end + 1)
        if k < len(dir_spans) and not text[men.end:dir_spans[k][0]].strip():
            end, d = dir_spans[k][1], " " + " ".join(fold_str(text[dir_spans[k][0]:dir_spans[k][1]]).split())
        key = f"ريف {men.key}{d}"
        if key in self.gz.by_key and all(self.gz.records[i]["level"] == "region" for i in self.gz.by_key[key]):
            men.key, men.cands, men.end = key, self.gz.by_key[key], end

    def _in_outlet_name(self, text: str, m: Mention) -> bool:
        """The mention is a word of an outlet's name written out around it, and the name is
        unambiguous: it holds a media noun ("تلفزيون سوريا") or one stands before it ("مراسل حلب
        اليوم"); a bare "حلب اليوم" may still be Aleppo today."""
        for before, after, media in self.gz.outlets[m.key]:
            pos, ok = m.end, True
            for w in after:
                nx = _NEXT_WORD.match(text, pos)
                if nx is None or fold_str(nx.group(1)) != w:
                    ok = False
                    break
                pos = nx.end()
            start = m.prefix_start if not before else m.start
            for w in reversed(before):
                wb = _word_before(text, start) if ok else None
                if wb is None or not fold_str(wb[0]).endswith(w):
                    ok = False
                    break
                start = wb[1]
            if not ok:
                continue
            if media:
                return True
            wb = _word_before(text, start)
            if wb is not None and _head_word(fold_str(wb[0]), self.gz.media_heads):
                return True
        return False

    def _last_of_list(self, text: str, m: Mention, prev: dict) -> bool:
        """A stop-listed town name ("الحراك" is also "the movement") joined by و right after a
        placed town, with a namesake in that town's governorate, ending the clause: the list's
        last town ("…والحراك الثوري" goes on with an adjective: not a town)."""
        if not m.prefix.startswith("و") or m.key not in self.gz.stop or m.key in self.gz.generic or m.adjective \
                or prev.get("kind") in (None, "country", "governorate") or not 0 <= m.prefix_start - prev["end"] <= 1:
            return False
        nxt = text[m.end:m.end + 1]
        if nxt and nxt not in ".،,؛;:!?؟)\n" and not text.startswith((" و", " في ", " ب"), m.end):
            w = _NEXT_WORD.match(text, m.end)
            if not (w and fold_str(w.group(1)) in self.gz.list_end):
                return False  # "…والحراك الثوري": an adjective goes on; "…والزهراء خلال آذار" ends the list
        prev_area = prev.get("admin1_en") if prev.get("country") == "SYR" else prev.get("country_en")
        return any(self._area(self.gz.records[i]) == prev_area for i in m.cands)

    def _inside_list(self, m: Mention, prev: dict, nxt: Mention) -> bool:
        """A stop-listed name that is a well-known town ("الحراك" is also "the movement"), joined
        by و between a placed town and a plain town name ("في دير الزور والحراك وسراقب"): a
        list of towns, wherever each lies (a common word is not sandwiched between two towns)."""
        if not m.prefix.startswith("و") or m.key not in self.gz.stop or m.key in self.gz.generic or m.adjective \
                or m.ner in ("PER", "ORG") or not 0 <= m.prefix_start - prev["end"] <= 1 or prev.get("id") is None:
            return False
        if nxt.list_prev is not m or not nxt.prefix.startswith("و") or not self._plain_name(nxt) \
                or self._accept(nxt) is None:
            return False
        return any(self.gz.records[i]["known"] and self.gz.records[i]["level"] in _TOWN_LEVELS for i in m.cands)

    def _plain_name(self, m: Mention) -> bool:
        """A name with nothing against it: no stop word, adjective, person or organisation tag."""
        return not (m.ner in ("PER", "ORG", "MISC") or m.key in self.gz.stop or m.key in self.gz.soft_stop
                    or m.adjective or m.inside_name or self._clitic_doubt(m) or m.key in self.gz.cues)

    def _told_here(self, text: str, m: Mention, mentions: list[Mention]) -> bool:
        """An apposition after m says it is a place (told_places.py), and a Syrian governorate the places named in
        it lie in is one of m's («الحفاير، وهي منطقة تتبع بلدة خان أرنبة»: not the Hasakah village of that name)."""
        end = told_by_apposition(text, m.end, self._ki(m).levels)
        if not end:
            return False
        stop = text.find(".", end)
        stop = end + _NEARBY_CHARS if stop < 0 else min(stop, end + _NEARBY_CHARS)
        there = {a for n in mentions if m.end < n.start < stop and not n.adjective and n.key not in self.gz.stop
                 and n.key not in self.gz.soft_stop for a in self._ki(n).areas
                 if len(self._ki(n).areas) == 1 and a in _SYRIAN_ADMIN1 and a != "Syria"}  # («الشرقية»: a word)
        return not there or bool(there & self._ki(m).areas)

    def _list_support(self, m: Mention, group: list[Mention]) -> bool:
        """Names joined by و after a locative support each other when they can lie in one
        governorate or in two that share a border (adjacent_governorates.tsv); the areas that
        supported it are kept on the mention for choosing among its namesakes."""
        if len(group) < 2 or not (group[0].locative or group[0].cue):
            return False
        if m.key in self.gz.stop and not (m.adjective or m.inside_name or m.ner in ("PER", "ORG")
                                          or self._clitic_doubt(m)):
            return self._same_district(m, group)
        if not self._plain_name(m) and not (
                m.ner in ("PER", "MISC") and not m.ner_before and not m.adjective
                and m.key not in self.gz.stop and m.key not in self.gz.soft_stop):
            # "على الكلاسة وبستان القصر أوقعت", "مخيمات أطمة وكفرلوسين غرقت" tagged PER from the
            # name on (given names are stop-listed): its list-mates may still place it
            return False
        recs = self.gz.records
        areas = {self._area(recs[i]) for i in m.cands}
        near: set[str] = set()
        same: set[str] = set()
        for o in group:
            if o is not m and (self._plain_name(o) or o.cue):
                for i in o.cands:
                    a = self._area(recs[i])
                    same.add(a)
                    near |= self.gz.adjacent.get(a, {a})
        m.list_areas = frozenset(areas & near)
        m.list_same = frozenset(areas & same)
        return bool(m.list_areas)

    def _same_district(self, m: Mention, group: list[Mention]) -> bool:
        """"إلى نبل والزهراء": a name that is also a common word is a place when a plain list-mate
        can lie in the same district (the governorate alone is too wide a net for a common word)."""
        recs = self.gz.records
        mine = {(recs[i]["admin1_en"], recs[i]["admin2_en"]) for i in m.cands if recs[i]["admin2_en"]}
        for o in group:
            if o is not m and self._plain_name(o):
                both = mine & {(recs[i]["admin1_en"], recs[i]["admin2_en"]) for i in o.cands}
                if both:
                    m.list_areas = m.list_same = frozenset(a for a, _ in both)
                    return True
        return False

    def _same_kind_and_area(self, prev: Mention, men: Mention) -> bool:
        """"حي الميدان والتضامن": a name joined to a cued one shares its cue when it can be a
        place of the kind the cue announces in the same governorate (two quarters of one city)."""
        levels = prev.cue_levels or frozenset()
        recs = self.gz.records
        if any(recs[i]["level"] in _NAMED_KINDS for i in men.cands):
            return False  # "ومخيم اليرموك" names its own kind
        areas = {self._area(recs[i]) for i in prev.cands if recs[i]["level"] in levels}
        return any(recs[i]["level"] in levels and self._area(recs[i]) in areas for i in men.cands)

    def _cue(self, text: str, m: Match, men: Mention) -> None:
        wb = men.before = _word_before(text, m.prefix_start)
        if m.prefix and m.prefix in ("ب", "وب", "ل", "ول", "فب", "بال", "وبال", "لل"):  # (folded already)
            men.locative = True
        if wb is None:
            return
        word, ws = wb
        f = men.before_f = fold_str(word)
        for cand in (f, f[1:] if f[:1] in "وفبل" else None, f[2:] if f[:2] in ("وب", "ول", "فب", "فل") else None):
            if cand and cand in self.gz.cues:
                men.cue, men.cue_order, men.cue_start = word, self.gz.cues[cand], ws
                men.cue_levels = _levels_of(men.cue_order)
                men.locative = True
                return
        if f in LOCATIVES or (f[:1] == "و" and f[1:] in LOCATIVES) or part_locative(f) or (
                _head_word(f, _WEAK_HEADS) and not _PLACED_IN_TOWN.match(text, m.end)):
            men.locative = True
        elif not m.prefix and (f in self.gz.place_verbs or (f[:1] in "وف" and f[1:] in self.gz.place_verbs)
                               or _head_word(f, self.gz.name_heads)):
            # "واصلت الطائرات قصف حمورية", "اقتحمت سقبا": the verb right before; "مستشفى
            # كفرنبودة": a hospital named after its town stands there
            men.locative = True
        elif not m.prefix and men.key not in self.gz.adjective_names and self._verb_then_subject(text, m.prefix_start):
            # («دخلت أرتال تركية جديدة»: a name that is also an adjective agrees with the subject)
            men.locative = True  # "قصفت قوات النظام الهبيط": the verb, its subject, then its object

    def _verb_then_subject(self, text: str, pos: int) -> bool:
        """A place verb at most four words before pos with only its subject between: words with no
        preposition, place noun or figure («قصفت قوات النظام | X», «اقتحمت دورية للأمن العسكري | X»:
        a genitive «لل» inside the subject is no preposition). Weak evidence, as a verb right before is:
        the name still needs the document's places or a container after it to be placed."""
        words: list[str] = []
        for _ in range(SUBJECT_WORDS + 1):
            wb = _word_before(text, pos)
            if wb is None:
                break  # (punctuation or a line break: the clause ends)
            word, pos = wb
            words.append(fold_str(word))
        return verb_before_object(words[::-1])

    def _nisba(self, text: str, m: Mention) -> bool:
        """A country name in adjective form: "السورية" (countries take no article), or "سورية"
        right after a plural or adjective ("مصادر سورية", "مواقع عسكرية سورية")."""
        if not self._ki(m).levels <= _COUNTRY_REGION:
            return False
        if m.ner == "LOC" and m.ner_wider:
            return False  # "الجمهورية العربية السورية" tagged as one place name
        if "\u064b" in text[m.end - 1:m.end + 1] or text[m.end:m.end + 1] == "ا":
            return True  # "المدعوم روسياً", "روسيا": tanween makes an adverb, not the country
        definite = m.key.startswith("ال")  # "السعودية": a country named with the article
        if not definite and ("ال" in m.prefix or m.prefix.endswith("لل")):
            return True  # "الحكومة السورية": Syria's name takes no article, the adjective does
        if m.prefix == "و" and m.key.endswith("يه"):
            return self._coordinated_nisba(text, m)  # "طائرات روسية وسورية"
        if m.prefix or not m.key.endswith("يه"):
            return False
        wb = m.before
        if wb is None or wb[1] + len(wb[0]) != m.start - 1:
            return False
        f = m.before_f
        if f[:1] in "ولبف" and len(f) > 4 and f[1:2] != "ا" and f not in self.gz.nisba_heads:
            f = f[1:]  # "لسيدة سورية"; not "فصائل سورية" (ف is the word's own letter)
        if f in LOCATIVES or f in self.gz.cues or f in self.gz.by_key:
            return False  # "في سورية", "إلى السعودية": the country
        if definite:
            # "القوات السعودية", "المصادر السعودية": an adjective agrees with a definite plural or
            # feminine noun ("غادر الرئيس السعودية" is a verb's object: masculine, so not matched)
            if not f.startswith("ال") or f[2:] in self.gz.cues:
                return False
            core = f[2:]
            return f in self.gz.nisba_heads or core in self.gz.nisba_heads or (
                len(core) > 2 and core.endswith(("ات", "ه")))
        if f.startswith("ال"):
            return False  # "شمال سورية" (idafa) and the like: the country
        # "مصادر سورية", "قوات سورية", "عائلة سورية", "لاجئة سورية": the adjective after an
        # indefinite plural or feminine noun
        return f in self.gz.nisba_heads or (len(f) > 3 and f.endswith(("ات", "يه", "ه")))

    def _coordinated_nisba(self, text: str, m: Mention) -> bool:
        """"طائرات روسية وسورية", "مصادر تركية وسورية": "و" + a country's nisba form after
        another nationality adjective (a word in -ية that names no place) is an adjective too;
        "في تركيا وسورية", "بين السعودية وسورية" name countries."""
        wb = m.before
        if wb is None or wb[1] + len(wb[0]) != m.prefix_start - 1:
            return False
        f = m.before_f
        return len(f) > 4 and f.endswith("يه") and not f.startswith("ال") and f not in self.gz.by_key \
            and f not in LOCATIVES

    def _adjective(self, text: str, m: Mention) -> bool:
        """"انتفاضتهم السلمية", "الحلول السلمية": a town whose name has the shape of a definite
        adjective (السلمية, الحميدية) right after a definite noun or a noun with a possessive
        suffix agrees with that noun; it names no place. A country right after a verb that it is
        the subject of ("شنت إسرائيل غارات") is an actor, not where something happened."""
        if m.prefix:
            return False
        wb = m.before  # (no prefix: the word before the name itself)
        if wb is None or wb[1] + len(wb[0]) != m.start - 1:
            return False
        f = m.before_f
        if _head_word(f, self.gz.media_heads):
            return True  # "لموقع الخابور", "شبكة دير الزور 24": an outlet's name
        if f in _DEMONSTRATIVES and m.key.startswith("ال"):
            return True  # "هذا الحراك الدبلوماسي": a demonstrative points at a common noun
        if _head_word(f, self.gz.org_heads):
            nx = _NEXT_WORD.match(text, m.end)  # "مركز حرمون للدراسات": an organisation's name
            if nx is not None and nx.group(1).startswith(("لل", "ل")) and len(nx.group(1)) > 4 and \
                    fold_str(nx.group(1))[1:] not in self.gz.by_key and fold_str(nx.group(1))[2:] not in self.gz.by_key:
                return True
            if nx is not None and fold_str(nx.group(1).rstrip("\u060c\u061b\u061f")) in _ORG_QUALIFIERS:
                return True  # "مجلس دير الزور العسكري": a council named after its town
        if f in _ORG_DOMAINS or (f[:1] in "وب" and f[1:] in _ORG_DOMAINS):
            wb2 = _word_before(text, wb[1])  # "مديرية صحة إدلب": a public body's name
            if wb2 is not None and (_head_word(fold_str(wb2[0]), self.gz.org_heads)
                                    or _head_word(fold_str(wb2[0]), _BODY_HEADS)):
                return True
        ki = self._ki(m)
        if _head_word(f, self.gz.name_heads) and ki.far_or_country:
            # "مشفى القدس" in Aleppo: the thing's own name (while "مستشفى الرمثا" lies in Ramtha,
            # where Syrians cross and are treated)
            return True
        if ki.levels == _COUNTRY:
            return f in self.gz.actor_verbs or (f[:1] in "وف" and f[1:] in self.gz.actor_verbs)
        if ki.capital:
            # "قالت واشنطن", "أعلنتها موسكو": the government; "وكانت أنقرة قد أعلنت" too
            verbs = _capital_actors()[1]
            if _actor_verb(f, verbs):
                return True
            nx = _NEXT_WORD.match(text, m.end)
            if nx is None:
                return False
            if f in _WAS and nx.group(1) == "قد":
                nx2 = _NEXT_WORD.match(text, nx.end())
                return nx2 is not None and _actor_verb(fold_str(nx2.group(1)), verbs)
            # "صعّدت موسكو غاراتها": a capital between a past verb and a noun that is its own
            # ("its raids") acts; a place would not own the thing done in it
            return f.endswith("ت") and len(f) >= 4 and f not in self.gz.cues and f not in LOCATIVES \
                and nx.group(1).endswith("تها")
        if not (m.key.startswith("ال") and m.key.endswith("يه") and " " not in m.key):
            return False
        if f in LOCATIVES or f in self.gz.cues or f in self.gz.by_key or f[2:] in self.gz.cues:
            return False  # "في السلمية", "مدينة السلمية", "ريف السلمية"
        definite = f.startswith("ال") and len(f) > 4
        possessed = len(f) > 4 and f.endswith(("تهم", "تها", "ته", "تنا", "اتهم", "اتها", "هم", "ها"))
        return definite or possessed

    def _clitic_doubt(self, m: Mention) -> bool:
        """"فرقة" is a word, not ف + رقة: a glued one-letter particle before a short name, or
        before a name whose usual form has the article (الرقة), is not enough to read a place."""
        if not m.prefix or "ال" in m.prefix or m.prefix.endswith("لل") or m.key.startswith("ال"):
            return False
        if m.key in self.gz.twins:
            return True
        recs = self._ki(m).recs
        if len(m.key) <= 4 and m.prefix[-1:] in "فك" and not any(
                r["level"] in ("country", "governorate") for r in recs):
            return True
        # "بجروح", "بإسقاط": ب/ل before an obscure village name is a preposition on a word
        return m.prefix in ("ب", "ل", "ف", "ك") and all(r["level"] == "locality" and not r["known"] for r in recs)

    # -- acceptance and scoring ---------------------------------------------------------------
    def _accept(self, m: Mention) -> str | None:
        """The evidence that makes this hit a place, or None."""
        if m.key in self.gz.cues or (m.key.startswith("ال") and m.key[2:] in self.gz.cues):
            if m.cue and m.cue_levels and "neighbourhood" in m.cue_levels and "governorate" not in m.cue_levels \
                    and "neighbourhood" in self._ki(m).levels:
                # "حي المحافظة" in Aleppo: a quarter named by a cue word (not after a plural cue,
                # "أحياء المدينة", whose name may be any area)
                return "cue"
            return None  # "ريف المدينة": the cue word itself is no place
        ki = self._ki(m)
        if " " in m.key and ki.levels <= _NAMED_KINDS:
            # "مطار أبو الظهور العسكري", "ريف حماة الشمالي": a whole facility or region name is a
            # place even where the NER tags it (or a word of it) as an organisation or a person;
            # not when a longer name starts before it ("قائد معبر باب الهوى" is still a place)
            # ("بريف اللاذقية": a preposition glued to the name ends any name before it)
            return None if (m.ner in ("ORG", "PER") and m.ner_before and m.inside_name
                            and not m.prefix.endswith("ب")) else "known"
        if not m.adjective and not m.ner_wider and m.locative and (
                (m.ner == "PER" and " " in m.key) or m.ner == "MISC") and ki.any_known:
            # "من جيلان بينار", "قرب المالكية": a whole known town after a locative, not a person
            # or a miscellaneous name
            return "known"
        if m.ner == "ORG" and not m.adjective and not m.ner_wider and m.locative and m.key not in self.gz.stop \
                and m.key not in self.gz.soft_stop and ki.any_known and ki.levels <= _SEAT_LEVELS:
            # "بعد سيطرتها على النبك" tagged ORG: a district's seat, whole, after a locative
            return "known"
        if m.locative and " " in m.key and not m.adjective and not m.inside_name and m.ner is None \
                and m.key not in self.gz.stop and len(ki.areas) == 1 and ki.levels <= _TOWN_LEVELS:
            # "من بصر الحرير": a name of two or more words that the gazetteer places in one area
            # only, right after a locative, is that town (one word alone could be a common noun)
            return "known"
        if m.ner in ("PER", "ORG", "MISC") and not m.adjective and not m.ner_before and not m.ner_wider \
                and m.before_f in _DIRECTION_WORDS and m.before is not None and ki.any_known:
            return "known"  # "شرقي القامشلي" with the town tagged ORG: a direction says where
        if m.ner in ("PER", "ORG", "MISC") and not m.adjective and (
                not m.ner_wider or (m.before is not None and m.before_f in _DIRECTION_WORDS)) and (
                "governorate" in ki.levels or "country" in ki.levels):
            # "وطرطوس (503)" tagged ORG, "غربي حلب" inside a PER span: a governorate or a
            # country named alone, or right after a direction, is the place
            return "known"
        if m.adjective or (m.inside_name and not m.cue):
            return None  # "قوات سورية"; "هيئة تحرير الشام" (a cue word outweighs the NER: "بلدة نوى")
        if m.key in self.gz.generic:
            # "المدينة", "الريف": only a village cue ("قرية المدينة") makes these a place; "مناطق
            # الساحل", "قرى الساحل": a plural place noun before a region's one-word name does too
            if m.cue and fold_str(m.cue) in _VILLAGE_CUES:
                return "cue"
            if m.cue and _cue_word(m.cue) in _PLURAL_CUES and "region" in ki.levels:
                nf = m.after_f  # (not "مدن الساحل اللبناني": another country's coast)
                return None if nf.startswith("ال") and nf.endswith("ي") and nf not in _DIRECTION_WORDS \
                    and nf != "السوري" else "cue"
            return None
        if self._clitic_doubt(m):
            if m.cue:
                return "cue"
            return "ner" if m.ner == "LOC" and not m.ner_wider else None
        if m.cue:
            return "cue"
        if m.key in self.gz.stop:
            return None  # even a LOC tag does not make these a village
        if m.ner == "LOC":
            if m.ner_wider and m.key in self.gz.soft_stop:
                return None  # "الجامع الكبير" tagged LOC: «كبير» is the name's adjective, not a village
            return "ner-part" if m.ner_wider else "ner"
        if m.ner in ("PER", "ORG", "MISC"):
            return None  # part of a name: "مركز حرمون", "جامعة دمشق"
        if m.key in self.gz.soft_stop:
            return None
        if ki.any_known or ki.levels != _LOCALITY:
            return "known"
        return None

    def _strong_admin1(self, kept: list[Mention]) -> Counter:
        """Governorates (or foreign countries) of confidently placed mentions (a plain dict with
        Counter's type: every reader asks ``.get``; a Counter costs more to make and fill)."""
        c: dict[str, int] = {}
        for m in kept:
            areas = self._ki(m).areas
            if len(areas) == 1:
                a = next(iter(areas))
                c[a] = c.get(a, 0) + 1
        return c  # type: ignore[return-value]

    @staticmethod
    def _area(r: dict) -> str:
        return r["admin1_en"] if r["country"] == "Syria" and r["admin1_en"] else (r["country"] or r["name_en"])

    def _of_area(self, text: str, m: Mention, area: str) -> bool:
        """The gazetteer holds a town or village of m's name in `area` (a governorate), and no adjective
        follows the name («في الحراك الشعبي بريف درعا»: the word, the container its story's)."""
        nx = _NEXT_WORD.match(text, m.end)
        nf = fold_str(nx.group(1)) if nx is not None else ""
        if nf.startswith("ال") and nf.endswith(("ي", "يه", "ية")) and nf not in _DIRECTION_WORDS:
            return False
        return any(self._area(self.gz.records[i]) == area and self.gz.records[i]["level"] in _TOWN_LEVELS
                   for i in m.cands)

    def _coherent(self, m: Mention, strong: Counter) -> bool:
        if m.ner in ("PER", "ORG", "MISC") or m.key in self.gz.stop or m.adjective or self._clitic_doubt(m):
            return False
        return self._in_named_area(m, strong)

    def _in_named_area(self, m: Mention, strong: Counter) -> bool:
        """A candidate of m lies in (or beside: Damascus and Rural Damascus) a governorate the document places
        towns in."""
        return any(strong.get(a) or any(strong.get(p) for p in self.gz.paired.get(a, ()))
                   for a in self._ki(m).area_list)

    @staticmethod
    def _places_close_by(text: str, m: Mention, scored: list, docs: list[float], areas: list[str],
                         near: set[str], anchors: "_Anchors") -> None:
        """Places of one area in the same sentence, close by ("الفارين من سنجار إلى … قرب ربيعة"):
        weaker than a governorate named next to the mention, stronger than the document's other
        places (the same evidence, nearer: the larger of the two counts); list-mates already told
        it ("في عين العرب وتل رفعت والمالكية": Derik, the well-known town, stays). A namesake in the
        district of such a place gains a little ("رأس العين قرب يبرود"). Asked only when a rival
        lies within reach of what this can add (2.3)."""
        top, best = max(scored, key=_FIRST)
        if not any(x[0] >= top - 2.3 and x[1] is not best and not _same_place(x[1], best) for x in scored):
            return
        near_pl = anchors.areas_near(text, m.start, m.end)
        if not near_pl:
            return
        for j, (s, r) in enumerate(scored):
            area = areas[j]
            if area in near_pl and area not in near and area not in m.list_areas and docs[j] < 2.0:
                s += 2.0 - docs[j]
            if f"{area}/{r['admin2_en']}" in near_pl:
                s += 0.3
            scored[j] = (s, r)

    def _lil_names(self, f: Folded, found: list[Match]) -> list[Match]:
        """"المقابل للبوكمال": «ل» + «البوكمال» is written «للبوكمال», and the lexicon's proclitics
        leave «بوكمال», which is no name (nor may a bare «باب» become one): the names after «لل»
        (of up to three words, the longest known), added to the lexicon's matches."""
        by_key, firsts = self.gz.by_key, self.gz.al_firsts
        extra: list[Match] = []
        taken = None
        ft = f.text
        i = ft.find("لل")
        while i >= 0:
            mt = _LIL_WORD.match(ft, i - 1 if i and ft[i - 1] in "وف" else i)
            i = ft.find("لل", i + 2)
            if mt is None or mt.group("w") not in firsts:
                continue  # (most «لل» words are no name: «للأمم», «للحرب»)
            if mt.start() and (ft[mt.start() - 1].isalnum() or ft[mt.start() - 1] == "_"):
                continue
            words = [w for w in mt.group("w", "w2", "w3") if w]
            while words and "ال" + " ".join(words) not in by_key:
                words.pop()
            if not words:
                continue
            i = mt.start("w")
            j = i + len(" ".join(words))
            s, e = f.span(i, j)
            ws = f.orig_index(mt.start())
            if taken is None:
                taken = _Spans([(m.prefix_start, m.end, None) for m in found])
            if taken.overlapping(ws, e):
                continue  # the lexicon read these words already («للرقة»: «رقة» is a name)
            extra.append(Match(s, e, f.original[s:e], "ال" + " ".join(words), "ال" + " ".join(words),
                               f.text[mt.start():i], ws))
        if not extra:
            return found
        return sorted(found + extra, key=lambda m: m.prefix_start)

    def _across_in_context(self, m: Mention, strong: Counter) -> bool:
        """A town across the border whose name is also a common word («القائم», «الزرقاء»), right
        after «في/من/إلى», in a text that places something in that country or on its border."""
        if m.adjective or m.ner in ("PER", "ORG") or m.inside_name or m.prefix or m.before_f not in _PLAIN_LOCATIVES:
            return False
        ki = self._ki(m)
        if not ki.levels <= _TOWN_OR_CITY:
            return False
        for r in ki.recs:
            near = self.gz.across.get(r["country"]) if r["country"] != "Syria" else None
            if near is not None and any(strong.get(a) for a in near):
                return True
        return False

    def _containers(self, text: str, mentions: list[Mention], kept: list[Mention]) -> None:
        """"جبل الشعرة في محافظة اللاذقية", "قرى الصخر والقاهرة بريف حماة": a governorate (or its
        countryside) named right after a place, or after a list of places, is where they are; it
        wins over namesakes elsewhere, in other governorates or abroad."""
        gz = self.gz
        for m in mentions:  # "حي جوبر الدمشقي", "مدينة الباب الحلبية": the adjective names it
            if not text.startswith(" ال", m.end):
                continue
            nx = _NEXT_WORD.match(text, m.end)
            if nx:
                gov = _GOV_NISBA.get(fold_str(nx.group(1)))
                if gov and any(self._area(gz.records[i]) == gov for i in m.cands):
                    m.container = gov
        for m, n in zip(mentions, mentions[1:]):
            if m.container is not None:
                continue
            edge = n.cue_start if n.cue_start is not None else n.prefix_start
            gap_len = edge - m.end  # (most pairs lie further apart, with no bearing between)
            if (gap_len <= 8 and n.cue is not None) or (2 < gap_len <= 30 and _STEM_RE.search(text, m.end, edge)):
                self._town_after(text, m, n, edge)
        kept_ids = None
        for j, n in enumerate(mentions):
            if j == 0 or not (n.locative or n.cue):
                continue
            area = self._container_area(n.key)
            if area is None:
                continue
            if kept_ids is None:
                kept_ids = {id(m) for m in kept}
            if id(n) not in kept_ids:
                continue
            alt = None  # "في ريفي حماة الشمالي وإدلب": the list may lie in either
            if n.key.startswith("ريفي ") and j + 1 < len(mentions) and mentions[j + 1].key.startswith("ريف ") \
                    and mentions[j + 1].prefix.startswith("و"):
                alt = self._container_area(mentions[j + 1].key)
            edge = n.cue_start if n.cue_start is not None else n.prefix_start
            # "X في محافظة Y", "X بريف Y": only a locative introduces the container ("القلمون
            # وريف حمص" names two places side by side)
            cue_f = fold_str(n.cue) if n.cue else ""
            intro = n.prefix.endswith("ب") or cue_f.startswith(("ب", "وب"))
            k = j - 1
            first = True
            while k >= 0:
                m = mentions[k]
                levels = {gz.records[i]["level"] for i in m.cands}
                if levels & {"governorate", "country"} or levels <= {"district", "region", "subdistrict"}:
                    break  # "دمشق وحلب … في إدلب": governorates are not inside one another
                gap = fold_str(text[m.end:edge])
                if "\n" in gap or any(ch in gap for ch in ".؛:()«»!؟"):
                    break
                words = gap.replace("،", " ").replace(",", " ").split()
                if first:
                    while words and words[-1] in _CONTAINER_GAP:
                        intro = intro or words[-1] in _CONTAINER_INTRO
                        words.pop()
                    if len(words) == 1 and words[0].startswith("ال") and words[0].endswith(("ي", "يه")):
                        words.pop()  # "جبل الشعرة الاستراتيجي في محافظة اللاذقية": its adjective
                    if not intro:
                        break
                    # what is left is the rest of a list: "والعمقية"، "، العمقية"
                    if len(words) > 3 or not all(w.startswith("و") or "،" in gap or "," in gap for w in words):
                        break
                    first = False
                elif any(w != "و" for w in words) or len(gap) > 4:
                    break  # a list: "الصخر والقاهرة"، "الصخر، القاهرة"
                m.container = area
                if alt and not any(self._area(gz.records[i]) == area for i in m.cands) and any(
                        self._area(gz.records[i]) == alt for i in m.cands):
                    m.container = alt
                edge = m.prefix_start if m.cue_start is None else m.cue_start
                k -= 1

    def _town_after(self, text: str, m: Mention, n: Mention, edge: int) -> None:
        """A town named right after a quarter or village says where it lies: "حي المحطة بمدينة رأس
        العين" (in the one area both names share: each may have namesakes elsewhere); "قرية الحويجة
        شمال بلدة الرحيبة" (a bearing: in the town's governorate; where the gazetteer has no such
        village there, it is reported there without an id, see _in_container, rather than as a
        namesake in another governorate)."""
        gap_len = edge - m.end
        if n.cue is not None and 0 <= gap_len <= 8 and _cue_word(n.cue) in _TOWN_CUES:
            gap = fold_str(text[m.end:edge]).split()
            if gap in ([], ["في"], ["داخل"], ["وسط"]) and (gap or fold_str(n.cue).startswith("ب")):
                mki, nki = self._ki(m), self._ki(n)
                if len(mki.areas) > 1 and {"neighbourhood", "locality"} & mki.levels:
                    shared = mki.areas & nki.areas
                    if len(shared) == 1:
                        m.container = next(iter(shared))
                        if len(nki.areas) > 1 and n.container is None:
                            n.container = m.container
                return
        if not 2 < gap_len <= 30:
            return
        if not (m.locative or (m.cue and _cue_word(m.cue) in _BEARING_CUES)):
            return
        nki = self._ki(n)
        areas = nki.areas if len(nki.areas) == 1 else {self._area(r) for r in nki.recs if r["known"]}
        if len(areas) != 1 or not nki.levels & _SEAT_LEVELS:
            return
        area = next(iter(areas))
        mki = self._ki(m)
        if area not in _SYRIAN_ADMIN1:
            return
        if mki.areas == areas:
            # (a name the gazetteer places in the town's area only: nothing to choose; a name of the stop list,
            # «في الحراك شرقي درعا», is told a place by the bearing: its container, for `resolve` to accept it)
            if m.key in self.gz.stop and m.locative and _bearing(text, m.end, edge) is not None:
                m.container = area
            return
        if mki.levels and mki.levels <= _WIDE_LEVELS:
            return  # "البادية شرق مدينة السخنة": a wide region the bearing points into, no village of the town
        code = _bearing(text, m.end, edge)
        if code is None:
            return
        if area not in mki.areas:
            # "التل شمال دمشق": Damascus is the city alone; the villages around it lie in Rural
            # Damascus (a namesake there is the village)
            area = _AROUND_CITY.get(area, area)
        m.container = area
        m.bearing = (code, n.start, n.end)

    def _container_area(self, key: str) -> str | None:
        """The Syrian governorate a name can contain places of (a governorate or a region inside
        one: "اللاذقية", "ريف حماة الشمالي"), cached per name."""
        cache = self.gz.container_cache
        if key in cache:
            return cache[key]
        recs = [self.gz.records[i] for i in self.gz.by_key[key]]
        areas = {self._area(r) for r in recs}
        area = None
        if len(areas) == 1 and any(r["level"] in ("governorate", "region") and r["admin1_en"] for r in recs):
            area = areas.pop()
            if area not in _SYRIAN_ADMIN1:
                area = None
        cache[key] = area
        return area

    def _in_container(self, text: str, m: Mention) -> dict:
        """A name the text places in a governorate where the gazetteer has no such place: reported
        in that governorate, without an id ("جبل X" keeps its feature word)."""
        gov = self.gz.governorates[m.container]
        start, kind = m.start, "locality"
        wb = _word_before(text, m.prefix_start)
        if not m.prefix and wb and fold_str(wb[0]) in _FEATURES and wb[1] + len(wb[0]) + 1 == m.start:
            start, kind = wb[1], "region"
        surface = text[start:m.end]
        rec = _record(text, start, m.end, dict(gov, id=None, name_ar=surface, name_en=None, kind=kind,
                                                level=kind, admin2_en=None, admin3_en=None), 0.5)
        rec.update(cue=m.cue, source="gazetteer-context")
        if m.bearing is not None:  # (the town's id, names and position: _near_town, once it is placed)
            code, s, e = m.bearing
            rec.update(near=_near(text, m.end, s, e, code, None), geo_precision=2)
        return rec

    def _their_countryside(self, text: str, out: list[dict], covered: list[tuple[int, int]]) -> list[dict]:
        """"الريف الشرقي للمحافظة", "ريف المدينة الشمالي", "ريفها الغربي": the countryside of the
        governorate the text is about (the last Syrian place named before, else none)."""
        res: list[dict] = []
        if "ريف" not in text:
            return res  # (most texts: skip the pattern scan)
        syr: list[dict] = []
        syr_ends: list[int] = []
        cov = None  # (built at the first match: most texts with «ريف» name a governorate's countryside)
        # every match holds "ريف" at most 4 characters after its start ("وب" or "في", "ال"), and after
        # it «ها», «لل/ل» + «محافظة/مدينة» past a direction, or «المحافظة/المدينة»: tried only there
        found: set[int] = set()
        k = text.find("ريف")
        while k != -1:
            tail = text[k + 3:k + 45]
            if tail.startswith("ها") or "لمحافظ" in tail or "لمدين" in tail or \
                    tail.lstrip().startswith(("المحافظ", "المدين")):
                found.update(range(max(0, k - 4), k + 1))
            k = text.find("ريف", k + 3)
        for mt in finditer_at(_THEIR_RIF, text, sorted(found)):
            s, e = mt.start("w"), mt.end()
            if cov is None:
                syr = sorted((r for r in out if r.get("admin1_en") and r.get("country") == "SYR"), key=lambda r: r["end"])
                syr_ends = [r["end"] for r in syr]
                cov = _Spans([(a, b, None) for a, b in covered])
            if cov.overlapping(s, e):
                continue
            before = None
            k = bisect_left(syr_ends, s + 1)
            if k:
                before = syr[k - 1]
            if before is None:
                continue
            if mt.group("w") == "ريفها" and not (0 < s - before["end"] <= 3 and text[before["end"]:s].strip() == "و"):
                continue  # a bare "وريفها" only right after its city: "إدلب وريفها"
            gov = self.gz.governorates.get(before["admin1_en"])
            gov_id = gov["id"] if gov else None
            d = mt.group("d1") or mt.group("d2") or mt.group("d3")
            code = _DIR_CODE.get(" ".join(fold_str(d).split())) if d else None
            reg = self.gz.by_id.get(f"RG-{gov_id}-countryside{'-' + code if code else ''}")
            if reg is None:
                continue
            rec = _record(text, s, e, reg, 0.6)
            rec.update(cue=None, source="context")
            res.append(rec)
        return res

    def _named_countryside(self, text: str, out: list[dict]) -> list[dict]:
        """"الريف الغربي لمدينة سري كانيه": the countryside of a town named after «لمدينة/لبلدة»,
        when the town is the seat of a sub-district or district (shares its name): that unit's
        countryside region, over the whole phrase."""
        res: list[dict] = []
        for town in out:
            st = town["start"]
            if town.get("kind") != "locality" or town.get("country") != "SYR" or town.get("id") is None \
                    or "ريف" not in text[max(0, st - 40):st]:
                continue  # (the phrase before the town holds «ريف» at most 40 characters before it)
            mt = None
            k = text.find("ريف", max(0, st - 40), st)
            while k != -1 and mt is None:
                for s0 in range(max(0, k - 4), k + 1):  # («وب»، «في» or «ال» before «ريف»)
                    m2 = _NAMED_RIF.match(text, s0, st)
                    if m2 is not None and m2.end() == st:
                        mt = m2
                        break
                k = text.find("ريف", k + 1, st)
            if mt is None:
                continue
            rec = self.gz.by_id.get(town["id"])
            if rec is None:
                continue
            names = {fold_str(n) for n in rec["names_ar"]}
            end, d = town["end"], mt.group("d")
            if d is None:
                da = _DIR_AFTER.match(text, end)
                if da is not None:
                    end, d = da.end(), da.group("d")
            code = _DIR_CODE.get(" ".join(fold_str(d).split())) if d else None
            reg = None
            for level, en in (("subdistrict", rec.get("admin3_en")), ("district", rec.get("admin2_en"))):
                for i in self.gz.by_key.get(fold_str(rec["name_ar"]), ()):
                    u = self.gz.records[i]
                    if u["level"] == level and u["name_en"] == en and u["admin1_en"] == rec["admin1_en"] \
                            and names & {fold_str(n) for n in u["names_ar"]}:
                        reg = self.gz.by_id.get(f"RG-{u['id']}-countryside" + (f"-{code}" if code else ""))
                        if reg is not None:
                            break
                if reg is not None:
                    break
            if reg is None:
                continue
            s = mt.start("w")
            r2 = _record(text, s, end, reg, 0.8)
            r2.update(cue=None, source="context")
            res.append(r2)
        return res

    def _bearing_villages(self, text: str, out: list[dict]) -> list[dict]:
        """"قرية زعرورة جنوب مدينة السلمية": a village the gazetteer does not know, given by a bearing
        from a placed town, is reported in that town's governorate, without an id, with the town it
        is given from (``near``, ``geo_precision`` 2); the NER's unplaced record of it is completed, or one is made
        from the words between the village noun and the bearing."""
        stems = []  # where a bearing word stands
        for w in ("شمال", "جنوب", "شرق", "غرب"):
            k = text.find(w)
            while k != -1:
                stems.append(k)
                k = text.find(w, k + 4)
        if not stems:
            return out
        stems.sort()
        towns = {}
        for r in out:  # (a bearing starts at most 25 characters before its town: "جنوب غربي مدينة")
            st = r["start"]
            i = bisect_left(stems, st - 25)
            if i < len(stems) and stems[i] < st and r.get("id") is not None and r.get("country") == "SYR" \
                    and r.get("admin1_en") and r.get("kind") in ("locality", "subdistrict", "district"):
                towns[st] = r
        res = out
        for start, town in sorted(towns.items()):
            lo = max(0, start - 70)
            mt = None
            if not any(text.find(w, lo, start) != -1 for w in _VILLAGE_NOUNS):
                continue
            for noun in _VILLAGE_NOUNS:  # (tried only at a village noun in the 70 characters before)
                q = text.find(noun, lo, start)
                while q != -1 and mt is None:
                    for s0 in range(max(lo, q - 2), q + 1):
                        mt = _VILLAGE_BEARING.match(text, s0, start)
                        if mt is not None:
                            break
                    q = text.find(noun, q + 1, start)
                if mt is not None:
                    break
            if mt is None:
                continue
            code = _bearing(text, mt.end("name"), mt.start("town"))
            if code is None:
                continue
            for s, e in _village_names(text, mt):
                name = text[s:e]
                words = [fold_str(w) for w in name.split()]
                if words[0] in _NOT_VILLAGE_NAMES or all(w in self.gz.stop or w in self.gz.generic for w in words):
                    continue
                over = [r for r in res if r["start"] < e and s < r["end"]]
                if any(r.get("id") is not None and r["start"] <= s and e <= r["end"] for r in over):
                    continue  # the gazetteer placed the whole name: that reading stands
                # (a shorter name inside it, «الخوابي» of «أم الخوابي», is no reading of this village)
                gov = self.gz.governorates[_AROUND_CITY.get(town["admin1_en"], town["admin1_en"])]
                rec = _record(text, s, e, dict(gov, id=None, name_ar=name, name_en=None, kind="locality",
                                               level="locality", admin2_en=None, admin3_en=None), 0.4)
                rec.update(cue=mt.group("cue"), source="bearing", unresolved=True, geo_precision=2,
                           near=_near(text, mt.end("name"), town["start"], town["end"], code, town))
                _near_town(rec, town)
                res = [r for r in res if r not in over] + [rec]
        return res

    @staticmethod
    def _kind_of_noun(text: str, start: int) -> str | None:
        """The kind a place noun right before an unknown name gives it («حي X»: a quarter, «قرية/بلدة X»:
        a village or town; proclitics aside): the chooser ranks a quarter below the town it lies in only
        if it knows it is one. None after any other word."""
        wb = _word_before(text, start)
        if wb is None:
            return None
        f = fold_str(wb[0])
        for cut in (0, 1, 2):
            if f[:cut] in ("", "و", "ب", "ف", "وب", "ل", "ول") and f[cut:] in _NOUN_KINDS:
                return _NOUN_KINDS[f[cut:]]
        return None

    def _placed_by_its_words(self, text: str, start: int, covered: list[tuple[int, int]]) -> bool:
        """A name the gazetteer does not know is reported as a place only where the words before it
        say place: a glued ب/ل or a locative, cue or direction word before it («قصفوا بلدة
        كفرحمرة»), or و joining it to a place just placed. The NER alone tags persons
        («نافي بيلاي») and verbs («باتا») as places."""
        k = start
        while k > 0 and text[k - 1] in "وفبلك" and (k == start or k >= start - 2):
            k -= 1
        glued = text[k:start]
        if glued.endswith(("ب", "ل")):
            return True
        if glued.endswith("و") and any(0 <= k - b <= 2 for _, b in covered):
            return True
        wb = _word_before(text, k)
        if wb is None:
            return False
        f = fold_str(wb[0])
        f2 = f[1:] if f[:1] in "وفب" else f
        return any(x in LOCATIVES or x in self.gz.cues or x in _DIRECTION_WORDS for x in (f, f2))

    def _named_facilities(self, text: str, placed: list[dict]) -> list[dict]:
        """«مشفى البيان في حلب الشرقية»: a named hospital (named_facility_heads.txt) followed by
        في/ب and a placed town, quarter or region is a facility there; it takes that place's
        coordinates and admin names (the record says so in ``anchor_id``)."""
        if not any(h in text for h in _NAMED_FACILITY_HEADS):
            return []
        res = []
        for p in placed:
            if p.get("kind") not in ("locality", "neighbourhood", "region", "subdistrict", "district", "governorate") \
                    or p.get("country") != "SYR":
                continue
            a = max(0, p["start"] - 70)
            mt = _NAMED_FACILITY.search(text, a, p["start"])
            if mt is None and p.get("kind") in ("locality", "neighbourhood"):
                # "إلى مستشفى باب الهوى": a hospital named after the town it stands in
                mh = _FACILITY_OF_PLACE.search(text, max(0, p["start"] - 14), p["start"])
                if mh is not None:
                    rec = dict(p, start=mh.start("head"), end=p["end"], surface=text[mh.start("head"):p["end"]],
                               id=f"{p['id']}/{fold_str(mh.group('head')).removeprefix('ال')}",
                               name_ar=text[mh.start("head"):p["end"]], name_en=f"hospital of {p['name_en']}",
                               kind="facility", level="facility", confidence=min(p["confidence"], 0.7), cue=None,
                               source="facility-of-place", anchor_id=p["id"])
                    rec.pop("candidates", None)
                    res.append(rec)
                continue
            if mt is None or fold_str(mt.group("head")).removeprefix("ال") not in _NAMED_FACILITY_HEADS_F \
                    or fold_str(mt.group("n").strip("\"«“»”").split()[0]) in _NOT_FACILITY_NAMES \
                    or "\u064b" in mt.group("n").split()[0] \
                    or _verb_with_object(mt.group("n").split()[0]):  # "مستشفى جديداً": an indefinite
                # adjective; "مستشفى تدعمه": a relative clause, not a name
                continue
            rec = dict(p, start=mt.start("f"), end=mt.end("f"), surface=mt.group("f"),
                       id=f"{p['id']}/{' '.join(fold_str(mt.group('n')).split())}", name_ar=mt.group("f"),
                       name_en=f"hospital in {p['name_en']}", kind="facility", level="facility",
                       confidence=min(p["confidence"], 0.7), cue=None, source="facility-in-place",
                       anchor_id=p["id"])
            rec.pop("candidates", None)
            res.append(rec)
        return res

    def _city_facilities(self, text: str, placed: list[dict], present: list[str]) -> list[dict]:
        """«الملعب البلدي في مدينة درعا», «بعد السيطرة على الملعب البلدي» in a story on Raqqa: a
        facility every city has (city_facilities.tsv) is the one of the town named right after it,
        else of the last town placed before it in its sentence; «حي الجامع الكبير» is the quarter
        named after it. A gazetteer record of the same words elsewhere («سوق الهال», Aleppo's
        quarter) gives way, unless it lies in that town's district."""
        towns = sorted((r for r in placed if r.get("id") and r.get("country") == "SYR"
                        and r.get("kind") in _CITY_FACILITY_TOWNS), key=_REC_START)
        if not towns:
            return []
        res = []
        # a match starts at most 8 characters before its phrase (a proclitic, «حي» and a space or two)
        for mt in finditer_at(_CITY_FACILITY, text, starts_near(text, present, 8)):
            fs, fe = mt.start(), mt.end("f")
            anchor = None
            for r in towns:  # a town right after it: «في مدينة X», «بمدينة X», «وسط X», «بالرقة»
                if fe <= r["start"] <= fe + 24 and _CITY_FACILITY_GAP.fullmatch(text, fe, r["start"]):
                    anchor = r
                    break
            if anchor is None:  # else the last town before it in its sentence
                for r in reversed(towns):
                    if r["end"] <= fs:
                        if fs - r["end"] <= 200 and not _SENTENCE_END.search(text, r["end"], fs):
                            anchor = r
                        break
            if anchor is None:
                continue
            clash = [r for r in placed if r["start"] < fe and fs < r["end"]]
            if any(r.get("kind") != "neighbourhood" or r.get("admin2_en") == anchor.get("admin2_en") for r in clash):
                continue  # a facility of the gazetteer, or «سوق الهال» in Aleppo itself: that record stays
            key = " ".join(fold_str(mt.group("f")).split())
            quarter = mt.group("q") is not None
            rec = dict(anchor, start=fs, end=fe, surface=text[fs:fe], id=f"{anchor['id']}/{key}",
                       name_ar=text[fs:fe],
                       name_en=f"{_CITY_FACILITY_NAMES[key]}{' quarter' if quarter else ''} of {anchor['name_en']}",
                       kind="neighbourhood" if quarter else "facility", level="neighbourhood" if quarter else "facility",
                       confidence=min(anchor["confidence"], 0.6), cue=None, source="facility-of-city",
                       anchor_id=anchor["id"])
            rec.pop("candidates", None)
            res.append(rec)
        return res

    def _universities(self, text: str, covered: list[tuple[int, int]]) -> list[dict]:
        """«استهدفا جامعة حلب», «اعتقل طلاب في جامعة دمشق»: a university (universities.tsv) after a
        locative or a verb whose object is a place is a facility in its city; after «قالت» it is
        the institution speaking, no place."""
        res = []
        for mt in finditer_at(_UNIVERSITY, text, starts_near(text, ("جامعة",), 2)):  # (a proclitic before it)
            s, e = mt.start("f"), mt.end()
            if any(a < e and s < b for a, b in covered):
                continue
            pre = fold_str(mt.group("p") or "")
            if not pre.endswith("ب"):  # «بجامعة حلب»: in it; else the word before must say place
                wb = _word_before(text, mt.start())
                f = fold_str(wb[0]) if wb is not None else ""
                f2 = f[1:] if f[:1] in "وف" else f
                if pre or not (f in LOCATIVES or f2 in LOCATIVES or f in self.gz.place_verbs or f2 in self.gz.place_verbs):
                    continue
            key = " ".join(fold_str(mt.group("f")).split())
            city, gov, name_en = _UNIVERSITIES[key]
            town = next((self.gz.records[i] for i in self.gz.by_key.get(city, ())
                         if self.gz.records[i]["level"] in ("locality", "city")
                         and self.gz.records[i]["admin1_en"] == gov), None)
            if town is None:
                continue
            rec = _record(text, s, e, town, 0.7)
            rec.update(id=f"{town['id']}/university", name_ar=text[s:e], name_en=name_en, kind="facility",
                       level="facility", cue=None, source="facility-of-city", anchor_id=town["id"])
            res.append(rec)
        return res

    def _quoted_names(self, text: str) -> list[tuple[int, int]]:
        """Spans of quoted names that open with an organisation's head noun («تجمع أحرار حوران»,
        "جبهة فتح الشام"): the places inside name the organisation, not where something is."""
        if not any(q in text for q in "«\"“"):
            return []
        out = []
        for mt in _QUOTED.finditer(text):
            whole = self.gz.by_key.get(" ".join(fold_str(mt.group(1)).split()))
            if whole and listed_site(frozenset(self.gz.records[i]["level"] for i in whole)):
                continue  # «في «المرصد 45»»: a site the gazetteer lists, not the organisation «المرصد» opens
            first = fold_str(mt.group(1).split()[0]) if mt.group(1).split() else ""
            for cand in (first, first[1:] if first[:1] in "ولب" else None):
                if cand and cand in self.gz.org_heads:
                    out.append(mt.span(1))
                    break
            else:
                # «مراسل "حلب اليوم"»: an outlet's name; «حملة "حلب تحترق"»: a campaign's title
                wb = _word_before(text, mt.start())
                if wb is not None and (_head_word(fold_str(wb[0]), self.gz.media_heads)
                                       or _head_word(fold_str(wb[0]), self.gz.title_heads)):
                    out.append(mt.span(1))
                elif self._quoted_title(mt.group(1)) or " ".join(fold_str(mt.group(1)).split()) in self.gz.outlet_names:
                    out.append(mt.span(1))  # («الشرق الأوسط» quoted is the newspaper)
        return out

    def _quoted_title(self, quoted: str) -> bool:
        """"فتح الشام", "درع الفرات", "حلب تحترق": two or three quoted words that are not a place's
        name, do not open with a place noun and hold no preposition name a group, an operation
        or a campaign; the place inside is part of that name."""
        words = [fold_str(w) for w in quoted.split()]
        if not 2 <= len(words) <= 3 or " ".join(words) in self.gz.by_key:
            return False
        first = words[0]
        if first in self.gz.cues or first[1:] in self.gz.cues or first in _FACILITY_HEADS_F \
                or first in self.gz.by_key:
            return False  # «"حي الوعر"», «"معبر باب السلامة"», «"حلب الشهباء"»
        return not any(w in LOCATIVES or w[:1] in "بل" and w[1:] in self.gz.by_key for w in words)

    def _quoted_facilities(self, text: str, covered: list[tuple[int, int]]) -> list[dict]:
        """'مطار "منغ" العسكري', «معبر "باب السلامة"»: a facility whose name the text quotes."""
        res: list[dict] = []
        if not any(q in text for q in _QUOTES) or not any(h in text for h in _FACILITY_HEADS):
            return res
        # every match holds its head word at most 2 characters after its start («وب»)
        for mt in finditer_at(_QUOTED_FACILITY, text, starts_near(text, _FACILITY_HEADS, 2)):
            s, e = mt.start("w"), mt.end()
            if any(a < e and s < b for a, b in covered):
                continue
            key = " ".join(fold_str(" ".join(x for x in mt.group("head", "name", "tail") if x)).split())
            recs = [self.gz.records[i] for i in self.gz.by_key.get(key, ())
                    if self.gz.records[i]["level"] in ("facility", "camp", "border crossing")]
            if not recs:
                continue
            rec = _record(text, s, e, recs[0], 0.85)
            rec.update(cue=None, source="gazetteer")
            res.append(rec)
        return res

    def _governorate_mentions(self, kept: list[Mention], text: str) -> list[tuple[int, int, str, bool]]:
        """(start, end, governorate, also for the names after it) of the names that say which
        governorate the names next to them lie in."""
        out = []
        for m in kept:
            ki = self._ki(m)
            for g in ki.govs:
                out.append((m.start, m.end, g, True))
            if ki.levels == _REGION and m.key.startswith("ريف"):
                area = self._container_area(m.key)  # "في ريف القنيطرة": names its governorate
                if area is not None:
                    out.append((m.start, m.end, area, True))
            if m.before_f in _PROXIMITY_WORDS:  # (read once by _cue)
                # "قرى صيدا والمعلق شمالي عين عيسى", "رأس العين قرب يبرود": a town of one area right
                # after a direction word or «قرب» says where the names before it lie
                recs = [self.gz.records[i] for i in m.cands]
                areas = {self._area(r) for r in recs if r["known"]} or {self._area(r) for r in recs}
                if len(areas) == 1:  # (a well-known town's area before its hamlet namesakes')
                    # (only for the names before it: "قرب منبج وعلى الحدود المقابلة لتل أبيض")
                    out.append((m.start, m.end, areas.pop(), False))
        if "العاصمة" in text:  # "في حي برزة بالعاصمة": Syria's capital, unless another country's is named
            out.extend((c.start(1), c.end(1), "Damascus", True) for c in _CAPITAL.finditer(text))
            out.sort()
        return out

    def _syrian_doc(self, strong: Counter) -> bool:
        """Do Syrian governorates hold at least half of the document's confident places?"""
        memo = self.__dict__.get("_syrian_memo")
        if memo is not None and memo[0] is strong:
            return memo[1]
        total = sum(strong.values())
        res = bool(total) and sum(v for k, v in strong.items() if k in _SYRIAN_ADMIN1) * 2 >= total
        self._syrian_memo = (strong, res)
        return res

    def _resolve_one(self, text: str, m: Mention, support: str, strong: Counter,
                     nearby: _Spans, anchors: "_Anchors") -> dict:
        gz = self.gz
        ki = self._ki(m)
        recs, static, areas = ki.recs, ki.static, ki.area_list
        if m.container and m.container not in ki.areas:
            return self._in_container(text, m)
        if m.container:  # the text says where it is (a record's prominence among namesakes
            # counts only the seats of its own area: the scores stand as they are)
            keep = [j for j, a in enumerate(areas) if a == m.container]
            recs, static, areas = [recs[j] for j in keep], [static[j] for j in keep], [m.container] * len(keep)
        cl = m.cue_levels
        pool = range(len(recs)) if cl is None else [j for j, r in enumerate(recs) if r["level"] in cl]
        mismatch = not pool
        if mismatch:
            pool = range(len(recs))
        if len(pool) == 1:  # one candidate: no rivals to score against (nor a governorate nearby)
            best = recs[pool[0]]
            scored, rivals, near, best_s = [(static[pool[0]], best)], [], frozenset(), static[pool[0]]
        else:
            # governorates named close after or before this mention ("حرستا بريف دمشق")
            near = {g for s, e, g, after in nearby.near(m.start - _NEARBY_CHARS, m.end + _NEARBY_CHARS + 1)
                    if (s, e) != (m.start, m.end)
                    and (0 <= s - m.end <= _NEARBY_CHARS or (after and 0 <= m.start - e <= _NEARBY_CHARS))}
            syrian_doc = self._syrian_doc(strong)
            scored = []
            docs = []  # each candidate's document term (below)
            before: frozenset[str] | None = None  # areas placed earlier in the text (asked once)
            for j in pool:
                # prominence (_static_scores); the document's other places count less than a
                # governorate named next to the mention
                r = recs[j]
                s = static[j]
                if m.cue_order and r["level"] == m.cue_order[0] and r["level"] == "neighbourhood":
                    s += 1.0  # "حي جوبر": the quarter before the village of that name
                area = areas[j]
                if area in near:
                    s += 3.0
                if area in m.list_areas:
                    s += 1.0  # "والهبيط وعابدين": the namesake its list-mates can lie beside
                    if area in m.list_same:
                        s += 0.5  # ... and in the governorate of one of them before a neighbouring one
                k = strong.get(area, 0)
                pa = gz.paired.get(area)
                if pa:
                    k += sum(strong.get(p, 0) for p in pa)
                doc = 1.5 if k >= 3 else 0.5 * k
                docs.append(doc)
                s += doc
                if r["level"] == "neighbourhood" and (
                        (m.cue_order and m.cue_order[0] == "neighbourhood") or m.key.startswith("حي ")) and (
                        area in near or strong.get(area) or area in (
                            before if before is not None else (before := anchors.areas_before(m.start)))):
                    # "أحياء الحميدية وباب هود" in a Homs story, "حي المحطة في المدينة" after Ras
                    # al-Ayn is placed: quarters of the city the text is in
                    s += 2.0
                if syrian_doc and r["country"] == "Syria":
                    s += 0.5
                scored.append((s, r))
            if len(ki.areas) > 1 and not m.container and len(scored) > 1:
                self._places_close_by(text, m, scored, docs, [areas[j] for j in pool], near, anchors)
            scored.sort(key=_FIRST, reverse=True)  # (stable: ties keep their order)
            best_s, best = scored[0]
            same = [_same_place(best, r) for _, r in scored]
            # the same place at several levels (حلب: city, district, governorate) is not ambiguity
            rivals = [x for x, sm in zip(scored[1:], same[1:]) if not sm]
            # among one place's levels (حماة: city, district, governorate) the cue decides; a bare
            # name means the governorate if it is one, else the town rather than its admin unit
            group = [x[1] for x, sm in zip(scored, same) if sm]
            order = m.cue_order or _BARE_ORDER
            best = min(group, key=lambda r: order.index(r["level"]) if r["level"] in order else 99)
        margin = best_s - rivals[0][0] if rivals else None
        base = {"cue": 0.95, "ner": 0.9, "known": 0.85, "context": 0.7, "ner-part": 0.5}[support]
        if mismatch:
            conf = 0.25
        elif margin is None:
            conf = base
        elif margin >= 1.2:
            conf = base - 0.1
        elif margin >= 0.6:
            conf = min(base, 0.6)
        else:
            conf = 0.35
        if support == "known" and m.key in gz.stop:
            conf = min(conf, 0.5)
        if support in ("known", "context", "ner") and self._area(best) not in near and any(
                r["country"] == best["country"] for _, r in rivals):
            conf = min(conf, 0.65)  # namesakes in the same country, and nothing next to it chose
        if m.container and not mismatch and all(self._area(r) == m.container for _, r in rivals):
            conf = max(conf, 0.6)  # namesakes, but all in the governorate the text names
        start = m.start
        if best["level"] == "neighbourhood" and m.cue and fold_str(m.cue) in ("حي", "وحي", "بحي", "فحي") \
                and m.cue_start is not None:
            start = m.cue_start + (len(m.cue) - 2)  # "حي المرور": a quarter is named with its حي
        rec = _record(text, start, m.end, best, round(conf, 2))
        rec.update(cue=m.cue, source="gazetteer+ner" if support.startswith("ner") else "gazetteer")
        if conf < 0.8 and (rivals or mismatch):
            seen = []
            for s, r in scored if not mismatch else [(0, r) for r in recs]:
                if all(not _same_place(r, o) for o in seen):
                    seen.append(r)
            rec["candidates"] = [{"id": r["id"], "name_en": r["name_en"], "admin1_en": r["admin1_en"],
                                  "country": r["country"], "level": r["level"]} for r in seen[:6]]
        return rec


# Words between a place and the governorate that contains it ("X الواقعة في محافظة Y").
_CONTAINER_GAP = frozenset(fold_str(w) for w in (
    "في", "ب", "داخل", "ضمن", "الواقع", "الواقعة", "التابع", "التابعة", "شمال", "جنوب", "شرق", "غرب",
    "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "أقصى", "اقصى"))
_CONTAINER_INTRO = frozenset(fold_str(w) for w in ("في", "داخل", "ضمن", "الواقع", "الواقعة", "التابع", "التابعة"))
# Feature words kept with a name placed only by its context ("جبل الشعرة").
_FEATURES = frozenset(fold_str(w) for w in ("جبل", "وادي", "سهل", "تلة", "نهر", "بحيرة", "هضبة"))
_DIRS_M = ("الشمالي الغربي", "الشمالي الشرقي", "الجنوبي الغربي", "الجنوبي الشرقي", "الشمالي", "الجنوبي", "الشرقي", "الغربي")
_DIR_CODE = {fold_str(d): c for d, c in zip(_DIRS_M, ("NW", "NE", "SW", "SE", "N", "S", "E", "W"))}
_DIR_RE = "(?:" + "|".join(_DIRS_M) + ")"
# "الريف الشرقي للمحافظة", "ريف المحافظة الشرقي", "ريفها الغربي" (a bare "وريفها" after a list of governorates is left alone)
_THEIR_RIF = re.compile(
    rf"(?<![\w\u0600-\u06ff])(?:[وفب]|وب|في)?(?P<w>(?:ال)?ريف\s+(?P<d1>{_DIR_RE})\s+(?:لل|ل)(?:محافظة|محافظه|مدينة|مدينه)"
    rf"|ريف\s+(?:المحافظة|المحافظه|المدينة|المدينه)(?:\s+(?P<d2>{_DIR_RE}))?"
    rf"|ريفها(?:\s+(?P<d3>{_DIR_RE}))?)(?![\w\u064b-\u065f\u0670])")  # (a comma «،» may follow)
# "الريف الغربي لمدينة سري كانيه": the countryside of a town named right after
_NAMED_RIF = re.compile(
    rf"(?<![\w\u0600-\u06ff])(?:[وفب]|وب|في)?(?P<w>(?:ال)?ريف\s+(?P<d>{_DIR_RE})\s+(?:لمدينة|لمدينه|لبلدة|لبلده|لمنطقة|لمنطقه)\s+"
    rf"|ريف\s+(?:مدينة|مدينه|بلدة|بلده|منطقة|منطقه)\s+)")
# (a cheap test before _named_countryside: most «ريف» name a governorate's countryside)
_NAMED_RIF_NEEDLES = ("لمدين", "لبلد", "لمنطق", "ريف مدين", "ريف بلد", "ريف منطق")
# ... and "ريف مدينة رأس العين الغربي": the direction after the town
_DIR_AFTER = re.compile(rf"\s+(?P<d>{_DIR_RE})(?![\w\u064b-\u065f\u0670])")
_NEXT_WORD = re.compile(r"[ \t]{1,2}([\w\u0600-\u06ff]+)")


@lru_cache(maxsize=1)
def _capital_actors() -> tuple[frozenset[str], frozenset[str]]:
    """capital_actors.txt: ids of capitals that stand for their governments, and the speech verbs."""
    lines = _lines("capital_actors.txt")
    return (frozenset(ln for ln in lines if not ln.startswith("verb:")),
            frozenset(fold_str(ln[5:]) for ln in lines if ln.startswith("verb:")))


_HOME_CAPITAL = fold_str("دمشق")  # "حذرت واشنطن دمشق": the government, as the object of one that acts
_WAS = frozenset(fold_str(w) for w in ("كانت", "وكانت", "فكانت", "كان", "وكان", "فكان"))
_OBJECT_PRONOUNS = ("ها", "هم", "ه")


def _actor_verb(f: str, verbs: frozenset[str]) -> bool:
    """A (folded) verb of the list, also with و/ف before it or an object pronoun after it
    ("وأعلنت", "أعلنتها")."""
    if f in verbs or (f[:1] in "وف" and f[1:] in verbs):
        return True
    for p in _OBJECT_PRONOUNS:
        if f.endswith(p):
            g = f[:-len(p)]
            return g in verbs or (g[:1] in "وف" and g[1:] in verbs)
    return False


def _gov_nisba() -> tuple[dict[str, str], dict[str, list[str]]]:
    """gov_nisba.tsv: every folded adjective -> its governorate, and governorate -> masculine forms;
    country_nisba.tsv: a neighbouring country's adjective -> the country (a foreign place's area)."""
    by_word: dict[str, str] = {}
    masc: dict[str, list[str]] = {}
    for ln in _lines("gov_nisba.tsv"):
        gov, m, f = ln.split("\t")
        masc[gov] = m.split("|")
        for w in m.split("|") + f.split("|"):
            by_word[fold_str(w)] = gov
    for ln in _lines("country_nisba.tsv"):  # "شبعا اللبنانية": a neighbouring country's adjective
        country, m, f = ln.split("\t")
        for w in m.split("|") + f.split("|"):
            by_word[fold_str(w)] = country
    return by_word, masc


_GOV_NISBA, _GOV_NISBA_MASC = _gov_nisba()
_QUOTED = re.compile(r"[«\"“]([^«»\"“”\n]{3,80})[»\"”]")


def _org_heads() -> frozenset[str]:
    """The NER's organisation head nouns (data/ner/org_heads.txt), read-only here."""
    from .. import resources

    return frozenset(fold_str(w) for w in resources.lines("ner", "org_heads.txt") if " " not in w)


def _inside_any(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    """Is [s, e) inside one of the sorted, non-overlapping ``spans``?"""
    k = bisect_right(spans, (s, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= s and e <= spans[k][1]


def _verb_with_object(w: str) -> bool:
    """A present-tense verb with an object pronoun ("تدعمه", "يديرها"): no name of a thing. On the
    unfolded word: a name in ة («تلبيسة») is no pronoun."""
    return len(w) > 4 and w[0] in "يتن" and w.endswith(("ه", "ها", "هم"))


def _head_word(f: str, heads: frozenset[str]) -> bool:
    """A folded word is one of ``heads``, perhaps after و/ل/ب/ف or وب/ول ("ومراسل", "لقناة")."""
    return f in heads or (f[:1] in "ولبف" and f[1:] in heads) or (f[:2] in ("وب", "ول") and f[2:] in heads)


_QUOTES = "\"«“”»'"
# "العاصمة" alone or "العاصمة السورية" (not "العاصمة اللبنانية", "العاصمة بيروت")
_CAPITAL = re.compile(r"(?<![\w\u0600-\u06ff])(?:[وفب]|وب|في\s+)?(العاصمة)(?:\s+السورية)?"
                      r"(?!\s+(?!السورية)[\w\u0600-\u06ff]+ية(?![\w\u0600-\u06ff]))"
                      r"(?!\s+(?:بيروت|عمان|بغداد|أنقرة|انقرة|القاهرة|موسكو|طهران|واشنطن|الرياض|الدوحة))")
_ORG_DOMAINS = frozenset(fold_str(w) for w in _lines("org_domains.txt"))
# «جبهة/محور + a town»: a front or axis named by its town, not an organisation (the events context reads it too)
FRONT_NOUNS = frozenset(fold_str(w) for w in _lines("front_nouns.txt"))
_BODY_HEADS = frozenset(fold_str(w) for w in _lines("body_heads.txt"))
_NAMED_FACILITY_HEADS_F = frozenset(fold_str(w) for w in _lines("named_facility_heads.txt"))
_NAMED_FACILITY_HEADS = tuple(_lines("named_facility_heads.txt"))
_NOT_FACILITY_NAMES = frozenset(fold_str(w) for w in _lines("named_facility_not_names.txt"))
_ORG_QUALIFIERS = frozenset(fold_str(w) for w in _lines("org_qualifiers.txt"))
_ANAPHORIC_DUALS = _anaphoric_duals()
# head (article allowed), a name of 1-4 words (no "في", no punctuation), then في / ب (+ a place noun)
# ending where the place starts
_NAMED_FACILITY = re.compile(
    r"(?<![\w\u0600-\u06ff])(?:[وفل]|وب|ب)?(?P<f>(?P<head>(?:ال)?(?:مشفى|مستشفى|مستوصف))"
    r"\s+(?P<n>[\"«“]?(?!في\s)[\w\u0600-\u06ff]+(?:\s+(?!في\s)[\w\u0600-\u06ff]+){0,3}[\"»”]?))"
    r"\s+(?:في\s+|ب)(?:(?:ال)?(?:مدينة|بلدة|قرية|حي|منطقة|مدينه|بلده|قريه)\s+)?\Z")
_FACILITY_OF_PLACE = re.compile(r"(?<![\w\u0600-\u06ff])(?:[وفل]|وب|ب)?(?P<head>(?:ال)?(?:مشفى|مستشفى|مستوصف))\s+\Z")
_CITY_FACILITY_NAMES = {" ".join(fold_str(r.split("\t")[0]).split()): r.split("\t")[1].strip()
                        for r in _lines("city_facilities.tsv")}
_CITY_FACILITY_CORES = tuple(r.split("\t")[0].strip() for r in _lines("city_facilities.tsv"))
_CITY_FACILITY = re.compile(r"(?<!\w)(?:[وفب]|وب)?(?P<q>حي\s+)?(?P<f>"
                            + "|".join(sorted(map(re.escape, _CITY_FACILITY_CORES), key=len, reverse=True))
                            + r")(?![\w\u064b-\u065f\u0670])")  # (a comma «،» may follow)
# between the facility and its town: «في مدينة», «بمدينة», «وسط», a glued «ب» («بالرقة»), a space
_CITY_FACILITY_GAP = re.compile(r"(?:\s+(?:في|داخل|وسط)\s+|\s+ب|\s+)(?:(?:مدينة|بلدة|مدينه|بلده)\s+)?")
_CITY_FACILITY_TOWNS = frozenset({"locality", "city", "district", "subdistrict", "neighbourhood", "governorate"})  # («الرقة»: its city)
_REC_START = itemgetter("start")
_UNIVERSITIES = {" ".join(fold_str(r.split("\t")[0]).split()):
                 (" ".join(fold_str(r.split("\t")[1]).split()), r.split("\t")[2].strip(), r.split("\t")[3].strip())
                 for r in _lines("universities.tsv")}
_UNIVERSITY = re.compile(r"(?<!\w)(?P<p>[وفبل]|وب|فب)?(?P<f>"
                         + "|".join(sorted((re.escape(r.split("\t")[0].strip()) for r in _lines("universities.tsv")),
                                           key=len, reverse=True))
                         + r")(?![\w\u064b-\u065f\u0670])")
_FACILITY_HEADS = ("مطار", "معبر", "سجن", "قاعدة", "مخيم")
_FACILITY_HEADS_F = frozenset(fold_str(w) for w in _FACILITY_HEADS + ("منفذ", "بوابة", "حقل", "سد", "معسكر"))
_QUOTED_FACILITY = re.compile(
    r"(?<![\w\u0600-\u06ff])(?:[وفب]|وب)?(?P<w>(?P<head>مطار|معبر|سجن|قاعدة|مخيم)\s*[\"«“'](?P<name>[^\"»”'\n]{2,30})"
    r"[\"»”'](?:\s+(?P<tail>العسكري|الدولي|الحدودي|الجوية|العسكرية|المركزي))?)(?![\w\u0600-\u06ff])")
# Kinds whose multi-word names are unambiguous on their own.
_NAMED_KINDS = frozenset({"facility", "camp", "border crossing", "region"})
# the kind an unknown name (a LOC tag the gazetteer lacks) takes from the place noun right before it
_NOUN_KINDS = {fold_str(w): k for ws, k in ((("حي", "حيي", "أحياء"), "neighbourhood"),
                                            (("قرية", "قريتي", "قرى", "بلدة", "بلدتي", "بلدات", "مزرعة", "خربة"), "locality"))
               for w in ws}
SUBJECT_WORDS = 4  # (the words of an act's subject between its verb and the place it struck: «جيش الاحتلال التركي ومرتزقته»;
# events.arguments._verb_object reads the same bound)
# words that end an act's subject on the way back from its object: a preposition, a bearing, a place noun
# (data/gazetteer/object_stops.txt)
_OBJECT_STOPS = LOCATIVES | frozenset(fold_str(w) for w in _lines("object_stops.txt"))


def verb_before_object(words: list[str], more: frozenset[str] = frozenset()) -> bool:
    """The one reader of a place verb before its object («قصفت قوات النظام سراقب», «اقتحمت دورية تابعة لقوات
    الأمن طفس»), for the places layer (is an unresolved name a place? weak evidence, as a locative is) and for
    the events code (is a resolved place the act's object?). `words`: the folded words before the object,
    nearest last, at most SUBJECT_WORDS + 1, none before the clause's start (each caller knows its clause).
    True when a verb of place_verbs.txt stands there with only its subject between: no preposition, bearing,
    place noun (bare or after «ب/ل»: «بريف», «لمدينة») or figure. A word in «ب» or «ل» is the subject's own
    («قوات بشار الأسد», «بالمدفعية», «تابعة لقوات الأمن»). A verb whose subject is its own suffix («دخلوا»,
    «قصفا») takes one bare noun right after it as its object («دخلوا قلعة حلب»: the place is that noun's
    genitive); any other verb takes such a noun as its subject («قصفت طائرات سراقب»). `more`: further verbs the
    events code reads as place verbs (its cues.json `object_verbs`; the places layer passes none)."""
    gz = gazetteer()
    n = len(words)
    for k in range(n - 1, -1, -1):
        w = words[k]
        w2 = w[1:] if w[:1] in "وف" and len(w) > 3 else w
        if w2 in gz.place_verbs or w2 in more:
            own = w2.endswith("وا") or w2.endswith("ا") and not w2.endswith("ها")
            return not (own and k == n - 2 and not words[-1].startswith("ال"))
        if w2 in _OBJECT_STOPS or w2 in gz.cues or w2[:1].isdigit() or \
                w2[:1] in "بل" and (w2[1:] in _OBJECT_STOPS or w2[1:] in gz.cues):
            return False
    return False


_VILLAGE_CUES = frozenset(fold_str(w) for w in ("قرية", "بلدة", "قريتي", "بلدتي"))
# "شمال"، "جنوب شرقي"، "إلى الغرب من": a bearing between a village and the town it is given from
_BEARING_RE = re.compile(
    r"\s*(?:(?:الواقعه|الواقع|التي تقع|الذي يقع|وتقع|ويقع|تقع|يقع)\s+)?"
    r"(?:(?P<a>شمال|جنوب|شرق|غرب)(?:ي)?(?:\s+(?P<b>شرق|غرب)(?:ي)?)?"
    r"|الي\s+(?P<c>الشمال|الجنوب|الشرق|الغرب)(?:\s+(?P<d>الشرقي|الغربي))?\s+من)\s*")
_BEARING_CODE = {"شمال": "N", "جنوب": "S", "شرق": "E", "غرب": "W", "الشمال": "N", "الجنوب": "S", "الشرق": "E",
                 "الغرب": "W", "الشرقي": "E", "الغربي": "W"}
_BEARING_CUES = frozenset(fold_str(w) for w in ("قرية", "قريتي", "بلدة", "بلدتي", "مزرعة", "حي", "مخيم", "تلة"))


_STEM_RE = re.compile("شمال|جنوب|شرق|غرب")
_VILLAGE_NOUNS = ("قري", "بلد", "مزرع", "تلة", "تله")  # (how _VILLAGE_BEARING's nouns begin)
_AROUND_CITY = {"Damascus": "Rural Damascus"}  # a governorate that is a city alone -> the one around it
# ... and the village it is given for: "قرية <one to three words> <bearing> (مدينة|بلدة)" right
# before a placed town (the bearing itself is checked by _bearing)
_VILLAGE_BEARING = re.compile(
    r"(?<![^\s،,])[وب]{0,2}(?P<cue>قريتي|بلدتي|قرية|قريه|بلدة|بلده|مزرعة|مزرعه|تلة|تله)\s+"
    r"(?P<name>(?![وب]?(?:قري|بلد|مزرع))[^\s،,.:()«»\"]+(?:\s+(?![وب]?(?:قري|بلد|مزرع))[^\s،,.:()«»\"]+){0,4}?)"
    r"\s+(?:(?:الواقعة|الواقعه|الواقع|التي تقع|الذي يقع|تقع|يقع)\s+)?"
    r"(?:(?:شمال|جنوب|شرق|غرب)ي?(?:\s+(?:شرق|غرب)ي?)?|[إا]لى\s+(?:الشمال|الجنوب|الشرق|الغرب)\s+من)"
    r"\s+(?P<town>(?:(?:مدينة|مدينه|بلدة|بلده|ناحية|ناحيه|منطقة|منطقه)\s+)?)\Z")
# words after a village noun that describe it rather than name it ("قرية صغيرة جنوب المدينة")
_NOT_VILLAGE_NAMES = frozenset(fold_str(w) for w in (
    "صغيرة", "كبيرة", "واحدة", "أخرى", "اخرى", "نائية", "حدودية", "مجاورة", "قريبة", "بعيدة", "زراعية", "جبلية",
    "محاصرة", "آمنة", "مسيحية", "درزية", "علوية", "كردية", "عربية", "تركمانية", "سنية", "شيعية", "تقع", "تبعد",
    "أخيرة", "ثالثة", "ثانية", "مهجورة", "تابعة", "التابعة", "الواقعة", "في", "من", "على"))


_BEARING_FILL = frozenset(fold_str(w) for w in ("الواقعة", "الواقع", "التي", "الذي", "تقع", "يقع", "وتقع", "ويقع"))


def _near(text: str, a: int, s: int, e: int, code: str, town: dict | None) -> dict:
    """The ``near`` of a village given by a bearing: the town (id, surface, name, span) and the
    bearing ("جنوب شرقي" as written, ``direction`` "SE")."""
    words = text[a:s].split()
    while words and fold_str(words[0]) in _BEARING_FILL:
        words.pop(0)
    while words and _cue_word(words[-1]) in _TOWN_CUES | _PLACE_NOUNS_AFTER:
        words.pop()
    return {"id": town["id"] if town else None, "surface": text[s:e], "name_en": town["name_en"] if town else None,
            "relation": " ".join(words), "direction": code, "start": s, "end": e}


def _near_town(rec: dict, town: dict) -> None:
    """A village given by a bearing takes its town's district and position (ACLED's "near")."""
    rec.update(admin2_en=town.get("admin2_en") if town.get("admin1_en") == rec["admin1_en"] else None,
               lat=town.get("lat"), lon=town.get("lon"))


def _village_names(text: str, mt: re.Match) -> list[tuple[int, int]]:
    """The name spans after a village noun: one for «قرية», two for «قريتي X وY» (parted at the
    second name's «و», which stays outside it); a singular noun's name of more than three words is
    no name."""
    s, e = mt.start("name"), mt.end("name")
    if mt.group("cue") in ("قريتي", "بلدتي"):
        k = s
        while True:
            k = text.find(" و", k + 1, e)
            if k == -1:
                return []
            if not text.startswith(" وادي", k):
                return [(s, k), (k + 2, e)]
    return [(s, e)] if len(text[s:e].split()) <= 3 else []


def _bearing(text: str, a: int, b: int) -> str | None:
    """The direction code ("S", "NE") when text[a:b] is only a bearing ("جنوب"، "الواقعة شمال
    غربي"، "إلى الشرق من"), else None."""
    if not 0 < b - a <= 30:
        return None
    g = fold_str(text[a:b])
    mt = _BEARING_RE.fullmatch(g)
    if mt is None:
        return None
    first, second = (mt.group("a"), mt.group("b")) if mt.group("a") else (mt.group("c"), mt.group("d"))
    return _BEARING_CODE[first] + (_BEARING_CODE[second] if second else "")


def _cue_word(cue: str) -> str:
    """The cue without its proclitic: "وبلدات" -> "بلدات", "بقرية" -> "قرية" ("بلدة" stays)."""
    f = fold_str(cue)
    for p in ("وب", "فب", "و", "ب", "ف", "ل"):
        if f.startswith(p) and f[len(p):] in _ALL_CUE_WORDS:
            return f[len(p):]
    return f


_PLURAL_CUES = frozenset(fold_str(w) for w in ("قرى", "بلدات", "مدن", "قريتي", "بلدتي", "مدينتي", "أحياء",
                                                "احياء", "مناطق", "مخيمات", "معسكري", "حيي"))
# construct duals («قريتي X وY»): an idafa that names its places, no noun an adjective can follow
_CONSTRUCT_DUALS = frozenset(fold_str(w) for w in ("قريتي", "بلدتي", "مدينتي", "معسكري", "حيي"))
# «حاجز X», «بادية X»: a checkpoint or a desert named by its village — weak evidence, as a preposition is (the
# document's places must confirm it: «حاجز الأمن» names none)
_WEAK_HEADS = frozenset(fold_str(w) for w in ("حاجز", "حواجز", "بادية"))
# («حاجز X في مدينة Y», «حاجز X عند مدخل Y»: the text places the checkpoint in a town, X is its own name; a whole
# word: «في حين» is no quarter)
_PLACED_IN_TOWN = re.compile(r"\s+(?:(?:في|داخل|وسط|عند|قرب)\s+|ب)(?:ال)?(?:مدينة|بلدة|قرية|حي|مدخل|أطراف|اطراف)(?!\w)")
_QUARTER_CUES = frozenset(fold_str(w) for w in ("حي", "مدينة", "مخيم"))
_TOWN_CUES = frozenset(fold_str(w) for w in ("مدينة", "بلدة"))
_PLACE_NOUNS_AFTER = frozenset(fold_str(w) for w in ("ناحية", "منطقة", "قرية"))
_ALL_CUE_WORDS = _PLURAL_CUES | _VILLAGE_CUES | _QUARTER_CUES
# a name that holds its head noun ("مخيم اليرموك") means the camp or facility before the town
_BARE_ORDER = ("governorate", "country", "camp", "facility", "border crossing", "locality", "city", "region",
               "district", "subdistrict", "neighbourhood")

_DIRECTION_WORDS = frozenset(fold_str(w) for w in ("غربي", "شرقي", "شمالي", "جنوبي", "غرب", "شرق", "شمال", "جنوب",
                                                    "وسط", "جنوب غربي", "شمال غربي"))
_PROXIMITY_WORDS = _DIRECTION_WORDS | {fold_str("قرب")}
_PLAIN_LOCATIVES = frozenset(fold_str(w) for w in ("في", "من", "إلى", "الى", "وفي", "ومن", "وإلى", "والى"))
_TOWN_OR_CITY = frozenset({"locality", "city"})
_REGION = frozenset({"region"})
_DEMONSTRATIVES = frozenset(fold_str(w) for w in ("هذا", "هذه", "ذلك", "تلك", "هذان", "هاتان", "هؤلاء", "أولئك"))
# Syria and the countries whose border towns the news names as where Syrians cross and shelter.
_NEIGHBOURS = frozenset({"Syria", "Turkey", "Lebanon", "Jordan", "Iraq"})
_SYRIAN_ADMIN1 = frozenset({"Aleppo", "Al-Hasakah", "As-Suwayda", "Damascus", "Daraa", "Deir ez-Zor", "Hama",
                            "Homs", "Idlib", "Lattakia", "Quneitra", "Raqqa", "Rural Damascus", "Tartus", "Syria"})


def _drop_numbers_naming_places(doc: Document) -> None:
    """"قرية الأربعين": a number word that is a village's whole name, read with a place word before
    it, is no quantity (contract: names containing numbers); digits and hedged amounts stay there.
    A number inside a longer place name ("جبل الأربعين", "اللواء 93") is part of the name."""
    qs = doc.layers.get("quantities")
    if not qs or not doc["places"]:
        return
    named = {(r["start"], r["end"]) for r in doc["places"] if r.get("id") and r.get("cue")
             and _cue_word(r["cue"]) in _VILLAGE_CUES | _QUARTER_CUES}
    # "جبل الأربعين", "اللواء 93": a number inside a longer place name is part of the name
    longer = [(r["start"], r["end"]) for r in doc["places"] if r.get("id") and " " in r["surface"]]
    if not named and not longer:
        return
    qs[:] = [q for q in qs if not (
        any(a <= q["start"] and q["end"] <= b and (a, b) != (q["start"], q["end"]) for a, b in longer)
        or (not (any(ch.isdigit() for ch in q["surface"]) or q.get("approx")) and (q["start"], q["end"]) in named))]


def _record(text: str, start: int, end: int, best: dict, conf: float) -> dict:
    """The contract's place record: ``country`` is ISO alpha-3 (``country_en`` its English name),
    ``kind`` one of the contract's kinds; ``level`` is kept for older readers."""
    return {"start": start, "end": end, "surface": text[start:end], "id": best["id"],
            "name_ar": best["name_ar"], "name_en": best["name_en"], "admin1_en": best["admin1_en"],
            "admin2_en": best["admin2_en"], "admin3_en": best["admin3_en"], "country": best.get("iso3"),
            "country_en": best["country"], "kind": best.get("kind", best["level"]), "lat": best["lat"],
            "lon": best["lon"], "confidence": conf, "level": best["level"]}


def _same_place(a: dict, b: dict) -> bool:
    """Same name at two admin levels of one area, or two records a few km apart."""
    if a["country"] != b["country"]:
        return False
    if a["country"] == "Syria" and a["admin1_en"] == b["admin1_en"] and "locality" not in (a["level"], b["level"]):
        return True
    if a["country"] == "Syria" and a["admin1_en"] == b["admin1_en"] and {a["level"], b["level"]} & {
            "governorate", "district", "subdistrict"}:
        return True
    return abs(a["lat"] - b["lat"]) < 0.05 and abs(a["lon"] - b["lon"]) < 0.05
