"""Actors of a mention with roles, named canonically from data/events/actors.json.

agent: who acted (the subject before the trigger, the one right after a verb trigger, «من قبل X»,
«على يد X», the force a noun trigger is annexed to: «قصف قوات النظام», the subject of a light verb
«شنّ الطيران الروسي، اليوم، 20 غارة», «شنّتها طائرات التحالف», the first side of «اشتباكات بين X
و Y», a unit's owner «دورية تابعة لفرع الأمن العسكري», who fought beside «مدعومة بمقاتلين من X»);
for a defection, the force the defectors left («انشقوا عن الفرقة الرابعة»). target: who was hit,
arrested or joined («على X», «ضد X», «في صفوف X», «التحقوا بالجيش الحر», the civilians counted,
the other side of «بين X و Y», who withdrew when a place was taken «بعد انسحاب قوات النظام»).
source: who says so; a source announcing its own act («أعلنت الإدارة سيطرتها») is its agent too.
A backer named in passing («المدعوم من تركيا») is no actor of the event. An alias valid in one
period only (actor_names.pick) is read by the document's date.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ...arabic.normalize import fold_str
from .actor_names import pick
from .context import Ctx
from .mentions import Mention
from .vocab import complementisers, cue_words, ffold

_AGENT_AFTER = ("قبل", "يد", "بيد")  # «من قبل X», «على يد X»
# a habit named as the cause of a toll («بالبراميل التي تلقيها مروحيات النظام»)
# «كمين أعدّه مسلحون»: who laid the ambush
_DID_IT = frozenset(cue_words("actor_words", "did_it"))
# compared with folded words («على» folds to «علي»): folded here too
_TARGET_BEFORE = frozenset(cue_words("actor_words", "target_before"))
_JOIN = frozenset(cue_words("actor_words", "join"))
_PLACE_PREPS = frozenset(cue_words("actor_words", "place_preps"))
_CIVILIAN_NOUNS = frozenset(cue_words("actor_words", "civilian_nouns"))
_PERSONS = frozenset(cue_words("actor_words", "persons"))
# a verb whose object is the act noun: its subject is the agent («شنّ الطيران الروسي 20 غارة»)
_LIGHT = frozenset(cue_words("actor_words", "light"))
# verbs that name the killer right after them when they open the clause («أعدمت قوات النظام سبعة»)
_KILL_VERBS = frozenset(cue_words("actor_words", "kill_verbs"))
_BACKED_BY = frozenset(cue_words("actor_words", "backed_by"))
_BESIDE = frozenset(cue_words("actor_words", "beside"))
# «، تدعمها دبابات تركية،»: who supports the subject fought beside it, the subject acted
_SUPPORTS = frozenset(fold_str(p + w) for p in ("", "و") for w in cue_words("actor_words", "supports", fold=False))


_RELATIVES = frozenset(cue_words("actor_words", "relatives"))


def _relative_between(ctx: Ctx, lo: int, hi: int) -> bool:
    """A relative pronoun right before the verb at hi whose antecedent is not the name ending at lo
    (a word stands between them: «قصفت قوات النظام البلدة التي سيطرت عليها الفصائل»)."""
    t = ctx.tok_of(hi) - 1
    if t < 0 or ctx.ftoks[t] not in _RELATIVES or ctx.tokens[t].start < lo:
        return False
    return _gap_words(ctx, lo, ctx.tokens[t].start) >= 1


def _support_aside(ctx: Ctx, lo: int, hi: int) -> bool:
    """Between a name and its verb only an aside that names who supported it («، تدعمها X،»)."""
    gap = ctx.text[lo:hi].strip()
    if not gap.startswith(("،", ",")) or not gap.endswith(("،", ",")) or hi - lo > 90:
        return False
    words = [fold_str(w) for w in gap.strip("،, ").split()]
    return bool(words) and words[0] in _SUPPORTS and len(words) <= 8
_OWNER = frozenset(cue_words("actor_words", "owner"))
_WITHDREW = frozenset(cue_words("actor_words", "withdrew"))
_POSSESSIVE = ("ها", "ه", "هم", "هما")
_HIT_THINGS = frozenset(cue_words("actor_words", "hit_things"))
# «مواقعَ/موقعاً لتنظيم الدولة»: the accusative's alif does not change the noun
def _hit_thing(word: str) -> bool:
    return word in _HIT_THINGS or (word.endswith("ا") and word[:-1] in _HIT_THINGS)


def _hit_thing_described(before: list[str]) -> bool:
    """«نقطة عسكرية لـX», «مقراً أمنياً لـX»: a hit thing and one adjective before the owner."""
    return len(before) >= 2 and _hit_thing(before[-2]) and before[-1].endswith(("يه", "ي", "يا"))


# a contrast word starts news of its own: a «نفذها X» after it does not name this act's doer
_CONTRAST = frozenset(cue_words("actor_words", "contrast"))
# «إثر استهداف X بقذائف الهاون منزلاً»: a targeting masdar, its subject, the instrument, its object
_AIM_MASDARS = frozenset(cue_words("actor_words", "aim_masdars"))
_AIMED_AT = _HIT_THINGS | frozenset(cue_words("actor_words", "aimed_at"))
_FIGHTER_NOUNS = frozenset(cue_words("actor_words", "fighter_nouns"))
_ALA = fold_str("على")
_PERSONNEL = frozenset(cue_words("actor_words", "personnel"))
_MEN = _FIGHTER_NOUNS | _PERSONNEL
_CAUSED_BY = frozenset(cue_words("actor_words", "caused_by"))
# «عدد مقاتلي فصيل X الذين قتلوا»: X's men are the dead
_THE_DEAD = frozenset(cue_words("actor_words", "the_dead"))
_WHO = frozenset(cue_words("actor_words", "who"))
_MEMBERS = frozenset(cue_words("actor_words", "members"))
_MEMBER_ADJS = frozenset(cue_words("actor_words", "member_adjs"))
_ACTS_ON = frozenset(cue_words("actor_words", "acts_on"))
_CELLS = frozenset(cue_words("actor_words", "cells"))
_ISSUE = frozenset(cue_words("actor_words", "issue"))


def _issue_verbs() -> frozenset[str]:
    """actor_words `issue` and, when switched on, cues.json `present_issuing` («يصدر المجلس بياناً»)."""
    from .attribution import present_issuing
    extra = present_issuing()
    return _ISSUE | extra if extra else _ISSUE  # (off: no copy of the list on every statement)


def _negated(ctx: Ctx, t: int) -> bool:
    """The token before token t negates it («لم يصدر عن الهيئة أي بيان»: nothing was issued; cues.json
    `present_issuing` `negations`: only a present form can follow them)."""
    from .attribution import present_negations
    return t > 0 and ctx.ftoks[t - 1] in present_negations()
_TIME_WORDS = frozenset(cue_words("actor_words", "time_words"))
_OWN_FORCES = cue_words("actor_words", "own_forces")
_TITLES = frozenset(cue_words("actor_words", "titles"))


def _lam_only(a) -> bool:
    vals = a.value if isinstance(a.value, list) else [a.value]
    return all(a.key in (v.get("_lam_only") or ()) for v in vals if isinstance(v, dict))


# «فصائل الجيش الوطني، المدعومة من أنقرة، انتزعت…»: an aside of backing or belonging between a subject and its verb
_ASIDE_HEADS = frozenset(cue_words("actor_words", "aside_heads"))


def _past_aside(ctx: Ctx, cs: int) -> int:
    """The start of m's clause, reaching back over an aside of backing or belonging set off by commas right
    before it («…، المدعومة من أنقرة، انتزعت»): the subject before the aside is the verb's."""
    if cs <= 0 or ctx.text[cs:cs + 1] not in ("،", ","):
        return cs  # (a clause opened by a comma starts at the comma)
    ps, _ = ctx.clause(cs - 1)
    if ps <= ctx.sents[ctx.sent_of(cs)].start or ctx.text[ps:ps + 1] not in ("،", ","):
        return cs
    w = ctx.words_after(ps + 1, 1, limit=cs)
    if not w or w[0] not in _ASIDE_HEADS or ctx.words_between(ps, cs) > 6:
        return cs
    return ctx.clause(ps - 1)[0]


def find(ctx: Ctx, m: Mention) -> list[dict]:
    sent = ctx.sents[m.si]
    cs, ce = ctx.clause(m.start)
    cs = _past_aside(ctx, cs)
    out: list[dict] = []
    owned_by: set[int] = set()
    prev_actor: dict | None = None
    for a in ctx.m["actors"].starting(sent.start, sent.end):
        if a.end > sent.end:
            continue
        read = _hit_reading(ctx, a)
        if read is None:
            continue
        val, owner = read
        if a.prefix_start in owned_by:
            continue  # the owner named after a unit is that unit's force, not a second actor
        if owner is not None:
            val, at = owner
            owned_by.add(at)  # «قوى الأمن الداخلي التابعة لوزارة الداخلية»: the owner says which force
        if prev_actor is not None and (_apposition(ctx, prev_actor, a) or (
                prev_actor["canonical"] == val["canonical"] and ctx.text[prev_actor["end"]:a.prefix_start].strip() in ("،", ","))):
            # «قوات سوريا الديمقراطية (قسد)»: the same force named twice keeps one role
            prev_actor = None
            continue
        role = _role(ctx, m, a, cs, ce)
        if role == "agent" and m.type in _FORCE_TYPES and _men_hit(ctx, a):
            role = "target"  # «قتل 27 عنصراً من قوات النظام، بينهم ثمانية من مقاتلي حزب الله، في هجوم…»
        beside = role == "beside"
        if beside:
            role = "agent"
        if role in (None, "agent") and out and a.prefix.startswith("و") and \
                not ctx.text[out[-1]["end"]:a.prefix_start].strip() and out[-1]["role"] in ("agent", "target") and \
                (role is None or out[-1]["role"] == "target"):
            # «قصفت قوات النظام والمسلحون الموالون لها»: one side named twice; «مقتل 9 من قوات النظام
            # والمسلحين الموالين لها في كمين…»: the pair hit together is hit together
            role = out[-1]["role"]
        prev_actor = {"end": a.end, "canonical": val["canonical"]}
        if m.type == "protest" and val["kind"] == "civilians":
            continue  # «تظاهر مئات الأهالي»: the people who protest are the protesters, nobody's target
        if m.type == "protest" and role == "agent" and val.get("kind") in _ARMED_KINDS:
            role = "target"  # «أطلقت قوات الأمن الغاز على المتظاهرين»: who protests acts, who fired on them is actor2
        if role == "agent" and val.get("kind") == "international" and m.type not in _WORDS_ACTS:
            role = None  # «فريق المراقبين الأممي توصل إلى أن … قضوا بالقصف»: observers, not who struck
        if role == "agent" and m.type == "sanction" and val.get("kind") not in ("international", "foreign"):
            role = "target"  # «أدرج وزيرين في حكومة النظام على لائحة العقوبات»: who is sanctioned
        if role is not None and _country_as_place(ctx, a):
            role = None  # «لجؤوا إلى تركيا والعراق ولبنان»: a country named as where, not who
        if role is None:
            continue
        dead = m.type == "casualties" and a.prefix_start >= m.end and not _did_it(ctx, a) and not _kills(ctx, m, a) \
            and not (role == "agent" and m.pos == "verb" and ffold(m.surface) in _KILL_VERBS) and not beside \
            and not (role == "agent" and _names_its_act(a)) and not _subject_of_an_act(ctx, a)
        if val["kind"] == "civilians" or (val["kind"] == "protesters" and m.type != "protest") or dead:
            # civilians and protesters are never the ones who struck; «مقتل عناصر من قوات النظام»: the dead
            role = "target"
        out.append({"surface": a.surface, "role": role, "canonical": val["canonical"], "start": a.start,
                    "end": a.end, **({"beside": True} if beside and role == "agent" else {})})
    _supported(ctx, m, out)
    _self_report(ctx, m, out)
    _own_clause_agents(ctx, m, out, cs)
    if len(out) > 1:
        _backed_rename(ctx, m, out)
    for x in out:
        x.pop("beside", None)
    _repelled_attacker(ctx, m, out)
    if _unclaimed_doc(ctx):
        _unclaimed(ctx, m, out)
    if not any(x["role"] == "agent" for x in out):
        ana = _decree_issuer(ctx, m) or _member_source(ctx, m) or _anaphoric_agent(ctx, m) or _force_left_before(ctx, m) or _bare_army(ctx, m) or \
            _shared_subject(ctx, m) or _who_tried(ctx, m) or _mostly_from(ctx, m, out) or \
            _nisba_of_act(ctx, m) or _army_as_subject(ctx, m) or _carried_by_anaphor(ctx, m) or \
            _decider(ctx, m) or _accused_after(ctx, m) or _weapon_user(ctx, m) or _own_kill(ctx, m) or \
            _capital(ctx, m) or _post_anaphor(ctx, m) or _neutralised_by_speaker(ctx, m) or _same_force(ctx, m) or \
            _possessive_force(ctx, m) or _speaker_s_word(ctx, m)
        if ana is not None:
            # (who was read as hit before it is the agent now: «فرّق عناصر من X … واعتقلوا»)
            out[:] = [x for x in out if not (x["role"] == "target" and x["start"] == ana["start"])]
            out.append(ana)
    if not any(x["role"] == "agent" for x in out):
        # no listed actor: the organisation or person that is the subject before the trigger
        # (not one already named as a target, nor a name inside a source phrase)
        taken = [(x["start"], x["end"]) for x in out]
        for e in ctx.ents.between(cs, m.prefix_start)[::-1]:
            rb = m.reported_by or {}
            if any(s0 < e["end"] and e["start"] < e0 for s0, e0 in taken) or _recipient(ctx, e["start"]) or \
                    _told_outlet(ctx, e["surface"]) or _is_outlet(ctx, e) or _media(e["surface"]) or \
                    any(p["start"] < e["end"] and e["start"] < p["end"] for p in ctx.places.between(max(0, e["start"] - 40), e["end"])):
                continue
            if e.get("type") in ("ORG", "PER") and not (rb.get("start") is not None and rb["start"] <= e["start"] < rb["end"]):
                out.append({"surface": e["surface"], "role": "agent", "canonical": None, "start": e["start"],
                            "end": e["end"]})
                break
    if not any(x["role"] == "agent" for x in out):
        _planted(ctx, m, out)
    if m.type == "statement" and not any(x["role"] == "agent" for x in out):
        # «فتوى المجلس الإسلامي السوري», «بيان من الهيئة»: who issued it
        for e in ctx.ents.starting(m.end, min(sent.end, m.end + 12)):
            if e.get("type") in ("ORG", "PER") and ctx.words_between(m.end, e["start"]) <= 2:
                out.append({"surface": e["surface"], "role": "agent", "canonical": None, "start": e["start"],
                            "end": e["end"]})
                break
        if not any(x["role"] == "agent" for x in out):
            issuer = _issuer(ctx, m)
            if issuer is not None:
                out.append(issuer)
        if not any(x["role"] == "agent" for x in out) and m.reported_by and "start" in m.reported_by:
            # (who made the statement acts under its force's name: «المتحدث باسم وزارة الدفاع السورية» is the
            # new government's, though as a source it is the ministry)
            rb = m.reported_by
            out.append({"surface": rb["surface"], "role": "agent",
                        "canonical": _force_named(ctx, rb["start"], rb["end"]) or rb.get("canonical"),
                        "start": rb["start"], "end": rb["end"]})
    if m.type == "protest" and not any(x["role"] == "agent" for x in out):
        # «تظاهر آلاف السوريين», «خرجت مظاهرة»: who protests is the protesters (ACLED actor1 of a protest)
        who = m.figure or {"surface": m.surface, "start": m.start, "end": m.end}
        out.append({"surface": who["surface"], "role": "agent", "canonical": "Protesters (Syria)", "start": who["start"],
                    "end": who["end"]})
    if m.figure is not None and m.type in ("casualties", "airstrike", "shelling", "explosion", "armed_clash"):
        noun = ffold(m.figure.get("counted") or "")
        # in a clash between armed groups «12 شخصاً» are as likely fighters: only a civilian noun says so
        civil = _CIVILIAN_NOUNS - _PERSONS if m.type == "armed_clash" or _clash_in(ctx, sent) else _CIVILIAN_NOUNS
        if noun in civil and not any(x["role"] == "target" for x in out):
            out.append({"surface": m.figure["surface"], "role": "target", "canonical": "Civilians (Syria)",
                        "start": m.figure["start"], "end": m.figure["end"]})
    _source_as_other_side(ctx, m, out)
    if m.reported_by and "start" in m.reported_by:
        out.append({"surface": m.reported_by["surface"], "role": "source", "canonical": m.reported_by.get("canonical"),
                    "start": m.reported_by["start"], "end": m.reported_by["end"]})
    seen, uniq = set(), []
    for x in out:
        k = (x["start"], x["role"])
        if k not in seen:
            seen.add(k)
            uniq.append(x)
    return uniq


def _names_its_act(a) -> bool:
    """«بقصف تركي», «بغارة روسية», «بطائرات إسرائيلية»: the force named by the act or the craft itself
    (an adjective alias) struck; it is never the dead."""
    first = ffold(a.surface.split()[0])
    return first in _ACT_HEADS or first in _CRAFT or (first.startswith("ال") and first[2:] in _ACT_HEADS)


def _subject_of_an_act(ctx: Ctx, a) -> bool:
    """«قتل تسعة جنود حين هاجمت خلايا من «داعش» حافلة»: X (or a group of X) right after the verb of an
    act of force is that verb's subject: it struck, it is not the dead."""
    before = _words_before(ctx, a.prefix_start, 3)
    head = _men_head(before)
    t = ctx.tok_of(a.prefix_start) - 1
    while t >= 0 and (head > 0 or not ctx.tokens[t].text[:1].isalnum()):
        if ctx.tokens[t].text[:1].isalnum():
            head -= 1
        t -= 1
    if t < 0:
        return False
    tok = ctx.tokens[t]
    for h in ctx.m["triggers"].starting(tok.start, tok.end):
        for v in (h.value if isinstance(h.value, list) else [h.value]):
            if isinstance(v, dict) and v.get("pos") == "verb" and v.get("type") in _STRIKE_ACTS:
                return True
    return False


_STRIKE_ACTS = frozenset({"armed_clash", "airstrike", "shelling", "explosion", "attack"})


# «… ليرتفع عدد الآليات التي دخلت منذ مطلع الشهر إلى 2000»: a running total of the act just told
_RISES = frozenset(fold_str(p + w) for p in ("", "و", "ل") for w in cue_words("actor_words", "rises", fold=False))


def carry_to_total(ctx: Ctx, m: Mention, ready: list) -> None:
    """A running total that goes on from an act told before it in its sentence («دخل رتل تركي …،
    ليرتفع عدد الآليات …») and names no agent is the same force's (the agent of that act)."""
    if any(a["role"] == "agent" for a in m.actors) or not m.surface or ffold(m.surface.split()[0]) not in _RISES:
        return
    for r in ready[::-1]:
        if r.si != m.si or r.start >= m.start:
            continue
        ag = next((a for a in r.actors if a["role"] == "agent" and a.get("canonical")), None) \
            if r.type == m.type else None
        if ag is not None:  # (the act's telling again, «ويضم الرتل…», names none: the one before it)
            m.actors.insert(0, dict(ag))
            return


_UNREAD = object()


def _hit_reading(ctx: Ctx, a) -> tuple[dict, tuple[dict, int] | None] | None:
    """An actor hit read once per document (every mention of its sentence asks): None when it names
    no actor here, else its actor and the owner named right after it (`_owner_after`)."""
    key = ("actor_hit", id(a))  # (the hits live as long as ctx: an id is not reused meanwhile)
    got = ctx.memo.get(key, _UNREAD)  # (one look-up: None is an answer too)
    if got is not _UNREAD:
        return got
    got = None
    # «جيش الوطني» stands for «الجيش الوطني» only after «لل»
    if a.prefix.endswith("لل") or not _lam_only(a):
        # (None: a name of another period, «إدارة العمليات العسكرية» before/after 8 Dec 2024)
        s = ctx.sents[ctx.sent_of(a.start)]
        val = pick(a.value, a.key, ctx.published, ctx.text, ctx.text[s.start:s.end])
        if val is not None and _ORG_ANAPHOR in a.key.split():
            val = _organisation_named_before(ctx, a, val)
        if val is not None and a.surface.startswith("ال") and " " not in a.surface:
            k = ctx.tok_of(a.end - 1) + 1
            if k < len(ctx.tokens) and ctx.ftoks[k] in _SAME:
                val = _same_named_before(ctx, a.start, ffold(a.surface)) or val  # «الفصائل ذاتها»
        # «33 جندياً تركياً»: an accusative adjective of the dead, not the country «تركيا»
        if val is not None and not (a.surface.endswith("\u064b") and val.get("kind") in ("foreign", "state")):
            got = (val, _owner_after(ctx, a))
    ctx.memo[key] = got
    return got


_ORG_ANAPHOR = fold_str("التنظيم")
_ORG_NOUN = fold_str("تنظيم")


def _organisation_named_before(ctx: Ctx, a, val: dict) -> dict | None:
    """«عناصر التنظيم», «خلايا التنظيم»: «التنظيم» is the organisation last named before it as «تنظيم X»
    («تنظيم «ب ي د/ بي كي كي»» in a Turkish statement, «تنظيم حراس الدين»); the Islamic State, which the
    list reads it as, only when that X is the State or no «تنظيم X» is named before (an X the list does
    not know: no actor)."""
    t = ctx.tok_of(a.prefix_start)
    for k in range(t - 1, -1, -1):
        f = ctx.ftoks[k]
        if f.removeprefix("و").removeprefix("ل").removeprefix("ب") != _ORG_NOUN:
            continue
        nxt = ctx.tokens[k].end
        for b in ctx.m["actors"].starting(nxt, nxt + 4):
            read = pick(b.value, b.key, ctx.published, ctx.text)
            if read is not None and b.prefix_start - nxt <= 3:
                return read
        for b in ctx.m["actors"].starting(ctx.tokens[k].start, ctx.tokens[k].end):
            return val  # «تنظيم الدولة», «تنظيم داعش»: the name begins with the noun
        return None
    return val


def _force_named(ctx: Ctx, s: int, e: int) -> str | None:
    """The actor list's canonical of the longest actor name inside [s, e) (a source's span), or None."""
    best = None
    for a in ctx.m["actors"].starting(max(0, s - 3), e):
        if a.end <= e and (best is None or a.end - a.start > best[0]):
            read = _hit_reading(ctx, a)
            if read is not None:
                best = (a.end - a.start, read[0]["canonical"])
    return best[1] if best else None


# what an international body (the UN, the EU) can be the agent of: words and decisions, never force
_WORDS_ACTS = frozenset({"statement", "sanction", "agreement", "other"})
# («بين» is not one: «اشتباكات بين تركيا وقسد» names sides; «من» after «بدعم/بمساندة» names who helped)
_WHERE_PREPS = frozenset(cue_words("actor_words", "where_preps"))


def _country_as_place(ctx: Ctx, a) -> bool:
    """A bare country name («تركيا») after a preposition of place, or in a list of places that
    follows one («إلى الأردن ولبنان وتركيا»), is a place, not the country's forces (once per hit)."""
    key = ("country_as_place", id(a))
    got = ctx.memo.get(key)
    if got is None:
        got = ctx.memo[key] = _country_as_place_at(ctx, a)
    return got


def _country_as_place_at(ctx: Ctx, a) -> bool:
    places = ctx.places.between(max(0, a.prefix_start - 200), a.end)
    if not any(p["start"] <= a.start and a.end <= p["end"] and (p.get("kind") or p.get("level")) == "country"
               for p in places):
        return False
    text = ctx.text
    lo = len(text[:a.prefix_start].rstrip())
    if text[lo - 1:lo] == "(" and text[a.end:].lstrip().startswith(")"):
        # «أنطاكيا (تركيا) (رويترز) -», «القامشلي (سوريا)»: a country in brackets after a place glosses
        # where that place is
        before = text[:lo - 1].rstrip()
        if any(p["end"] == len(before) for p in ctx.places.between(max(0, len(before) - 40), len(before))) or \
                (before and "\n" not in before and len(before.split()) == 1):
            return True
    t = ctx.tok_of(a.prefix_start)
    for tok in reversed(ctx.tokens[max(0, t - 12):t]):
        f = ffold(tok.text)
        if f in _WHERE_PREPS:
            prev = ctx.tokens[ctx.tok_of(tok.start) - 1] if tok.start > 0 else None
            return not (f == "من" and prev is not None and ffold(prev.text) in _BESIDE)
        if any(p["start"] < tok.end and tok.start < p["end"] for p in places) or f == "و" or not tok.text[:1].isalpha():
            continue  # another place of the list, «و», a comma
        return False
    return False


def _source_as_other_side(ctx: Ctx, m: Mention, out: list[dict]) -> None:
    """«قالت قسد إن مقاتليها صدوا هجوماً شنه الجيش التركي», «أعلنت الجبهة الوطنية مقتل 11 من قوات
    النظام خلال محاولتها التقدم»: an armed party that reports a clash it names another force as
    the attacker of was the other side (ACLED actor2), when the text names no target."""
    rb = m.reported_by or {}
    if m.type not in ("armed_clash", "territory_change") or rb.get("start") is None or any(x["role"] == "target" and x.get("canonical")
                                                                 and x["canonical"] != _agent_of(out) for x in out):
        return
    agent = _agent_of(out)
    if agent is None:
        return
    sent = ctx.sents[m.si]
    if not any(x["role"] == "agent" and sent.start <= x.get("start", -1) < sent.end for x in out):
        return  # («وقالت الداخلية إن حصيلة الاشتباكات…»: the sides were named in the sentence before, not by it)
    cs = ctx.clause(m.start)[0]
    if _past_aside(ctx, cs) != cs:
        return  # («أعلنت الدفاع التركية أن فصائل الجيش الوطني، المدعومة من أنقرة، انتزعت…»: its backer, not its foe)
    for a in ctx.m["actors"].starting(max(0, rb["start"] - 3), rb["end"]):
        val = pick(a.value, a.key, ctx.published, ctx.text)
        if val is not None and val.get("kind") in ("state", "rebel", "militia", "foreign") and val["canonical"] != agent:
            out.append({"surface": a.surface, "role": "target", "canonical": val["canonical"], "start": a.start,
                        "end": a.end})
        return


_CRAFT = frozenset(cue_words("actor_words", "craft"))


def _supported(ctx: Ctx, m: Mention, out: list[dict]) -> None:
    """«نفذت قسد بمساندة مروحيات التحالف عملية إنزال … أسفرت عن اعتقال…»: when every agent found is a
    helper named after «بمساندة/بدعم», the force named right before that word is the one helped, and
    it acted (ACLED actor1); the helper stays an agent beside it."""
    helpers = [x for x in out if x["role"] == "agent"]
    if not helpers or not all(x.get("beside") for x in helpers):
        return
    h = helpers[0]
    t = ctx.tok_of(h["start"])
    k = t - 1
    # «بإسناد من عناصر حزب الله», «بمشاركة مروحيات للتحالف»: «من», the helper's fighters or its
    # aircraft stand between the word and the name
    while k >= 0 and (ctx.ftoks[k] == "من" or ctx.ftoks[k] in _FIGHTER_NOUNS or ctx.ftoks[k] in _CRAFT):
        k -= 1
    if k < 0 or ffold(ctx.tokens[k].text) not in _BESIDE:
        return
    word = ctx.tokens[k]
    for a in ctx.m["actors"].starting(max(ctx.sents[m.si].start, word.start - 60), word.start):
        if a.end > word.start or ctx.text[a.end:word.start].strip(" ،,«»\"") != "":
            continue
        val = pick(a.value, a.key, ctx.published, ctx.text)
        if val is not None and val.get("kind") in _ARMED_KINDS and val["canonical"] != h.get("canonical"):
            out.insert(0, {"surface": a.surface, "role": "agent", "canonical": val["canonical"], "start": a.start,
                           "end": a.end})
            return
    # «شنّت قسد حملة دهم …، اعتقلت خلالها 17 …، وذلك بمساندة مروحيات التحالف»: nothing named right
    # before the helper word; the force the sentence opened with (its first armed actor, not one hit) acted
    sent = ctx.sents[m.si]
    for a in ctx.m["actors"].starting(sent.start, min(m.prefix_start, sent.start + 80)):
        val = pick(a.value, a.key, ctx.published, ctx.text)
        before = _words_before(ctx, a.prefix_start, 2)
        if val is None or val.get("kind") not in _ARMED_KINDS or val["canonical"] == h.get("canonical") or \
                (before and (before[-1] in _TARGET_BEFORE or _hit_thing(before[-1]))):
            continue
        if ctx.words_between(sent.start, a.prefix_start) <= 2:
            out.insert(0, {"surface": a.surface, "role": "agent", "canonical": val["canonical"], "start": a.start,
                           "end": a.end})
        return


_ACT_HEADS = frozenset(cue_words("actor_words", "act_heads"))


@lru_cache(maxsize=1)
def _nisbas() -> tuple[frozenset, dict]:
    """Act nouns (a strike, a raid, shelling — not a force noun like «الجيش», which is a name) and each
    force's nationality adjectives from actors.json, folded, with and without the article."""
    from .actor_names import expanded

    raw = expanded()
    heads = _ACT_HEADS
    adjs = {}
    for a in raw["actors"]:
        for spellings in (a.get("adjectives") or {}).values():
            for adj in spellings if isinstance(spellings, list) else [spellings]:
                f = fold_str(adj)
                adjs[f] = adjs["ال" + f] = a
    return heads, adjs


@lru_cache(maxsize=1)
def _nisba_words() -> frozenset[str]:
    return frozenset(_nisbas()[1])


def _nisba_of_act(ctx: Ctx, m: Mention) -> dict | None:
    """«جراء ضربة صاروخية إسرائيلية استهدفت مطار…»: an act noun of the mention's clause with a
    nationality adjective (one more adjective may stand between) names the force that struck."""
    if m.type not in _FORCE_TYPES:
        return None
    heads, adjs = _nisbas()
    if ctx.doc_words.isdisjoint(_nisba_words()):
        return None  # (no nationality adjective in the document)
    cs, ce = ctx.clause(m.start)
    sent = ctx.sents[m.si]
    lo, hi = max(sent.start, cs - 80), min(sent.end, ce + 1)
    toks = ctx.tokens[ctx.tok_of(lo):ctx.tok_of(max(lo, hi - 1)) + 1]
    for i, tok in enumerate(toks):
        f = ffold(tok.text)
        rb = m.reported_by or {}
        if f not in adjs or tok.start < lo or tok.end > hi or (rb.get("start") is not None and rb["start"] <= tok.start < rb["end"]):
            continue
        prev = [ffold(t.text) for t in toks[max(0, i - 2):i]]
        hedged = len(prev) == 2 and prev[1] in _THAT_IT and prev[0] in _LIKELY
        if hedged:
            # «بغارات جوية يُرجح أنها أردنية»: a likely nationality (the perpetrator hedged, still named);
            # «طائرات حربية يُرجح أنها روسية»: of the craft too (unhedged, «طائرات روسية» is an alias)
            prev = [ffold(t.text) for t in toks[max(0, i - 4):i - 2]]
        bare = [w[2:] if w.startswith("ال") else w[1:] if w[:1] in "بل" and len(w) > 3 else w for w in prev]
        if any(w in heads or w[1:] in heads or (hedged and (w in _CRAFT_HEADS or w[1:] in _CRAFT_HEADS)) for w in bare):
            a = adjs[f]
            val = pick(a, a["canonical"], ctx.published, ctx.text) or a
            return {"surface": tok.text, "role": "agent", "canonical": val["canonical"], "start": tok.start,
                    "end": tok.end}
    return None


# the craft a nationality adjective names the force of (actors.json adjective_heads, one word)
_CRAFT_HEADS = frozenset(cue_words("actor_words", "craft_heads"))
_LIKELY = frozenset(cue_words("actor_words", "likely"))
_MOSTLY = frozenset(cue_words("actor_words", "mostly"))
_ATTACKERS = frozenset(cue_words("actor_words", "attackers"))


def _mostly_from(ctx: Ctx, m: Mention, out: list[dict]) -> dict | None:
    """«هجوم شنه مقاتلون جهاديون … أن المهاجمين، وغالبيتهم من جبهة النصرة، فجروا…»: attackers the text
    names by a common noun, then says most of them are from X: X acted (in this sentence or the next)."""
    if m.type not in _FORCE_TYPES or _MOSTLY.isdisjoint(ctx.doc_words):
        return None  # (a document with no «معظمهم» has nothing to look for)
    for si in (m.si, m.si + 1):
        if si >= len(ctx.sents):
            break
        sent = ctx.sents[si]
        toks = ctx.tokens[ctx.tok_of(sent.start):ctx.tok_of(max(sent.start, sent.end - 1)) + 1]
        for i, tok in enumerate(toks):
            if ffold(tok.text) not in _MOSTLY or i + 1 >= len(toks) or ffold(toks[i + 1].text) != "من":
                continue
            if not any(ffold(w.text).strip("،,") in _ATTACKERS for w in toks[max(0, i - 3):i]):
                continue
            for a in ctx.m["actors"].starting(toks[i + 1].end, min(sent.end, toks[i + 1].end + 4)):
                val = pick(a.value, a.key, ctx.published, ctx.text)
                if val is not None and val.get("kind") in _ARMED_KINDS and not any(
                        x.get("canonical") == val["canonical"] for x in out):
                    return {"surface": a.surface, "role": "agent", "canonical": val["canonical"], "start": a.start,
                            "end": a.end}  # (not the dead: «30 مسلحين، معظمهم من النصرة، قتلوا»)
    return None


# «تصدت وحدات الجيش لهجوم شنته X», «تصدت الفصائل لتقدم القوات الحكومية»: the force that attacked or
# advanced is the clash's agent (ACLED actor1), the one that repelled it the other side; an attacker
# the text does not name («لمحاولة تسلل مجموعة إرهابية») leaves the repeller the agent
_REPEL = frozenset(cue_words("actor_words", "repel"))
_ATTACK_NOUNS = frozenset(cue_words("actor_words", "attack_nouns"))
_ATTACKED_AT = frozenset(cue_words("actor_words", "attacked_at"))


_REPEL_FORMS = _REPEL | {"و" + w for w in _REPEL}  # (a word whose removeprefix("و") is in _REPEL)
_REPEL_LAM = tuple(cue_words("actor_words", "repel_lam"))  # «تصدى لـX»: X repelled


def _repelled_attacker(ctx: Ctx, m: Mention, out: list[dict]) -> None:
    if m.type != "armed_clash" or _REPEL_FORMS.isdisjoint(ctx.doc_words):
        return
    sent = ctx.sents[m.si]
    t0, t1 = ctx.tok_of(max(sent.start, m.prefix_start - 120)), ctx.tok_of(min(sent.end - 1, m.end + 120))
    toks = ctx.tokens[t0:t1 + 1]
    for i, tok in enumerate(toks):
        if tok.start < sent.start or ffold(tok.text).removeprefix("و") not in _REPEL:
            continue
        # (a long subject may stand between: «تصدت وحدات من الجيش … العاملة في ريف حماة، ليل أمس، لمحاولة تسلل»)
        noun = next((n for n in toks[i + 1:i + 22] if _bare_attack(ffold(n.text))), None)
        if noun is None:
            # «تصدت وحدات من قواتنا المسلحة لمجموعة إرهابية مسلحة حاولت الاعتداء…»: the object of «تصدى لـ»,
            # the one repelled, is the attacker
            lo, hi = tok.end, toks[min(i + 16, len(toks) - 1)].end
            named = [a for a in ctx.m["actors"].starting(lo, hi) if a.prefix.endswith("ل") and
                     ffold(tok.text).removeprefix("و").startswith(_REPEL_LAM)]
            if not named:
                return
            after = named[0].prefix_start
        else:
            after = noun.end
        for a in ctx.m["actors"].starting(after, min(sent.end, after + 90)):
            before = _words_before(ctx, a.prefix_start, 2)
            if before and before[-1] in _ATTACKED_AT:
                continue  # «هجوم … على مواقع X»: X was attacked
            val = pick(a.value, a.key, ctx.published, ctx.text)
            if val is None or val.get("kind") not in _ARMED_KINDS:
                continue
            if any(x["role"] == "agent" and x.get("canonical") == val["canonical"] for x in out[:1]):
                return
            for x in out:
                if x["role"] == "agent":
                    x["role"] = "target"  # the repeller
            out[:] = [x for x in out if not (x.get("canonical") == val["canonical"] and x["role"] == "target")]
            out.insert(0, {"surface": a.surface, "role": "agent", "canonical": val["canonical"], "start": a.start,
                           "end": a.end})
            return
        return


def _bare_attack(f: str) -> bool:
    """«لهجوم», «لتقدم», «لمحاولة», «هجوماً»: an attack noun with a lam or the accusative."""
    for w in (f, f[1:] if f.startswith("ل") else f, f[:-1] if f.endswith("ا") else f):
        if w in _ATTACK_NOUNS:
            return True
    return False


def _agent_of(out: list[dict]) -> str | None:
    return next((x["canonical"] for x in out if x["role"] == "agent" and x.get("canonical")), None)


def _words_before(ctx: Ctx, pos: int, n: int) -> list[str]:
    """The n words before pos, punctuation tokens («, (, ") skipped: «مقاتلين من «قسد»» (once per
    document and place: every mention of a sentence asks for the same hit's words; callers only read
    the list)."""
    key = ("words_before", pos, n)
    got = ctx.memo.get(key)
    if got is None:
        got = ctx.memo[key] = _words_before_at(ctx, pos, n)
    return got


def _words_before_at(ctx: Ctx, pos: int, n: int) -> list[str]:
    # (a lam written apart, «التابعة لـ«هيئة…»», is the name's clitic: no word of its own)
    ws = [w for w in ctx.words_before(pos, n + 3) if w and (w[0].isalnum() or "\u0600" <= w[0] <= "\u06ff") and w != "ل"]
    return ws[-n:] if n else []


def _did_it(ctx: Ctx, a, fire: bool = True) -> bool:
    """«قُتل 9 في غارات شنّها النظام», «على يد التنظيم», «شنّتها طائرات التحالف», «على يد عناصر من
    قوات النظام»: named as the one who struck (a head noun may stand between the verb and the name)."""
    before = _words_before(ctx, a.prefix_start, 5)
    if len(before) >= 2 and before[-1] in _OWNER and before[-2] in _MEN and a.prefix.endswith("ل"):
        # «برصاص عناصر تابعين لوزارة الداخلية», «على يد مسلحين تابعين لفصيل X»: the men belong to X;
        # what is said of them is said of X
        before = _words_before(ctx, a.prefix_start, 6)[:-2]
    prev = before[-1] if before else ""
    # «كمين نصبه مسلحون من الفصائل الدرزية»: the verb, a fighters' noun, «من», the force
    # («كمين نصبته مجموعة مسلحة من فلول النظام»: one adjective may follow the head noun)
    head = _men_head(before)
    of_fighters = head > 0 and len(before) > head and before[-head - 1] in _DID_IT
    # «الكمين الذي نصبه عناصر خلايا تنظيم الدولة»: two head nouns between the verb and the name
    two_heads = len(before) >= 3 and before[-3] in _DID_IT and before[-2] in _HEADS_OF_MEN
    # «قتلوا جراء استهداف طائرات حربية روسية …»: the subject of the act noun the deaths are due to
    # (after «استهداف» only with its object after the name: «إثر استهداف قوات النظام بعبوة» hit that force)
    cause_act = len(before) >= 2 and before[-2] in _CAUSED_BY and before[-1] in _AIM_MASDARS | _ACT_HEADS and \
        (before[-1] not in _AIM_MASDARS or _aimed_by(ctx, a))
    owned_act = fire and a.prefix.endswith("ل") and _act_owned(before)  # «منذ بدء الحملة الجوية للنظام»
    # «برصاص شخصين ملثمين», «برصاص مسلحين مجهولين»: whose fire it was, a noun of persons between
    by_fire = fire and (prev in _BY_FIRE_OF or (len(before) >= 2 and before[-2] in _BY_FIRE_OF and
                                                (prev in _SHOOTERS or prev in _MEN)))
    return prev in _DID_IT or prev in _AGENT_AFTER or (len(before) >= 2 and before[-2] in _DID_IT) or \
        of_fighters or two_heads or cause_act or owned_act or _by_hand(before) or by_fire


# «قُتل مسؤول برصاص مسلحين ملثمين», «بنيران قوات النظام»: whose fire it was (for acts of force only: a
# statement condemning a killing «برصاص مجهولين» was not made by them)
_FORCE_TYPES = frozenset({"armed_clash", "casualties", "airstrike", "shelling", "explosion"})
_SHOOTERS = frozenset(cue_words("actor_words", "shooters"))
_BY_FIRE_OF = frozenset(cue_words("actor_words", "by_fire_of"))
_FORCE_TYPES_ARREST = _FORCE_TYPES | {"arrest"}


def _contrast_between(ctx: Ctx, lo: int, hi: int) -> bool:
    """«…، فيما قُتل ستة في هجمات نفذها X»: a contrast word between the act and the name."""
    return any(lo <= tok.start < hi and ffold(tok.text) in _CONTRAST
               for tok in ctx.tokens[ctx.tok_of(lo):ctx.tok_of(max(lo, hi - 1)) + 1])


def _aimed_by(ctx: Ctx, a) -> bool:
    """«استهداف قوات النظام بقذائف الهاون منزلاً»: after the name an instrument («بـ…») and then
    an object noun: the name is the masdar's subject (who aimed), not its object."""
    toks = ctx.tokens[ctx.tok_of(a.end - 1) + 1:ctx.tok_of(a.end - 1) + 6]
    rest = [t for t in toks if ffold(t.text) not in _TIME_WORDS]
    if rest and rest[0].text.endswith(("اً", "ًا")) and ffold(rest[0].text) not in _TIME_WORDS:
        return True  # «استهداف طائرات حربية روسية صباح اليوم معسكراً»: the object in the accusative
    if not toks or not toks[0].text.startswith("ب") or len(toks[0].text) < 4:
        return False
    for tok in toks[1:]:
        f = ffold(tok.text)
        if f in _AIMED_AT or (f.endswith("ا") and f[:-1] in _AIMED_AT):
            return True
        if f in _PLACE_PREPS or not tok.text[:1].isalpha():
            return False
    return False


def _kills(ctx: Ctx, m: Mention, a) -> bool:
    """«أعدمت قوات النظام سبعة من عناصرها»: an active killing verb, its subject right after it."""
    return m.pos == "verb" and ffold(m.surface) in _KILL_VERBS and _gap_words(ctx, m.end, a.prefix_start) <= 2


_ILA = frozenset(cue_words("actor_words", "ila"))
_BLAME = frozenset(cue_words("actor_words", "blame"))
_BLAME_FORMS = _BLAME | {"و" + w for w in _BLAME}  # (a word whose removeprefix("و") is in _BLAME)


def _blamed(ctx: Ctx, m: Mention) -> int | None:
    """Where the blamed one is named when the act noun is the object of a verb of blame in its
    clause («نسبت X الهجوم إلى Y» → after «إلى»; «حمّلت X Y مسؤولية الهجوم» / «اتهمت X Y بتنفيذ
    الهجوم» → between the verb's subject and the act); None when there is no such verb."""
    if m.pos != "noun":
        return None
    key = ("blamed", m.prefix_start, m.start, m.end)  # (asked for every actor hit of the sentence)
    if key not in ctx.memo:
        ctx.memo[key] = _blamed_at(ctx, m)
    return ctx.memo[key]


def _blamed_at(ctx: Ctx, m: Mention) -> int | None:
    cs, ce = ctx.clause(m.start)
    t1 = ctx.tok_of(m.prefix_start)
    verb = None
    for k in range(max(0, t1 - 8), t1):
        if ctx.ftoks[k].removeprefix("و") in _BLAME and ctx.tokens[k].start >= cs:  # (folded once per document)
            verb = ctx.tokens[k]
    if verb is None:
        # «في غارات جوية نسبتها أنقرة إلى قوات النظام»: the verb of blame right after the act noun
        # (with the pronoun of the act), the one blamed after «إلى»
        k0 = ctx.tok_of(m.end - 1) + 1
        for k in range(k0, min(k0 + 3, len(ctx.tokens))):
            f, tok = ctx.ftoks[k], ctx.tokens[k]
            if tok.start < ce and f.startswith("نسب") and _pronoun_suffix(tok.text):
                verb = tok
                break
        if verb is None:
            return None
        for tok in ctx.tokens[ctx.tok_of(verb.start) + 1:ctx.tok_of(verb.start) + 8]:
            if ffold(tok.text) in _ILA and tok.start < ce:
                return tok.end
        return None
    if ffold(verb.text).removeprefix("و").startswith("نسب"):
        for tok in ctx.tokens[t1:t1 + 12]:
            if ffold(tok.text) in _ILA and tok.start < ce:
                return tok.end
        return None
    return verb.end


def _gap_words(ctx: Ctx, lo: int, hi: int) -> int:
    """Words between two offsets, quotes, commas and a lam written apart («لـ«») not counted
    («أعدم تنظيم «الدولة»…»)."""
    return len([w for w in ctx.text[lo:hi].translate(_NOT_LETTERS).split() if len(w) > 1])


# quotes, brackets, commas and the tatweel: no letters of a word («لـ«» is no word)
_NOT_LETTERS = str.maketrans("", "", "«»\"'“”()[]{}.,،:;؛!?؟-–—ـ")


def _apposition(ctx: Ctx, prev: dict, a) -> bool:
    gap = ctx.text[prev["end"]:a.prefix_start]
    return len(gap) <= 3 and gap.strip() in ("(", "«(", "(«", "-", "–", "/", "") and \
        (gap.strip() != "" or ctx.text[a.end:a.end + 1] == ")")


def _recipient(ctx: Ctx, pos: int) -> bool:
    """«لمراسل سانا», «لموقع تلفزيون سوريا»: a name that was told, not one that acted."""
    before = _words_before(ctx, pos, 1)
    return bool(before) and before[0][:1] == "ل" and before[0].lstrip("ل").removeprefix("ا") in (
        "مراسل", "موقع", "وكاله", "وكالة", "صحيفه", "صحيفة", "قناه", "قناة", "شبكه", "شبكة", "مراسلي")


def _is_outlet(ctx: Ctx, e: dict) -> bool:
    """«في اتصال مع الجزيرة», «قال لرويترز»: an outlet, or a name after «مع», is who was spoken
    to, never who acted."""
    before = _words_before(ctx, e["start"], 1)
    if before and before[0] in ("مع", "لـ"):
        return True
    return any(h.start <= 1 and len(e["surface"]) - h.end <= 1 for h in ctx.v.source_names.find(e["surface"]))


_MEDIA_HEADS = frozenset(cue_words("actor_words", "media_heads"))


def _media(surface: str) -> bool:
    """«وكالة «رويترز»», «صحيفة الوطن»: a medium that relays a report, never who acted."""
    words = ffold(surface).split()
    return bool(words) and words[0].lstrip("«\"") in _MEDIA_HEADS


def _told_outlet(ctx: Ctx, surface: str) -> bool:
    """«لسانا», «للأناضول»: an outlet someone spoke to (a lam and a known source name)."""
    f = ffold(surface)
    if not f.startswith("ل") or len(f) < 4:
        return False
    rest = surface[2:] if f.startswith("لل") else surface[1:]
    return bool(ctx.v.source_names.find(rest)) or bool(ctx.v.source_names.find("ال" + rest))


def _self_report(ctx: Ctx, m: Mention, out: list[dict]) -> None:
    """«أعلنت «إدارة العمليات العسكرية» سيطرتها على حلب»: an act noun with a pronoun that refers
    to the source, who then is its agent as well (not for a defection: its agent is the force left)."""
    rb = m.reported_by or {}
    if m.type in ("defection", "desertion", "casualties") or rb.get("start") is None:
        return  # «قالت الوزارة إن أحد عناصرها قتل»: the source's own men died, they did not act
    if not rb["end"] <= m.prefix_start or ctx.sent_of(rb["start"]) != m.si:
        return
    src_hits = ctx.m["actors"].starting(max(0, rb["start"] - 3), rb["end"])  # «لوزارة…»: the lam before
    if not src_hits:
        return  # (a source that names no force, «المرصد», «ناشطون», never acts: most sources)
    agents = [x for x in out if x["role"] == "agent" and not x.get("beside")]
    own_tok = _own_force_subject(ctx, m, rb["end"]) if m.pos == "verb" else None
    # «أن قواتها والفصائل الموالية لها سيطرت»; «… نفذته قوات النظام …، مضيفة أن قواتها ردّت وقصفت»: the
    # speaker's own force is the subject here, an agent named before it is another clause's
    first_own = bool(agents) and (_own_force_before(ctx, min(x["start"] for x in agents), rb["end"]) or (
        own_tok is not None and all(x["end"] <= own_tok.start for x in agents)))
    if agents and not first_own:
        return
    own = first_own or (m.pos == "noun" and _pronoun_suffix(m.surface))
    # «أعلنت وزارة الداخلية توقيف 9 أشخاص»: the act noun is the object of the announcing verb, right
    # after the announcer's name: the announcer did it (a force or a state body, never an outlet)
    announced = m.pos == "noun" and not own and _only_time_between(ctx, rb["end"], m.prefix_start)
    if not own and m.pos == "verb":
        # «أعلنت قسد أن وحداتها اعتقلت…», «أعلن الجيش أن طائراته أغارت…»: the verb's subject is
        # the source's own force
        # («أن طائراتها المسيرة دمرت»: an adjective may stand between the force and its verb)
        near = ctx.tokens[max(0, ctx.tok_of(m.prefix_start) - 3):ctx.tok_of(m.end - 1) + 3]
        near = [tok for tok in near if tok.start >= rb["end"]]
        own = own_tok is not None or any(tok.start != m.start and (ffold(tok.text).startswith(_OWN_FORCES) or
                                                                 ffold(tok.text)[1:].startswith(_OWN_FORCES)) and
                                         _pronoun_suffix(tok.text) for tok in near)
    if not own and m.pos == "noun":
        # «قال التحالف إن طائراته شنت ست غارات»: the subject of the light verb that governs the act
        # noun is the source's own force
        t1 = ctx.tok_of(m.prefix_start)
        near = [tok for tok in ctx.tokens[max(0, t1 - 14):t1] if tok.start >= rb["end"]]
        own = any(ffold(tok.text).startswith(_OWN_FORCES) and _pronoun_suffix(tok.text) and
                  any(ffold(v.text) in _LIGHT for v in near[i + 1:i + 3]) for i, tok in enumerate(near))
    if not own and m.pos == "noun":
        # «قال الجيش الإسرائيلي إنه نفذ اليوم ضربة…»: «إنه» + a light verb governing the act noun
        t1 = ctx.tok_of(m.prefix_start)
        near = [tok for tok in ctx.tokens[max(0, t1 - 8):t1] if tok.start >= rb["end"]]
        own = any(ffold(tok.text) in _THAT_IT and any(ffold(v.text) in _LIGHT for v in near[i + 1:i + 3])
                  for i, tok in enumerate(near))
    if not own and m.pos == "noun":
        # «أعلنت إدارة العمليات … سيطرة مقاتليها على…»: the act noun's subject is the source's own force
        after = ctx.tokens[ctx.tok_of(m.end - 1) + 1:ctx.tok_of(m.end - 1) + 3]
        own = any(ffold(tok.text).startswith(_OWN_FORCES) and _pronoun_suffix(tok.text) for tok in after)
    if not own and m.pos == "verb":
        # «أعلنت إدارة الأمن العام أنها ألقت القبض على…»: «أنها» right before the verb is the source
        prev = ctx.tokens[max(0, ctx.tok_of(m.prefix_start) - 1)]
        own = prev.start < m.prefix_start and ffold(prev.text).removeprefix("ب").removeprefix("و") in _THAT_IT
    platform = not own and m.type in _STRIKES and _platform_subject(ctx, rb["end"], m.prefix_start)
    if not (own or platform or announced):
        return
    for a in src_hits:
        val = pick(a.value, a.key, ctx.published, ctx.text)
        if val is not None and val.get("kind") in ("civilians", "protesters"):
            return  # «الدفاع المدني السوري إن فرقه انتشلت…»: a word inside the source's name, no force
        if val is not None and (platform or announced and not own) and val.get("kind") not in ("state", "foreign", "rebel") \
                and not (val.get("kind") == "international" and m.type in _WORDS_ACTS):
            return  # (a body like the EU announcing a sanction or a statement made it)
        if val is not None:
            # «أعلنت قسد سيطرتها … بدعم من طيران التحالف»: the announcer acted, the helper fought beside
            out.insert(0, {"surface": a.surface, "role": "agent", "canonical": val["canonical"], "start": a.start,
                           "end": a.end})
            return


def _own_force_subject(ctx: Ctx, m: Mention, floor: int):
    """«أن قواتها ردّت على الفور وقصفت»: the source's own force named by a pronoun after «أن/إن» and
    before the verb (a few words, other verbs of the same subject between), or None."""
    t = ctx.tok_of(m.prefix_start) - 1
    for k in range(t, max(-1, t - 8), -1):
        tok = ctx.tokens[k]
        if tok.start < floor or ctx.ftoks[k] in _THAT:
            return None
        f = ctx.ftoks[k]
        if (f.startswith(_OWN_FORCES) or f[1:].startswith(_OWN_FORCES)) and _pronoun_suffix(tok.text):
            return tok
    return None


_THAT = complementisers("that")


def _own_force_before(ctx: Ctx, start: int, floor: int) -> bool:
    """«أن قواتها والفصائل الموالية لها سيطرت»: the agent found is a second conjunct («و…») after the
    source's own force named by a pronoun («قواتها»), which is the first."""
    if start < 1 or ctx.text[start - 1] != "و":
        return False
    t = ctx.tok_of(start - 1)
    if t == 0 or ctx.tokens[t - 1].start < floor:
        return False
    tok = ctx.tokens[t - 1]
    return ffold(tok.text).startswith(_OWN_FORCES) and _pronoun_suffix(tok.text)


# «أعلنت رئاسة الأركان في بيان اليوم الأحد «تحييد» 14»: how it announced is no subject of its own
_IN_A_STATEMENT = frozenset(cue_words("actor_words", "in_a_statement"))
# «أعلنت وزارة الداخلية إرسال تعزيزات», «… بدء انتشار وحدات»: the act noun after a masdar of doing
# «أعلن مجلس الاتحاد رفع العقوبات»: a decision on the act noun
_LIGHT_MASDARS = frozenset(cue_words("actor_words", "light_masdars"))
_THAT_IT = frozenset(cue_words("actor_words", "that_it"))
_STRIKES = ("airstrike", "shelling")
_ARMED_KINDS = frozenset({"state", "rebel", "militia", "foreign"})
# aircraft and ships a state's ministry speaks of as its own when it names no owner («قالت وزارة
# الدفاع الروسية إن قاذفات استراتيجية نفذت غارات…»); missiles and shells are not: they may be the enemy's
_PLATFORMS = cue_words("actor_words", "platforms")


def _only_time_between(ctx: Ctx, lo: int, hi: int) -> bool:
    """Nothing but a time phrase and punctuation between the announcer and the act noun
    («أعلنت وزارة الدفاع، اليوم الثلاثاء، «تحييد» 9 …»)."""
    if hi - lo > 40:
        return False
    spans = sorted([(p["start"], p["end"]) for p in ctx.places.between(lo, hi)] +
                   [(d["start"], d["end"]) for d in ctx.dates.between(lo, hi)])
    gaps, k = [], lo
    for s0, e0 in spans:  # «في محافظة حمص»: where the announcer sits is part of its name
        gaps.append(ctx.text[k:s0])
        k = max(k, e0)
    gaps.append(ctx.text[k:hi])
    words = "".join(ch if ch.isalnum() or ch.isspace() else " " for ch in ffold(" ".join(gaps))).split()
    return all(w in _TIME_WORDS or w in _IN_A_STATEMENT or w in _LIGHT_MASDARS for w in words)


def _platform_subject(ctx: Ctx, lo: int, hi: int) -> bool:
    """A bare aircraft or ship noun (no force named with it) between the source and the act."""
    if hi - lo > 80:
        return False
    for tok in ctx.tokens[ctx.tok_of(lo):ctx.tok_of(max(lo, hi - 1)) + 1]:
        if lo <= tok.start < hi and ffold(tok.text) in _PLATFORMS:
            return not any(a.start < hi and a.end > lo for a in ctx.m["actors"].starting(lo, hi))
    return False


def _pronoun_suffix(word: str) -> bool:
    """«سيطرتها», «طائراته»: an attached pronoun; «جوية», «قوة» end in taa marbuta, which folding
    writes like the pronoun «ه» (so the unfolded word decides)."""
    w = "".join(ch for ch in word.split()[-1] if not "\u064b" <= ch <= "\u0652")
    return w.endswith(_POSSESSIVE) and len(w) > 3


def _role(ctx: Ctx, m: Mention, a, cs: int, ce: int) -> str | None:
    rb = m.reported_by or {}
    if rb.get("start") is not None and rb["start"] <= a.start < rb["end"]:
        return None  # the source's own name
    before = _words_before(ctx, a.prefix_start, 3)
    prev = before[-1] if before else ""
    prev = prev[1:] if prev.startswith("و") and len(prev) > 2 else prev
    near = before[-3:]
    if a.prefix_start <= m.start and m.end <= a.end and a.end - a.start > m.end - m.start:
        return "agent"  # «طائرة مسيّرة تركية», «رتل عسكري تركي»: the act's own vehicle names the force
    if m.start < a.start < m.end <= a.end:
        return "agent"  # «قصفت الطائرات الروسية»: a trigger that takes in the subject's first word
    blame = _blamed(ctx, m)
    if blame is not None:
        # «نسبت الوزارة الهجوم إلى خلية لـ«داعش»», «حمّلت قسد الجيش مسؤولية الهجوم»: the one blamed
        # acted; the one who blames did not. After the act noun only the one named in the clause of
        # «إلى» was blamed («…، في أكبر حصيلة للجيش التركي»: the dead's army is not)
        if a.prefix_start >= blame and (a.end <= m.prefix_start or ctx.real_breaks(blame, a.prefix_start) == 0):
            return "agent"
        if a.end <= m.prefix_start or a.prefix_start < blame:
            return None
    last2 = near[-2:]
    if not _BACKED_BY.isdisjoint(last2) and _OWNER.isdisjoint(last2) or \
            (len(near) >= 2 and near[-2] in _BACKED_BY and near[-2] not in _OWNER and prev in ("من", "ل")):
        return None  # «المدعوم من تركيا», «الموالية لإيران»: a backer named in passing
    if a.prefix_start >= m.end and _fired_from(before) and ctx.sent_of(a.start) == m.si and \
            ctx.words_between(m.end, a.prefix_start) <= 14:
        return "agent"  # «قصف بقذائف الهاون مصدره مواقع وحدات حماية الشعب»: who holds where fire came from
    key = ("men_of_the_dead", id(a))  # (one answer per hit: every mention of the sentence asks)
    dead_men = ctx.memo.get(key)
    if dead_men is None:
        dead_men = ctx.memo[key] = _men_of_the_dead(ctx, a, before)
    if dead_men:
        return "target"  # «ارتفع إلى 64 عدد مقاتلي فصيل «فيلق الشام» الذين قتلوا جراء…»
    if (m.type == "casualties" or " ".join(ffold(m.surface).split()) in _spec("own_kill_words")["_words"]) and \
            m.pos != "verb" and a.end <= m.prefix_start and \
            not ctx.text[a.end:m.prefix_start].strip() and \
            (prev in _MEN or ffold(a.surface.split()[0]) in _MEN):
        return "target"  # «عدد عناصر التنظيم المحيّدين», «مقاتلي الفصائل القتلى»: the death word qualifies X's men
    if m.type in _FORCE_TYPES_ARREST and len(before) >= 2 and before[-1] == "في" and \
            (_bare_word(before[-2]) in _MEMBERS or (len(before) >= 3 and _bare_word(before[-3]) in _MEMBERS and
                                                  before[-2] in _MEMBER_ADJS)):
        return "target"  # «استهدفت منزلاً يقيم فيه قيادي في تنظيم «داعش»»: a member of X was hit
    if len(before) >= 3 and before[-1] in _OWNER and before[-3] in _ACTS_ON and a.end <= m.prefix_start:
        return "target"  # «تفكيك خلية تابعة لتنظيم «داعش» … واعتقال أفرادها»: X's unit was acted on
    if m.type == "arrest" and a.prefix_start >= m.end and len(before) >= 3 and before[-1] in _OWNER and \
            before[-2] in _CELLS_MEN and before[-3] == _ALA and ctx.words_between(m.end, a.prefix_start) <= 4:
        # «أعلنت الداخلية القبض على خلية تابعة لتنظيم داعش»: X's cell was arrested (not «اعتقلت دورية
        # تابعة لـX …»: X's patrol made the arrest)
        return "target"
    if _parent_in_passing(before):
        return None  # «من «فيلق الشام»، أحد فصائل الجبهة الوطنية»: the named group's parent, said in passing
    if not _BESIDE.isdisjoint(near) or not _SUPPORTS.isdisjoint(near) or \
            (prev == "من" and len(near) >= 2 and near[-2].startswith("بمقاتلين")):
        return "beside"  # «مدعومة بمقاتلين من حزب الله», «بمساندة مروحيات التحالف»: fought beside
    if m.type in ("defection", "desertion") and a.prefix_start > m.end and \
            any(w in _JOIN for w in _words_before(ctx, a.prefix_start, 5)[:-1]) and \
            not ctx.m["triggers"].first_after(m.end, a.prefix_start):
        # «انشقوا عن الفرقة 11، وانضموا إلى كتيبة تابعة للجيش الحر»: the side joined, not the one left
        return "target"
    if not _OWNER.isdisjoint(last2) and a.prefix_start > m.end and _gap_words(ctx, m.end, a.prefix_start) <= 5:
        owned = near[-3] if len(near) >= 3 and near[-2] in _OWNER else near[-2] if len(near) >= 2 else ""
        on = _words_before(ctx, a.prefix_start, 5)
        struck_at = m.type in _FORCE_TYPES and len(on) >= 4 and (on[-4] == _ALA or on[-3] == _ALA)
        if (_hit_thing(owned) or struck_at) and not (m.type == "arrest" and any(w in _PERSONNEL for w in near[:-2])):
            # «أغارت على مواقع تابعة للحرس الثوري», «غارات على دبابات تابعة للقوات الحكومية»: what was hit
            # belongs to X (but «اعتقل عناصر حاجز تابع للمخابرات الجوية»: the men of X's checkpoint made
            # the arrest)
            return "target"
        if m.pos == "verb" and (_actor_before(ctx, m, cs) or any(
                b.end <= a.prefix_start and _hit_reading(ctx, b) is not None
                for b in ctx.m["actors"].starting(m.end, a.prefix_start))):
            # «قوى الأمن فككت خلية تابعة لتنظيم داعش», «قصفت المدفعية التركية عربات تابعة لقسد»: the verb's
            # subject is named; X's unit is its object
            return "target"
        return "agent"  # «اعتقلت دورية تابعة لفرع الأمن العسكري 23 شاباً»: the unit's owner did it
    if m.type == "territory_change" and (any(w in _WITHDREW for w in near[-2:]) or _withdrew_after(ctx, a)):
        return "target"  # «بعد انسحاب قوات النظام», «مقاتلي المعارضة انسحبوا»: who lost the place
    if m.type == "armed_clash" and a.prefix_start >= m.end:
        between = _between_sides(ctx, m, a)
        if between is not None:
            return between
    if a.end <= m.prefix_start and m.pos == "verb" and _relative_between(ctx, a.end, m.prefix_start):
        return None  # «قصفت طائرة سورية أحياء في مدينة X التي سيطر عليها مقاتلون…»: the place's clause
    unit = _unit_of(before)
    if unit and a.end <= m.prefix_start and (_light_subject(ctx, m, a, before[:-2]) or (
            m.pos == "verb" and ctx.words_between(a.end, m.prefix_start) <= 1 and ctx.sent_of(a.start) == m.si)):
        return "agent"  # «نفذت وحدة من قواتنا المسلحة عملية نوعية»: a unit of X is X
    if a.end <= m.prefix_start and (_light_subject(ctx, m, a, before) or _light_verb_after(ctx, m, a)):
        return "agent"  # «شنّ الطيران الحربي الروسي، اليوم الثلاثاء، 20 غارة», «مقاتلات روسية شنت، أمس، 20 غارة»
    if a.end <= m.prefix_start and prev in _OWNER and _subject_named_before(ctx, m, a):
        return "target"  # «قوى الأمن فككت خلية تابعة لتنظيم داعش واعتقلت أفرادها»: X's unit is an object
    if a.end <= m.prefix_start and m.pos == "verb" and m.type != "casualties" and \
            ctx.words_between(a.end, m.prefix_start) <= 1 and ctx.sent_of(a.start) == m.si:
        return "agent"  # «عناصر من وزارة الدفاع اشتبكوا…»: the force right before its verb is the subject
    if a.end <= m.prefix_start:
        if m.pos == "verb" and not _SUPPORTS.isdisjoint(ctx.sent_words(m.si)) and _support_aside(ctx, a.end, m.prefix_start):
            return "agent"  # «فصائل من الجيش الحر، تدعمها دبابات تركية، سيطرت»: the subject past the supporters
        if a.prefix_start < cs and ctx.breaks_between(a.end, m.start) > 1 and (
                ctx.real_breaks(a.end, m.start) > 1 or ctx.m["triggers"].first_after(a.end, m.prefix_start) is not None):
            return None  # another clause's (a time aside «، اليوم الاثنين،» after the subject is no new clause)
        if m.type in ("defection", "desertion") and prev == "عن":
            return "agent"
        if _hit_thing(prev) and m.pos == "noun" and ctx.text[m.prefix_start:m.start].endswith("ب") and any(
                t.end <= a.prefix_start and _verb_trigger(t) for t in ctx.m["triggers"].starting(cs, a.prefix_start)):
            # «استهدف مقاتلو المعارضة حاجز المخابرات الجوية بقذائف الهاون»: the weapon the verb's act
            # was done with; the owner of what was hit is its target, not the weapon's user
            return "target"
        if prev == "مع":
            # «اشتبكوا مع القوات النظامية، ما أدى إلى مقتل…»: the other side; «بالتعاون مع X»: no agent
            return "target" if m.type in ("armed_clash", "casualties") else None
        if a.prefix.endswith("ل") and _hit_thing(prev):
            return "target"  # «دمرت 14 موقعاً لتنظيم الدولة … وقتلت 30»: whose positions were hit
        if a.prefix.endswith("ب") and prev in _BLAST_WORDS:
            return "target"  # «انفجرت عبوة ناسفة بدورية روسية، ما أدى إلى إصابة…»: what the blast hit
        if len(before) >= 2 and before[-1] == "من" and before[-2] in _ATTACKERS_ONE and m.type in _FORCE_TYPES:
            return "agent"  # «فجّر انتحاري من جبهة النصرة سيارة مفخخة»: one of X did it
        if len(before) >= 2 and before[-1] == "من" and (_word_in(before[-2], _FORMATIONS) or _word_in(before[-2], _CELLS)):
            # «واصلت وحدات من قواتنا المسلحة ملاحقة…، وذكر مصدر أن الوحدات قضت…»: a unit of X is X, never
            # X hit; far before the act it names nobody's role here («ستة عناصر من الجيش» are men, often
            # the dead: not a formation)
            return "agent" if ctx.words_between(a.end, m.prefix_start) <= 8 else None
        return "target" if (prev in _TARGET_BEFORE or prev in _HUNTED) and m.type != "defection" else "agent"
    if a.prefix_start >= m.end and _did_it(ctx, a, m.type in _FORCE_TYPES) and \
            not _contrast_between(ctx, m.end, a.prefix_start):
        return "agent"  # «الغارات الجوية، التي نفذتها إسرائيل», «…، معظمها على يد قوات النظام»
    if a.prefix_start >= m.end and prev == "من" and (
            (ffold(m.surface).removeprefix("و") in _ATTACKERS_ONE and not ctx.text[m.end:a.prefix_start].replace("من", "", 1).strip())
            or (m.pos == "verb" and m.type in _FORCE_TYPES and len(before) >= 2 and before[-2] in _ATTACKERS_ONE and
                len(ctx.text[m.end:a.prefix_start].split()) == 2)):
        # «فجّر انتحاري من تنظيم الدولة سيارة…», «هاجم انغماسيون من داعش مقراً…»: the bomber or the attackers
        # (the act itself, or the subject right after its verb) are X's
        return "agent"
    if m.type in ("defection", "desertion") and prev == "عن" and a.prefix_start >= m.end and \
            ctx.sent_of(a.start) == m.si and ctx.words_between(m.end, a.prefix_start) <= 14 and \
            not ctx.m["triggers"].first_after(m.end, a.prefix_start):
        return "agent"  # «انشقاق 12 عسكرياً، بينهم ضابط برتبة عقيد، عن قوات النظام»: past the breakdown
    if a.prefix_start >= m.end and a.prefix_start < ce + 1:
        if prev in _AGENT_AFTER:
            return "agent"
        if m.type == "arrest" and _bare_word(prev) in _POSTS and ctx.words_between(m.end, a.prefix_start) <= 3 and \
                not _actor_before(ctx, m, cs) and not any(b.end <= a.prefix_start for b in
                                                          ctx.m["actors"].starting(m.end, a.prefix_start)):
            # «اعتقل عناصر حاجز الأمن العسكري ستة شبان», «أوقف حاجز الفرقة الرابعة حافلة»: the men of X's
            # checkpoint (the verb's subject) made the arrest; an arrest hits no place
            return "agent"
        if m.type in ("defection", "desertion"):
            # «انشق 35 عنصراً من قوات النظام / عن الفرقة الرابعة»: the force they left; «عن كتيبة الهندسة
            # التابعة للنظام»: the owner of the unit they left
            if prev in _OWNER and _unit_left_before(_words_before(ctx, a.prefix_start, 6)):
                return "agent"
            if prev == "في" and len(before) >= 2 and _bare_word(before[-2]) in _MEMBERS and \
                    _gap_words(ctx, m.end, a.prefix_start) <= 3:
                return "agent"  # «انشق قيادي في «هيئة تحرير الشام»»: the member left his own force
            return "agent" if prev in ("عن", "من") else "target" if (prev in _JOIN or a.prefix.endswith("ب")) else None
        if _men_head(before) and m.pos == "verb" and m.type != "casualties" and \
                ctx.words_between(m.end, a.prefix_start) <= _men_head(before) + 1 and not _actor_before(ctx, m, cs):
            # «هاجمت مجموعات من فلول النظام حواجز…», «أوقفت وحدات من الأمن العام، أمس، 14 شخصاً»: right
            # after the verb, a group or unit of X is the verb's subject
            return "agent"
        if m.pos == "verb" and m.type in _ASSAULTS and _men_of_after_verb(ctx, m, a) and not _actor_before(ctx, m, cs):
            return "agent"  # «هاجم عشرات من عناصر تنظيم داعش سجن غويران»: the verb's subject, X's men
        if a.prefix.endswith("ل") and (_hit_thing(prev) or _hit_thing_described(before)):
            return "target"  # «قصفت مواقع لقسد», «هاجموا نقطة عسكرية لقسد»: whose positions were hit
        if a.prefix.endswith("ل") and _act_owned(before) and m.type in _FORCE_TYPES:
            return "agent"  # «منذ بدء الحملة الجوية للنظام», «بالقصف المدفعي للنظام»: whose act it was
        if _unit_of(before) and m.pos == "noun" and m.type in ("reinforcement", "territory_change") and \
                ctx.words_between(m.end, a.prefix_start) <= 3:
            return "agent"  # «بدء انتشار وحدات من قوى الأمن الداخلي», «سيطرة وحدات من الجيش على…»
        if prev in _AIM_MASDARS and m.pos == "noun" and ffold(m.surface) in _AIM_MASDARS and _aimed_by(ctx, a):
            return "agent"  # «إثر استهداف قوات النظام بطائرة مسيرة سيارة»
        if prev == "من" and len(before) >= 2 and before[-2] in _FIGHTER_NOUNS and m.type == "armed_clash" and \
                len(before) >= 3 and before[-3] == "مع":
            return "target"  # «اشتبكوا مع مسلحين من الحرس الوطني»: the other side
        if prev == "من" and m.type in _FORCE_TYPES and _subject_of_an_act(ctx, a):
            return "agent"  # «قتل تسعة جنود حين هاجمت خلايا من «داعش» حافلة»: who attacked killed them
        if prev in _TARGET_BEFORE or a.prefix in ("على", "ل") and m.type == "arrest" or \
                (prev == "مع" and m.type == "armed_clash"):
            return "target"  # «اشتبكوا مع القوات النظامية»: the other side
        if _gap_words(ctx, m.end, a.prefix_start) <= 1 and _hit_thing(prev):
            return "target"  # «ردت بقصف مواقع النظام»: whose positions were shelled
        if _hit_thing(prev) and m.type in _FORCE_TYPES and ctx.words_between(m.end, a.prefix_start) <= 6 and any(
                b.end <= a.prefix_start for b in ctx.m["actors"].starting(m.end, a.prefix_start)):
            return "target"  # «استهدف مقاتلو المعارضة حاجز المخابرات الجوية»: the subject named first, X's post was hit
        if m.type == "explosion" and a.prefix.endswith("ب") and _gap_words(ctx, m.end, a.prefix_start) <= 2:
            return "target"  # «انفجرت عبوة ناسفة بدورية روسية»: what the blast hit
        if _gap_words(ctx, m.end, a.prefix_start) <= 1 and not any(
                p in _PLACE_PREPS for p in ctx.words_before(a.prefix_start, 2, floor=m.end)):
            # («بعد ساعات من دخول مقاتلي المعارضة»: a preposition before the act noun is not between)
            return "agent"  # «قصفت قوات النظام», «غارات لطيران النظام»
        return None
    return None


# posts whose men arrest people, named before the force that holds them («حاجز المخابرات الجوية»)
_POSTS = frozenset(cue_words("actor_words", "posts"))


_NAME_LEADS = frozenset(cue_words("actor_words", "name_leads"))
_ATTACKING_MEN = frozenset(cue_words("actor_words", "attacking_men"))


def _men_hit(ctx: Ctx, a) -> bool:
    """«قتل 27 عنصراً من قوات النظام…، بينهم ثمانية من مقاتلي حزب الله», «تحييد 31 إرهابياً من تنظيم X»:
    X is named as whose men a figure of the dead or the hurt counts (or a part of it): X was hit,
    whatever act of the sentence asks (not «12 من المهاجمين من X»: the attackers who died)."""
    key = ("men_hit", id(a))  # (one answer per hit: every act of the sentence asks)
    if key not in ctx.memo:
        ctx.memo[key] = _men_hit_at(ctx, a)
    return ctx.memo[key]


def _men_hit_at(ctx: Ctx, a) -> bool:
    k = ctx.tok_of(a.prefix_start) - 1
    while k >= 0 and (ctx.ftoks[k] in _MEN or ctx.ftoks[k] in _NAME_LEADS or not ctx.tokens[k].text[:1].isalnum()):
        k -= 1
    if k < 1 or ctx.ftoks[k] != "من" or ctx.ftoks[k - 1] in _ATTACKING_MEN:
        return False
    # the figure right before «من»: «27 عنصراً من…», «ثمانية من…», «عشرات من…»
    fig = ctx.tokens[k - 1]
    counted = ctx.ftoks[k - 1] in _COUNTS or any(
        q["start"] <= fig.start < q["end"] or 0 <= fig.start - q["end"] <= 1
        for q in ctx.quants.starting(max(0, fig.start - 60), fig.end))
    if not counted:
        return False
    s = ctx.sents[ctx.sent_of(a.start)]
    lo = max(s.start, fig.start - 160)
    deaths = [h for h in ctx.m["triggers"].starting(lo, fig.start) if h.end <= fig.start and any(
        isinstance(v, dict) and (v.get("sub") == "killed" or v.get("type") == "casualties")
        for v in (h.value if isinstance(h.value, list) else [h.value]))]
    if not deaths:
        return False
    d = deaths[-1]
    if ctx.real_breaks(d.end, a.prefix_start) == 0:
        return True
    # «…، بينهم ثمانية من مقاتلي X»: past the opening of an aside that lists parts of the figure
    i = bisect_left(ctx.breaks, fig.start) - 1
    b = ctx.breaks[i] if i >= 0 else -1
    first = ctx.words_after(b + 1, 1, limit=fig.end) if b > d.end else []
    return bool(first) and first[0].lstrip("و") in ctx.v.subset and ctx.real_breaks(d.end, b) == 0


_COUNTS = frozenset(cue_words("actor_words", "counts"))


_ASSAULTS = frozenset({"armed_clash", "territory_change", "explosion"})
_MANY = frozenset(cue_words("actor_words", "many"))


def _men_of_after_verb(ctx: Ctx, m: Mention, a) -> bool:
    """Right after the act's verb, only a number of men and «من» before X («هاجم عشرات من عناصر X»,
    «اقتحم 30 مسلحاً من X»): X's men are the verb's subject (an assault's object is a place or a post,
    not a number of men)."""
    t0, t1 = ctx.tok_of(m.end - 1) + 1, ctx.tok_of(a.prefix_start)
    if not 0 < t1 - t0 <= 4:
        return False
    men = False
    for k in range(t0, t1):
        f, tok = ctx.ftoks[k], ctx.tokens[k]
        if f in _MEN or f in _MANY:
            men = True
        elif f != "من" and not any(q["start"] <= tok.start < q["end"] for q in ctx.quants.covering(tok.start, 40)):
            return False
    return men


def _verb_trigger(t) -> bool:
    return any(isinstance(v, dict) and v.get("pos") == "verb" for v in (t.value if isinstance(t.value, list) else [t.value]))


def _unit_left_before(before: list[str]) -> bool:
    """«… عن/من <unit> <its name words> التابع(ة)» right before the owner: a unit was left."""
    units = _bare_army_spec().get("_units", frozenset()) | _UNITS
    for i in range(len(before) - 2, 0, -1):
        if before[i - 1] in ("عن", "من") and before[i] in units:
            return True
    return False


_ONE_OF = frozenset(cue_words("actor_words", "one_of"))
_GROUPINGS = frozenset(cue_words("actor_words", "groupings"))
_WITHIN = frozenset(cue_words("actor_words", "within"))


_SOURCE_OF_FIRE = frozenset(cue_words("actor_words", "source_of_fire"))
_POSITIONS = frozenset(cue_words("actor_words", "positions"))


_UNITS = frozenset(cue_words("actor_words", "units"))
_HEADS_OF_MEN = _FIGHTER_NOUNS | _UNITS | _CELLS
_CELLS_MEN = _CELLS | _MEN


_ATTACKERS_ONE = frozenset(cue_words("actor_words", "attackers_one"))
_BLAST_WORDS = frozenset(cue_words("actor_words", "blast_words"))
_FORMATIONS = frozenset(cue_words("actor_words", "formations"))  # («دخلت أرتال من الهيئة»)


# an adjective of a group or unit noun before «من X» («مجموعة مسلحة من», «قوة أمنية من»)
_UNIT_ADJS = frozenset(cue_words("actor_words", "unit_adjs"))


_MEN_HEADS = _HEADS_OF_MEN | _FORMATIONS


def _word_in(w: str, words: frozenset) -> bool:
    """w or w without a leading «و» (the word itself first: «وحدات» starts with the letter)."""
    return w in words or (w[:1] == "و" and w[1:] in words)


# «ملاحقة فلول X», «بقايا X»: the remnants hunted
_HUNTED = frozenset(cue_words("actor_words", "hunted"))


def _men_head(before: list[str]) -> int:
    """How many words before X name a group or unit of X («وحدات من X» 2, «مجموعة مسلحة من X» 3), else 0."""
    if len(before) < 2 or before[-1] != "من":
        return 0
    if _word_in(before[-2], _MEN_HEADS):
        return 2
    return 3 if len(before) >= 3 and before[-2] in _UNIT_ADJS and _word_in(before[-3], _MEN_HEADS) else 0


def _unit_of(before: list[str]) -> bool:
    """«وحدة من X», «دورية من X»: the words before X name one of its units."""
    return len(before) >= 2 and before[-1] == "من" and before[-2] in _UNITS


def _fired_from(before: list[str]) -> bool:
    """«مصدره X», «مصدره مواقع X», «مصدرها مناطق سيطرة X»."""
    ws = list(before)
    while ws and ws[-1] in _POSITIONS:
        ws.pop()
    return bool(ws) and ws[-1] in _SOURCE_OF_FIRE and len(before) - len(ws) <= 2


_CAMPAIGNS = frozenset(cue_words("actor_words", "campaigns"))


def _act_owned(before: list[str]) -> bool:
    """«الحملة الجوية لـ», «القصف لـ»: an act noun (one adjective may follow it) right before a lam."""
    if not before:
        return False
    if _bare_word(before[-1]) in _CAMPAIGNS:
        return True
    return len(before) >= 2 and _bare_word(before[-2]) in _CAMPAIGNS and before[-1].endswith(("يه", "ي"))


def _own_clause_agents(ctx: Ctx, m: Mention, out: list[dict], cs: int) -> None:
    """«…، بينما انسحبت قوات النظام نحو…، ونفذت طائرات روسية غارات»: an agent found in the
    mention's own clause wins over one named in a clause before it (set off by a real break)."""
    agents = [x for x in out if x["role"] == "agent" and "start" in x]
    if not any(x["start"] >= cs and not x.get("beside") for x in agents):
        return  # (a helper named after «بمساندة» in the clause is no reason to drop the one helped)
    drop = [x for x in agents if x["end"] <= cs and ctx.real_breaks(x["end"], m.start) >= 1 and not x.get("beside")]
    if drop and len(drop) < len(agents):
        out[:] = [x for x in out if x not in drop]


_NOT_OURS = frozenset(cue_words("actor_words", "not_ours"))


def _army_as_subject(ctx: Ctx, m: Mention) -> dict | None:
    """«إن الجيش أحكم سيطرته على…», «دبابات الجيش قصفت…», «قصف الجيش…»: a bare «الجيش» as the
    subject of an act (before the fall the Syrian army, after it the new state's; actors.json
    `bare_army`); never another country's army («الجيش اللبناني»: an adjective follows)."""
    if m.type in ("defection", "desertion", "casualties", "protest", "statement"):
        return None
    spec = _bare_army_spec()
    if not spec or not ctx.published:
        return None
    canon = spec["canonical"] if ctx.published < spec.get("until", "9999") else spec.get("canonical_after")
    if not canon or spec["_words"].isdisjoint(ctx.doc_words):
        return None
    cs, ce = ctx.clause(m.start)
    t0, t1 = ctx.tok_of(m.prefix_start), ctx.tok_of(m.end - 1)
    for k in list(range(max(0, t0 - 15), t0)) + list(range(t1 + 1, t1 + 3)):
        if k >= len(ctx.tokens):
            break
        tok = ctx.tokens[k]
        if tok.start < cs or tok.start >= ce or ffold(tok.text) not in spec["_words"]:
            continue
        nxt = ctx.tokens[k + 1:k + 2]
        if nxt and ffold(nxt[0].text).startswith("ال") and ffold(nxt[0].text).endswith("ي") and \
                ffold(nxt[0].text) not in _NOT_OURS:
            continue  # «الجيش اللبناني», «الجيش التركي»
        if any(a.start <= tok.start < a.end for a in ctx.m["actors"].starting(max(0, tok.start - 5), tok.end)):
            continue  # part of a longer name
        if k < t0 and m.pos != "verb" and not any(ffold(t.text) in _LIGHT for t in ctx.tokens[k + 1:t0]):
            continue  # before an act noun only as the subject of a light verb («الجيش أحكم سيطرته»)
        if k < t0 - 3 and not (ffold(ctx.tokens[k + 1].text) in _LIGHT and m.pos != "verb" and
                               ctx.text[m.prefix_start:m.start] in ("ب", "و", "وب")):
            continue  # far before: only right before its verb, the act «بـ…» («إن الجيش رد على خروقات … بقصف مواقعهم»)
        return {"surface": tok.text, "role": "agent", "canonical": canon, "start": tok.start, "end": tok.end}
    return None


def _carried_by_anaphor(ctx: Ctx, m: Mention) -> dict | None:
    """«أعلنت وزارة الدفاع التركية أن مقاتلاتها نفذت عملية… . وقالت قسد إن الغارات التي استهدفت…»:
    an act told again with a definite act noun («الغارات», «القصف», «الهجوم») and no agent in its
    sentence was done by the force that acted in the sentence before (the first armed actor
    there not named as hit)."""
    if m.type not in _FORCE_TYPES or m.si == 0:
        return None
    t0 = ctx.tok_of(m.prefix_start)
    near = [ffold(t.text).removeprefix("و") for t in ctx.tokens[max(0, t0 - 3):ctx.tok_of(m.end - 1) + 1]]
    if not any(w in ctx.v.anaphor_acts and w.startswith("ال") for w in near):
        return None
    s = ctx.sents[m.si - 1]
    if "\n\n" in ctx.text[s.end:ctx.sents[m.si].start]:
        return None
    for a in ctx.m["actors"].starting(s.start, s.end):
        val = pick(a.value, a.key, ctx.published, ctx.text)
        if val is None or val.get("kind") not in _ARMED_KINDS:
            continue
        before = _words_before(ctx, a.prefix_start, 2)
        if before and (before[-1] in _TARGET_BEFORE or _hit_thing(before[-1])):
            continue
        return {"surface": a.surface, "role": "agent", "canonical": val["canonical"], "start": a.start, "end": a.end}
    return None


_DID_IT_MASDARS = tuple(cue_words("actor_words", "did_it_masdars"))
_RESPONSIBILITY = fold_str("مسؤولي")  # «مسؤولية الهجوم», «المسؤولية» (folded: the hamza seat is not kept)


def _accused_after(ctx: Ctx, m: Mention) -> dict | None:
    """«قُتل 25 في تفجير استهدف كنيسة …، فيما اتهمت وزارة الداخلية تنظيم الدولة بتنفيذه»: the force
    accused of the act (its pronoun) in a later clause of the sentence acted (named between the accuser
    and «بتنفيذه/بالوقوف وراءه/بارتكابه»)."""
    if m.type not in _FORCE_TYPES or _BLAME_FORMS.isdisjoint(ctx.doc_words):
        return None
    sent = ctx.sents[m.si]
    toks = ctx.tokens[ctx.tok_of(m.end - 1) + 1:ctx.tok_of(max(m.end, sent.end - 1)) + 1]
    for i, tok in enumerate(toks):
        if ffold(tok.text).removeprefix("و") not in _BLAME or not ffold(tok.text).removeprefix("و").startswith(("اتهم", "حمل")):
            continue
        for j in range(i + 1, min(len(toks), i + 12)):
            f = ffold(toks[j].text)
            if f.startswith(_DID_IT_MASDARS) or f.removeprefix("ال").startswith(_RESPONSIBILITY):
                last, named = None, []
                for a in ctx.m["actors"].starting(tok.end, toks[j].start):
                    val = pick(a.value, a.key, ctx.published, ctx.text)
                    if val is not None and val.get("kind") in _ARMED_KINDS:
                        last = (a, val)
                        named.append(val["canonical"])
                # «وحمّلت فلول النظام والقوات الحكومية وقسد المسؤولية»: several blamed, no one agent (past the
                # accuser who may follow the verb: «اتهمت الإدارة الذاتية تنظيم داعش بالمسؤولية»)
                if len(set(named[1:])) > 1:
                    return None
                # («الذي حمّل قوات النظام المسؤولية»: the accuser named before the relative, the accused right
                # after the verb)
                elided = i > 0 and ffold(toks[i - 1].text) in _RELATIVES
                if last is not None and (elided or ctx.words_between(tok.end, last[0].prefix_start) >= 1):
                    a, val = last
                    return {"surface": a.surface, "role": "agent", "canonical": val["canonical"], "start": a.start,
                            "end": a.end}
                return None
        return None
    return None


def _decider(ctx: Ctx, m: Mention) -> dict | None:
    """«قرر مجلس الاتحاد الأوروبي … إضافة 28 شخصية …، ليرتفع عدد المشمولين … إلى 181»: a sanction, an
    agreement or a statement told in a later clause of a sentence opened by a body's verb was that
    body's (the subject right after the sentence's first word)."""
    if m.type not in _WORDS_ACTS - {"other"}:
        return None
    sent = ctx.sents[m.si]
    for a in ctx.m["actors"].starting(sent.start, m.prefix_start):
        if ctx.words_between(sent.start, a.prefix_start) > 2:
            return None
        val = pick(a.value, a.key, ctx.published, ctx.text)
        if val is not None and val.get("kind") in ("international", "state", "foreign"):
            return {"surface": a.surface, "role": "agent", "canonical": val["canonical"], "start": a.start,
                    "end": a.end}
        return None
    return None


def _bare_word(w: str) -> str:
    """A folded word without its article («القيادي» -> «قيادي»)."""
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


def _men_of_the_dead(ctx: Ctx, a, before: list[str]) -> bool:
    """X named as the force of men who then «الذين قتلوا»: the dead's force (a target)."""
    if not any(w in _MEN or w.startswith(("مقاتل", "عناصر")) for w in before[-3:]):
        return False
    after = ctx.words_after(a.end, 8, ctx.sents[ctx.sent_of(a.start)].end)
    for i, w in enumerate(after[:-1]):
        if w in _WHO:
            return after[i + 1] in _THE_DEAD
    return False


def _parent_in_passing(before: list[str]) -> bool:
    """«أحد فصائل X», «إحدى مكونات X», «المنضوي ضمن X»: X is the parent of a group just named."""
    return (len(before) >= 2 and before[-1] in _GROUPINGS and before[-2] in _ONE_OF) or \
        (len(before) >= 2 and before[-2] in _WITHIN and before[-1] in ("ضمن", "في")) or \
        (bool(before) and before[-1] in _WITHIN)


def _subject_named_before(ctx: Ctx, m: Mention, a) -> bool:
    """An armed force named earlier in the sentence than «… تابعة لـX» (outside the source's name)."""
    rb = m.reported_by or {}
    return any(b.end <= a.prefix_start - 8 and not (rb.get("start") is not None and rb["start"] <= b.start < rb["end"])
               and (pick(b.value, b.key, ctx.published, ctx.text) or {}).get("kind") in _ARMED
               for b in ctx.m["actors"].starting(ctx.sents[m.si].start, a.prefix_start))


def _owner_after(ctx: Ctx, a) -> tuple[dict, int] | None:
    """«X التابعة لـ Y» right after a force's name: Y's actor (X is its unit or arm), and where Y
    starts."""
    nxt = ctx.tokens[ctx.tok_of(a.end - 1) + 1:ctx.tok_of(a.end - 1) + 3]
    if not nxt or ffold(nxt[0].text) not in _OWNER:
        return None
    for b in ctx.m["actors"].starting(nxt[0].end, nxt[0].end + 40):
        if ctx.words_between(nxt[0].end, b.prefix_start) > 1 or (not b.prefix.endswith("لل") and _lam_only(b)):
            return None
        val = pick(b.value, b.key, ctx.published, ctx.text)
        return (val, b.prefix_start) if val is not None else None
    return None


def _actor_before(ctx: Ctx, m: Mention, cs: int) -> bool:
    return any(a.end <= m.prefix_start for a in ctx.m["actors"].starting(cs, m.prefix_start))


def _withdrew_after(ctx: Ctx, a) -> bool:
    nxt = ctx.words_after(a.end, 1)
    return bool(nxt) and nxt[0] in _WITHDREW


def _between_sides(ctx: Ctx, m: Mention, a) -> str | None:
    """«اشتباكات بين «هيئة تحرير الشام» و«حركة أحرار الشام»»: first side agent, second target."""
    sent = ctx.sents[m.si]
    words = ctx.words_after(m.end, 8, sent.end)  # «اشتباكات عنيفة منذ صباح أمس الاثنين بين…»
    if "بين" not in words:
        return None
    before = _words_before(ctx, a.prefix_start, 3)
    if before and (before[-1] == "بين" or (len(before) >= 3 and before[-3] == "بين" and before[-1] == "من"
                                         and before[-2] in _FIGHTER_NOUNS)):
        return "agent"  # «بين مسلحين من أبناء العشائر و…»: the first side
    if len(before) >= 2 and before[-1] == "من" and before[-2].startswith("و") and \
            (before[-2][1:] in _FIGHTER_NOUNS or before[-2][1:] in _UNITS):
        return "target"  # «بين مسلحين دروز وعناصر من الأمن العام»: the second side
    lead = ctx.text[max(0, a.prefix_start - 3):a.prefix_start].replace("«", "").replace('"', "").strip()
    if a.prefix.startswith("و") or lead.endswith(" و") or lead == "و" or (before and before[-1] == "و"):
        return "target"
    return None


def _issuer(ctx: Ctx, m: Mention) -> dict | None:
    """«أصدر المجلس الإسلامي السوري، اليوم الأربعاء، بياناً…»: the subject between an issuing verb
    and the statement noun is who issued it (a name no list or tagger knows)."""
    sent = ctx.sents[m.si]
    t1 = ctx.tok_of(m.prefix_start)
    toks = ctx.tokens[max(0, t1 - 9):t1]
    issue = _issue_verbs()
    for i, tok in enumerate(toks):
        f = ffold(tok.text).removeprefix("و")
        if tok.start < sent.start or f not in issue or f not in _ISSUE and _negated(ctx, max(0, t1 - 9) + i):
            continue
        words = []
        for w in toks[i + 1:]:
            f = ffold(w.text)
            if not w.text[:1].isalpha() or f in _TIME_WORDS:
                break
            words.append(w)
        if 1 <= len(words) <= 6:
            s0, e0 = words[0].start, words[-1].end
            return {"surface": ctx.text[s0:e0], "role": "agent", "canonical": None, "start": s0, "end": e0}
    return None


def _force_left_before(ctx: Ctx, m: Mention) -> dict | None:
    """«دعا المجلس العسكري عناصر الجيش النظامي إلى الانشقاق. وكان الملازم فلان قد أعلن انشقاقه…»:
    a defection whose sentence names no force is from the state force or militia named last in the
    two sentences before (same paragraph)."""
    if m.type not in ("defection", "desertion"):
        return None
    # «22 عسكرياً من قوات النظام، بينهم ضابطان…، انشقوا»: the force named with «من/عن» before the
    # verb in its own sentence, across a parenthesis
    for a in ctx.m["actors"].starting(ctx.sents[m.si].start, m.prefix_start):
        before = _words_before(ctx, a.prefix_start, 1)
        val = pick(a.value, a.key, ctx.published, ctx.text)
        if val is not None and val.get("kind") in ("state", "militia") and before and before[0] in ("من", "عن"):
            return {"surface": a.surface, "role": "agent", "canonical": val["canonical"], "start": a.start,
                    "end": a.end}
    if m.si == 0:
        return None
    lo = ctx.sents[max(0, m.si - 2)].start
    if "\n\n" in ctx.text[lo:ctx.sents[m.si].start]:
        lo = ctx.text.rfind("\n\n", lo, ctx.sents[m.si].start) + 2
    best = None
    for a in ctx.m["actors"].starting(lo, ctx.sents[m.si].start):
        val = pick(a.value, a.key, ctx.published, ctx.text)
        if val is not None and val.get("kind") in ("state", "militia"):
            best = (a, val)
    if best is None:
        return None
    a, val = best
    return {"surface": a.surface, "role": "agent", "canonical": val["canonical"], "start": a.start, "end": a.end}


_OPENING_PREPS = frozenset(cue_words("actor_words", "opening_preps"))


_TRYING = ("محاول",)  # «محاولة», «محاولتها», «محاولات»


def _who_tried(ctx: Ctx, m: Mention) -> dict | None:
    """«مقتل 11 عنصراً من قوات النظام خلال محاولتها التقدم نحو قرية X»: the pronoun of «محاولتها»
    refers to the force named last before it; that force attacked."""
    t = ctx.tok_of(m.prefix_start)
    if t == 0 or m.type not in ("armed_clash", "territory_change"):
        return None
    tok = ctx.tokens[t - 1]
    f = ffold(tok.text)
    if not (f.startswith(_TRYING) or f[1:].startswith(_TRYING)) or not _pronoun_suffix(tok.text):
        return None
    sent = ctx.sents[m.si]
    last = None
    for a in ctx.m["actors"].starting(sent.start, tok.start):
        if a.end <= tok.start:
            last = a
    if last is None or _contrast_between(ctx, last.end, tok.start):
        return None
    val = pick(last.value, last.key, ctx.published, ctx.text)
    if val is None or val.get("kind") in ("civilians", "protesters", "international"):
        return None
    return {"surface": last.surface, "role": "agent", "canonical": val["canonical"], "start": last.start,
            "end": last.end}




_NEUTRALISED = re.compile(fold_str("حي") + "+" + fold_str("د"))  # «تحييد», «المحيَّدين», «حيّدت»


@lru_cache(maxsize=1)
def _speaks_for() -> dict[str, list]:
    from .vocab import _json

    return _json("joins.json").get("speaks_for", {})


def _neutralised_by_speaker(ctx: Ctx, m: Mention) -> dict | None:
    """«وذكرت رئاسة الأركان التركية أن حصيلة الإرهابيين المحيَّدين … بلغت 3055»: those a force's own staff or
    ministry counts as «neutralised» were neutralised by that force (joins.json speaks_for, when it speaks for
    one force only)."""
    if m.type not in ("casualties", "armed_clash") or not _NEUTRALISED.search(ffold(m.surface)):
        return None
    rb = m.reported_by or {}
    forces = _speaks_for().get(rb.get("canonical") or "", [])
    if len(forces) != 1 or "start" not in rb:
        return None
    return {"surface": rb["surface"], "role": "agent", "canonical": forces[0], "start": rb["start"], "end": rb["end"]}


def _shared_subject(ctx: Ctx, m: Mention) -> dict | None:
    """«توغلت قوة تركية …، واعتقلت أربعة رعاة»: a verb joined by «و» with no subject of its own
    shares the subject of the verb that opens the sentence (the force named right after it)."""
    if m.pos != "verb" or m.type in ("defection", "desertion", "casualties", "protest") or \
            not ctx.text.startswith("و", m.prefix_start):
        return None
    sent = ctx.sents[m.si]
    start = sent.start
    # «أفاد المراسل بأن قوة من الجيش الإسرائيلي … توغلت …، واعتقلت ثلاثة رعاة»: the clause reported after
    # «أن/بأن/إن» opens like a sentence of its own
    t0, t1 = ctx.tok_of(sent.start), ctx.tok_of(m.prefix_start)
    for k in range(t1 - 1, t0 - 1, -1):
        if ctx.ftoks[k] in _THAT:
            start = ctx.tokens[k].end
            break
    first = next(iter(ctx.m["actors"].starting(start, m.prefix_start)), None)
    # («فرّق عناصر من «هيئة تحرير الشام» مظاهرة…، واعتقلوا سبعة»: a group of X opening the subject)
    head = _men_head(_words_before(ctx, first.prefix_start, 3)) if first is not None else 0
    if first is None or _gap_words(ctx, start, first.prefix_start) > 1 + head or first.prefix or \
            _contrast_between(ctx, first.end, m.prefix_start):
        return None
    opener = ctx.words_after(start, 1)
    if not opener or opener[0] in _OPENING_PREPS:
        return None
    val = pick(first.value, first.key, ctx.published, ctx.text)
    if val is None or val.get("kind") in ("civilians", "protesters"):
        return None
    return {"surface": first.surface, "role": "agent", "canonical": val["canonical"], "start": first.start,
            "end": first.end}


def _bare_army(ctx: Ctx, m: Mention) -> dict | None:
    """«انشقوا عن حاجز للجيش», «فرّ من الجيش»: a defection that names only «الجيش» in its clause
    left the Syrian army (before the fall; actors.json `bare_army`)."""
    if m.type not in ("defection", "desertion"):
        return None
    spec = _bare_army_spec()
    if not spec or not ctx.published or ctx.published >= spec.get("until", "9999"):
        return None
    _, ce = ctx.clause(m.start)
    t = ctx.tok_of(m.end - 1)
    for k in range(t + 1, min(len(ctx.tokens), t + 15)):
        tok, f = ctx.tokens[k], ctx.ftoks[k]
        if f in _JOIN or tok.start >= ctx.sents[m.si].end:
            break  # «… وانضموا إلى الجيش الحر»: what follows is the side joined
        # (in the trigger's clause: an aside of the figure, «، بينهم ضابطان،», is no clause break)
        if tok.start >= ce and ctx.real_breaks(m.end, tok.start) > 0:
            if ctx.real_breaks(m.end, tok.start) > 2:
                break
            continue
        if f in spec["_words"] and not any(
                a.start <= tok.start < a.end for a in ctx.m["actors"].starting(max(0, tok.start - 5), tok.end)):
            # (not the «الجيش» of a longer name: «فصيل في الجيش الوطني السوري»)
            return {"surface": tok.text, "role": "agent", "canonical": spec["canonical"], "start": tok.start,
                    "end": tok.end}
        if f in ("عن", "من") and k + 1 < len(ctx.tokens):
            # «انشقوا عن الفرقة الحادية عشرة», «عن كتيبة الدفاع الجوي», «انشق 7 مجندين من اللواء 52»: a
            # unit the list does not name
            nxt = ctx.tokens[k + 1]
            if ctx.ftoks[k + 1] in spec["_units"] and (nxt.start < ce or ctx.real_breaks(m.end, nxt.start) == 0) \
                    and not any(a.start <= nxt.start < a.end for a in ctx.m["actors"].starting(nxt.start, nxt.end)):
                return {"surface": nxt.text, "role": "agent", "canonical": spec["canonical"],
                        "start": nxt.start, "end": nxt.end}
    sent = ctx.sents[m.si]
    if m.pos == "verb":
        # «17 عنصراً من شرطة مخفر المدينة، بينهم قائد المخفر، انشقوا»: the figure and the unit it is from
        # open the clause before the verb
        for k in range(ctx.tok_of(sent.start), ctx.tok_of(m.prefix_start)):
            if ctx.ftoks[k] == "من" and k + 1 < len(ctx.tokens) and ctx.ftoks[k + 1] in spec["_units"] and \
                    ctx.tokens[k].start >= sent.start and \
                    not any(a.start <= ctx.tokens[k + 1].start < a.end
                            for a in ctx.m["actors"].starting(ctx.tokens[k + 1].start, ctx.tokens[k + 1].end)):
                nxt = ctx.tokens[k + 1]
                return {"surface": nxt.text, "role": "agent", "canonical": spec["canonical"],
                        "start": nxt.start, "end": nxt.end}
    rb = m.reported_by or {}
    if spec.get("unnamed") and (m.type == "desertion" or _DEFECTOR.match(ffold(m.surface))) and not any(
            _other_force(pick(a.value, a.key, ctx.published, ctx.text), spec["canonical"])
            and not _country_as_place(ctx, a) and not (rb.get("start") is not None and rb["start"] <= a.start < rb["end"])
            for a in ctx.m["actors"].starting(sent.start, sent.end)):
        # «عبر 35 عسكرياً سورياً منشقاً الحدود», «رفض 40 عنصراً الالتحاق بقطعاتهم»: no force named,
        # before the fall: the state's army (the rebels they went over to or fled from, «بعد دخول مقاتلي
        # المعارضة», and the state's own bodies, «وزارة الدفاع السورية», name no other force left)
        return {"surface": m.surface, "role": "agent", "canonical": spec["canonical"], "start": m.start,
                "end": m.end}
    return None


_ARMED = frozenset({"state", "rebel", "militia", "foreign"})


def _other_force(val: dict | None, state: str) -> bool:
    """An armed force a defector named with no «عن/من» might have left instead of the state's army."""
    return val is not None and val.get("kind") in ("state", "militia", "foreign") and val["canonical"] != state
# the defectors described («ضابطاً منشقاً», «المنشقين»), not a defection told as an act («أعلن انشقاقه»)
_DEFECTOR = re.compile(r"^(?:ال|وال|لل)?منشق(?:ا|ون|ين|ة|ات)?$")


@lru_cache(maxsize=1)
def _bare_army_spec() -> dict:
    from .actor_names import expanded

    spec = dict(expanded().get("bare_army") or {})
    spec["_words"] = frozenset(fold_str(w) for w in spec.get("words", []))
    spec["_units"] = frozenset(fold_str(w) for w in spec.get("units_left", []))
    return spec


@lru_cache(maxsize=1)
def _weapon_specs() -> tuple:
    """actors.json `weapon_users`, each with its words in every clitic form («بالبراميل», «ببرميل»)."""
    from .actor_names import expanded

    out = []
    for w in expanded().get("weapon_users", []):
        words = {fold_str(x) for x in w["words"]}
        forms = frozenset(p + x for x in words for p in ("", "ب", "و", "وب", "ل"))
        out.append((forms, frozenset(w["types"]), w.get("from") or "", w.get("until") or "9999", w["canonical"]))
    return tuple(out)


def _weapon_user(ctx: Ctx, m: Mention) -> dict | None:
    """«أحصت 1900 قتيل جراء البراميل»: a weapon only one force used, in the act's sentence, names
    that force as the agent when nothing else does (actors.json `weapon_users`, by period)."""
    words = ctx.sent_words(m.si)
    for forms, types, lo, hi, canon in _weapon_specs():
        if m.type not in types or not ctx.published or not lo <= ctx.published < hi or forms.isdisjoint(words):
            continue
        s = ctx.sents[m.si]
        for k in range(ctx.tok_of(s.start), ctx.tok_of(max(s.start, s.end - 1)) + 1):
            tok = ctx.tokens[k]
            if s.start <= tok.start < s.end and ctx.ftoks[k].strip(_PUNCT) in forms:
                return {"surface": tok.text, "role": "agent", "canonical": canon, "start": tok.start, "end": tok.end}
    return None


_PUNCT = "«»\"'()[].,،:؛"


@lru_cache(maxsize=None)
def _spec(name: str) -> dict:
    """A section of actors.json (`unclaimed`, `decrees`) with its words folded."""
    from .actor_names import expanded

    spec = dict(expanded().get(name) or {})
    spec["_words"] = tuple(" ".join(fold_str(w).split()) for w in spec.get("words", ()))
    spec["_types"] = frozenset(spec.get("types", ()))
    spec["_planted"] = frozenset(fold_str(w) for w in spec.get("planted", ()))
    spec["_remnant"] = frozenset(fold_str(w) for w in spec.get("remnants", ()))
    spec["_claims"] = frozenset(fold_str(p + w) for w in spec.get("claims", ()) for p in ("", "و", "ف"))
    # (a gate: the word after «لم/دون» of some cue, in any clitic form, is in the document)
    seconds = {w.split()[1] for w in spec["_words"] if len(w.split()) > 1}
    spec["_second"] = frozenset(seconds | {"و" + w for w in seconds})
    return spec


def _unclaimed_doc(ctx: Ctx) -> bool:
    """Does the document hold the words of an unclaimed act at all (once per document)?"""
    got = ctx.memo.get("unclaimed_doc")
    if got is None:
        spec = _spec("unclaimed")
        got = ctx.memo["unclaimed_doc"] = not _NOT_SAID.isdisjoint(ctx.doc_words) and \
            not spec["_second"].isdisjoint(ctx.doc_words)
    return got


def _unclaimed(ctx: Ctx, m: Mention, out: list[dict]) -> None:
    """«… بينما لم تتبنه أي جهة»: an act the text says nobody claimed (its sentence or the next one)
    has an unidentified agent; one a third party blamed («حمّلت أنقرة الوحدات الكردية المسؤولية») is
    no longer its agent (actors.json `unclaimed`)."""
    spec = _spec("unclaimed")
    if m.type not in spec["_types"]:
        return
    for si in (m.si, m.si + 1):
        if si >= len(ctx.sents) or (si > m.si and "\n\n" in ctx.text[ctx.sents[m.si].end:ctx.sents[si].start]):
            break
        key = ("unclaimed", si)  # (once per sentence: every act of it asks)
        if key not in ctx.memo:
            ctx.memo[key] = _unclaimed_at(ctx, si, spec["_words"])
        cue = ctx.memo[key]
        if cue is None:
            continue
        if any(isinstance(v, dict) and v.get("type") not in (m.type, "casualties", "attack", None)
               for h in ctx.m["triggers"].starting(m.end, cue)
               for v in (h.value if isinstance(h.value, list) else [h.value])):
            return  # «…، وذلك بعد ساعات من هجوم بطائرات مسيرة …، ولم تعلن أي جهة مسؤوليتها عنه»: another act's
        out[:] = [x for x in out if x["role"] != "agent"]
        out.insert(0, {"surface": m.surface, "role": "agent", "canonical": spec["canonical"], "start": m.start,
                       "end": m.end})
        return


_NOT_SAID = frozenset(("لم", "ولم", "دون", "ودون", "بدون"))


@lru_cache(maxsize=1)
def _member_source_at(ctx: Ctx, m: Mention) -> dict | None:
    rb = m.reported_by or {}
    for a in ctx.m["actors"].starting(rb["start"], rb["end"]):
        if a.end > rb["end"]:
            continue
        before = _words_before(ctx, a.prefix_start, 2)
        if len(before) == 2 and before[-1] == "في" and _bare_word(before[0]) in _MEMBERS:
            read = _hit_reading(ctx, a)
            if read is not None:
                return {"surface": a.surface, "role": "agent", "canonical": read[0]["canonical"], "start": a.start,
                        "end": a.end}
    return None


def _member_source(ctx: Ctx, m: Mention) -> dict | None:
    """«أعلن القيادي في قوات سوريا الديمقراطية فلان انشقاقه»: a member of X who announces his own
    defection left X."""
    rb = m.reported_by or {}
    if m.type not in ("defection", "desertion") or rb.get("start") is None or rb["end"] > m.prefix_start:
        return None
    return _member_source_at(ctx, m)


@lru_cache(maxsize=1)
def _capitals() -> tuple[dict, frozenset, frozenset]:
    from .actor_names import expanded

    spec = expanded().get("capitals") or {}
    names = {fold_str(k): v for k, v in spec.get("names", {}).items()}
    return names, frozenset(w.split()[0] for w in names), frozenset(fold_str(w) for w in spec.get("verbs", ()))


def _capital(ctx: Ctx, m: Mention) -> dict | None:
    """«بدأت هدنة إنسانية أعلنتها موسكو في الغوطة»: a capital right after a verb of deciding or
    announcing in the act's sentence stands for its state (actors.json `capitals`)."""
    if m.type not in _WORDS_ACTS:
        return None
    names, firsts, verbs = _capitals()
    words = ctx.sent_words(m.si)
    if firsts.isdisjoint(words):
        return None
    s = ctx.sents[m.si]
    t0, t1 = ctx.tok_of(s.start) + 1, ctx.tok_of(max(s.start, s.end - 1)) + 1
    for k in range(t0, t1):
        f = ctx.ftoks[k]
        if f not in firsts or ctx.ftoks[k - 1].removeprefix("و") not in verbs:
            continue
        for name, canon in names.items():
            parts = name.split()
            if ctx.ftoks[k:k + len(parts)] == parts:
                tok, last = ctx.tokens[k], ctx.tokens[k + len(parts) - 1]
                return {"surface": ctx.text[tok.start:last.end], "role": "agent", "canonical": canon,
                        "start": tok.start, "end": last.end}
    return None


_POST_NOUNS = frozenset(cue_words("post_anaphor", "posts"))
_FROM_POST = frozenset(cue_words("post_anaphor", "before"))


def _post_anaphor(ctx: Ctx, m: Mention) -> dict | None:
    """«انشق 20 جندياً عن حاجز للقوات النظامية …، ولاحقتهم دورية من الحاجز، فدارت اشتباكات»: the
    post named again with the article, in the act's clause (after «من/دورية/عناصر»), is the one named
    before with its owner; its men acted."""
    if m.type not in _FORCE_TYPES and m.type != "arrest":
        return None
    s = ctx.sents[m.si]
    t0, t1 = ctx.tok_of(s.start), ctx.tok_of(max(s.start, m.end - 1)) + 1
    # (before the act, or right after its verb: «واعتقل عناصر من المفرزة خمسة شبان»)
    for k in range(max(t0, t1 - 12), min(len(ctx.tokens), t1 + (4 if m.pos == "verb" else 0))):
        if ctx.tokens[k].start >= s.end:
            break
        f = ctx.ftoks[k]
        if not f.startswith("ال") or f[2:] not in _POST_NOUNS or k == 0 or ctx.ftoks[k - 1] not in _FROM_POST:
            continue
        head = f[2:]
        lo = ctx.sents[max(0, m.si - 2)].start
        for a in reversed(ctx.m["actors"].starting(lo, ctx.tokens[k].start)):
            before = _words_before(ctx, a.prefix_start, 3)
            if any(_bare_word(w) == head for w in before) and (a.prefix.endswith("ل") or
                                                                not _OWNER.isdisjoint(before)):
                read = _hit_reading(ctx, a)
                if read is not None and read[0].get("kind") in _ARMED_KINDS:
                    return {"surface": ctx.tokens[k].text, "role": "agent", "canonical": read[0]["canonical"],
                            "start": ctx.tokens[k].start, "end": ctx.tokens[k].end}
        return None
    return None


def _own_kill(ctx: Ctx, m: Mention) -> dict | None:
    """«أعلنت رئاسة الأركان التركية … أن 3603 من المسلحين «حُيّدوا»»: a word only the killer uses of its
    own kills (actors.json `own_kill_words`), told by a source that names a force: that force did it."""
    rb = m.reported_by or {}
    if rb.get("start") is None or m.type not in _FORCE_TYPES:
        return None
    if " ".join(ffold(m.surface).split()) not in _spec("own_kill_words")["_words"]:
        return None
    named = _force_named(ctx, rb["start"], rb["end"])
    return None if named is None else {"surface": rb["surface"], "role": "agent", "canonical": named,
                                       "start": rb["start"], "end": rb["end"]}


_ANY = frozenset(cue_words("actor_words", "any"))  # «أي جهة لم تعلن مسؤوليتها»


def _unclaimed_at(ctx: Ctx, si: int, cues: tuple) -> int | None:
    """Where sentence si says nobody claimed an act («لم تتبنه أي جهة»), or None."""
    s = ctx.sents[si]
    t0, t1 = ctx.tok_of(s.start), ctx.tok_of(max(s.start, s.end - 1)) + 1
    for k in range(t0, t1):
        if (ctx.ftoks[k] in _NOT_SAID or ctx.ftoks[k] in _ANY) and ctx.tokens[k].start >= s.start:
            tail = " ".join(ffold(ctx.text[ctx.tokens[k].start:min(s.end, ctx.tokens[k].start + 40)]).split())
            if any(tail.startswith(c) or tail[1:].startswith(c) for c in cues):
                return ctx.tokens[k].start
    return None


def _decree_issuer(ctx: Ctx, m: Mention) -> dict | None:
    """«صدر اليوم مرسوم تشريعي يقضي بعفو عام…»: a decree whose issuer the text does not name is the
    state's of its period (actors.json `decrees`)."""
    spec = _spec("decrees")
    if m.type not in spec["_types"] or not ctx.published:
        return None
    words = ctx.sent_words(m.si)
    if not any(w in words for w in spec["_words"]):
        return None
    rb = m.reported_by or {}
    if rb.get("start") is not None:
        named = _force_named(ctx, rb["start"], rb["end"])
        if named is not None:
            # «أصدر رئيس النظام مرسوماً…»: the issuer (the source) decreed it
            return {"surface": rb["surface"], "role": "agent", "canonical": named, "start": rb["start"], "end": rb["end"]}
    canon = spec["canonical"] if ctx.published < spec.get("until", "9999") else spec.get("canonical_after")
    return {"surface": m.surface, "role": "agent", "canonical": canon, "start": m.start, "end": m.end} if canon else None


# «بدعم من», «المدعوم من», «تدعمها», «الموالية لها»: the words that bring in a backer
_BACKING = _BESIDE | _SUPPORTS | _BACKED_BY | frozenset(cue_words("actor_words", "backing"))


@lru_cache(maxsize=1)
def _renames() -> tuple:
    from .actor_names import expanded

    return tuple((r["actor"], r["backer"], r.get("from") or "", r.get("until") or "9999", r["becomes"])
                 for r in expanded().get("backed_renames", []))


def _backed_rename(ctx: Ctx, m: Mention, out: list[dict]) -> None:
    """«أعلنت وزارة الدفاع التركية أن قواتها والفصائل الموالية لها سيطرت…» (2019): an actor named as
    backed by the first agent («الموالية لها», «المدعومة منها»: the pronoun is the backer, here the
    speaker's force) is, from the date, the force that backing makes it (actors.json `backed_renames`).
    A backer named outright («المدعوم من تركيا», «بدعم من القوات التركية») renames nothing: the sets
    code such factions either way in 2018."""
    first = next((y for y in out if y["role"] == "agent"), None)
    if first is None or not ctx.published:
        return
    for x in out:
        if x is first or x["role"] != "agent":
            continue
        for actor, backer, lo, hi, becomes in _renames():
            if x.get("canonical") != actor or first.get("canonical") != backer or not lo <= ctx.published < hi:
                continue
            after = [w.strip(_PUNCT) for w in ctx.words_after(x["end"], 3, ctx.sents[m.si].end)]
            if any(w in _BACKING for w in after[:2]) and any(w in _BACKER_PRONOUNS for w in after):
                x["canonical"] = becomes


_BACKER_PRONOUNS = frozenset(cue_words("actor_words", "backer_pronouns"))


def _clash_in(ctx: Ctx, sent) -> bool:
    """A clash told in the sentence («اشتباكات … أسفرت عن مقتل 12 شخصاً»): its dead are not said
    to be civilians (once per sentence)."""
    key = ("clash_in", sent.start)
    got = ctx.memo.get(key)
    if got is None:
        got = ctx.memo[key] = _clash_in_at(ctx, sent)
    return got


def _clash_in_at(ctx: Ctx, sent) -> bool:
    for t in ctx.m["triggers"].starting(sent.start, sent.end):
        for v in (t.value if isinstance(t.value, list) else [t.value]):
            if v.get("type") == "armed_clash":
                return True
    return False


def _by_hand(before: list[str]) -> bool:
    """«على يد X», «من قبل X», «على يد عناصر من X»: the one named after these did it, wherever in
    the sentence."""
    if len(before) >= 4 and before[-1] == "من" and before[-2] in _FIGHTER_NOUNS:
        before = before[:-2]
    return len(before) >= 2 and ((before[-1] in ("يد", "بيد") and before[-2] == _ALA) or
                                 (before[-1] == "قبل" and before[-2] == "من"))


def _light_subject(ctx: Ctx, m: Mention, a, before: list[str]) -> bool:
    """The actor right after a light verb that governs the act noun later in the same sentence
    (only a time phrase, a figure or commas between; a title may stand first: «أصدر رئيس النظام»):
    the verb's subject is the agent."""
    if not before or ctx.sent_of(a.start) != m.si:
        return False
    if before[-1] not in _LIGHT and not (len(before) >= 2 and before[-2] in _LIGHT and before[-1] in _TITLES):
        return False
    # «ألقى الطيران المروحي التابع لقوات الأسد، صباح اليوم الأربعاء، 12 برميلاً»: words, not commas
    return _gap_words(ctx, a.end, m.prefix_start) <= 9


def _light_verb_after(ctx: Ctx, m: Mention, a) -> bool:
    """«مقاتلات روسية شنت، أمس الأربعاء، أكثر من 20 غارة»: the actor right before a light verb
    that governs the act noun later in the sentence (a time phrase or a figure between) is its
    subject."""
    if m.pos != "noun" or ctx.sent_of(a.start) != m.si:
        return False
    nxt = ctx.tokens[ctx.tok_of(a.end - 1) + 1:ctx.tok_of(a.end - 1) + 2]
    return bool(nxt) and ffold(nxt[0].text) in _LIGHT and nxt[0].end <= m.prefix_start and \
        _gap_words(ctx, nxt[0].end, m.prefix_start) <= 8


def _anaphoric_agent(ctx: Ctx, m: Mention) -> dict | None:
    """«وسيطرت الهيئة على…», «وأعلن التنظيم…»: a definite head noun refers back to the last actor
    named before whose name begins with it («هيئة تحرير الشام»); it is the agent when it is the
    subject (right after a verb trigger, or before the trigger in its clause)."""
    heads = _anaphoric_heads()
    if ctx.doc_words.isdisjoint(_anaphoric_forms()):
        return None  # (no head word, bare or after «و», in the document)
    cs, _ = ctx.clause(m.start)
    t0 = ctx.tok_of(cs)
    t1 = ctx.tok_of(m.end - 1) + (3 if m.pos == "verb" else 6)
    for k in range(t0, min(t1 + 1, len(ctx.tokens))):
        f = ctx.ftoks[k]  # (the token folded once per document)
        f = f[1:] if f.startswith("و") and f[1:] in heads else f
        if f not in heads:
            continue
        tok = ctx.tokens[k]
        if (m.start <= tok.start < m.end) or tok.start < cs:
            continue
        if tok.start >= m.end and ctx.words_between(m.end, tok.start) > 1 and not (
                ctx.sent_of(tok.start) == m.si and _bare_word(ctx.ftoks[ctx.tok_of(tok.start) - 1]) in _CAMPAIGNS):
            continue  # (but «… في هجمات التنظيم»: whose attacks they were)
        acts = ctx.m["actors"]
        if any(b.start < tok.start and tok.end <= b.end for b in acts.starting(max(0, tok.start - 12), tok.start)):
            continue  # «عناصر التنظيم»: inside a listed name, read (with its role) as that name
        bare = f[2:]
        canon = _anaphoric_canonicals().get(f)
        best = None
        # the last actor named before the head word whose name begins with it (back from the
        # head, not forward from the start of the document: linear in the mentions, not quadratic)
        for a in reversed(acts.items[:bisect_left(acts.starts, tok.start)]):
            if a.start < tok.start and ffold(a.surface).split()[0].removeprefix("ال") == bare:
                best = a
                break
            if canon is not None and a.start < tok.start and \
                    (pick(a.value, a.key, ctx.published, ctx.text) or {}).get("canonical") == canon:
                best = a  # «داعش … التنظيم»
                break
            unit = _words_before(ctx, a.prefix_start, 2)
            if a.start < tok.start and len(unit) == 2 and unit[1] == "من" and bare in (unit[0], unit[0][1:]):
                best = a  # «وحدات من قواتنا المسلحة … الوحدات»: the units of X named before
                break
        if best is not None:
            val = pick(best.value, best.key, ctx.published, ctx.text)
            if val is not None:
                return {"surface": tok.text, "role": "agent", "canonical": val["canonical"], "start": tok.start,
                        "end": tok.end}
    return None


_SAME = frozenset(cue_words("actor_words", "same"))


def _same_force(ctx: Ctx, m: Mention) -> dict | None:
    """«قصفت القوات ذاتها بلدتي…», «واستهدفت الطائرات نفسها…»: a definite noun with «ذاتها/نفسها», the
    subject of the act, is the force named before whose name begins with that noun («قوات النظام»)."""
    if ctx.doc_words.isdisjoint(_SAME):
        return None
    cs, _ = ctx.clause(m.start)
    t0 = ctx.tok_of(max(cs, ctx.sents[m.si].start))
    t1 = min(len(ctx.tokens) - 1, ctx.tok_of(m.end - 1) + (3 if m.pos == "verb" else 6))
    for k in range(t0 + 1, t1 + 1):
        if ctx.ftoks[k] not in _SAME:
            continue
        head = ctx.ftoks[k - 1].removeprefix("و")
        tok = ctx.tokens[k - 1]
        if not head.startswith("ال") or m.start <= tok.start < m.end:
            continue
        val = _same_named_before(ctx, tok.start, head)
        if val is None:
            return None
        return {"surface": ctx.text[tok.start:ctx.tokens[k].end], "role": "agent", "canonical": val["canonical"],
                "start": tok.start, "end": ctx.tokens[k].end}
    return None


def _possessive_force(ctx: Ctx, m: Mention) -> dict | None:
    """«دخلت آليات للجيش الإسرائيلي إلى البلدة، وفتش جنودها المنازل قبل أن يعتقلوا أربعة شبان»: men or craft
    with a pronoun of their owner («جنودها», «عناصرها», «طائراته»), the subject of the act's sentence before
    it with no force named between, belong to the armed force named last before them."""
    if m.type not in _FORCE_TYPES_ARREST:
        return None
    s = ctx.sents[m.si]
    t0, t1 = ctx.tok_of(s.start), ctx.tok_of(m.prefix_start)
    own = None
    for k in range(t1 - 1, t0 - 1, -1):
        f = ctx.ftoks[k].removeprefix("و")
        if (f.startswith(_OWN_FORCES) or f.startswith(_OWN_MEN)) and _pronoun_suffix(ctx.tokens[k].text):
            own = ctx.tokens[k]
            if (k > 0 and ctx.ftoks[k - 1] == "من") or (k + 1 < len(ctx.ftoks) and ctx.ftoks[k + 1] in _THE_DEAD):
                return None  # «ثلاثة من عناصرها قُتلوا»: its men counted, the dead, not who acted
            break
    if own is None or ctx.m["actors"].starting(own.end, m.prefix_start):
        return None
    rb = m.reported_by or {}
    if rb.get("start") is not None and rb["end"] <= own.start and ctx.sent_of(rb["start"]) == m.si:
        return None  # «وأوضح الدفاع المدني أن فرقه انتشلت…»: the speaker's own men (_self_report's)
    acts = ctx.m["actors"]
    floor = ctx.sents[max(0, m.si - 1)].start
    for a in reversed(acts.items[:bisect_left(acts.starts, own.start)]):
        if a.start < floor:
            break
        read = _hit_reading(ctx, a)
        if read is not None and read[0].get("kind") in _ARMED_KINDS:
            return {"surface": own.text, "role": "agent", "canonical": read[0]["canonical"], "start": own.start,
                    "end": own.end}
    return None


# men of a force named by a pronoun of its owner (besides _OWN_FORCES: «جنودها», «مقاتلوها», «عناصرها»)
_OWN_MEN = tuple(cue_words("actor_words", "own_men"))


@lru_cache(maxsize=1)
def _speaker_words() -> tuple:
    """actors.json `speakers_words`: (speakers, folded words, canonical, until) per entry."""
    from .actor_names import expanded

    return tuple((frozenset(w["speakers"]), frozenset(fold_str(x) for x in w["words"]), w["canonical"],
                  w.get("until") or "9999") for w in expanded().get("speakers_words", []))


def _speaker_s_word(ctx: Ctx, m: Mention) -> dict | None:
    """«أعلن مركز حميميم للمصالحة أن المسلحين قصفوا حي…»: the word a side uses for its enemy («المسلحين»,
    «الإرهابيين»), the subject of the act in that side's report, names that enemy (actors.json speakers_words)."""
    if m.type not in _FORCE_TYPES:
        return None
    rb = m.reported_by or {}
    speaker = rb.get("canonical") or (_force_named(ctx, rb["start"], rb["end"]) if "start" in rb else None)
    if speaker is None and rb.get("outlet"):
        speaker = ctx.outlet
    cs, _ = ctx.clause(m.start)
    for speakers, words, canon, until in _speaker_words():
        if speaker not in speakers or not ctx.published or ctx.published >= until:
            continue
        t0, t1 = ctx.tok_of(max(cs, ctx.sents[m.si].start)), ctx.tok_of(m.end - 1) + (3 if m.pos == "verb" else 1)
        for k in range(t0, min(t1 + 1, len(ctx.tokens))):
            tok = ctx.tokens[k]
            if m.start <= tok.start < m.end or ctx.ftoks[k].removeprefix("و") not in words:
                continue
            if k > 0 and (ctx.ftoks[k - 1] in _TARGET_BEFORE or ctx.ftoks[k - 1] in ("صفوف", "بصفوف")):
                continue  # «قتلت عدداً من الإرهابيين»: the ones hit
            return {"surface": tok.text, "role": "agent", "canonical": canon, "start": tok.start, "end": tok.end}
    return None


def _same_named_before(ctx: Ctx, start: int, head: str) -> dict | None:
    """The armed actor last named before `start` whose name begins with the definite noun `head` bare
    («القوات» → «قوات النظام», «الفصائل» → «فصائل الجيش الوطني»)."""
    acts = ctx.m["actors"]
    for a in reversed(acts.items[:bisect_left(acts.starts, start)]):
        if a.end > start or _bare_word(ffold(a.surface.split()[0]).removeprefix("و")) != head[2:]:
            continue
        read = _hit_reading(ctx, a)
        if read is not None and read[0].get("kind") in _ARMED_KINDS:
            return read[0]
    return None


@lru_cache(maxsize=1)
def _anaphoric_forms() -> frozenset[str]:
    heads = _anaphoric_heads()
    return heads | {"و" + h for h in heads}


@lru_cache(maxsize=1)
def _anaphoric_canonicals() -> dict[str, str]:
    from .actor_names import expanded

    return {fold_str(k): v for k, v in (expanded().get("anaphoric_canonicals") or {}).items()}


@lru_cache(maxsize=1)
def _anaphoric_heads() -> frozenset[str]:
    from .actor_names import expanded

    return frozenset(fold_str(w) for w in expanded().get("anaphoric_heads", []))


def interaction(actors: list[dict]) -> tuple[dict | None, dict | None]:
    """(actor1, actor2) for ACLED: the first agent and the first target with a canonical name."""
    a1 = next((a for a in actors if a["role"] == "agent" and a.get("canonical")), None)
    a2 = next((a for a in actors if a["role"] == "target" and a.get("canonical")), None)
    return a1, a2


def _planted(ctx: Ctx, m: Mention, out: list[dict]) -> None:
    """«انفجرت عبوة ناسفة بسيارة عسكرية…», «انفجار دراجة نارية مفخخة…»: a planted device that the text ties
    to no one (no claim, no accused, no force named as its user) was set by an unidentified armed group, as
    ACLED codes it (actors.json `unclaimed.planted`: the device words; a remnant of the war is no one's act)."""
    if m.type != "explosion":
        return
    spec = _spec("unclaimed")
    sent = ctx.sents[m.si]
    words = ctx.ftoks[bisect_left(ctx.tok_starts, max(sent.start, m.prefix_start - 40)):
                      bisect_left(ctx.tok_starts, min(sent.end, m.end + 60))]
    if not any(w in spec["_planted"] or w.removeprefix("و").removeprefix("ب") in spec["_planted"] for w in words):
        return
    if any(w in spec["_remnant"] or w.removeprefix("و").removeprefix("ب") in spec["_remnant"] for w in words):
        return
    if not spec["_claims"].isdisjoint(ctx.doc_words):
        return  # «وتبنى التنظيم التفجير»: a claim anywhere in the story names its doer (incidents carry it)
    out.insert(0, {"surface": m.surface, "role": "agent", "canonical": spec["canonical"], "start": m.start,
                   "end": m.end})
