"""The actor list of data/events/actors.json, made ready for matching and for ACLED.

Kept as data, expanded here once: a force named by a nationality adjective after a military
noun («مسيّرة تركية», «الرتل العسكري التركي», «طائرات روسية») gets every head × adjective form
as an alias (the heads are listed once in the file, the adjectives per actor); an alias valid only
for a period («إدارة العمليات العسكرية» is the opposition's operations room before 8 December
2024 and the new government's army after) is remembered with its period, and `pick` chooses the
actor whose period holds the document's date (and, for an alias with `not_with`, whose text names
none of those words: «قوى الأمن الداخلي» is the interior ministry's force after the fall, the SDF's
Asayish in a text that names them; and with `with`, one of them: «الفصائل المحلية» in a text about
Sweida after the fall are the Druze factions). ACLED renames state forces by period («Military
Forces of Israel (2022-)»); `acled_name` gives the name for an event's date.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from ...arabic.normalize import fold_str

_FILE = Path(__file__).resolve().parents[2] / "data" / "events" / "actors.json"


def _definite(phrase: str) -> str:
    return " ".join(w if w.startswith("ال") else "ال" + w for w in phrase.split())


def adjective_aliases(heads: dict[str, list[str]], adjectives: dict[str, Any]) -> list[str]:
    """«مسيرة تركية», «المسيرة التركية», «رتل عسكري تركي», «الرتل العسكري التركي», …"""
    out: list[str] = []
    for gender, spellings in adjectives.items():
        # («أمريكية» and «أميركية»: an adjective may be listed in each of its spellings)
        for adj, head in ((a, h) for a in (spellings if isinstance(spellings, list) else [spellings])
                          for h in heads.get(gender, [])):
            if head.split()[-1].startswith("ال"):
                # «وحدات الجيش التركي»: a head that ends in a definite noun takes the definite adjective
                out.append(f"{head} {_definite(adj)}")
                continue
            out.append(f"{head} {adj}")
            out.append(f"{_definite(head)} {_definite(adj)}")
    return out


def _generated_dated(a: dict, heads: dict[str, list[str]]) -> list[dict]:
    """The actor's dated aliases, with those its `dated_adjectives` («طائرة حربية سورية» names the
    state's forces of the period) and `loyal_to` («مسلحون موالون للرئيس المخلوع») build."""
    out = list(a.get("dated_aliases", []))
    for adj in a.get("dated_adjectives", []):
        skip = set(adj.get("except_heads", ()))
        kept = {g: [h for h in hs if h not in skip] for g, hs in heads.items()}
        period = {k: adj[k] for k in ("from", "until") if k in adj}
        out += [dict(period, alias=x) for x in adjective_aliases(kept, {g: adj[g] for g in ("m", "f") if g in adj})]
    loyal = a.get("loyal_to")
    for group in (loyal if isinstance(loyal, list) else [loyal] if loyal else []):
        # («موالون» + «للرئيس المخلوع»; «محسوبون على» + «النظام السابق»: each group its own links and objects)
        period = {k: group[k] for k in ("from", "until") if k in group}
        out += [dict(period, alias=f"{link} {obj}") for link in group["links"] for obj in group["objects"]]
    return out


def _regional_names(raw: dict) -> dict[str, list[str]]:
    """actors.json `region_names` (stop 47, finds47; kg27): {canonical: full names that hold a region}, when switched
    on. «قوى الأمن الداخلي في شمال وشرق سوريا» is one name: the region in it is no place of the act (arguments._in_name
    leaves out a place inside an actor's name) and the name whole is the source."""
    c = raw.get("region_names") or {}
    return {k: list(v) for k, v in c.get("names", {}).items()} if c.get("enabled") else {}


@lru_cache(maxsize=1)
def expanded() -> dict:
    raw = json.loads(_FILE.read_text(encoding="utf-8"))
    heads = raw.get("adjective_heads", {})
    actors = []
    regional = _regional_names(raw)
    for a in raw["actors"]:
        a = dict(a)
        aliases = list(a["aliases"]) + adjective_aliases(heads, a.get("adjectives", {})) + \
            regional.get(a.get("canonical") or "", [])
        dated = {}
        for d in _generated_dated(a, heads):
            aliases.append(d["alias"])
            dated[fold_str(d["alias"])] = (d.get("from") or "", d.get("until") or "9999",
                                           tuple(fold_str(w) for w in d.get("not_with", ())),
                                           tuple(fold_str(w) for w in d.get("with", ())),
                                           tuple(fold_str(w) for w in d.get("with_near", ())))
        # «للجيش الوطني», «التابعة للنظام»: the lam swallows the article's alif, so the text holds
        # «ل» + «لجيش…»; the form without «ال» is matched too, valid only right after a «لل» (lam_only)
        lam_only = set()
        own = {fold_str(x).strip() for x in aliases}  # (the names written out; a bare form of one is no lam-only)
        for al in list(aliases):
            f = fold_str(al).strip()
            if f.startswith("ال") and len(f) >= 5:
                bare = f[2:]
                aliases.append(bare)
                lam_only.add(bare)
                if f in dated:
                    dated[bare] = dated[f]
        a["aliases"] = list(dict.fromkeys(aliases))
        a["_dated"] = dated
        a["_lam_only"] = frozenset(lam_only - own)
        actors.append(a)
    return dict(raw, actors=actors)


def pick(value: Any, key: str, date: str | None, text: str | None = None, near: str | None = None) -> dict | None:
    """The actor (of one alias's values) whose period for this alias holds the date: a dated
    alias of another period is no match; an undated document takes the undated reading. A dated
    alias with `not_with` words is no match in a text (the document) that names one of them, unless
    its own sentence (`near`) names one of its `with_near` words («عنصر من قوى الأمن الداخلي» in a
    sentence of «وزارة الداخلية»); one with `with` words only in a text that names one of them."""
    vals = value if isinstance(value, list) else [value]
    fitting = []
    for v in vals:
        span = (v.get("_dated") or {}).get(key)
        if span is None:
            fitting.append(v)
        elif date and span[0] <= date < span[1] and not (
                span[2] and text and _names_any(text, span[2]) and not (span[4] and near and _names_any(near, span[4]))) and \
                not (span[3] and not (text and _names_any(text, span[3]))):
            return v
    return fitting[0] if fitting else None


def _names_any(text: str, words: tuple[str, ...]) -> bool:
    folded, vocab = _folded(text)
    return any((w in folded) if " " in w else (w in vocab) for w in words)


@lru_cache(maxsize=8)
def _folded(text: str) -> tuple[str, frozenset[str]]:
    """The document folded once, and its words without clitics («وقسد», «لقسد», «بالأسايش»)."""
    folded = " ".join(fold_str(text).split())
    words = set()
    for w in folded.split():
        w = w.strip("«»\"'()[].,،:؛")
        words.add(w)
        for pre in ("وال", "بال", "لل", "ال", "و", "ب", "ل"):
            if w.startswith(pre) and len(w) - len(pre) >= 3:
                words.add(w[len(pre):])
                words.add("ال" + w[len(pre):])
    return folded, frozenset(words)


def acled_name(actor: dict, date: str | None) -> str:
    """ACLED's name for the actor on that date (`acled_periods`), else its `acled` name."""
    for p in actor.get("acled_periods", []):
        if date and (p.get("from") or "") <= date < (p.get("until") or "9999"):
            return p["name"]
    return actor["acled"]
