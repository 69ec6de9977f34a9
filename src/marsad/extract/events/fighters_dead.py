"""Fighters killed by the other side's force, told with no act word of another kind, are the clash they died in
(stop 40, issue 10).

Why: army communiqués and local reports tell a fight by its dead: «أوقعت الوحدات أعداداً من الإرهابيين قتلى في
مزارع X», «استهدف الجيش تجمعات للمسلحين في Y فقتل تسعة من عناصر …», «مسلحون قتلوا عنصرين سابقين في المعارضة»,
«مقتل ثلاثة منشقين في Z». The gold codes the fight (armed_clash at that place, its dead the clash's); the rules see
a killing verb only and make a casualties record, and the death attacher keeps it (no act record or act word near
it). It was the largest group of casualties records with no gold of their type on the development sets that is not
protests (BENCHMARKS.md, stop 40, "dead": 16 records of 11 passages, 6 sets today).

What: an asserted casualties incident told alone, whose dead are named by a fighters' noun (data/events/
protest_dead.json `fighters.nouns`: إرهابي، مسلح، عنصر، مقاتل، جندي، عسكري، منشق، مرتزق…) right before its trigger or
within a few words after it (no civilian noun there, no «قد» of a recall before it), with a place, in a sentence
naming no weapon or other cause of death (`fighters.other_cause_words`: strike, shell, rocket, blast, mine, sniper,
execution…) and telling no act of another type (the death attacher's case), becomes an armed_clash record; when
the passage already has an armed_clash incident in that sentence, the one before or after at its place (or none on
one side), it is merged into it instead (protest_dead's merge: one event per incident).

Where: on the finished records, with protest_dead (post-hoc, replayed on the first-run trees). `fighters.enabled`
in protest_dead.json (ENABLED here, for the benchmarks). Cost: one pass over the casualties records' sentences.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .protest_dead import _alone, _at, _raw, beside, by_sentence, take
from .protest_tolls import sentence_spans
from .vocab import ffold, vocab

ENABLED = True
_WORD = re.compile(r"[\u0621-\u0652\u0670]+")  # (with the short vowels and shadda: «مسيّرة» is one word)


@lru_cache(maxsize=1)
def _conf() -> tuple[bool, tuple[str, ...], tuple[str, ...], tuple[str, ...], frozenset[str], int]:
    """protest_dead.json `fighters`, read once: the switch, the word classes, the killers' words and the reach."""
    raw = _raw().get("fighters", {})
    def words(k: str) -> tuple[str, ...]:
        return tuple(ffold(w) for w in raw.get(k, ()))
    return bool(raw.get("enabled", False)), words("nouns"), words("other_cause_words"), words("civilians"), \
        frozenset(words("killers_by")), int(raw.get("near", 6))


def refine(ctx, out: list[dict], hold: frozenset = frozenset()) -> list[dict]:
    """The records, fighters' deaths with no other cause told as the clash they died in (not the records `hold` names
    by id: a toll of separate incidents, incidents.tolls_apart)."""
    on, nouns, other, civilians, by, near = _conf()
    if not (on and ENABLED) or not any(_alone(r, "casualties") for r in out):
        return out
    text = ctx.doc.text
    spans = sentence_spans(ctx)
    clashes = by_sentence(spans, out, "armed_clash")
    # (a sentence telling an act of another type is the death attacher's: «سيطرت الفصائل على البلدة، فيما قتل 12 جندياً»)
    told = {_at(spans, r) for r in out if r.get("type") not in ("casualties", "armed_clash")
            and r.get("modality", "asserted") == "asserted"}
    gone: set[int] = set()
    for r in out:
        k = _at(spans, r)
        if not _alone(r, "casualties") or k < 0 or k in told or not r.get("place") or id(r) in hold or \
                not _fighters(text, spans[k], r, (nouns, other, civilians, by, near)):
            continue
        act = beside(clashes, k, r)
        if act is not None:
            take(act, r)
            gone.add(id(r))
        else:
            r["type"], r["subtype"], r["count"] = "armed_clash", vocab().types["armed_clash"]["acled"][1], None
    return [r for r in out if id(r) not in gone] if gone else out


def _fighters(text: str, span: tuple[int, int], r: dict, words_of: tuple) -> bool:
    """The dead are fighters: a fighters' noun right before r's trigger or within `near` words after it, no civilian
    noun after it, no «قد» of a recall before it in its sentence («وكان ثلاثة من عناصره قد قُتلوا»: a side's past losses), the
    nouns after «برصاص/بنيران/يد» being the killers, and
    no word of another cause in its sentence. (A noun further before is the killers more often than the dead: «أقدم
    مسلحو التنظيم على قتل عشرين رجلاً».)"""
    nouns, other, civilians, killers_by, near = words_of
    words = [(m.start(), ffold(m.group())) for m in _WORD.finditer(text, *span)]
    if any(c in w for _, w in words for c in other):
        return False
    at = next((i for i, (s, _) in enumerate(words) if s >= r["start"]), len(words))
    after = [w for _, w in words[at:at + near + 1]]
    by = next((i for i, w in enumerate(after) if w in killers_by), len(after))
    after = after[:by]  # (the killers: «قضى برصاص عناصر الأمن»)
    if any(w == "قد" for _, w in words[:at]) or any(c in w for w in after for c in civilians):
        return False
    return any(n in w for w in [w for _, w in words[max(at - 1, 0):at]] + after for n in nouns)
