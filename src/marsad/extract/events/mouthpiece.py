"""A group's claim is reported by its own news agency when the item names that agency as its mouthpiece (stop 41,
helper src; issue 10's reported_by bar).

Armed groups speak through a news agency of their own, and an item says so where it names it: «وقالت وكالة «أعماق»،
الناطقة باسم التنظيم، إن…», «وفي بيان نشرته وكالة أعماق الناطقة باسمه، قال التنظيم…», «وزعمت «وكالة أعماق» القريبة
منه…», «وكالة أعماق، الذراع الإعلامية للتنظيم». The gold then credits the agency with the group's claims, also where
a sentence says «أعلن التنظيم» or a headline «داعش يعلن…» (the development paraphrase sets: three passages of two
sets credit the agency over the group; none credits the group over an agency the item names as its mouthpiece, for a
record the rules gave the group). The rules read «أعلن التنظيم» as the group's own word.

So: a media body (a head word of `media_heads`, «وكالة/قناة/شبكة…», and its name) followed by a word of tie
(`ties`: «الناطقة باسم», «القريبة من», «الذراع الإعلامية») is a mouthpiece; its owner is the nearest source before it
the rules resolve to a known actor (the tie's object, when it is a noun and not a pronoun, must be in that source's
words: «باسم التنظيم» → «تنظيم «الدولة الإسلامية»»). Every asserted record of the item (not a statement: a group's
threat or stance is the group's, events_probe README stop 32) whose source is that actor takes the mouthpiece.

Reads what every tree since stop 32 has (Attribution.of_sentence, the Ctx tokens, source_chooser.apply, copied into
an older tree by the gate, benchmarks/bench_figure_fixes.py `mouthpiece --measure rep`). Cost: one pass over the
tokens per document, the sources of the sentences up to a mouthpiece only where the document has one.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .attribution import Attribution
from .context import Ctx
from .vocab import ffold

SETTINGS = Path(__file__).resolve().parents[2] / "data" / "events" / "mouthpiece.json"
_PREFIXES = ("و", "ل", "ب", "ف", "وب", "ول")
_QUOTES = frozenset('"«»')


@lru_cache(maxsize=1)
def settings() -> dict:
    """The JSON's switch and closed lists, folded (no file, as in an older tree: off)."""
    raw = json.loads(SETTINGS.read_text(encoding="utf-8")) if SETTINGS.exists() else {}
    heads = frozenset(ffold(w) for w in raw.get("media_heads", ()))
    return {"enabled": bool(raw.get("enabled")), "skip_types": frozenset(raw.get("skip_types", ())),
            "media_heads": heads, "head_forms": _head_forms(heads),
            "ties": _ties_by_first(tuple(tuple(ffold(w) for w in t.split()) for t in raw.get("ties", ()))),
            "name_tokens": int(raw.get("name_tokens", 7))}


def refine(ctx: Ctx, att: Attribution, out: list[dict]) -> None:
    """The pipeline hook on a document's finished records: a record whose source is a group the item names a
    mouthpiece of takes the mouthpiece."""
    conf = settings()
    if not conf["enabled"] or ctx.doc_words.isdisjoint(conf["head_forms"]):
        return
    owners: dict[str, dict] = {}
    for m in mouthpieces(ctx, conf):
        owner = _owner(ctx, att, m)
        if owner is not None:
            owners.setdefault(owner, m)
    if not owners:
        return
    from .source_chooser import apply

    for r in out:
        rep = r.get("reported_by") or {}
        if r.get("modality", "asserted") != "asserted" or r.get("type") in conf["skip_types"] or rep.get("outlet"):
            continue
        got = owners.get(rep.get("canonical") or "")
        if got is not None and rep.get("start") != got["start"]:
            apply(ctx, att, r, {k: got[k] for k in ("surface", "start", "end")})


def _head_forms(heads: frozenset) -> dict[str, int]:
    """Each media head and each with a one- or two-letter prefix, to the prefix's length: one lookup per word, both
    for the gate (most documents name no agency) and for the scan (the first prefix of _PREFIXES wins, as it did)."""
    forms = {h: 0 for h in heads}
    for p in _PREFIXES:
        for h in heads:
            forms.setdefault(p + h, len(p))
    return forms


def _ties_by_first(ties: tuple) -> dict:
    """The ties that may stand at a word, in the list's order, by the word: those of two words or more whose first
    word it is, and every one-word tie (its word may carry a pronoun: «منه»), under None for any other word. A tie
    of two words or more starts only at its first word, so the first tie of the list found at a word is the same
    (a lookup per word after a media head instead of a test of every tie)."""
    singles = [(n, t) for n, t in enumerate(ties) if len(t) == 1]
    firsts: dict = {}
    for n, t in enumerate(ties):
        if len(t) > 1:
            firsts.setdefault(t[0], list(singles)).append((n, t))
    out: dict = {w: tuple(t for _, t in sorted(c)) for w, c in firsts.items()}
    out[None] = tuple(t for _, t in singles)
    return out


def mouthpieces(ctx: Ctx, conf: dict | None = None) -> list[dict]:
    """Each media body followed by a tie: {surface, start, end, object (the tie's last word, folded), tie_end}."""
    conf = conf or settings()
    toks, f, ties, forms = ctx.tokens, ctx.ftoks, conf["ties"], conf["head_forms"]
    got = []
    for i, w in enumerate(f):
        cut = forms.get(w)
        if cut is None:
            continue
        for j in range(i + 2, min(len(f), i + 2 + conf["name_tokens"])):
            if f[j] == "." or ctx.text[toks[j].start] == "\n":
                break
            tie = next((t for t in ties.get(f[j], ties[None]) if _tie_at(f, j, t)), None)
            if tie is None:
                continue
            k = j - 1
            while k > i and f[k] == ",":
                k -= 1
            start, end = toks[i].start + cut, toks[k].end
            if sum(c in _QUOTES for c in ctx.text[start:end]) % 2 and ctx.text[end - 1] in _QUOTES:
                end = toks[k - 1].end
            if k > i:
                got.append({"surface": ctx.text[start:end], "start": start, "end": end,
                            "object": _object(f, j + len(tie) - 1, tie)})
            break
    return got


def _tie_at(f: list[str], j: int, tie: tuple) -> bool:
    """The tie's words at token j (its last word may carry a pronoun or its object glued: «منه», «للتنظيم»)."""
    if j + len(tie) > len(f):
        return False
    *first, last = tie
    return all(f[j + n] == w for n, w in enumerate(first)) and f[j + len(first)].startswith(last)


def _object(f: list[str], at: int, tie: tuple) -> str | None:
    """The tie's object when a noun names it: the word glued to its last word («للتنظيم») or the next word
    («باسم التنظيم»), less «ال»; None for a pronoun («باسمه», «منه»)."""
    glued = f[at][len(tie[-1]):]
    if not glued:
        glued = f[at + 1] if at + 1 < len(f) else ""
        return glued[2:] if glued.startswith(("ال", "لل")) and len(glued) > 3 else None
    return glued[2:] if glued.startswith("لل") and len(glued) > 3 else None


@lru_cache(maxsize=1)
def _groups() -> frozenset:
    """The canonical names of the actor list's bodies (forces, groups), not its sources (monitors, media): a
    monitor told before an agency is not the agency's owner («وقال المرصد …، وزعمت وكالة X القريبة منه»)."""
    from .actor_names import expanded

    return frozenset(a["canonical"] for a in expanded()["actors"])


def _owner(ctx: Ctx, att: Attribution, m: dict) -> str | None:
    """The canonical actor of the nearest source before the mouthpiece that has one of the actor list's bodies (its
    words holding the tie's object when that is a noun); None when none does."""
    forms = settings()["head_forms"]
    for k in range(ctx.sent_of(m["start"]), -1, -1):
        for a in sorted(att.of_sentence(k), key=lambda a: a.get("start") or 0, reverse=True):
            if a.get("start") is None or a["start"] >= m["start"] or a.get("canonical") not in _groups():
                continue
            words = [ffold(w) for w in a["surface"].replace("«", " ").replace("»", " ").split()]
            if words and words[0] in forms:
                continue
            if m["object"] and not any(m["object"] in w for w in words):
                continue
            return a["canonical"]
    return None
