"""Parts of a strike told in its own sentence are no record of their own (stop 40, issue 10).

Why: on the 26 development paraphrase sets, of the records whose type no gold event of their passage has, 12 are
the blasts or the interception of a strike the same sentence tells, and a coder codes the strike only:

- a blast noun in a sentence that tells a strike («استهدفت غارتان المعمل وتلتهما انفجارات متتالية», «وأحدث
  الصاروخ انفجاراً ضخماً في الحي», «ونجمت عن الضربة ثلاثة انفجارات», «دوّت انفجارات قرب المطار إثر قصف…») is
  the strike's own blast or its sound, not a bombing (7 passages of 6 sets; none of the 48 matched explosion
  records is such a noun in such a sentence: a bombing names what exploded, «انفجار سيارة مفخخة», and stays);
- an armed clash or a shelling in a sentence naming air defences meeting an attack («وقالت الوكالة إن الدفاعات
  الجوية تصدت لعدوان على محيط العاصمة», «واعترضت المضادات الجوية عدة صواريخ», «صاروخ اعترضته الدفاعات فوق
  التلة») is the air strike told from the side of its defence (5 passages of 5 sets; no matched record of these
  types stands in such a sentence).

- (stop 41) an `other` record told by a verb of destroying with a weapon or a vehicle after it («دمّر خلالها المقاتلون
  دبابة», «دمّر صاروخ موجّه الدبابة», «ودُمّر سلاحهم وعتادهم») is the damage done in the fight or the strike its
  sentence tells (5 records of 4 passages in 3 sets; no record told by such a verb is matched).

Read on the records, after they are made: dropped as mentions, the same words lost two matched strikes (the mention
carried its incident's air-strike type, or its join). Each part is a switch of its own in
data/events/strike_parts.json (`blasts`, `air_defence`, `destroyed`: `enabled`). Reads the folded words of one sentence per
explosion, clash or shelling record: cost nil, linear.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .vocab import ffold

DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "strike_parts.json"
_PUNCT = "،,.:؛«»\"()"
# (its own proclitics, not vocab.bare_in: the gate replays this module on trees older than that)
_CLITICS = ("وبال", "وال", "بال", "فال", "لل", "ال", "وب", "ول", "فب", "و", "ف", "ب", "ل")


def bare_in(w: str, words: frozenset[str]) -> bool:
    """The folded word, or the word without a proclitic, is in words."""
    w = w.strip(_PUNCT)
    return w in words or any(w.startswith(p) and w[len(p):] in words for p in _CLITICS)


@lru_cache(maxsize=1)
def _conf() -> dict:
    """strike_parts.json read once (absent: both parts off, so a tree without the file runs as before)."""
    raw = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}

    def words(part: dict, key: str) -> frozenset[str]:
        return frozenset(ffold(w) for w in part.get(key, ()))
    b, a, d = raw.get("blasts", {}), raw.get("air_defence", {}), raw.get("destroyed", {})
    return {"blasts": bool(b.get("enabled")), "nouns": words(b, "nouns"), "strike": words(b, "strike_words"),
            "reach": int(b.get("reach", 3)), "air_defence": bool(a.get("enabled")), "near": int(a.get("near", 3)),
            "types": frozenset(a.get("types", ())),
            "phrases": tuple(" ".join(ffold(p).split()) for p in a.get("phrases", ())),
            "heads": words(a, "heads"), "intercept": words(a, "intercept"),
            "destroyed": bool(d.get("enabled")), "destroy_verbs": words(d, "verbs"), "gear": words(d, "objects"),
            "gear_reach": int(d.get("reach", 8))}


def prune(ctx, out: list[dict]) -> list[dict]:
    """The records less those that are a blast or the air defence of a strike their sentence tells. Read on the
    records, not the mentions: a dropped mention may still carry its incident's type or join («الصواريخ» a force
    striking from the air fired; «الهجوم» the body's statement names), and a record is what a coder counts."""
    c = _conf()
    if not (c["blasts"] or c["air_defence"] or c["destroyed"]):
        return out
    return [r for r in out if not part_of_strike(ctx, r, c)]


def part_of_strike(ctx, r: dict, c: dict) -> bool:
    """The asserted record r, one act of its own, is a blast or an interception of a strike its sentence tells."""
    if r.get("group") is not None or r.get("modality", "asserted") != "asserted" or r.get("start") is None:
        return False
    sent = ctx.sents[ctx.sent_of(r["start"])]
    if c["blasts"] and r["type"] == "explosion":
        return _strike_blast(ctx, r, sent, c)
    if c["air_defence"] and r["type"] in c["types"]:
        return _met_by_defence(ctx, sent, c)
    if c["destroyed"] and r["type"] == "other":
        return _gear_destroyed(ctx, r, sent, c)
    return False


def _gear_destroyed(ctx, r: dict, sent, c: dict) -> bool:
    """An `other` record told by a verb of destroying with a weapon or a vehicle after it («دمّر المقاتلون دبابة»,
    «دمّر الجيش ثلاث آليات», «ودُمّر سلاحهم وعتادهم»): the damage of the fight or the strike it is told in."""
    own = [w.strip(_PUNCT) for w in ffold(r.get("trigger") or "").split()]
    if not own or not bare_in(own[0], c["destroy_verbs"]):
        return False
    return any(bare_in(w.strip(_PUNCT), c["gear"]) for w in ctx.words_after(r["end"], c["gear_reach"], limit=sent.end))


def _strike_blast(ctx, r: dict, sent, c: dict) -> bool:
    """A blast noun (the record's trigger) with no bomb named in or right after it, in a sentence with a strike
    word outside it."""
    own = [w.strip(_PUNCT) for w in ffold(r.get("trigger") or "").split()]
    if not own or not bare_in(own[0], c["nouns"]):
        return False
    named = own[1:] + [w.strip(_PUNCT) for w in ctx.words_after(r["end"], c["reach"], limit=sent.end)]
    if any(bare_in(w, ctx.v.what_exploded) for w in named):
        return False  # («انفجار سيارة مفخخة», «تفجير عبوة ناسفة»: a bombing told)
    before = ffold(ctx.text[sent.start:r["start"]]).split()
    after = ffold(ctx.text[r["end"]:sent.end]).split()
    return any(bare_in(w.strip(_PUNCT), c["strike"]) for w in before + after)


def _met_by_defence(ctx, sent, c: dict) -> bool:
    """The sentence names air defences meeting an attack: a defence phrase (or a bare defence head) with an
    interception word at most `near` words from it («الدفاعات الجوية السورية اعترضت», «اعترضته الدفاعات»,
    «تصدي الدفاعات الجوية للهجوم»). A defence unit named for itself («سقطت سرية الدفاع الجوي بيد المقاتلين») meets
    nothing."""
    words = [w.strip(_PUNCT) for w in ffold(ctx.text[sent.start:sent.end]).split()]
    at = [i for i, w in enumerate(words) if bare_in(w, c["heads"])]
    at += [i for i in range(len(words) - 1) if f"{words[i]} {words[i + 1]}" in c["phrases"] or
           f"{words[i][1:]} {words[i + 1]}" in c["phrases"] and words[i][:1] in "وب"]
    near = c["near"]
    return any(bare_in(x, c["intercept"]) for i in at for x in words[max(0, i - near):i + near + 2])

