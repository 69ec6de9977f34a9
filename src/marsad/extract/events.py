"""Events: who did what, where, when, how many — and who says so.

A trigger word (data/events/triggers.tsv, matched through the clitic-aware Lexicon) opens an
event; its arguments come from the layers the earlier stages made (quantities, dates, entities,
places), chosen inside the trigger's sentence and clause. Mentions that are denied, negated,
announced for the future or merely hypothetical keep a ``modality`` other than "asserted" so the
store never counts them as things that happened.

Two discourse habits of Arabic news are handled explicitly because the numbers live there:
lists ("20 من قرية …، و14 من بلدة …") give one event per place with its own count, even in a
follow-up sentence that only refers back to the trigger ("من بين أولئك العناصر 20 من …"); and
an attribution ("وفقاً لمركز …") carries over to the estimate sentences that follow it.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..arabic.lexicon import Lexicon, _longest
from ..arabic.normalize import fold, fold_str
from ..arabic.tokens import Token, sentences

# Words and single punctuation marks. (Arabic ، ؛ ؟ are split off here: they sit inside the
# Arabic block that marsad.arabic.tokens treats as word characters.)
_TOK = re.compile(r"[^\s\u060c\u061b\u061f\u06d4.,;:!?()\[\]{}\"'«»“”„…\-–—/\\|#@٬]+|\S")

_ARABIC_WORD = re.compile(r"[\u0621-\u064a]{2,}")
_TRIM = set(" \t\n،,؛;:.!?؟\"'«»“”()[]-–—")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Span without surrounding punctuation (stages upstream sometimes keep "وليد القشعمي،")."""
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return s, e


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in _TOK.finditer(text, start, end)]
from ..document import Document

EVENT_TYPES = ("defection", "desertion", "armed_clash", "airstrike", "shelling", "explosion", "casualties",
               "territory_change", "reinforcement", "arrest", "protest", "statement", "agreement", "sanction",
               "other")
# Modalities that describe something that did not (or not yet) happen.
NOT_HAPPENED = frozenset({"negated", "denied", "future", "hypothetical"})
_COUNT_KINDS = frozenset({"count", None})
_PUNCT_BREAK = set("،,؛;:.!?؟\n")
_QUOTES = (("«", "»"), ("“", "”"), ("\"", "\""))


DATA = Path(__file__).resolve().parents[1] / "data" / "events"


def _data(name: str) -> Path:
    return DATA / name


def _read_tsv(name: str) -> list[list[str]]:
    rows = []
    with _data(name).open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            rows.append(line.rstrip("\n").split("\t"))
    return rows


@lru_cache(maxsize=1)
def load_types() -> dict:
    return json.loads(_data("types.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def load_cues() -> dict:
    return json.loads(_data("cues.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def counted_table() -> dict[str, tuple[str, str]]:
    """Folded counted noun -> (English gloss, class)."""
    return {fold_str(r[0]): (r[1], r[2]) for r in _read_tsv("counted.tsv")}


def counted_gloss(noun: str | None) -> str | None:
    if not noun:
        return None
    hit = counted_table().get(fold_str(noun))
    return hit[0] if hit else None


def counted_class(noun: str | None) -> str | None:
    if not noun:
        return None
    f = fold_str(noun)
    hit = counted_table().get(f) or counted_table().get(f[2:] if f.startswith("ال") else "ال" + f)
    return hit[1] if hit else "unknown"


def _lex(terms, value=None) -> Lexicon:
    lx = Lexicon()
    for t in terms:
        lx.add(t, value if value is not None else t)
    return lx.finalize()


class EventExtractor:
    """Pipeline component: adds contract event records to ``doc["events"]``."""

    def __init__(self) -> None:
        cues = load_cues()
        types = load_types()
        self.type_counts = {t: v["count"] for t, v in types["types"].items()}
        self.triggers = Lexicon()
        for row in _read_tsv("triggers.tsv"):
            row += [""] * (5 - len(row))
            form, typ, pos, sub, needs = row[:5]
            self.triggers.add(form, {"type": typ, "pos": pos, "sub": sub or None,
                                     "needs": [fold_str(w) for w in needs.split("|") if w]})
        self.triggers.finalize()
        mod = cues["modality"]
        self.modality = Lexicon()
        for kind, spec in mod.items():
            for c in spec["cues"]:
                self.modality.add(c, kind)
        self.modality.finalize()
        self.mod_window = {k: v["window"] for k, v in mod.items()}
        self.imperfect = tuple(mod["qad_imperfect"]["imperfect_prefixes"])
        self.pluperfect = frozenset(fold_str(w) for w in mod["qad_imperfect"].get("pluperfect", []))
        self.past_endings = tuple(mod["qad_imperfect"].get("past_endings", []))
        self.precedence = cues["modality_precedence"]
        att = cues["attribution"]
        self.att = Lexicon()
        for c in att["prep"]:
            self.att.add(c, "prep")
        for c in att["verb"]:
            self.att.add(c, "verb")
        self.att.finalize()
        self.att_stop = frozenset(fold_str(w) for w in att["stop"])
        self.att_max = att["max_words"]
        self.lead_nouns = frozenset(fold_str(w) for w in att.get("lead_nouns", []))
        self.generic_heads = frozenset(fold_str(w) for w in att.get("generic_heads", []))
        self.carry = att["carry_sentences"]
        self.relative_ma = frozenset(fold_str(w) for w in att.get("relative_ma", []))
        self.att_verbs = tuple(fold_str(w) for w in att["verb"])
        self.partitive = _lex(cues.get("partitive_before", []))
        self.another = frozenset(fold_str(w) for w in cues.get("another_words", []))
        self.one_person = frozenset(fold_str(w) for w in cues.get("one_person_nouns", []))
        self.directions = frozenset(fold_str(w) for w in cues.get("direction_adjectives", []))
        self.frame_types = frozenset(cues.get("frame_place_types", []))
        self.origin_words = frozenset(fold_str(w) for w in cues.get("origin_words", []))
        self.contexts = {k: [(r["type"], frozenset(fold_str(c) for c in r["cues"])) for r in v]
                         for k, v in cues["contexts"].items()}
        self.anaphora = _lex(cues["anaphora"])
        self.place_nouns = frozenset(fold_str(w) for w in cues["place_list"]["place_nouns"])
        self.titles = _lex(cues["titles"])
        self.continuation_types = frozenset(cues["continuation_types"])
        self.continuation_sentences = cues["continuation_sentences"]
        self.breaks = _lex(cues["clause_breaks"])
        self.container = frozenset(fold_str(w) for w in cues.get("container_cues", []))
        self.total_words = frozenset(fold_str(w) for w in cues["total_words"])
        self.subset = frozenset(fold_str(w) for w in cues["subset_words"])
        self.anaphora_set = frozenset(fold_str(w) for w in cues["anaphora"])
        self.periods = _lex(cues["scope_period"])
        self.scope_terms = Lexicon()
        for r in _read_tsv("counted.tsv"):
            if r[2] == "person":
                self.scope_terms.add(r[0], r[1])
        self.scope_terms.finalize()

        # One automaton for every cue list: a document is scanned once, not eight times.
        self.lexicons = {"triggers": self.triggers, "modality": self.modality, "att": self.att,
                         "anaphora": self.anaphora, "titles": self.titles, "breaks": self.breaks,
                         "periods": self.periods, "scope_terms": self.scope_terms, "partitive": self.partitive}
        self.combined = Lexicon()
        for name, lx in self.lexicons.items():
            for key, vals in lx._values.items():
                for v in vals:
                    self.combined.add(key, (name, v))
        self.combined.finalize()

    def find_all(self, folded) -> dict[str, list]:
        """Matches of every cue list, each list longest-match resolved on its own."""
        out: dict[str, list] = {name: [] for name in self.lexicons}
        for m in self.combined.find(folded, longest=False):
            vals = m.value if isinstance(m.value, list) else [m.value]
            per: dict[str, list] = {}
            for name, v in vals:
                per.setdefault(name, []).append(v)
            for name, vs in per.items():
                out[name].append(replace(m, value=vs[0] if len(vs) == 1 else vs))
        return {name: _longest(ms) for name, ms in out.items()}

    # -- entry points ---------------------------------------------------------------------------
    def __call__(self, doc: Document) -> None:
        for rec in self.extract(doc):
            doc.add("events", rec)

    def extract(self, doc: Document) -> list[dict]:
        text = doc.text
        if not text.strip():
            return []
        return _DocRun(self, doc).run()


class _DocRun:
    """State for one document: matches of every lexicon, indexed by sentence."""

    def __init__(self, ex: EventExtractor, doc: Document):
        self.ex = ex
        self.doc = doc
        self.text = text = doc.text
        self.folded = fold(text)
        self.sents = sentences(text)
        self.sent_starts = [s.start for s in self.sents]
        self.tokens = tokenize(text)
        self.tok_starts = [t.start for t in self.tokens]
        found = ex.find_all(self.folded)
        self.trig = sorted(found["triggers"], key=lambda m: m.prefix_start)
        self._trig_starts = [m.prefix_start for m in self.trig]
        self.mods = found["modality"]
        self.atts = found["att"]
        self.anaph = found["anaphora"]
        self.titles = found["titles"]
        self.brks = found["breaks"]
        self.periods = found["periods"]
        self.scopes = found["scope_terms"]
        self.partitives = found["partitive"]
        key = lambda r: r["start"]  # noqa: E731
        self.quants = sorted((q for q in doc["quantities"] if "start" in q), key=key)
        self.dates = sorted((d for d in doc["dates"] if "start" in d), key=key)
        self.ents = sorted((e for e in doc["entities"] if "start" in e), key=key)
        places = sorted((p for p in doc["places"]
                         if "start" in p and fold_str(p["surface"]) not in ex.anaphora_set
                         and not self._not_a_locator(p)), key=key)
        # "حي التضامن جنوبي دمشق" with التضامن unresolved: the resolved place that locates it
        # serves the event (coordinates, governorate) better than a name without a record
        self.places = [p for i, p in enumerate(places)
                       if p.get("id") or not (i + 1 < len(places) and places[i + 1].get("id")
                                              and 0 <= places[i + 1]["start"] - p["end"] <= 20)]
        self._types_seen: set[str] = set()
        self._att_cache: dict[int, list[dict]] = {}
        self._subst: dict[int, bool] = {}

    # -- helpers ----------------------------------------------------------------------------------
    def _not_a_locator(self, p: dict) -> bool:
        """Place mentions that name something else: part of an organisation's or outlet's name
        ("قوات سوريا الديمقراطية", «الشرق الأوسط», "شبكة "السويداء 24""), or a weak reading of a
        common noun glued to ب ("أصيب بجروح", "للمطالبة بإسقاط") that the gazetteer also lists."""
        s, e, text = p["start"], p["end"], self.text
        for ent in self.ents:
            if ent["start"] > s:
                break
            if ent["type"] == "ORG" and ent["start"] <= s and e <= ent["end"] and ent["end"] - ent["start"] > e - s:
                return True
        line = text[text.rfind("\n", 0, s) + 1:s]
        for o, c in _QUOTES:
            at = line.rfind(o)
            inside = line.count(o) % 2 == 1 if o == c else at > line.rfind(c)
            if not inside or len(line) - at > 40:
                continue
            close = text.find(c, e, min(len(text), e + 40))
            if close == -1 or "\n" in text[e:close]:
                continue
            noun = fold_str(line[:at]).split()[-1:]
            if not (noun and noun[0] in self.ex.place_nouns):
                return True
        if p.get("cue") is None and (p.get("confidence") or 0) < 0.8 and s > 0 and text[s - 1] == "ب" \
                and (s == 1 or text[s - 2] in " و"):
            return True
        return False

    def sent_of(self, pos: int) -> int:
        return max(0, bisect_right(self.sent_starts, pos) - 1)

    def tok_of(self, pos: int) -> int:
        return max(0, bisect_right(self.tok_starts, pos) - 1)

    @staticmethod
    def within(items, s: int, e: int) -> list:
        return [x for x in items if x["start"] >= s and x["end"] <= e] if items and isinstance(items[0], dict) \
            else [x for x in items if x.start >= s and x.end <= e]

    def clause_breaks_between(self, a: int, b: int) -> int:
        if a > b:
            a, b = b, a
        seg = self.text[a:b]
        n = sum(seg.count(c) for c in "،,؛;")
        n += sum(1 for m in self.brks if a <= m.prefix_start < b)
        return n

    def words_between(self, a: int, b: int) -> int:
        if a > b:
            a, b = b, a
        return max(0, self.tok_of(b) - self.tok_of(a))

    # -- main ---------------------------------------------------------------------------------------
    def run(self) -> list[dict]:
        by_sent: dict[int, list] = {}
        for m in self.trig:
            info = m.value if isinstance(m.value, dict) else m.value[0]
            if info["type"] == "-":
                continue
            si = self.sent_of(m.start)
            sent = self.sents[si]
            if not (sent.start <= m.start and m.end <= sent.end):
                continue
            typ = info["type"]
            if self._inside_name(m, sent) or self._partitive(m):
                continue
            if info["needs"] and not self._needs(m.end, sent.end, info["needs"]):
                continue
            if typ == "attack":
                typ = self._resolve_attack(sent.start, sent.end, m)
                if typ is None:
                    continue
            by_sent.setdefault(si, []).append((m, dict(info, type=typ)))
        events: list[dict] = []
        self._trig_sents = set(by_sent)
        for si, trigs in sorted(by_sent.items()):
            trigs = self._drop_modifiers(trigs)
            events.extend(self._sentence_events(si, trigs))
        events.extend(self._continuations(by_sent))
        events.sort(key=lambda e: (e["start"], e.get("_q", 0)))
        for e in events:
            e.pop("_q", None)
        return events

    def _inside_name(self, m, sent) -> bool:
        """"مكتب توثيق الشهداء": a trigger word inside an organisation's name is no event."""
        for e in self.ents:
            if e["start"] > m.start:
                break
            if e["type"] == "ORG" and e["start"] <= m.start and m.end <= e["end"]:
                return True
        return any(a["start"] <= m.start and m.end <= a["end"] and a["start"] < m.start
                   for a in self._attributions(sent))

    def _partitive(self, m) -> bool:
        """"ومن بين القتلى 11 مدنياً": a definite trigger after من بين breaks down a total already
        told; the figures of that phrase are parts, not new events."""
        if not m.prefix.endswith(("ال", "لل")):
            return False
        for c in self.partitives:
            if c.end <= m.prefix_start and not self.text[c.end:m.prefix_start].strip():
                return True
        return False

    def _is_container(self, p: dict) -> bool:
        """"كفرنبل في ريف إدلب": إدلب only locates the place before it."""
        before = fold_str(self.text[max(0, p["start"] - 14):p["start"]]).split()
        own = fold_str(p["surface"]).split()[:1]
        cued = bool(before) and any(w in self.ex.container for w in before[-2:]) or \
            bool(own) and own[0] in self.ex.container  # "مدينة التل بريف دمشق": the place is "ريف دمشق"
        prev = [q for q in self.places if q is not p and q["end"] <= p["start"] and p["start"] - q["end"] <= 30]
        if cued:
            return bool(prev)
        # "في ريفي حماة الشمالي وإدلب الجنوبي": a place conjoined to a container is one too
        if prev and self._conjoined(prev[-1], p, skip_directions=True):
            return self._is_container(prev[-1])
        return False

    def _conjoined(self, a: dict, b: dict, skip_directions: bool = False) -> bool:
        words = fold_str(self.text[a["end"]:b["start"]]).replace("،", " ").replace(",", " ").split()
        if skip_directions:
            words = [w for w in words if w not in self.ex.directions]
        return words == ["و"]

    def _needs(self, start: int, end: int, needs: list[str]) -> bool:
        t0 = self.tok_of(start)
        for tok in self.tokens[t0:t0 + 14]:
            if tok.start >= end:
                break
            for _, stem, _ in tok.readings():
                if stem in needs:
                    return True
        return False

    def _resolve_attack(self, s: int, e: int, m) -> str | None:
        lo, hi = self.tok_of(max(s, m.start)), self.tok_of(m.end)
        window = self.tokens[max(self.tok_of(s), lo - 6): hi + 8]
        stems = {stem for tok in window if tok.end <= e for _, stem, _ in tok.readings()}
        for typ, cues in self.ex.contexts["attack"]:
            if stems & cues:
                return typ
        return None

    def _drop_modifiers(self, trigs):
        """An adjective trigger right after another trigger noun modifies it ("الشهداء من الضباط
        المنشقين"): the sentence is about the noun's event, not a second one."""
        out = []
        for i, (m, info) in enumerate(trigs):
            if info["pos"] == "adj" and any(
                    o.end <= m.start and self.words_between(o.end, m.start) <= 4 and oi["type"] != info["type"]
                    for o, oi in trigs[:i]):
                continue
            if info["pos"] == "adj" and any(oi["type"] != info["type"] for _, oi in trigs):
                t = self.tok_of(m.start)
                # "من مجموع الضباط المنشقين": a share of a total, the sentence counts something else
                if any(fold_str(tok.text) in self.ex.total_words for tok in self.tokens[max(0, t - 3):t]):
                    continue
            out.append((m, info))
        return out

    # -- arguments ------------------------------------------------------------------------------------
    def _compatible(self, q: dict, typ: str) -> bool:
        if q.get("kind") not in _COUNT_KINDS:
            return False
        if q.get("low") is None and q.get("high") is None:
            return False
        allowed = self.ex.type_counts.get(typ, [])
        if not allowed:
            return False
        cls = counted_class(q.get("counted"))
        if cls is None:
            return None in allowed
        return cls in allowed or cls == "unknown" and "person" in allowed

    def _is_subset(self, q: dict) -> bool:
        """"بينهم 4 أطفال و12 سيدة": figures after بينهم/منهم are part of the one before."""
        t = self.tok_of(q["start"])
        for tok in reversed(self.tokens[max(0, t - 5):t]):
            f = fold_str(tok.text)
            if f in self.ex.subset or f.lstrip("و") in self.ex.subset:
                return True
            if tok.text in ("،", ",", "؛", ";", ".", ":"):
                return False
        return False

    def _identifier(self, q: dict) -> bool:
        """"القرار الأممي 2254", "الفرقة 4": a bare number right after a definite noun that is no
        trigger names something; it counts nothing."""
        if q.get("counted") or q.get("approx") or q["low"] != q["high"] or not q["surface"][:1].isdigit():
            return False
        t = self.tok_of(q["start"])
        if t == 0 or self.tokens[t].start != q["start"]:
            return False
        prev = self.tokens[t - 1]
        f = fold_str(prev.text)
        if not f.startswith(("ال", "وال")) or len(f) < 5 or f.endswith(("ين", "ون")):
            return False  # "عدد المعتقلين 27": after a plural of people the number counts them
        return not any(tm.start < prev.end and prev.start < tm.end for tm in self._trig_near(prev.start))

    def _another_owner(self, q: dict, trigs) -> int | None:
        """"وأسر اثنان آخران": a figure followed by آخرون/آخرين belongs to the word right before it.
        Returns the index of that trigger, -1 when that word is no trigger (no event takes the
        figure), None when the figure is not of this shape."""
        nxt = self.tok_of(q["end"])
        if nxt < len(self.tokens) and self.tokens[nxt].start < q["end"]:
            nxt += 1
        if nxt >= len(self.tokens) or fold_str(self.tokens[nxt].text) not in self.ex.another:
            return None
        t = self.tok_of(q["start"])
        if t == 0:
            return -1
        prev = self.tokens[t - 1]
        if self.tokens[t].text.startswith("و") or prev.text == "و":
            return None  # "12 في بنش وثمانية آخرين في سرمدا": coordinated with the figure before
        for i, (m, _) in enumerate(trigs):
            if m.start < prev.end and prev.start < m.end:
                return i
        return -1

    def _assign_counts(self, sent, trigs) -> dict[int, list[dict]]:
        out: dict[int, list[dict]] = {i: [] for i in range(len(trigs))}
        att = [(a["start"], a["end"]) for a in self._attributions(sent)]
        for q in self.within(self.quants, sent.start, sent.end):
            if self._is_subset(q) or any(a <= q["start"] < b for a, b in att) or self._identifier(q):
                continue  # "شبكة درعا 24": a number inside the source's name
            only = self._another_owner(q, trigs)
            best = None
            for i, (m, info) in enumerate(trigs):
                if only is not None and i != only:
                    continue
                if not self._compatible(q, info["type"]):
                    continue
                if m.start < q["end"] and q["start"] < m.end:
                    cost = 0
                else:
                    a, b = (m.end, q["start"]) if q["start"] >= m.end else (q["end"], m.start)
                    cost = self.words_between(a, b) + 12 * self.clause_breaks_between(a, b)
                    if q["start"] < m.start:
                        cost += 3
                if best is None or cost < best[0]:
                    best = (cost, i)
            if best is not None:
                out[best[1]].append(q)
        return out

    def _place_after(self, pos: int, limit: int) -> dict | None:
        for p in self.places:
            if p["start"] >= pos and p["start"] - pos <= limit:
                return p
            if p["start"] > pos + limit:
                break
        return None

    def _excluded_spans(self, sent) -> list[tuple[int, int]]:
        return [(a["start"], a["end"]) for a in self._attributions(sent)]

    def _choose_place(self, si: int, m, actors_spans) -> list[dict]:
        sent = self.sents[si]
        cands = [p for p in self._free_places(si) if not any(a <= p["start"] < b for a, b in actors_spans)]
        after = [p for p in cands if p["start"] >= m.end and self.clause_breaks_between(m.end, p["start"]) <= 1]
        # "ثمانية شبان من أبناء المدينة على حاجز منين": where people come from is not where it happened
        after = [p for p in after if not self._origin(p["start"])] or after
        before = [p for p in cands if p["end"] <= m.start]
        anaph = [a for a in self.anaph if sent.start <= a.start < sent.end and a.start >= m.end
                 and not self._origin(a.prefix_start)]
        if after and before and self.ex.frame_types and self._trigger_between(m, after[0]["start"]):
            # "وفي درعا، أصدرت اللجنة بياناً دانت فيه اغتيال … في المزيريب": the later place
            # belongs to the event the statement is about; the statement is where the sentence is set
            m_info = self._info_at(m)
            if m_info and m_info["type"] in self.ex.frame_types:
                return self._before_group(before)
        if after:
            first = after[0]
            if anaph and anaph[0].start < first["start"]:
                hit = self._antecedent(si)
                if hit:
                    return [hit]
            group = [first]
            for p in after[1:]:  # "في إدلب وحلب": one event per conjoined place
                gap = self.text[group[-1]["end"]:p["start"]]
                if fold_str(gap).strip(" ،,") in ("و", "") or fold_str(gap).replace(" ", "") in ("،و", ",و"):
                    group.append(p)
                else:
                    break
            return group
        if anaph:
            hit = self._antecedent(si)
            if hit:
                return [hit]
        if before:
            return self._before_group(before)
        later = [p for p in cands if p["start"] >= m.end]
        if later:  # "لقوا حتفهم، وأصيب 6 آخرون، بانفجار لغم … في بادية تدمر"
            return [later[0]]
        return []

    def _origin(self, pos: int) -> bool:
        words = fold_str(self.text[max(0, pos - 24):pos]).split()
        if words and words[-1] in self.ex.place_nouns:  # "من أهالي مدينة جاسم"
            words = words[:-1]
        return bool(words) and words[-1] in self.ex.origin_words

    def _before_group(self, before: list[dict]) -> list[dict]:
        """"شهدت بلدتا القريا وشهبا وقفات": the conjoined places just before the trigger."""
        group = [before[-1]]
        for p in reversed(before[:-1]):
            if self._conjoined(p, group[0]):
                group.insert(0, p)
            else:
                break
        return group

    def _trigger_between(self, m, pos: int) -> bool:
        typ = (self._info_at(m) or {}).get("type")
        for t in self.trig:
            if m.end <= t.start < pos:
                info = t.value if isinstance(t.value, dict) else t.value[0]
                if info["type"] not in ("-", typ):
                    return True
        return False

    def _info_at(self, m) -> dict | None:
        for t in self._trig_near(m.prefix_start):
            if t.start == m.start:
                return t.value if isinstance(t.value, dict) else t.value[0]
        return None

    def _place_from_previous(self, si: int) -> list[dict]:
        """"وأفادت مصادر بمقتل 11 عنصراً خلال المعارك" after a sentence that placed the fighting:
        a follow-up without a place of its own happened where the event before it did."""
        if si == 0 or si - 1 not in self._trig_sents:
            return []
        return self._free_places(si - 1)[:1]

    def _free_places(self, si: int) -> list[dict]:
        """Places of a sentence that locate something: not part of an organisation's or a
        source's name ("هيئة تحرير الشام", "شبكة درعا 24") and not the container of the place before."""
        s = self.sents[si]
        taken = [(e["start"], e["end"]) for e in self.ents if e["type"] == "ORG" and s.start <= e["start"] < s.end]
        taken += [(a["start"], a["end"]) for a in self._attributions(s)]
        return [p for p in self.within(self.places, s.start, s.end)
                if not any(a <= p["start"] < b for a, b in taken) and not self._is_container(p)]

    def _antecedent(self, si: int) -> dict | None:
        for back in (1, 2):
            if si - back < 0:
                break
            s = self.sents[si - back]
            ps = self._free_places(si - back)
            if ps:
                return ps[-1]
        return None

    def _date_for(self, sent, m) -> tuple[str | None, str | None, str]:
        ds = [d for d in self.within(self.dates, sent.start, sent.end) if d.get("value")]
        if ds:
            d = min(ds, key=lambda d: (self.clause_breaks_between(d["start"], m.start) > 1,
                                       abs(d["start"] - m.start)))
            return d["value"], d.get("grain"), "text"
        if self.doc.published:
            return self.doc.published, "week", "published"
        return None, None, "none"

    def _attributions(self, sent) -> list[dict]:
        key = sent.start
        if key in self._att_cache:
            return self._att_cache[key]
        out = []
        for a in self.atts:
            if not (sent.start <= a.start < sent.end):
                continue
            src = self._source_after(a.end, sent.end)
            if src:
                out.append(dict(src, cue=a.surface, kind=a.value if isinstance(a.value, str) else a.value[0],
                                cue_start=a.prefix_start))
        self._att_cache[key] = out
        return out

    def _source_after(self, pos: int, limit: int) -> dict | None:
        """The organisation or person named right after an attribution cue, as written."""
        text = self.text
        p = pos
        while p < limit and text[p] in " \u00a0ـ":
            p += 1
        if p >= limit:
            return None
        p = self._skip_relative(p, limit)
        if p >= limit:
            return None
        # an entity starting here (allowing a clitic ل / opening quote)
        for e in self.ents:
            if e["type"] in ("ORG", "PER") and p <= e["start"] <= p + 3 and e["end"] <= limit:
                s, t = _trim(text, e["start"], e["end"])
                if t - s > 4 and text[s:s + 2] == "لل" and s == p:
                    s += 1  # "وفقاً للمرصد السوري": the entity kept the preposition's lam
                    return {"start": s, "end": t, "surface": "ا" + text[s:t], "entity": e["type"]}
                if t > s:
                    return {"start": s, "end": t, "surface": text[s:t], "entity": e["type"]}
            if e["start"] > p + 3:
                break
        if text[p] in "\"“«'":
            close = text.find({"“": "”", "«": "»"}.get(text[p], text[p]), p + 1, limit)
            if close == -1 and text[p] == "“":
                close = text.find("“", p + 1, limit)
            if 0 < close - p <= 80:
                return {"start": p + 1, "end": close, "surface": text[p + 1:close]}
        toks = tokenize(text, p, limit)
        # "كشف تقرير للشبكة السورية …": the source is the network, not its report
        if len(toks) > 1 and fold_str(toks[0].text) in self.ex.lead_nouns and fold_str(toks[1].text).startswith("ل") \
                and len(toks[1].text) > 3:
            toks = toks[1:]
        words = []
        for i, tok in enumerate(toks):
            f = fold_str(tok.text)
            if i == 0 and f.startswith("ل") and len(f) > 3 and tok.text not in ("لـ",):
                words.append(tok)  # "وفقا لمركز …": the clitic stays in the surface, trimmed below
                continue
            if tok.text in ("لـ", "ل") and not words:
                continue
            if tok.text[:1].isdigit():
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                # "شبكة درعا 24": a number closing a name, not a figure the source reports
                if words and (nxt is None or fold_str(nxt.text) in self.ex.att_stop or not nxt.text[:1].isalnum()):
                    words.append(tok)
                break
            if len(words) == 1 and tok.text in "\"“«" and len(tok.text) == 1 and \
                    fold_str(words[0].text) not in self.ex.generic_heads:
                close = text.find({"“": "”", "«": "»"}.get(tok.text, tok.text), tok.end, limit)
                if 0 < close - tok.end <= 40:
                    # "شبكة «دير الزور 24»": a quoted name after the head noun is part of the source
                    words.append(Token(tok.start, close + 1, text[tok.start:close + 1]))
                break
            if len(tok.text) == 1 and not tok.text.isalnum() or f in self.ex.att_stop:
                break
            if words and any(tm.prefix_start == tok.start and not tm.prefix.endswith(("ال", "لل"))
                             for tm in self._trig_near(tok.start)):
                break  # "أعلن المجند وليد القشعمي انشقاقه": the event word ends the name
            if len(words) >= 1 and fold_str(words[0].text) in self.ex.generic_heads and \
                    not f.endswith(("يه", "ي", "يون", "يين", "ون", "ين")):
                break  # "مصادر محلية" / "مصدر أمني": a generic source and its adjectives only
            words.append(tok)
            if len(words) >= self.ex.att_max:
                break
        if not words:
            return None
        s, e = words[0].start, words[-1].end
        if fold_str(text[s:s + 1]) == "ل" and fold_str(words[0].text).startswith("ل") and len(words[0].text) > 3 \
                and text[s:s + 2] != "لـ":
            s += 1
        if text[s:s + 2] == "لـ":
            s += 2
        surface = text[s:e]
        if not surface.strip():
            return None
        if surface.startswith("ل") and fold_str(words[0].text).startswith("لل") and s == words[0].start + 1:
            # "وفقاً للمرصد السوري": ل + ال wrote the article as one lam; the name is "المرصد السوري"
            surface = "ا" + surface
        return {"start": s, "end": e, "surface": surface}

    def _skip_relative(self, p: int, limit: int) -> int:
        """"حسب ما نقلته شبكة …", "وفق ما أفاد به الدفاع المدني": skip ما + reporting verb (+ به)."""
        i = bisect_left(self.tok_starts, p)
        toks = [t for t in self.tokens[i:i + 3] if t.end <= limit]
        if toks and fold_str(toks[0].text) in ("به", "بها") and len(toks) > 1:
            return toks[1].start  # "بحسب ما أفاد به مراسلنا": the cue already held the verb
        cue_ma = fold_str(self.text[max(0, p - 4):p]).rstrip().endswith("ما")  # "حسبما", "وفق ما"
        if toks and fold_str(toks[0].text) in self.ex.relative_ma:
            toks, cue_ma = toks[1:], True
        if not toks or not cue_ma or not fold_str(toks[0].text).startswith(self.ex.att_verbs):
            return p
        end = toks[0].end
        if len(toks) > 1 and fold_str(toks[1].text) in ("به", "بها", "ب"):
            end = toks[1].end
        while end < limit and self.text[end] in " \u00a0":
            end += 1
        return end

    def _substantial(self, k: int) -> bool:
        """A sentence of at least four Arabic words (not a hashtag line or a tweet's byline)."""
        hit = self._subst.get(k)
        if hit is None:
            s = self.sents[k]
            hit = self._subst[k] = len(_ARABIC_WORD.findall(self.text, s.start, s.end)) >= 4
        return hit

    def _trig_near(self, pos: int):
        i = bisect_left(self._trig_starts, pos)
        return self.trig[i:i + 2]

    def _reported_by(self, si: int, m) -> tuple[dict | None, str]:
        atts = self._attributions(self.sents[si])
        if atts:
            before = [a for a in atts if a["cue_start"] <= m.start]
            return (before[-1] if before else atts[0]), "text"
        seen = 0
        k = si - 1
        while k >= 0 and seen < self.ex.carry:
            if self._substantial(k):
                seen += 1
                a = self._attributions(self.sents[k])
                if a:
                    return a[-1], "context"
            k -= 1
        if self.doc.outlet:
            return {"surface": self.doc.outlet}, "outlet"
        return None, "none"

    def _actors(self, si: int, m, info, rep) -> list[dict]:
        sent = self.sents[si]
        actors = []
        ents = [e for e in self.within(self.ents, sent.start, sent.end) if e["type"] in ("PER", "ORG")]
        surf = m.surface
        self_ref = surf.endswith(("ه", "ها", "هم"))
        rep_span = (rep["start"], rep["end"]) if rep and "start" in rep else None
        for e in ents:
            es, ee = _trim(self.text, e["start"], e["end"])
            if ee <= es:
                continue
            e = dict(e, start=es, end=ee, surface=self.text[es:ee])
            inside_rep = rep_span and rep_span[0] <= e["start"] < rep_span[1]
            if e["end"] <= m.start:
                if self.clause_breaks_between(e["end"], m.start) > 2:
                    continue
                if inside_rep and not (self_ref or info["type"] == "statement"):
                    continue
                actors.append({"surface": e["surface"], "role": "agent", "start": e["start"], "end": e["end"]})
            elif e["start"] >= m.end and self.clause_breaks_between(m.end, e["start"]) == 0:
                prev = fold_str(self.text[max(m.end, e["start"] - 4):e["start"]]).split()
                if info["type"] in ("defection", "desertion") and prev and prev[-1] == "عن":
                    role = "source"
                elif info["type"] == "statement" and prev and prev[-1] == "من":
                    role = "agent"
                else:
                    role = "patient"
                actors.append({"surface": e["surface"], "role": role, "start": e["start"], "end": e["end"]})
        if not any(a["role"] == "agent" for a in actors):
            for t in self.titles:
                if any(p["start"] <= t.start < p["end"] for p in self.places):
                    continue  # "الشيخ مسكين", "الشيخ مقصود": a title word inside a place name
                if sent.start <= t.start and t.end <= m.start:
                    name = self._name_after(t.end, m.start)
                    if name:
                        actors.append({"surface": self.text[t.start:name[1]], "role": "agent",
                                       "start": t.start, "end": name[1]})
            if rep and "start" in rep and (self_ref or info["type"] == "statement") and \
                    not any(a["role"] == "agent" for a in actors):
                actors.append({"surface": rep["surface"], "role": "agent", "start": rep["start"], "end": rep["end"]})
        seen, out = set(), []
        for a in actors:
            if a["surface"] not in seen:
                seen.add(a["surface"])
                out.append(a)
        return out

    def _name_after(self, pos: int, limit: int):
        toks = tokenize(self.text, pos, limit)[:3]
        names = []
        for t in toks:
            if not t.text.isalpha() or fold_str(t.text) in self.ex.att_stop or fold_str(t.text).startswith("ال"):
                break
            names.append(t)
        if len(names) >= 2:
            return names[0].start, names[-1].end
        return None

    def _modality(self, sent, m, lo: int | None = None, window: int | None = None) -> str:
        t_trig = self.tok_of(m.start)
        found = set()
        for c in self.mods:
            if not (max(sent.start, lo or 0) <= c.prefix_start and c.end <= m.start):
                continue
            kinds = c.value if isinstance(c.value, list) else [c.value]
            dist = t_trig - self.tok_of(c.end - 1)
            if window is not None and dist > window:
                continue
            for kind in kinds:
                if kind == "qad_imperfect":
                    nxt = self.tok_of(c.end - 1) + 1
                    if nxt < len(self.tokens) and dist <= self.ex.mod_window[kind] and \
                            fold_str(self.tokens[nxt].text).startswith(self.ex.imperfect) and \
                            not self._qad_past(sent, nxt):
                        found.add("hypothetical")
                    continue
                if dist <= self.ex.mod_window[kind]:
                    found.add(kind)
        for k in self.ex.precedence:
            if k in found:
                return k
        return "asserted"

    def _qad_past(self, sent, nxt: int) -> bool:
        """"وكانت قوات النظام قد استهدفت", "قد اعتقلت": قد before a past form reports a fact; only
        قد + imperfect ("قد يصل") hedges. A past form is told by كان before قد or by its ending."""
        qad = nxt - 1
        for tok in self.tokens[max(0, qad - 4):qad]:
            if tok.start >= sent.start and fold_str(tok.text) in self.ex.pluperfect:
                return True
        w = fold_str(self.tokens[nxt].text)
        return w[:1] in "اأت" and len(w) >= 5 and w.endswith(self.ex.past_endings)

    def _count_modality(self, sent, m, q: dict, modality: str) -> str:
        """"قد يصل إلى الألف": a cue just before the figure hedges that figure's event."""
        if modality != "asserted" or q["start"] < m.end:
            return modality
        return self._modality(sent, _Anchor(q["start"], q["end"], q["surface"]), lo=m.end, window=4)

    def _scope(self, sent, q: dict | None, place: dict | None) -> dict:
        """Rank/service words of the clause holding the figure, the place and the period."""
        s, e = sent.start, (q["end"] if q else sent.end)
        if q:
            for i in range(q["start"] - 1, s - 1, -1):
                if self.text[i] in "،,؛;٬":
                    s = i + 1
                    break
            s = max([s] + [m.end for m in self.brks if s <= m.prefix_start and m.end <= q["start"]])
        rank = []
        for t in self.scopes:
            if s <= t.start and t.end <= e:
                g = t.value if isinstance(t.value, str) else t.value[0]
                if g not in rank:
                    rank.append(g)
        period = [p.surface for p in self.periods if sent.start <= p.start < sent.end]
        return {"rank": rank, "place": place["surface"] if place else None, "period": period}

    def _record(self, si, m, info, q, place, modality, rep, rep_src, actors, confidence, kind="trigger") -> dict:
        sent = self.sents[si]
        date, grain, dsrc = self._date_for(sent, m)
        rec: dict[str, Any] = {
            "type": info["type"], "start": m.start, "end": m.end, "trigger": m.surface,
            "actors": [{"surface": a["surface"], "role": a["role"]} for a in actors],
            "count": ({"low": q.get("low"), "high": q.get("high"), "approx": bool(q.get("approx"))} if q else None),
            "place": place,
            "date": date, "date_grain": grain, "date_source": dsrc,
            "reported_by": rep["surface"] if rep else None, "reported_by_source": rep_src,
            "confidence": round(confidence, 2), "modality": modality,
            "sentence_start": sent.start, "sentence_end": sent.end,
            "subtype": info.get("sub"),
            "counted": q.get("counted") if q else None,
            "counted_en": counted_gloss(q.get("counted")) if q else None,
            "quantity": ({"start": q["start"], "end": q["end"], "surface": q["surface"]} if q else None),
            "scope": self._scope(sent, q, place),
            "via": kind,
            "_q": q["start"] if q else 0,
        }
        return rec

    def _confidence(self, base, q, place, rep_src, date_src) -> float:
        c = base + (0.1 if q else 0) + (0.1 if place else 0) + (0.05 if rep_src == "text" else 0)
        c += 0.05 if date_src == "text" else 0
        return min(c, 0.95)

    def _sentence_events(self, si: int, trigs) -> list[dict]:
        sent = self.sents[si]
        counts = self._assign_counts(sent, trigs)
        events = []
        att_spans = self._excluded_spans(sent)
        # places that belong to a count ("12 من مدينة جاسم") are not free for other events
        paired = {}
        for q in self.within(self.quants, sent.start, sent.end):
            p = self._paired_place(q, sent.end)
            if p is not None:
                paired[q["start"]] = p
        owner = {q["start"]: trigs[i][1]["type"] for i, qs in counts.items() for q in qs}
        for i, (m, info) in enumerate(trigs):
            modality = self._modality(sent, m)
            rep, rep_src = self._reported_by(si, m)
            actors = self._actors(si, m, info, rep)
            actor_spans = att_spans + [(a["start"], a["end"]) for a in actors if a["role"] == "agent"]
            qs = counts[i]
            own = {qq["start"] for qq in qs}
            # a list ("12 من جاسم، و9 من داعل"): each place belongs to its own figure; a single place
            # paired with a figure of the same type ("وأصيب 5 آخرون بجروح في محردة") is shared
            listed = len({p["start"] for p in paired.values()}) > 1
            actor_spans = actor_spans + [(p["start"], p["end"]) for k, p in paired.items()
                                         if k not in own and (listed or owner.get(k) != info["type"])]
            base = 0.5 if info["pos"] != "adj" else 0.4
            if len(qs) > 1:
                for j, q in enumerate(qs):
                    nxt = qs[j + 1]["start"] if j + 1 < len(qs) else sent.end
                    place = self._place_after(q["end"], 40)
                    if place and place["start"] >= nxt:
                        place = None
                    if place is None and j == 0:
                        ps = [p for p in self._choose_place(si, m, actor_spans) if p["start"] < qs[1]["start"]]
                        place = ps[0] if ps else None
                    conf = self._confidence(base, q, place, rep_src, "text")
                    events.append(self._record(si, m, info, q, place, self._count_modality(sent, m, q, modality),
                                               rep, rep_src, actors, conf))
                continue
            q = qs[0] if qs else self._one_person(m, info)
            places = []
            if q and q["start"] in paired:
                places = [paired[q["start"]]]
            if not places:
                places = self._choose_place(si, m, actor_spans)
            if not places and si + 1 < len(self.sents):
                places = self._place_from_next(si, actors)
            if not places and info["type"] not in ("statement", "agreement", "sanction"):
                places = self._place_from_previous(si)
                if places and q is None and m.prefix.endswith(("ال", "لل")) and info["type"] in self._types_seen:
                    continue  # "وتأتي المظاهرة بعد …": the event told in the sentence before
            if q and len(places) > 1:
                places = places[:1]
            if q is None and info["pos"] == "adj":
                continue  # "المنشقين" without a figure refers back to people already counted
            if q is None and places and m.prefix.endswith(("ال", "لل")) and \
                    all(self._origin(p["start"]) for p in places):
                continue  # "تظاهر المئات من أهالي جاسم رفضاً لحملات الاعتقال": a reference, no new event
            if q is None and not places and m.prefix.endswith(("ال", "لل")) and not (
                    info["type"] == "statement" and any(a["role"] == "agent" for a in actors)):
                continue  # "الضحايا" / "القصف" with nothing new: a reference to an event already told
            if q is not None:
                modality = self._count_modality(sent, m, q, modality)
            for place in places or [None]:
                conf = self._confidence(base, q, place, rep_src, "text")
                events.append(self._record(si, m, info, q, place, modality, rep, rep_src, actors, conf))
        out = self._dedupe(events)
        self._types_seen.update(e["type"] for e in out)
        return out

    def _one_person(self, m, info) -> dict | None:
        """"مقتل مدني", "اغتيال قيادي سابق": an indefinite singular person noun right after a
        person-counting trigger is a count of one."""
        if "person" not in self.ex.type_counts.get(info["type"], []) or info["pos"] == "adj":
            return None
        t0 = self.tok_of(m.end - 1) + 1
        # a noun right after the trigger; after a verb, also past its subject ("اعتقلت قوات الأمن شاباً")
        reach = 4 if info["pos"] == "verb" else 1
        for tok in self.tokens[t0:t0 + reach]:
            if self.sent_of(tok.start) != self.sent_of(m.start) or not tok.text[:1].isalpha():
                return None
            f = fold_str(tok.text)
            if f.endswith("ا") and f[:-1] in self.ex.one_person:
                f = f[:-1]  # the accusative's tanween alif
            if f in self.ex.one_person:
                if any(q["start"] <= tok.start < q["end"] for q in self.quants):
                    return None
                return {"start": tok.start, "end": tok.end, "surface": tok.text, "low": 1, "high": 1,
                        "approx": False, "kind": "count", "unit": None, "counted": tok.text}
            if f in self.ex.att_stop or f.startswith(("في", "من", "على")) and len(f) <= 3:
                return None
        return None

    def _paired_place(self, q: dict, limit: int) -> dict | None:
        """The place a count is "of": "25 عنصراً من نصيب", "12 من مدينة جاسم"."""
        p = self._place_after(q["end"], 30)
        if p is None or p["end"] > limit:
            return None
        between = fold_str(self.text[q["end"]:p["start"]]).split()
        if len(between) > 4:
            return None
        if any(w in ("من", "في") or w.startswith(("من", "في")) and len(w) > 4 for w in between):
            if any(x["start"] > q["end"] and x["start"] < p["start"] for x in self.quants):
                return None
            return p
        return None

    def _place_from_next(self, si: int, actors) -> list[dict]:
        """"أعلن المجند وليد القشعمي انشقاقه … وذكر القشعمي أنه … في بلدة حرستا": the next sentence
        that names the same actor continues the story and may give the place."""
        names = {w for a in actors for w in _ARABIC_WORD.findall(fold_str(a["surface"])) if len(w) > 3}
        if not names:
            return []
        s = self.sents[si + 1]
        words = set(_ARABIC_WORD.findall(fold_str(self.text[s.start:s.end])))
        if not names & (words | {w[1:] for w in words if w.startswith("و")}):
            return []
        ps = self.within(self.places, s.start, s.end)
        return ps[:1]

    def _dedupe(self, events: list[dict]) -> list[dict]:
        """Several triggers of one type in one sentence ("أعلن انشقاقه … المنشقين") are one event
        unless they carry different counts or places."""
        out: list[dict] = []
        for e in events:
            dup = None
            for o in out:
                if o["type"] != e["type"] or o["modality"] != e["modality"] or o["sentence_start"] != e["sentence_start"] \
                        or o["subtype"] != e["subtype"]:
                    continue  # "قضى طفلان وأصيبت والدتهما": the killed and the injured are two reports
                same_q = (o["quantity"] or {}).get("start") == (e["quantity"] or {}).get("start")
                same_p = (o["place"] or {}).get("start") == (e["place"] or {}).get("start")
                if (same_q or e["count"] is None) and (same_p or e["place"] is None):
                    dup = o
                    break
            if dup is None:
                out.append(e)
            else:
                for a in e["actors"]:
                    if a not in dup["actors"]:
                        dup["actors"].append(a)
        return out

    def _continuations(self, by_sent) -> list[dict]:
        """A sentence without a trigger that lists counts with places ("20 من قرية …، و14 من …")
        continues the person-counting event named in the sentences just before it."""
        out = []
        quants_by_sent: dict[int, list[dict]] = {}
        for q in self.quants:
            quants_by_sent.setdefault(self.sent_of(q["start"]), []).append(q)
        for si, qs in sorted(quants_by_sent.items()):
            if si in by_sent:
                continue
            src = None
            for back in range(1, self.ex.continuation_sentences + 1):
                trigs = [t for t in by_sent.get(si - back, []) if t[1]["type"] in self.ex.continuation_types]
                if trigs:
                    src = trigs[-1]
                    break
            if src is None:
                continue
            m0, info = src
            sent = self.sents[si]
            qs = [q for q in qs if self._compatible(q, info["type"]) and not self._is_subset(q)]
            pairs = []
            for j, q in enumerate(qs):
                nxt = qs[j + 1]["start"] if j + 1 < len(qs) else sent.end
                p = self._place_after(q["end"], 40)
                if p and p["start"] < nxt and p["end"] <= sent.end and \
                        any(w.startswith(("من", "في")) for w in fold_str(self.text[q["end"]:p["start"]]).split()):
                    pairs.append((q, p))
            if not pairs:
                continue
            for q, p in pairs:
                anchor = _Anchor(q["start"], q["end"], self.text[q["start"]:q["end"]])
                modality = self._modality(sent, anchor)
                rep, rep_src = self._reported_by(si, anchor)
                conf = self._confidence(0.35, q, p, rep_src, "text")
                rec = self._record(si, anchor, info, q, p, modality, rep, rep_src, [], conf, kind="continuation")
                rec["start"], rec["end"], rec["trigger"] = m0.start, m0.end, m0.surface
                out.append(rec)
        return out


class _Anchor:
    """A stand-in trigger at a count's position for follow-up sentences (offsets of the count)."""

    __slots__ = ("start", "end", "surface", "prefix_start")

    def __init__(self, start, end, surface):
        self.start, self.end, self.surface, self.prefix_start = start, end, surface, start


def happened(event: dict) -> bool:
    return event.get("modality", "asserted") not in NOT_HAPPENED
