"""Arguments of a mention: its figure (and what the figure counts), breakdowns, place, date and
period. Everything is looked up inside the mention's sentence through the sorted layers of
context.Ctx (bisect), never by scanning the document.

- Figure: a quantity of the sentence goes to the nearest mention whose type may count that noun
  (types.json `count`); a figure after «بينهم/منهم/برتبة» or in parentheses is a breakdown of the
  figure before it; «66 قتيلاً وجريحاً» counts casualties, not deaths; «40 مجزرة» counts
  massacres, not the killed.
- Place: the place of the incident: after a locative word in the trigger's clause, else a fronted
  «وفي X،», never a place inside an organisation's name or a source, a backer («المدعومة من
  تركيا»), a seat («مقره لندن»), an origin («من أبناء درعا») or a container («بريف دمشق»).
- Date: from the clause or the sentence; a date that opens or closes a period («منذ…», «بين… و…»)
  dates the period, not the incident; else the publication date, flagged `published`.
"""
from __future__ import annotations

from bisect import bisect_left
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from ...arabic.normalize import fold_str
from ..places import SUBJECT_WORDS, _record, gazetteer, verb_before_object  # (_record: the places layer's own records)
from . import bounds, far_antecedent, fire_origin, not_a_place, routes, rulings, unlisted
from .context import Ctx
from .frames import recalls
from .mentions import Mention, _needs, parted
from .vocab import _json, complementisers, counted_class, cue_words, ffold, load_cues, singular_nouns, thing_class

_COUNT_KINDS = frozenset({"count", None})
# words before a place that make it where the act was: prepositions, place nouns, and verbs of a place that
# «witnessed» what is told («اشتباكات شهدتها بلدة X», «شهدت مدينة X مظاهرات»)
_LOCATIVE = frozenset(cue_words("argument_words", "locative"))
_PAREN = "("
_PART_WORDS = frozenset(cue_words("clause_words", "part"))
_OUTLET_HEADS = frozenset(cue_words("actor_words", "media_heads"))  # «لصحيفة الغد»: an outlet's head noun
_ORIGIN_OK = frozenset({"defection", "desertion", "arrest", "protest", "other"})
# words + 12 per clause break: farther than this a figure counts something else (a figure
# before its trigger across two breaks rarely belongs to it; after it, «…، يوم السبت، طالت 22»)
_MAX_COST = 20
_MAX_COST_AFTER = 40


# -- figures -----------------------------------------------------------------------------------
def assign_figures(ctx: Ctx, ms: list[Mention], blocked: list[tuple[int, int]]) -> list[Mention]:
    """Give the figures of one sentence to its mentions. Returns the mentions, a mention that
    takes several figures each with its own place («12 في بانياس و35 في جبلة») split in two."""
    if not ms:
        return ms
    sent = ctx.sents[ms[0].si]
    v = ctx.v
    taken: dict[int, list[dict]] = {}
    last_whole: tuple[Mention, dict] | None = None
    subset_until = -1
    last_part_end = -1
    single_end = -1
    parts_waiting: list[dict] = []
    for q in ctx.quants.between(sent.start, sent.end):
        if q.get("low") is None and q.get("high") is None:
            continue
        if any(a <= q["start"] < b for a, b in blocked) or _identifier(ctx, q):
            continue
        if ctx.m["population"].starting(max(sent.start, q["start"] - 25), q["start"]):
            continue  # «نصف السكان البالغ عددهم 3 ملايين»: a population, not a count
        if _mourners(ctx, q):
            continue  # «شيّع المئات جثامين…»: who walked in the funeral, not who died
        cls = figure_class(ctx, q)
        # a breakdown: after بينهم/منهم/برتبة (the rest of its clause), or in parentheses
        before = ctx.words_before(q["start"], 4, floor=sent.start)
        if q["start"] > 0 and ctx.text[q["start"] - 1] == _PAREN:
            subset_until = max(subset_until, q["end"] + 1)
        if any(w in v.subset or w.lstrip("و") in v.subset for w in before[-3:]) and not _from_it(ctx, q, ms):
            subset_until = ctx.clause(q["start"])[1]
        # «بينهم 3 نساء و5 أطفال», «، وما يزيد على…»: a figure joined by و to a part is a part
        gap = ffold(ctx.text[last_part_end:q["start"]]).lstrip(" ،,") if last_part_end >= 0 else ""
        chained = last_part_end >= 0 and any(w.startswith("و") for w in gap.split()[-2:]) and \
            ctx.words_between(last_part_end, q["start"]) <= 4 and \
            not ctx.m["triggers"].starting(last_part_end, q["start"])  # «، بينهم طفلان، وجرح 14 آخرون»: a new act
        if _part_of_next(ctx, q):
            parts_waiting.append(q)  # «أقل من عشرين من أصل 108»: the first is a part of the second
            continue
        if (q["start"] < subset_until or _after_subset(ctx, q, before) or chained) and not (
                last_whole is None and _of_a_group_before(ctx, q, sent.start)):
            last_part_end = q["end"]
            doer = _part_does_it(ctx, q, cls, last_whole, ms) if last_whole is not None else None
            if doer is not None and last_whole is not None and (doer is last_whole[0] or not taken.get(id(doer))):
                # «55 شخصاً عبروا الحدود، من بينهم 17 عسكرياً انشقوا»: the part is the subject of the act
                # right after it; the whole counted those who did what its own clause tells
                taken[id(doer)] = [q]
                if doer is last_whole[0]:
                    last_whole = (doer, q)
                    continue
            if last_whole is not None:
                owner, whole = last_whole
                of = _role(ctx, owner, whole)  # (an owner's role is set after this loop)
                owner.breakdown.append({"of": "count" if of == "both" else of,
                                        "low": q.get("low"), "high": q.get("high"),
                                        "counted": q.get("counted"), "surface": q["surface"],
                                        "start": q["start"], "end": q["end"]})
            continue
        last_part_end = -1
        if _after_one(ctx, q, sent.start) or single_end >= 0 and _coordinated(ctx, {"end": single_end}, q):
            # «قُتل ضابط وأربعة عناصر», «اعتقلت قيادياً في التنظيم وثلاثة من مرافقيه»: a number joined to a singular
            # noun counts the act's people less one; the sum is no number the text writes (events_probe README): no
            # figure, for this act or another
            single_end = q["end"]
            continue
        if last_whole is not None and _coordinated(ctx, last_whole[1], q) and \
                _compatible(ctx, q, cls, last_whole[0]) and _another_owner(ctx, q, ms) is None and \
                not any(last_whole[1]["end"] <= x.prefix_start < q["start"] for x in ms):
            # «12 من مدينة جاسم، و9 من بلدة داعل»: a figure joined to the one before counts the same
            taken.setdefault(id(last_whole[0]), []).append(q)
            last_whole = (last_whole[0], q)
            continue
        only = _another_owner(ctx, q, ms) or _carried_by(ctx, q, ms, before)
        apart = over_incidents(ctx, q, sent)
        ctx.ops += len(ms)  # the work of this loop, for the linearity tests
        best = None
        for i, m in enumerate(ms):
            if only is not None and m is not only:
                continue
            if not _compatible(ctx, q, cls, m):
                continue
            if q["start"] >= m.end and (m.sub == "killed" or m.type == "casualties" and m.sub != "injured") and \
                    _fate_before(ctx, q, sent.start):
                continue  # «لقي رجل حتفه … وخُطف خمسة آخرون», «حين هاجم اثنان»: the verb right before is theirs
            if m.type != "casualties" and apart:
                continue  # «اختُطف ثلاثة … في حادثتين منفصلتين»: a sum over separate incidents, no one act's figure
            if m.type != "casualties" and m.sub != "killed" and _dead_of(ctx, m):
                continue  # «إن عدد قتلى المظاهرة ارتفع إلى 17»: the figure of the act's dead, not of its count
            if q.get("kind") == "percent" and ctx.breaks_between(min(q["end"], m.end), max(q["start"], m.prefix_start)):
                continue  # «…، لتتقلص مساحة سيطرتها إلى نحو 35 بالمئة»: a share told in a clause of its own
            if m.pos == "adj" and not (m is only and _vehicles_carry(ctx, q, before)) and not _adj_counts(ctx, m, q):
                continue  # «300 شاب متخلفين»: an adjective counts the noun just before it
            if q["end"] <= m.prefix_start and _in_parts_of(ctx, q, m):
                continue  # «قرابة 3 آلاف شخص، بينهم عشرات الجرحى، خرجوا…»: the part's noun is not the whole's
            if m.start < q["end"] and q["start"] < m.end:
                cost = 0
            else:
                a, b = (m.end, q["start"]) if q["start"] >= m.end else (q["end"], m.prefix_start)
                brk = ctx.real_breaks(a, b)
                words = ctx.words_between(a, b)
                if brk and words <= 14 and any(
                        _opens_aside(ctx, w) for w in ctx.words_before(b, ctx.words_between(a, b), floor=a)):
                    brk = 0  # «نحو أربعين مدنياً، بينهم 9 أطفال، قضوا», «، معظمهم من الأطفال،»: an aside
                elif brk >= 2 and a == q["end"]:
                    # «قرابة 3 آلاف شخص، بينهم عشرات الجرحى، خرجوا … من قوافل الإجلاء»: the aside
                    # right after the figure is no distance to the trigger; after a figure that opens
                    # its clause, the aside may come after the figure's own noun phrase («إن 17 عنصراً
                    # من شرطة مخفر البلدة، بينهم قائده برتبة ملازم أول، انشقوا»)
                    aside = _aside_words(ctx, a, b, _LONG_LEAD if _opens_clause(ctx, q, sent.start) else 2)
                    if aside:
                        words, brk = words - aside, brk - 2
                cost = words + 12 * brk + (3 if q["start"] < m.start else 0)
            if best is None or cost < best[0]:
                best = (cost, i)
        if best is None or (only is None or ms[best[1]] is not only) and \
                best[0] > (_MAX_COST if q["start"] < ms[best[1]].start else _MAX_COST_AFTER):
            continue
        m = ms[best[1]]
        taken.setdefault(id(m), []).append(q)
        last_whole = (m, q)
        for part in parts_waiting:
            m.breakdown.append({"of": _role(ctx, m, q), "low": part.get("low"), "high": part.get("high"),
                                "counted": part.get("counted"), "surface": part["surface"]})
        parts_waiting = []
    _their_figure(ctx, ms, taken, blocked)
    # «الحصيلة بلغت 15 قتيلاً»: the ends of the figures another mention of a type took
    owned = {(q["end"], m.type) for m in ms for q in taken.get(id(m), [])}
    out: list[Mention] = []
    for m in ms:
        qs = taken.get(id(m), [])
        if not qs and m.pos == "noun" and _part_noun(ctx, m):
            continue  # «… شخص، بينهم عشرات الجرحى»: the noun of a part names no incident of its own
        if not qs and m.pos == "noun" and owned and _counts_anothers(ctx, m, owned):
            continue  # «فيما قالت مصادر إن الحصيلة بلغت 15 قتيلاً»: the noun a toll's figure counts
        if not qs:
            # «مقتل عنصر», «اعتقلت شاباً»: a singular noun with no numeral is no figure (news_dev:
            # not a quantity; the event's figure is always a quantity the text gives)
            m.figure = None
            m.role = _role(ctx, m, None)
            out.append(m)
            continue
        if len(qs) > 1 and bounds.vague(qs[0]):
            # «غادر مئات المسلحين …، وبلغ عدد من خرجوا في هذه الدفعة 2640 شخصاً»: the exact count told
            # after a vague one by «بلغ عدد …» is the act's figure; the vague one gives way
            exact = next((q for q in qs[1:] if not bounds.vague(q) and bounds.number_reached(ctx, q)), None)
            if exact is not None:
                qs = [exact]
        first = True
        for q in qs:
            if not first and not _own_place_after(ctx, q):
                m.breakdown.append({"of": _role(ctx, m, q), "low": q.get("low"), "high": q.get("high"),
                                    "counted": q.get("counted"), "surface": q["surface"]})
                continue
            c = m if first else _clone(m)
            if not first:
                c.list_of = m
            c.figure = bounds.bound(ctx, q, (c.prefix_start, c.end))
            c.role = _role(ctx, c, q)
            out.append(c)
            first = False
    return out


def _fate_before(ctx: Ctx, q: dict, floor: int) -> bool:
    """The word right before a figure is a verb of another fate than death or of the attackers (other_fate.json:
    «وخُطف خمسة», «وأسر خمسة من رفاقه», «حين هاجم اثنان»): the figure is that verb's subject or object, not the dead
    of a killing word told before it."""
    verbs = _other_fate()
    if not verbs:
        return False
    w = ctx.words_before(q["start"], 1, floor=floor)
    return bool(w) and (w[0] in verbs or w[0][:1] in "وف" and w[0][1:] in verbs)


@lru_cache(maxsize=1)
def _other_fate() -> frozenset:
    raw = _json("other_fate.json")
    return frozenset(fold_str(w) for w in raw.get("words", [])) if raw.get("enabled") else frozenset()


def over_incidents(ctx: Ctx, q: dict, sent) -> bool:
    """The figure is told as spanning two or more separate incidents («اختُطف ثلاثة … في حادثتين منفصلتين», «بواقعتين
    لا رابط بينهما», «في عمليتين أمنيتين»): their sum, which no one act's record counts (separate_incidents.json). The
    noun stands after a word of `within` («في/خلال») or with «ب» glued: after «بعد/إثر» it tells a cause («اعتقلت
    القوات 11 شاباً … بعد هجمات منفصلة على حواجزها»: the arrests' own count; review43)."""
    conf = separate_conf()
    if not conf:
        return False
    lo = ctx.text.rfind("؛", sent.start, q["start"]) + 1 or sent.start
    hi = ctx.text.find("؛", q["end"], sent.end)
    near = ctx.words_before(q["start"], conf["reach"], floor=lo) + \
        ctx.words_after(q["end"], conf["reach"] + 3, limit=hi if hi >= 0 else sent.end)
    for i, w in enumerate(near):
        glued = w[:1] == "ب" or w[:2] == "وب"  # («بواقعتين»: the figure's act told by them)
        w = w[2:] if w[:2] in ("وب", "وف") else w[1:] if w[:1] in "وبف" and w[1:] in conf["nouns"] else w
        if w not in conf["nouns"] or not (glued or i and near[i - 1] in conf["within"]):
            continue  # («بعد هجمات منفصلة»: the cause told, not what the figure spans; review43)
        nxt = near[i + 1:i + 4]
        if w in conf["two_alone"] or nxt[:1] and nxt[0] in conf["apart"] or \
                any(a == "لا" and b in conf["unlinked"] for a, b in zip(nxt, nxt[1:])):
            return True
    return False


@lru_cache(maxsize=1)
def separate_conf() -> dict:
    return separate_from(_json("separate_incidents.json"))


def separate_from(raw: dict) -> dict:
    """separate_incidents.json's switches and folded word classes ({} when off)."""
    if not raw.get("enabled"):
        return {}
    fold = lambda ws: frozenset(fold_str(w) for w in ws)  # noqa: E731
    return {"reach": int(raw.get("reach", 8)), "nouns": fold(raw["nouns"]), "two_alone": fold(raw["two_alone"]),
            "apart": fold(raw["apart"]), "unlinked": fold(raw["unlinked"]),
            "within": fold(raw.get("within", ("في", "وفي", "خلال"))),
            "toll_apart": bool(raw.get("toll_apart", {}).get("enabled"))}


def figure_class(ctx: Ctx, q: dict) -> str | None:
    """The class of what a figure counts: its counted noun's (vocab.counted_class), or, when the quantity layer gives
    none, a noun of things right after it («واستُخدمت في المداهمة أربع مروحيات», «الواقع في 21 صفحة»:
    figure_things.json), which no act of people counts. Not a word with «ب» or «و» glued: a counted noun follows its
    number bare, and «قُتل 5 بطائرة مسيّرة», «مقتل 4 برأس العين» tell the means or the place of the dead (review42)."""
    if q.get("counted"):
        return counted_class(q["counted"])
    after = ctx.words_after(q["end"], 1)
    return (thing_class(after[0]) if after and not after[0].startswith(("ب", "و")) else None) or None


def _their_figure(ctx: Ctx, ms: list[Mention], taken: dict, blocked: list[tuple[int, int]]) -> None:
    """«وصل 13 ضابطاً …، بينهم عميدان، إلى ولاية هاتاي ليل الأحد، بعد انشقاقهم عن جيش النظام»: an act
    noun with a plural pronoun after «بعد/عقب/إثر», with no figure of its own, counts the people
    of the figure that opens its sentence when no mention took that figure (their act, told as
    the time of what they did next)."""
    used = {id(q) for qs in taken.values() for q in qs}
    for m in ms:
        if taken.get(id(m)) or m.pos != "noun" or not m.surface.endswith(_THEIR):
            continue
        sent = ctx.sents[m.si]
        q = next((q for q in ctx.quants.between(sent.start, m.prefix_start)
                  if q.get("low") is not None and not any(a <= q["start"] < b for a, b in blocked)), None)
        head = set(ctx.words_before(m.prefix_start, 1))
        if " " in m.surface:
            head.add(ffold(m.surface.split()[0]))  # («…، وأعلنوا انشقاقهم»: the trigger holds its own head)
        if not head & _their_heads() and not (
                q is not None and set(ctx.words_before(q["start"], 1)) & _their_verbs()):
            continue  # («أعلن 9 عناصر من شرطة البلدة، في بيان مصور، انشقاقهم»: the figure is the verb's subject)
        if q is None or id(q) in used or ctx.words_between(sent.start, q["start"]) > 3 and \
                not _opens_clause(ctx, q, sent.start) and not _opens_clause(ctx, q, sent.start, verb=True) or \
                not _compatible(ctx, q, figure_class(ctx, q), m):
            continue
        taken[id(m)] = [q]
        used.add(id(q))


_THEIR = ("هم", "هن")


def _counts_anothers(ctx: Ctx, m: Mention, owned: set) -> bool:
    """m is the counted noun right after a figure another mention of its type took («بلغت الحصيلة 15
    قتيلاً»: the toll's figure counts «قتيلاً»), so it names the same deaths, no incident of its own."""
    return any(0 <= m.prefix_start - end <= 1 and typ == m.type for end, typ in owned)


@lru_cache(maxsize=1)
def _their_verbs() -> frozenset:
    return frozenset(fold_str(w) for w in load_cues().get("their_act", {}).get("subject_verbs", []))


@lru_cache(maxsize=1)
def _their_heads() -> frozenset:
    return frozenset(fold_str(w) for w in load_cues().get("their_act", {}).get("heads", [])) | _TIME_CLAUSE
_FUNERAL_VERBS = frozenset(cue_words("argument_words", "funeral_verbs"))


def _mourners(ctx: Ctx, q: dict) -> bool:
    """cues.json funeral: a figure right after a funeral verb («شيّع المئات») or right before
    «(في) تشييع» («شارك الآلاف في تشييع») counts mourners, unless it counts the killed."""
    fun = ctx.m["funeral"]
    if not fun.items or ctx.v.hurt_nouns.get(ffold(q.get("counted") or "")) == "killed":
        return False
    if any(0 <= q["start"] - f.end <= 2 and ffold(f.surface) in _FUNERAL_VERBS
           for f in fun.starting(q["start"] - 20, q["start"])):
        return True
    return any(f.prefix_start - q["end"] <= 5 and not ctx.text[q["end"]:f.prefix_start].strip(" في")
               for f in fun.starting(q["end"], q["end"] + 6))


def _from_it(ctx: Ctx, q: dict, ms: list[Mention]) -> bool:
    """«داهم بلدة ببيلا واعتقل منها 30 شاباً»: «منها/منهم» right after a verb trigger means
    "from it", not "of whom" (a part comes after a figure or a noun, not after the verb)."""
    t = bisect_left(ctx.tok_starts, q["start"])
    if t < 2 or ffold(ctx.tokens[t - 1].text) not in ctx.v.subset:
        return False
    prev = ctx.tokens[t - 2]
    return any(m.pos == "verb" and m.prefix_start <= prev.start < m.end for m in ms)


def _clone(m: Mention) -> Mention:
    from dataclasses import replace
    return replace(m, breakdown=[], places=[], actors=list(m.actors), deaths=[])


def _role(ctx: Ctx, m: Mention, q: dict | None) -> str:
    if q is not None and (_both_after(ctx, q) or any(
            0 <= q["start"] - b.end <= 3 for b in ctx.m["both_before"].starting(q["start"] - 40, q["start"]))
            and not _others(ctx, q)):
        return "both"  # «66 قتيلاً وجريحاً», «قتل وجرح 12 مدنياً»: killed and injured together
    if m.type != "casualties" and m.sub == "killed" and \
            (q is None or ffold(q.get("counted") or "") not in ctx.v.acts_counted):
        return "fatalities"  # «القضاء على 30 إرهابياً»: the act's trigger counts its dead («38 عملية اغتيال»: acts)
    if m.type != "casualties" and m.sub == "injured":
        return "injured"  # «أصيب ثلاثة شبان برصاص مسلحين»: armed men's attack that wounded (mentions._assassinations)
    if m.type == "casualties":
        # «48 شهيداً وأكثر من 120 جريحاً»: the counted noun says which; else the trigger does
        hurt = ctx.v.hurt_nouns.get(ffold(q.get("counted") or "")) if q is not None else None
        if hurt is not None and q is not None and m.sub == "injured" and _others(ctx, q):
            hurt = None  # «عدد القتلى بلغ تسعة، إضافة إلى إصابة سبعة آخرين»: «آخرين» took the noun before; the trigger says
        if hurt is not None:
            return "injured" if hurt == "injured" else "fatalities"
        return "injured" if m.sub == "injured" else "fatalities"
    return "count"


def _both_after(ctx: Ctx, q: dict) -> bool:
    """«66 قتيلاً وجريحاً», «20 ضحية بين قتيل وجريح»: a phrase of killed and injured together right after q's noun, in
    q's clause (not «… وجُرح N، إلى جانب قتلى وجرحى من الطرف الآخر»: the dead and hurt of others)."""
    b = ctx.m["both"].first_after(q["end"], q["end"] + 12)
    return b is not None and not ctx.breaks_between(q["end"], b.start)


def _others(ctx: Ctx, q: dict) -> bool:
    """«إن عنصراً قتل وأصيب ثلاثة آخرون»: «آخرون/آخرين» after the figure (or its noun) sets it apart from
    the one killed told before the verbs: the figure is the second verb's alone, not a joint one."""
    return any(w in ctx.v.another for w in ctx.words_after(q["end"], 2))


def _compatible(ctx: Ctx, q: dict, cls: str | None, m: Mention) -> bool:
    # (the dead or the wounded of an act are people: «برصاص مسلحين» that killed or only wounded)
    allowed = ctx.v.types[m.type]["count"] if m.sub not in ("killed", "injured") else ["person", None]
    kind = q.get("kind")
    if kind in _COUNT_KINDS and cls in (None, "unknown") and m.pos == "noun" and \
            0 <= m.prefix_start - q["end"] <= 1:
        return True  # «نفذت 120 طلعة قتالية»: the trigger noun right after the figure is what it counts
    if kind == "percent":
        return "percent" in allowed
    if kind not in _COUNT_KINDS:
        return False
    if cls is None:
        return None in allowed
    if m.sub not in ("killed", "injured") and rulings.counts_times(ctx, m, q):
        return True  # «قصفت المدفعية البلدة خمس مرات»: the act's own count (rulings.json `times`)
    return cls in allowed or (cls == "unknown" and ("person" in allowed or None in allowed))


def _adj_counts(ctx: Ctx, m: Mention, q: dict) -> bool:
    """An adjective trigger counts the noun just before it («300 شاب متخلفين»), or, after «عدد»
    («يقدر عدد الضباط المنشقين بنحو 4500»), the figure its clause gives for that number."""
    if q["start"] < m.start:
        return ctx.words_between(q["end"], m.prefix_start) <= 4
    return any(w.lstrip("و") in ("عدد", "اعداد", "عدد") for w in ctx.words_before(m.prefix_start, 4))


def _coordinated(ctx: Ctx, a: dict, b: dict) -> bool:
    gap = ffold(ctx.text[a["end"]:b["start"]]).replace("،", " ").split()
    return 0 < len(gap) <= 6 and any(w.startswith("و") for w in gap[-2:]) and \
        not any(w in _PART_WORDS for w in gap)


def _aside_words(ctx: Ctx, a: int, b: int, lead: int = 2) -> int:
    """The words of a «، بينهم/منهم …،» aside opening at the first break after a (≤ lead words after
    a, before b), or 0."""
    i = bisect_left(ctx.breaks, a)
    if i + 1 >= len(ctx.breaks) or ctx.breaks[i + 1] >= b or ctx.words_between(a, ctx.breaks[i]) > lead:
        return 0
    b1, b2 = ctx.breaks[i], ctx.breaks[i + 1]
    first = ctx.words_after(b1 + 1, 1, limit=b2)
    if not first or not (_opens_aside(ctx, first[0]) or first[0] in _source_asides()):
        return 0  # (an aside of parts «، بينهم …،» or of who says so «، بحسب ناشطين،», «، وفق ما أكده …،»)
    return ctx.words_between(b1, b2)


def _opens_aside(ctx: Ctx, w: str) -> bool:
    """w opens an aside about the people of a figure: its parts («بينهم», «منهم») or a share of them
    («معظمهم», «غالبيتهم», «جميعهم»: cues.json origin_shares `words`)."""
    w0 = w.lstrip("و")
    return w in ctx.v.subset or w0 in ctx.v.subset or w0 in _origin_shares()


@lru_cache(maxsize=1)
def _source_asides() -> frozenset:
    return frozenset(fold_str(w) for w in load_cues().get("source_asides", {}).get("words", []))


def _opens_clause(ctx: Ctx, q: dict, floor: int, verb: bool = False) -> bool:
    """q is the subject that opens its clause: first in its sentence (after a dateline «- »), or right
    after «إن/أن/بأن» or a colon, a hedge aside («قال مسؤول إن نحو 23 عسكرياً …»). `verb`: the
    subject of the verb that opens the clause («أورينت نت - ظهر 18 عنصراً …»)."""
    ws = ctx.words_before(q["start"], 6, floor=floor)
    while ws and ws[-1] in _HEDGE_WORDS:
        ws.pop()
    if verb:
        if not ws or ws[-1] in _THAT or not ws[-1].isalpha():
            return False
        ws.pop()
    return not ws or ws[-1] in _THAT or ws[-1] in ("-", "–", ":")


_HEDGE_WORDS = frozenset(cue_words("argument_words", "hedge_words"))
_LONG_LEAD = 10  # words of a figure's own noun phrase before its aside («17 عنصراً من شرطة مخفر البلدة»)


def distributed_from(ctx: Ctx, si: int) -> int:
    """(once per sentence) _distributed_from of sentence si."""
    key = ("distributed_from", si)
    if key not in ctx.memo:
        ctx.memo[key] = _distributed_from(ctx, ctx.sents[si])
    return ctx.memo[key]


def shared_out(ctx: Ctx, m: Mention) -> bool:
    """m is told inside the shares of a distribution (distributed_from), no part word between («فيما/بينما»)."""
    at = distributed_from(ctx, m.si)
    return 0 <= at <= m.start and not parted(ctx, at, m.start)


def _distributed_from(ctx: Ctx, sent) -> int:
    """Where the shares of a distribution open in sent, or -1: after «بين/على» following a verb of spreading
    (cues.json distribution: «وتوزع القتلى بين…», «ووزعت الشبكة الحصيلة على المحافظات:…») within a few words; a figure
    between the verb and «بين/على» is the whole spread («وتوزع 38 صاروخاً على أحياء…»), not a share."""
    verbs, over = _distribution()
    if not verbs & ctx.sent_words(ctx.sent_of(sent.start)):
        return -1
    t0, t1 = bisect_left(ctx.tok_starts, sent.start), bisect_left(ctx.tok_starts, sent.end)
    for j in range(t0, t1):
        if ctx.ftoks[j] in verbs:
            k = next((k for k in range(j + 1, min(t1, j + 1 + _SPREAD_REACH)) if ctx.ftoks[k] in over), None)
            return ctx.tokens[k].end if k is not None else -1
    return -1


_SPREAD_REACH = 8  # words from the verb of spreading to its «بين/على» («ووزعت الشبكة السورية لحقوق الإنسان الحصيلة على»)


@lru_cache(maxsize=1)
def _distribution() -> tuple[frozenset, frozenset]:
    c = load_cues().get("distribution", {})
    return frozenset(fold_str(w) for w in c.get("verbs", [])), frozenset(fold_str(w) for w in c.get("over", []))


def _after_one(ctx: Ctx, q: dict, floor: int) -> bool:
    """q is joined by «و» to a singular noun of people before it in its clause («ضابط وأربعة عناصر», «ضابطاً برتبة
    لواء وستة ضباط آخرين», «قيادياً في التنظيم وثلاثة من مرافقيه»), with no other figure, act or break between: the
    two name the act's people together. A figure of wounded or dead («قُتل مدني وأربعة جرحى») keeps its own noun."""
    if q.get("low") is None or q.get("kind") not in _COUNT_KINDS or \
            ctx.v.hurt_nouns.get(ffold(q.get("counted") or "")) is not None:
        return False
    t = bisect_left(ctx.tok_starts, q["start"])
    if t < 1:
        return False
    if t < len(ctx.tok_starts) and ctx.tok_starts[t] == q["start"]:  # (q may start inside the text's last token)
        if ctx.ftoks[t - 1] != "و" and not _noun_joined(ctx, t - 1, q):
            return False
        t -= 1
    elif not (ctx.tokens[t - 1].start == q["start"] - 1 and ctx.text[q["start"] - 1] == "و"):
        return False
    else:
        t -= 1  # (the «و» opens q's own token: «وأربعة»)
    joint = ctx.tokens[t].start if ctx.tok_starts[t] < q["start"] else q["start"] - 1
    words = 0
    for k in range(t - 1, -1, -1):
        tok = ctx.tokens[k]
        if not any(ch.isalpha() for ch in tok.text):
            continue  # (the quotes of a name: «تنظيم «داعش»»)
        words += 1
        if words > _ONE_REACH:
            return False
        if tok.start < floor or ctx.breaks_between(tok.end, joint) or ctx.quants.covering(tok.start) or \
                ctx.m["triggers"].starting(tok.start, joint) or ctx.ftoks[k].lstrip("و") in ctx.v.subset:
            return False
        if _one_person(ctx.ftoks[k]):
            # (not the noun a number before it counts, «مقتل 11 شخصاً بمدينة حمص و23 بمدينة حماة», «بين 3900 مدني
            # و1300 جندي نظامي و95 منشقاً»; not a part, «بينهم ملازم أول وثلاثة صف ضباط»)
            return not any(ctx.quants.covering(tok.end - 1) or ctx.quants.between(tok.start, tok.end) or
                           ctx.ftoks[j].lstrip("و") in ctx.v.subset
                           for j in range(max(0, k - _ONE_LEAD), k) for tok in (ctx.tokens[j],))
    return False


def _noun_joined(ctx: Ctx, k: int, q: dict) -> bool:
    """«فقتلت امرأة وأطفالها الثلاثة», «رجلاً وأبناءه الأربعة»: a definite number after its own noun, the noun joined
    by «و» (the number's noun stands between it and the «و»)."""
    w = ctx.ftoks[k]
    return len(w) > 3 and w.startswith("و") and fold_str(q["surface"]).startswith("ال") and \
        ctx.tokens[k].end < q["start"] and not ctx.quants.between(ctx.tokens[k].start, ctx.tokens[k].end)


_ONE_LEAD = 2  # words before the singular that may make it a part («بينهم ضابط») or a number's noun
_ONE_REACH = 5  # words of the singular's own phrase before «و» («قيادياً في تنظيم «داعش»», «ضابطاً برتبة لواء»)


def _one_person(w: str) -> bool:
    """w is a bare singular noun of people (data/quantities/counted.tsv's singulars that count people), with or
    without the article or the accusative's alif."""
    ones = _singular_people()
    w = w[2:] if w.startswith("ال") and len(w) > 4 else w
    return w in ones or (w.endswith("ا") and w[:-1] in ones)


@lru_cache(maxsize=1)
def _singular_people() -> frozenset:
    return frozenset(fold_str(s) for s in singular_nouns() if counted_class(s) == "person") | \
        frozenset(fold_str(w) for w in load_cues().get("one_person", {}).get("words", []))


def _part_noun(ctx: Ctx, m: Mention) -> bool:
    part = ctx.quants.last_before(m.prefix_start, m.prefix_start - 30)
    whole = ctx.quants.last_before(part["start"], part["start"] - 60) if part is not None else None
    return whole is not None and _in_parts_of(ctx, whole, m)


def _in_parts_of(ctx: Ctx, q: dict, m: Mention) -> bool:
    """m is the noun of a part figure told right after q («… شخص، بينهم عشرات الجرحى»: a
    «بينهم/منهم» after q, then a figure, then m): it names a part of q, not what q counts."""
    n = ctx.words_between(q["end"], m.prefix_start)
    if not 0 < n <= 6:
        return False
    if ctx.text[m.prefix_start:m.start].lstrip("وف").startswith("ب"):
        return False  # «بينهم طفلان بغارة جوية»: an act opened by «ب» is the means the dead fell by, no part's noun
    part = ctx.quants.last_before(m.prefix_start, q["end"])
    if part is None or ctx.words_between(part["end"], m.prefix_start) > 1:
        return False
    ws = ctx.words_before(part["start"], 3, floor=q["end"])
    return any(w in ctx.v.subset or w.lstrip("و") in ctx.v.subset for w in ws)


def _part_of_next(ctx: Ctx, q: dict) -> bool:
    after = ctx.words_after(q["end"], 4)
    return any(w in ("اصل", "مجموع") for w in after[:3]) and "من" in after[:3]


def _of_a_group_before(ctx: Ctx, q: dict, sent_start: int) -> bool:
    """«وذكر المصدر أن أكثر من 25 منهم، وأغلبهم من ريف X، فرّوا من الخدمة», «ونجحوا في اعتقال
    ثلاثة منهم»: «N منهم» with no figure before it in its sentence is a part of a group told in an earlier sentence;
    the act of its own sentence counts it (there is no whole here for it to break down)."""
    after = ctx.words_after(q["end"], 1)
    if not after or after[0] not in _OF_THEM or bounds.vague(q) or any(  # («زُجّ بالمئات منهم»)
            x.get("low") is not None for x in ctx.quants.between(sent_start, q["start"])):
        return False
    # («… قضى خمسة … . وبيّن أن الحرس فتحوا النار …، فقُتل اثنان منهم»: dead that are a share of the
    # larger toll told before, unless their act is one of several, «إحدى الغارات … قتلت ثلاثة منهم»)
    return not (_killed_figure(ctx, q) and _larger_before(ctx, q)) or \
        bool(set(ctx.words_before(q["start"], 12, floor=sent_start)) & _one_of())


@lru_cache(maxsize=1)
def _one_of() -> frozenset:
    return frozenset(fold_str(w) for w in load_cues().get("one_of", {}).get("words", []))


_PART_NOUN_REACH = 5  # words from a part's figure to its verb: its noun phrase («15 عنصراً من عناصر الشرطة انشقوا»)


def _part_does_it(ctx: Ctx, q: dict, cls: str | None, last_whole: tuple[Mention, dict],
                  ms: list[Mention]) -> Mention | None:
    """«نحو 55 شخصاً عبروا الحدود، من بينهم 17 عسكرياً انشقوا عن الجيش», «… خلال اليومين الماضيين، بينهم
    ثمانية ضباط أعلنوا انشقاقهم»: a part whose own noun phrase runs straight into the verb of the act that took the
    whole (no break between them) is that verb's subject, when the whole has a predicate of its own before the
    part opens (words and a break between them; not the aside «57 شخصاً، بينهم 13 طفلاً، قتلوا» nor the bare
    «57 شخصاً بينهم 13 طفلاً قتلوا»). That verb is the whole's owner, or an act of another kind («نحو 70 شخصاً
    غادروا البلدة، ومنهم 15 عنصراً انشقوا»: the leaving keeps its 70; not the dead of the owner's own kind)."""
    owner, whole = last_whole
    if whole["end"] > q["start"]:
        return None
    m = next((x for x in ms if x.prefix_start >= q["end"] and (x.pos == "verb" or " " in x.surface) and
              ctx.words_between(q["end"], x.prefix_start) <= _PART_NOUN_REACH), None)
    if m is None or ctx.breaks_between(q["end"], m.prefix_start) or \
            ctx.m["triggers"].starting(q["end"], m.prefix_start):
        return None
    if m is not owner and (m.type == owner.type or m.type == "casualties" or m.figure is not None):
        return None
    t = bisect_left(ctx.tok_starts, q["start"])
    j = next((k for k in range(t - 1, max(-1, t - 4), -1) if ctx.tokens[k].start >= whole["end"] and
              (ctx.ftoks[k] in ctx.v.subset or ctx.ftoks[k].lstrip("و") in ctx.v.subset)), None)
    if j is None:
        return None
    opens = ctx.tokens[j].start
    return m if ctx.breaks_between(whole["end"], opens) > 0 and ctx.words_between(whole["end"], opens) >= 2 and \
        _compatible(ctx, q, cls, m) else None


def _after_subset(ctx: Ctx, q: dict, before: list[str]) -> bool:
    """«جميعهم برتبة ملازم», «ثلاثة برتبة مقدم»: a figure followed by a rank is a part."""
    after = ctx.words_after(q["end"], 2)
    if after and after[0] in _OF_THEM and ctx.m["triggers"].starting(q["start"] - 12, q["start"]) and \
            not _larger_before(ctx, q):
        # «ما أدى إلى مقتل ثلاثة منهم»: the trigger's own figure, of a group told with no figure;
        # after a figure («217 … مسؤولين عن مقتل 171 منهم») it is a share of that figure
        return False
    if after and after[0] in _AMONG_THEM:
        return False  # «وصل عدد القتلى إلى 11 بينهم طفلان»: the figure a breakdown opens after is the whole
    if len(after) > 1 and after[0] in _OF_THEM and ctx.v.hurt_nouns.get(after[1]) is not None:
        return False  # «وأوقع العشرات منهم قتلى»: the dead noun after «منهم» counts this figure
    return bool(after) and (after[0] in ctx.v.subset or (len(after) > 1 and after[1] in ("برتبه", "برتبة")))


_AMONG_THEM = frozenset(cue_words("argument_words", "among_them"))


def _larger_before(ctx: Ctx, q: dict) -> bool:
    """A larger toll of the killed told in this sentence or the one before q's («وثقت مقتل 260
    … قتلت قوات النظام 180 منهم»: a share of it). A larger figure of something else («انشق 22
    … ما أدى إلى مقتل ثلاثة منهم») is the group the new deaths come from, not a toll they share."""
    si = ctx.sent_of(q["start"])
    lo = ctx.sents[max(0, si - 1)].start
    return any((x.get("low") or 0) > (q.get("low") or 0) and _killed_figure(ctx, x)
               for x in ctx.quants.between(lo, q["start"]))


def _killed_figure(ctx: Ctx, x: dict) -> bool:
    """x counts the killed: its noun says so («قتيلاً», «شهيداً») or a death trigger stands right
    before it («مقتل 260», «قُتل 40»)."""
    if ctx.v.hurt_nouns.get(ffold(x.get("counted") or "")) == "killed":
        return True
    for h in ctx.m["triggers"].starting(x["start"] - 20, x["start"]):
        if ctx.words_between(h.end, x["start"]) > 1:
            continue
        infos = h.value if isinstance(h.value, list) else [h.value]
        if any(i["type"] == "casualties" or i["sub"] == "killed" for i in infos):
            return True
    return False


_OF_THEM = frozenset(cue_words("argument_words", "of_them"))


def _identifier(ctx: Ctx, q: dict) -> bool:
    """«الفرقة 4», «القرار 2254»: a bare number right after a definite noun names something."""
    if q.get("counted") or q.get("approx") or q.get("low") != q.get("high") or not q["surface"][:1].isdigit():
        return False
    prev = ctx.words_before(q["start"], 1)
    nxt = ctx.words_after(q["end"], 1)
    if prev and ctx.dates.covering(ctx.tokens[ctx.tok_of(q["start"]) - 1].start):
        return False  # «خلال الأسبوع الماضي 120 طلعة»: a date before the figure names nothing
    return bool(prev) and prev[0].startswith(_definite()) and len(prev[0]) >= 5 and \
        not prev[0].endswith(("ين", "ون")) and not (nxt and nxt[0] in _OF_THEM)  # «قوات النظام 180 منهم»


@lru_cache(maxsize=1)
def _definite() -> tuple[str, ...]:
    """The openings of a definite noun before a unit's number: the article, and with cues.json `identifier_article`
    the article under a preposition («التابعة للواء 91», «بالفرقة 17»), which the number names as well."""
    c = load_cues().get("identifier_article", {})
    return ("ال", "وال") + (tuple(fold_str(w) for w in c.get("prefixes", ())) if c.get("enabled") else ())


def _dead_of(ctx: Ctx, m: Mention) -> bool:
    """m is the genitive of a noun of the dead or hurt right before it («قتلى المظاهرة», «ضحايا الهجوم»: cues.json
    hurt_nouns construct): a figure of that construct counts them, not what m counts."""
    before = ctx.words_before(m.prefix_start, 1)
    return bool(before) and before[0] in _hurt_construct()


@lru_cache(maxsize=1)
def _hurt_construct() -> frozenset:
    return frozenset(fold_str(w) for w in load_cues().get("hurt_nouns", {}).get("construct", []))


def _another_owner(ctx: Ctx, q: dict, ms: list[Mention]) -> Mention | None:
    """«وأصاب 44 آخرين»: a figure followed by آخرين belongs to the trigger right before it."""
    after = ctx.words_after(q["end"], 1)
    if not after or after[0] not in ctx.v.another:
        return None
    t = ctx.tok_of(q["start"])
    if t == 0 or ctx.tokens[t].text.startswith("و"):
        return None
    prev = ctx.tokens[t - 1]
    for m in ms:
        if m.start < prev.end and prev.start < m.end:
            return m
    return None


def _carried_by(ctx: Ctx, q: dict, ms: list[Mention], before: list[str]) -> Mention | None:
    """«خرجت الدفعة … باتجاه …، وتضم نحو 1800 شخص»: a figure right after a carrier word
    (cues.json carrier_words) counts the nearest trigger before it in the sentence."""
    ws = before[:-1] if before and before[-1] in _HEDGES else before  # «وتضم نحو 1800»
    if len(ws) >= 2 and ws[-2].lstrip("و") == _NUMBER_OF and ws[-1] in _counted_people():
        # «…، وبلغ عدد الخارجين 6749 شخصاً»: the people of the act told before, counted in it
        prior = [m for m in ms if m.end <= q["start"] and m.figure is None and m.type not in _NOT_PEOPLE]
        if prior:
            ctx.memo["carried", q["start"]] = True
            return prior[-1]
        return None
    took, in_it = _took_part()
    if len(ws) >= 2 and ws[-1] in in_it and (ws[-2] in took or ws[-2][:1] == "و" and ws[-2][1:] in took):
        # «اعتصاماً …، وشارك فيه العشرات»: those who took part in the protest told before
        prior = [m for m in ms if m.end <= q["start"] and m.type == "protest"]
        acts = [m for m in prior if m.pos != "adj"]  # (not «رفع المحتجون …»: the protesters named again)
        return (acts or prior)[-1] if prior else None
    if not ws or not (ws[-1] in ctx.v.carriers or ws[-1][1:] in ctx.v.carriers and ws[-1][:1] == "و"):
        return None
    prior = [m for m in ms if m.end <= q["start"]]
    return prior[-1] if prior else None


def carried_next(ctx: Ctx, m: Mention, next_ms: list[Mention]) -> dict | None:
    """«انطلقت أولى قوافل المهجرين من بلدة X نحو الشمال. وذكر المراسل أن 30 حافلة نقلت 1240 شخصاً»: a convoy or
    an exit told with no figure; the next sentence, before any act of its own, counts its people by the vehicles
    that carried them (a carrier word of cues.json carrier_words with a vehicle before it or between it and the
    figure: «ونقلت 40 حافلة نحو 2000 شخص», «وحملت الحافلات 900 شخص»). The figure, else None."""
    if m.si + 1 >= len(ctx.sents):
        return None
    s = ctx.sents[m.si + 1]
    blocked = ctx.memo.get(("blocked", m.si + 1)) or []
    for q in ctx.quants.between(s.start, s.end):
        if q.get("low") is None or q.get("kind") not in _COUNT_KINDS or any(a <= q["start"] < b for a, b in blocked):
            continue
        if any(x.prefix_start < q["end"] for x in next_ms):
            return None  # an act of its own first: its figures are its own
        cls = figure_class(ctx, q)
        if cls == "vehicle":
            continue
        if cls not in (None, "person", "unknown"):
            return None
        cs = ctx.clause(q["start"])[0]
        ws = ctx.words_before(q["start"], 5, floor=max(s.start, cs))
        moved = _moved_by() | ctx.v.carriers
        k = next((i for i in range(len(ws) - 1, -1, -1) if ws[i] in moved or ws[i][:1] == "و" and ws[i][1:] in moved),
                 None)
        if k is None:
            return None
        vehicles = any(counted_class(w) == "vehicle" for w in ws) or any(
            counted_class(x.get("counted")) == "vehicle" for x in ctx.quants.between(max(s.start, cs), q["start"]))
        return q if vehicles else None
    return None


@lru_cache(maxsize=1)
def _moved_by() -> frozenset:
    return frozenset(fold_str(w) for w in load_cues().get("carrier_words", {}).get("moved_by", []))


@lru_cache(maxsize=1)
def _took_part() -> tuple[frozenset, frozenset]:
    c = load_cues().get("carrier_words", {})
    return frozenset(fold_str(w) for w in c.get("took_part", [])), frozenset(fold_str(w) for w in c.get("in_it", []))


def _vehicles_carry(ctx: Ctx, q: dict, before: list[str]) -> bool:
    """«وضمت 15 حافلة تقل نحو 750 شخصاً»: vehicles carrying the figure (a vehicle noun, or a figure of
    vehicles, right before the carrier word): the people of the act told before, whatever word names it
    («أولى قوافل المهجرين»)."""
    ws = before[:-1] if before and before[-1] in _HEDGES else before
    if len(ws) < 2:
        return False
    if counted_class(ws[-2]) == "vehicle":
        return True
    p = next(iter(reversed(ctx.quants.between(max(0, q["start"] - 40), q["start"]))), None)
    return p is not None and counted_class(p.get("counted")) == "vehicle" and ctx.words_between(p["end"], q["start"]) <= 3


_NUMBER_OF = fold_str("عدد")
_NOT_PEOPLE = frozenset({"casualties", "airstrike", "shelling", "explosion", "statement", "agreement"})


@lru_cache(maxsize=1)
def _counted_people() -> frozenset:
    return frozenset(fold_str(w) for w in load_cues().get("carrier_words", {}).get("counted_people", []))


_HEDGES = frozenset(cue_words("argument_words", "hedges"))


# -- places ------------------------------------------------------------------------------------
def usable_places(ctx: Ctx, si: int, blocked: list[tuple[int, int]]) -> list[dict]:
    """Places of a sentence that can locate an event (see the module docstring). Worked out once
    per sentence and source spans (the mentions of a sentence and of the two after it ask again);
    callers get their own list and never change the place dicts."""
    key = (si, tuple(blocked))
    hit = ctx.memo.get(key)
    if hit is None:
        hit = ctx.memo[key] = _usable_places(ctx, si, blocked)
    return list(hit)


def _usable_places(ctx: Ctx, si: int, blocked: list[tuple[int, int]]) -> list[dict]:
    s = ctx.sents[si]
    out = []
    raw = _with_unlisted(ctx, si)
    # «ناشطون من حي القدم جنوبي دمشق»: the town a bearing is taken from is no place of the act, even
    # when the place the bearing is told of is inside a source phrase (the container loop below sees
    # only places kept)
    # («قريتي X وY القريبتين من بانياس», «الشحيل، البلدة الواقعة شرقي دير الزور», «دوما وعربين، المدينتين الواقعتين في
    # الغوطة الشرقية»: the place a relational adjective after a place governs is where that place lies, its reference)
    refs = {b["start"] for a, b in zip(raw, raw[1:]) if _bearing(ctx, a, b) or _related(ctx, a, b)} \
        if len(raw) > 1 else ()
    for p in raw:
        if any(a <= p["start"] < b for a, b in blocked) or p["start"] in refs:
            continue
        read = _place_reading(ctx, p, s)
        if read is None:
            continue
        if any(_where_source_is(ctx, a, b, p) for a, b in blocked):
            continue  # «بحسب مراسل تلفزيون سوريا في حماة»: where the reporter is posted
        if read[2]:
            out.append(dict(p, _loc=True, _country=read[1], _origin=True, _motion=read[4]))
        else:
            out.append(dict(p, _loc=read[0], _country=read[1], _origin=False, _share=read[3], _motion=read[4]))
    stations = not _station_words().isdisjoint(ctx.sent_words(si))  # (most sentences post no force)
    for p in out:
        p["_station"] = stations and _station(ctx, p, s.start)
    st = ctx.text[s.start:s.end]  # (sliced once, not once per road word)
    roads = any(w in st for w in ctx.v.road_forms)  # (most sentences name no road)
    for i, p in enumerate(out):
        p["_road"] = roads and _on_road(ctx, p, out[i - 1] if i else None)
        if i and out[i - 1]["_origin"] and not p["_origin"] and _joined(ctx, out[i - 1], p):
            p["_origin"] = True  # «من أبناء مدينة طفس وبلدة اليادودة»: both say where they come from
        if i and out[i - 1].get("_share") and _joined(ctx, out[i - 1], p):
            p["_share"] = True  # «معظمها على محافظتي درعا وريف دمشق»: both places of the share
    # «الفرقة 17 المتمركزة في الرقة», «الفوج 46 المتمركز قرب بلدة الأتارب»: a unit named as a place is
    # where the text says it is stationed (its base's town), not a place of its own
    out = [p for i, p in enumerate(out) if not (i + 1 < len(out) and _stationed_at(ctx, p, out[i + 1]))]
    # containers: «دوما بريف دمشق», «قرية التمانعة في ريف إدلب الجنوبي»: the first is the place
    kept: list[dict] = []
    inner = None  # the place the last dropped container was dropped for: a chain goes on from it
    for p in out:
        last = inner or (kept[-1] if kept else None)
        if last is not None and _bearing(ctx, last, p):
            continue  # «مركز ناحية جنديرس جنوب غربي عفرين»: the town a bearing is taken from
        if last is not None and last is kept[-1] and _landmark_in(ctx, last, p):
            kept[-1] = p  # «سوق الهال وسط مدينة الباب»: a town's landmark is located at the town
            continue
        if last is not None and p["start"] - last["end"] <= 25 and _contained(ctx, last, p) and \
                _level(p) >= _level(last) and not (kept[-1]["_road"] and _level(p) == 1):
            # (a country named before a governorate does not contain it: «… وسورية في محافظة إدلب»;
            # a road's town is not inside the town it passes near: «طريق X - Y قرب مدينة Z»;
            # «سجن الصناعة في حي غويران بمدينة الحسكة»: a chain of containers, the first is the place)
            inner = p
            continue
        kept.append(p)
        inner = None
    for i, p in enumerate(kept):
        town = _landmark_town(ctx, p) if p["_loc"] and not p["_origin"] else None
        if town is not None:
            kept[i] = dict(town, _loc=True, _country=False, _origin=False, _share=False, _motion=p.get("_motion"),
                           _station=p.get("_station", False), _road=False)
    return kept


def _station(ctx: Ctx, p: dict, floor: int) -> bool:
    """cues.json force_station: «وحدات من الجيش العاملة في ريف X», «عناصر الأمن المتمركزين في بلدة X»,
    «قواتها المنتشرة بريف X»: a place right after a participle of stationing (a preposition and place
    nouns between) says where a force is posted, not where its act happened; it is the act's place only
    when the sentence names no other (choose_place)."""
    words = _station_words()
    ws = ctx.words_before(p["start"], 5, floor=floor)
    while ws and (ws[-1] in ctx.v.place_nouns or ws[-1] in _STATION_FILLERS):
        ws.pop()
    if ws and ws[-1] in _STATION_PREPS:
        ws.pop()
    elif not (p["start"] > 0 and ctx.text[p["start"] - 1] == "ب") and not (ws and ws[-1][:1] == "ب" and ws[-1][1:] in ctx.v.place_nouns):
        return False
    elif ws and ws[-1][:1] == "ب" and ws[-1][1:] in ctx.v.place_nouns:
        ws.pop()  # «العاملة بريف X»
    return bool(ws) and ws[-1] in words


_STATION_PREPS = frozenset(cue_words("force_station_words", "preps"))
_STATION_FILLERS = frozenset(cue_words("force_station_words", "fillers"))


@lru_cache(maxsize=1)
def _station_keep() -> frozenset:
    return frozenset(load_cues().get("force_station", {}).get("keep", []))


@lru_cache(maxsize=1)
def _station_words() -> frozenset:
    return frozenset(fold_str(w) for w in load_cues().get("force_station", {}).get("words", []))


def _stationed_at(ctx: Ctx, unit: dict, p: dict) -> bool:
    """unit is a military unit's name (cues.json unit_bases `units`: «الفرقة 17», «الفوج 46») and p the
    place a participle of stationing right after it puts it in («المتمركزة في», «المنتشر قرب»)."""
    c = _unit_bases()
    head = ffold(unit.get("surface") or "").split()[:1]
    if not head or head[0] not in c[0] or p["start"] - unit["end"] > 40:
        return False
    gap = ffold(ctx.text[unit["end"]:p["start"]]).split()
    return bool(gap) and gap[0] in c[1] and all(
        w in c[1] or w in c[2] or w in ctx.v.place_nouns or w.lstrip("ب") in ctx.v.place_nouns for w in gap)


@lru_cache(maxsize=1)
def _unit_bases() -> tuple[frozenset, frozenset, frozenset]:
    c = load_cues().get("unit_bases", {})
    f = lambda k: frozenset(fold_str(w) for w in c.get(k, []))  # noqa: E731
    return f("units"), f("stationed"), f("preps")


def _landmark_in(ctx: Ctx, mark: dict, p: dict) -> bool:
    """mark is a landmark (cues.json landmarks: «سوق», «ساحة», «الجامع»…) and p the town or quarter
    the text places it in, right after it («… وسط مدينة الباب», «… في حي القابون»); a governorate
    named bare is its seat city there («ساحة السبع بحرات وسط دمشق», «ساحة الأمويين بدمشق»: a square
    lies in a city, never across a governorate)."""
    if p["start"] - mark["end"] > 25 or p["_origin"] or not (
            (p.get("kind") or p.get("level")) in _TOWNS or _bare_governorate(p)):
        return False
    if not (_is_landmark(mark) or _landmark_named(ctx, mark)):
        return False
    within = _landmarks()[1]
    raw = ctx.text[mark["end"]:p["start"]]
    if raw.lstrip().startswith("(") and ")" in raw:
        raw = raw[raw.index(")") + 1:]  # «ساحة السير (الكرامة) وسط مدينة X»: the landmark's other name aside
    gap = ffold(raw).split()
    if not gap and ctx.text[p["start"] - 1:p["start"]] in "بل":
        return True  # «بدوما»
    return bool(gap) and (gap[0] in within or gap[0][:1] == "ب" and gap[0][1:] in ctx.v.place_nouns) and \
        all(w in within or w in ctx.v.place_nouns or w.lstrip("ب") in ctx.v.place_nouns for w in gap)


_TOWNS = frozenset({"locality", "city", "neighbourhood", None})


def _cue_noun(ctx: Ctx, p: dict) -> str:
    """The place noun that cued p («بلدة» of «وبلدة X», «ببلدة X»), folded."""
    c = ffold(p.get("cue") or "")
    return c[1:] if c[:1] in "وب" and c not in ctx.v.place_nouns and c[1:] in ctx.v.place_nouns else c


def _bare_governorate(p: dict) -> bool:
    """A governorate named without «محافظة» (its seat bears its name: «دمشق», «السويداء»)."""
    return (p.get("kind") or p.get("level")) == "governorate" and not ffold(p.get("cue") or "").startswith(_PROVINCE_CUE)


_PROVINCE_CUE = fold_str("محافظ")
_SITES = frozenset({"facility", "camp", "border crossing"})


def _landmark_named(ctx: Ctx, mark: dict) -> bool:
    """«في ساحة السرايا وسط مدينة السويداء», «قرب دوار حلب في مدينة إعزاز»: a place name right after a landmark
    head (cues.json landmarks.heads) names the landmark, which lies in the town told after it (events_probe README:
    a landmark is placed at its quarter or town), even where the gazetteer knows the name as a village."""
    before = ffold(ctx.text[max(0, mark["start"] - 12):mark["start"]]).split()
    if not before or ctx.text[mark["start"] - 1:mark["start"]] != " ":
        return False
    w, heads = before[-1], _landmarks()[0]
    return any(v in heads or v.removeprefix("ال") in heads for v in (w, w[1:] if w[:1] in "وب" else w))


def _is_landmark(mark: dict) -> bool:
    if (mark.get("kind") or mark.get("level")) in _SITES and (mark.get("source") or "").startswith("gazetteer"):
        # «مبنى قيادة الأركان»: a site the gazetteer lists (military, security) is a place of its own,
        # unlike a landmark every city has («سوق الهال», «الجامع الكبير»: city_facilities.tsv)
        return False
    heads = _landmarks()[0]
    head = ffold(mark.get("surface") or "").split()[:1]
    return bool(head) and (head[0].removeprefix("ال") in heads or head[0] in heads)


def _landmark_town(ctx: Ctx, mark: dict) -> dict | None:
    """«تظاهر مئات من أهالي محافظة السويداء في ساحة الكرامة وسط المدينة»: a landmark followed by «وسط/
    في المدينة» lies in the town the noun stands for, the last town (or governorate, its seat) of the
    landmark's own governorate the text named before it, whatever its role there (an origin too: the
    protesters' city is the square's). The landmark convention: a square, market or mosque is placed at
    its town (events_probe README)."""
    if not _is_landmark(mark):
        return None
    _, within = _landmarks()
    after = ffold(ctx.text[mark["end"]:mark["end"] + 20]).split()[:2]
    if len(after) < 2 or after[0] not in within or after[1].rstrip("،,.") not in _TOWN_NOUNS:
        if after and after[0] in within:
            return None  # («… في حي X»: a container the places layer read otherwise)
        # «نظّم العشرات من أهالي مدينة X وقفة أمام المسجد الكبير»: a landmark the text places in no town
        # lies in the town its sentence named before it, whatever that town's role (the protesters' own town)
        s = ctx.sents[ctx.sent_of(mark["start"])]
        for p in reversed(ctx.places.between(s.start, mark["start"])):
            if p.get("country") not in _HOME or ctx.in_org(p["start"], p["end"]) or _in_name(ctx, p) or \
                    _BEARINGS & set(ctx.words_before(p["start"], 1)):
                continue  # (nor the town a bearing is taken from: «مدينة X غربي حلب»)
            if mark.get("admin1_en") and p.get("admin1_en") and p["admin1_en"] != mark["admin1_en"]:
                continue
            if (p.get("kind") or p.get("level")) in ("locality", "city") or _bare_governorate(p) and _seat_named(p):
                return p
        return None
    if not mark.get("admin1_en"):
        return None
    for p in reversed(ctx.places.between(0, mark["start"])):
        if p.get("country") not in _HOME or p.get("admin1_en") != mark["admin1_en"]:
            continue
        if (p.get("kind") or p.get("level")) in ("locality", "city", "governorate"):
            return p
    return None


@lru_cache(maxsize=1)
def _landmarks() -> tuple[frozenset, frozenset]:
    c = load_cues().get("landmarks", {})
    return frozenset(fold_str(w) for w in c.get("heads", [])), frozenset(fold_str(w) for w in c.get("within", []))


def _with_unlisted(ctx: Ctx, si: int) -> list[dict]:
    """The resolved places of sentence si and the unlisted ones the text ties to them (unlisted.py):
    «قرية X جنوب مدينة Y» gives X in place of Y, the reference a bearing or a container is taken from."""
    s = ctx.sents[si]
    ps = ctx.places.between(s.start, s.end)
    extra = not_a_place.named(unlisted.find(ctx, si))  # (not «مزرعة ملاصقة للقرية»: not_a_place.py)
    if extra:
        # («مقر قيادة الشرطة العسكرية وسط دمشق»: a name that can locate nothing, a force's, leaves
        # the town it was tied to)
        extra = [x for x in extra if _place_reading(ctx, x, s) is not None]
        # («على طريق الخرافي في بلدة X»: a name the text gives a road or a street is a landmark of the town it
        # is tied to, not a place in its stead; tied to a wide area, «طريق الدويرات في بادية حمص», it is the spot)
        extra = [x for x in extra if not (_names_road(ctx, x) and _town_at(ctx, x.get("near")))]
    if not extra:
        return ps
    # (a reference after the name is no place of the act; nor is a later member of its list: a list's act
    # is placed at its first member, as the gold conventions code it)
    # (a reference taken only for the admin names, «document», is no tie the text makes: «قُتل شاب من أبناء قرية
    # X، مساء اليوم، برصاص مجهولين في مدينة Y»: Y is the act's town, not X's reference)
    refs = {x["near"]["start"] for x in extra if x["near"]["start"] is not None and x["near"]["start"] > x["start"]
            and x["near"].get("relation") != "document"}
    # (and the area a list opener's names lie in, told before them: «15 قرية في ريف X، من بينها A وB»: unlisted.py)
    refs |= {x["near"]["start"] for x in extra if x.get("opened") and x["near"]["start"] is not None}
    # (and the point a reference's own bearing is taken from: «X وZ، وهي قرى حول بلدة Y شرق مدينة W»)
    refs |= {b["start"] for a, b in zip(ps, ps[1:]) if a["start"] in refs and _bearing(ctx, a, b)}
    return sorted([p for p in ps if p["start"] not in refs] + extra, key=lambda p: p["start"])


def _town_at(ctx: Ctx, ref: dict | None) -> bool:
    """The places layer reads a town (not a region, a desert, a governorate) where `ref` stands."""
    if not ref or ref.get("start") is None:
        return False
    return any(_kind(p) in ("locality", "city") for p in ctx.places.starting(ref["start"], ref["start"] + 1))


def _names_road(ctx: Ctx, x: dict) -> bool:
    ws = ctx.words_before(x["start"], 1)
    return bool(ws) and (ws[-1] in ctx.v.road_words or ws[-1][:1] in "بل" and ws[-1][1:] in ctx.v.road_words)


def _share_place(ctx: Ctx, p: dict, floor: int) -> bool:
    """«ألقى الطيران 1840 برميلاً خلال الشهر، تركز معظمها على محافظتي درعا وريف دمشق»: where a
    share of a figure fell (a share word a few words before, cues.json origin_shares `things`) is a
    breakdown by place; a sum over a period has no place of its own there (extractor drops it)."""
    ws = ctx.words_before(p["start"], _SHARE_REACH, floor=floor)
    return any(w.lstrip("و") in _origin_shares() or w.lstrip("و") in _shares_of_things() for w in ws)


_SHARE_REACH = 4
_SHARE_STEMS = ("معظم", "أغلب", "اغلب", "غالبيت", "جله", "جلها", "أكثره", "أكثرها", "بعضه", "بعضها", "كله", "جميعه")


@lru_cache(maxsize=1)
def _shares_of_things() -> frozenset:
    return frozenset(fold_str(w) for w in load_cues().get("origin_shares", {}).get("things", []))


def _place_reading(ctx: Ctx, p: dict, s) -> tuple | None:
    """What a place of sentence s says whatever the source spans are: None when it cannot locate an
    act (inside a name, «لا» here, a breakdown's), else (locative, country, origin, a share's place,
    the role in a movement: routes.role).
    Once per place (usable_places asks again for each set of source spans)."""
    key = ("place_reading", p["start"], p["end"], s.start, p.get("kind"), p.get("level"))
    if key in ctx.memo:
        return ctx.memo[key]
    got: tuple | None = _read_place(ctx, p, s)
    if got is not None:
        got = (*got, routes.role(ctx, p, s.start))
    ctx.memo[key] = got
    return got


def _read_place(ctx: Ctx, p: dict, s) -> tuple[bool, bool, bool, bool] | None:
    if ctx.in_org(p["start"], p["end"]) or _in_name(ctx, p):
        return None
    if p.get("id") is None and p.get("source") != "text" and unlisted.description(p.get("surface") or ""):
        return None  # «حي سكني في مدينة الباب»: a name-finder's guess that is a description, not a name
    if p["start"] > 0 and ctx.text[p["start"] - 1] == "ك" and (p["start"] == 1 or not ctx.text[p["start"] - 2].isalpha()):
        return None  # «كمائن» read as «ك» + a name, «كدمشق» (like Damascus): a comparison locates nothing
    before = ctx.words_before(p["start"], 3, floor=s.start)
    if any(ctx.m["not_here"].starting(max(s.start, p["start"] - 30), p["start"])) and _not_here_close(ctx, p):
        return None
    if _names_a_backer(ctx, p, before, s.start):
        return None  # «التحالف بقيادة واشنطن», «فصائل مدعومة من أنقرة»: a state named for the force it leads or backs
    if _origin(ctx, before):
        return True, _is_country(p), True, False
    if not p.get("opened") and _in_breakdown(ctx, p, s.start) and \
            (not _figure_right_before(ctx, p) or _bare_part_at(ctx, p)) and not _after_bare_part(ctx, p, s.start):
        return None  # «بينهم 40 مدنياً سقط معظمهم في مدن…»: places of a breakdown
    # «(58 كم شرق مدينة حماة)»: a town named to say how far something is, not where it happened
    loc = _locative(ctx, p, before) and not _DISTANCE & set(ctx.words_before(p["start"], 4, floor=s.start)) \
        or bool(p.get("opened"))  # (a list opener's name is where its plural noun's act is: unlisted._opened_lists)
    return loc, _is_country(p), False, _tells_share(ctx, s) and _share_place(ctx, p, s.start)


def _names_a_backer(ctx: Ctx, p: dict, before: list[str], floor: int) -> bool:
    """p names a state for the force or party it leads, backs or sponsors (cues.json allegiance_words led_by,
    backed): «التحالف بقيادة واشنطن», «فصائل مدعومة من أنقرة», «برعاية كل من روسيا وإيران» (a place joined by «و» to
    one such place is one too)."""
    if before and (before[-1] in _LED_BY or len(before) > 1 and before[-1] == _FROM and (
            before[-2] in _BACKED or before[-2] == _EACH and len(before) > 2 and before[-3] in _LED_BY)):
        return True
    prev = ctx.places.last_before(p["start"], max(floor, p["start"] - 40))
    if prev is None or prev["end"] >= p["start"] or not _joined(ctx, prev, p):
        return False
    return _names_a_backer(ctx, prev, ctx.words_before(prev["start"], 3, floor=floor), floor)


def _tells_share(ctx: Ctx, s) -> bool:
    """A share stem in sentence s (most sentences tell no share): once per sentence, not per place."""
    key = ("tells_share", s.start)
    got = ctx.memo.get(key)
    if got is None:
        st = ctx.text[s.start:s.end]
        got = ctx.memo[key] = any(w in st for w in _SHARE_STEMS)
    return got


def _in_name(ctx: Ctx, p: dict) -> bool:
    """A place inside the name of a force or a body is no place of the act: inside a longer name of
    the actor list («الدولة الإسلامية في العراق والشام», «هيئة تحرير الشام», «فيلق الشام»), or
    after a head noun of a unit's name and its name words with no preposition between («لواء
    شهداء اليرموك», «غرفة عمليات حلب», «تجمع ثوار حماة»; cues.json name_heads)."""
    if any(a.prefix_start <= p["start"] and p["end"] <= a.end and a.end - a.start > p["end"] - p["start"]
           for a in ctx.m["actors"].covering(p["start"], 80)):
        return True
    heads, fillers = _name_heads()
    if p.get("source") == "text" and p.get("id") is None and p.get("near"):
        heads = frozenset()  # («كتيبة الرادار قرب بلدة X»: unlisted.py read the name after its own noun, bodies' names aside)
    op = _quote_open(ctx, p)
    if op >= 0:
        # «مجموعات تابعة لما يسمى «الدولة الإسلامية في العراق والشام»»: a quoted name that opens
        # with a force's name or a unit's head noun holds its places as words of the name
        first = ctx.words_after(op + 1, 1, limit=p["start"])
        if first and (first[0] in heads or ctx.m["actors"].first_after(op + 1, op + 2) is not None):
            return True
    if not heads:
        return False
    cs = ctx.clause(p["start"])[0]
    for w in reversed(ctx.words_before(p["start"], _NAME_WORDS + 1, floor=cs)):
        if w in heads or w[1:] in heads and w[:1] in "وبل" or w[2:] in heads and w[:2] == "لل":
            return True
        if w not in fillers:
            return False
    return False


def _quote_open(ctx: Ctx, p: dict) -> int:
    """The offset of the « that opens a quotation around p (closed after it, ≤ 8 words), or -1."""
    op = ctx.text.rfind("«", max(0, p["start"] - 60), p["start"])
    if op == -1 or "»" in ctx.text[op:p["start"]]:
        return -1
    cl = ctx.text.find("»", p["end"], p["end"] + 40)
    return op if cl != -1 and len(ctx.text[op:cl].split()) <= 8 else -1


_NAME_WORDS = 2  # name words between a unit's head noun and the place («لواء شهداء X», «غرفة عمليات X»)


@lru_cache(maxsize=1)
def _name_heads() -> tuple[frozenset, frozenset]:
    c = load_cues().get("name_heads", {})
    return frozenset(fold_str(w) for w in c.get("heads", [])), frozenset(fold_str(w) for w in c.get("fillers", []))


_CORRESPONDENT = ("مراسل", "ومراسل", "لمراسل")


def _where_source_is(ctx: Ctx, src_start: int, src_end: int, p: dict) -> bool:
    """A place right after a correspondent's name, «في» (and a place noun) between them: the
    post the reporter writes from (a local body's place, «الدفاع المدني في خان شيخون», is
    often the event's own)."""
    if not 0 <= p["start"] - src_end <= 16 or not ffold(ctx.text[src_start:src_end]).startswith(_CORRESPONDENT):
        return False
    gap = ffold(ctx.text[src_end:p["start"]]).split()
    after = ctx.words_after(p["end"], 1)
    if after and after[0].startswith(ctx.v.att_verbs):
        return False  # «مراسلاً لوكالة… في مدينة دوما أفاد بسقوط قذائف على المدينة»: the report is from there
    return bool(gap) and gap[0] in ("في", "ب") and all(w in ctx.v.place_nouns for w in gap[1:])


def _on_road(ctx: Ctx, p: dict, prev: dict | None) -> bool:
    """cues.json roads: a town that names a road («طريق حلب - دمشق», «الطريق الواصل بين بلدتي X
    وY»): right after the road word (filler words aside), or joined by «-»/«و» to such a town."""
    v = ctx.v
    if prev is not None and prev.get("_road"):
        gap = ctx.text[prev["end"]:p["start"]].strip()
        if gap in ("-", "–", "و", "/") or (len(gap) <= 2 and gap.startswith(("-", "–", "و"))):
            return True
        # «الطريق بين قرية X ومدينة Y», «طريق قرية X - مدينة Y»: the second end with its own place noun
        words = ffold(gap).split()
        if words and words[0] in ("-", "–", "/"):
            words = words[1:]
        elif words and words[0][:1] == "و":
            words = [words[0][1:]] + words[1:]
        if words and len(words) <= 2 and all(w in v.place_nouns for w in words):
            return True
    noun = between = False
    for w in reversed(ctx.words_before(p["start"], 5)):
        w = w.lstrip("و") if w not in v.road_words else w
        if w in v.road_words or w[1:] in v.road_words and w[:1] in "بل":
            return between or not noun  # («طريق قرية X»: the village's own road, X is the spot)
        if w in v.place_nouns and w not in v.road_between:
            noun = True  # «الطريق بين قرية X ومدينة Y»: the first end's place noun
            continue
        if w not in v.road_between:
            return False
        between = between or w == _BETWEEN
    return False


_BETWEEN = fold_str("بين")


_LEVEL = {"country": 5, "governorate": 4, "region": 3, "district": 2, "subdistrict": 2}


def _level(p: dict) -> int:
    """How coarse a place is (a town 1, a country 5)."""
    return _LEVEL.get(p.get("kind") or p.get("level"), 1)  # type: ignore[arg-type]


level = _level  # (for the extractor)


def _in_breakdown(ctx: Ctx, p: dict, floor: int) -> bool:
    """A place within ten words after «بينهم/توزعوا…» with no trigger between: a part's place."""
    t = bisect_left(ctx.tok_starts, p["start"])
    held = _trigger_tokens(ctx)
    for k in range(t - 1, (t - 10 if t > 10 else 0) - 1, -1):
        tok = ctx.tokens[k]
        if tok.start < floor:
            return False
        if k in held:
            return False  # «-بينهم ستة من كبار القادة- فروا إلى تركيا»: the trigger owns the place
        w = ctx.ftoks[k]
        if w.lstrip("و") == _WITHIN and not ctx.quants.between(tok.end, p["start"]):
            # «ضمن البادية السورية», «ضمن مناطق ريف X», «ضمن بادية مدينة X», «ضمن مدينة "X"»: «ضمن» with no
            # figure between it and the place is within the place, not among a figure's parts
            return False
        if w == _RANK_OF and not _counted_before(ctx, tok.start):
            continue  # «انشق ضابط برتبة نقيب في مدينة حماة»: one person's rank, no part of a figure
        if w in ctx.v.subset or w.lstrip("و") in ctx.v.subset:
            # «مقتل 127 مدنياً، بينهم 39 طفلاً، في الغوطة الشرقية»: an aside closed by a break
            # before the place leaves the place to the whole
            return not ctx.breaks_between(tok.end, p["start"])
        if w in _BACK_TO_VERB:
            return False  # «بينهم ضابطان برتبة ملازم عن قوات النظام في ريف إدلب»: the verb goes on
    return False


def _trigger_tokens(ctx: Ctx) -> frozenset[int]:
    """The indices of the tokens a trigger starts in (its proclitic's start), once per document:
    `_in_breakdown` asks of every token before every place."""
    got = ctx.memo.get("trigger_tokens")
    if got is None:
        toks, out = ctx.tokens, set()
        for h in ctx.m["triggers"].items:
            k = ctx.tok_of(h.prefix_start)
            if k < len(toks) and toks[k].start <= h.prefix_start < toks[k].end:
                out.add(k)
        got = ctx.memo["trigger_tokens"] = frozenset(out)
    return got


_BACK_TO_VERB = frozenset(cue_words("argument_words", "back_to_verb"))
_RANK_OF = fold_str("برتبة")


def _counted_before(ctx: Ctx, pos: int) -> bool:
    """A figure ends at most two words before pos («ثلاثة برتبة مقدم», «أربعة ضباط برتبة رائد»)."""
    q = ctx.quants.last_before(pos, pos - 30)
    return q is not None and ctx.words_between(q["end"], pos) <= 2
_WITHIN = fold_str("ضمن")


def _figure_right_before(ctx: Ctx, p: dict) -> bool:
    """«12 من مدينة جاسم»: a place with its own figure is a place of the list, not of a part."""
    q = ctx.quants.last_before(p["start"], p["start"] - 30)
    return q is not None and ctx.words_between(q["end"], p["start"]) <= 3


BARE_PART_AT = True  # (stop 37, place4: --fix partat)


def _bare_part_at(ctx: Ctx, p: dict) -> bool:
    """«قُتل 23 شخصاً، منهم 17 في مدينة إدلب وثلاثة في أريحا»: a part's bare number (no counted noun) right before
    «في/ب» and the place is where that part fell, a breakdown by place; «بينهم 17 منشقاً في بلدة X» (a noun
    after the number) goes on with the whole's clause (_after_bare_part)."""
    if not BARE_PART_AT:
        return False
    q = ctx.quants.last_before(p["start"], p["start"] - 30)
    if q is None:
        return False
    gap = [w for w in ffold(ctx.text[q["end"]:p["start"]]).split() if w not in ctx.v.place_nouns]
    return gap == [_IN] or not gap and ctx.text[p["start"] - 1:p["start"]] == "ب" or \
        len(gap) == 1 and gap[0][:1] == "ب" and gap[0][1:] in ctx.v.place_nouns


def _after_bare_part(ctx: Ctx, p: dict, floor: int) -> bool:
    """«قتلت غارات 12 مدنياً بينهم أطفال في مدينة X», «… بينهم نساء وأطفال في حي X»: a part told by its
    noun alone (no figure, verb or share of its own) and then «في» and the place: the place goes on
    with the whole's clause, as it does after a part with a figure («55 شخصاً بينهم 17 منشقاً في بلدة X»)."""
    ws = ctx.words_before(p["start"], 9, floor=floor)
    k = next((i for i in range(len(ws) - 1, -1, -1) if ws[i] in ctx.v.subset or ws[i].lstrip("و") in ctx.v.subset), -1)
    if k < 0:
        return False
    gap = ws[k + 1:]
    while gap and gap[-1] in ctx.v.place_nouns:
        gap.pop()  # «في مدينة X», «في حي X»
    if _partitive_of(gap):
        # «… في القطاع الخامس من مخيم X», «في الجزء الشرقي من بلدة X»: a part of the place
        cut = max(i for i in range(len(gap) - 1) if gap[i].lstrip("و") in _PARTITIVES)
        gap = gap[:cut]
    return 2 <= len(gap) <= 4 and gap[-1] == _IN and all(
        w.isalpha() and not w.startswith(_PART_SHARES) and w.lstrip("و") not in _OF_PART for w in gap[:-1])


_OF_PART = frozenset(cue_words("argument_words", "of_part"))
_PART_SHARES = cue_words("share_words", "prefixes")


def _not_here_close(ctx: Ctx, p: dict) -> bool:
    # (a base the gazetteer lists, or one unlisted.py read by its unit and number: «عن مقر اللواء 52»)
    facility = (p.get("kind") or p.get("level")) == "facility" and (p.get("id") is not None or p.get("source") == "text")
    for c in ctx.m["not_here"].starting(max(0, p["start"] - 30), p["start"]):
        if facility and fold_str(c.value) in _FACILITY_HEADS and not ctx.text[c.end:p["start"]].strip():
            continue  # «على مقر الفوج 46»: the seat noun's genitive is the base itself, a facility
        # («فصائل تابعة للحكومة بقصف حي الشيخ مقصود»: an act between them takes the place)
        if ctx.words_between(c.end, p["start"]) <= 2 and not ctx.m["triggers"].starting(c.end, p["start"]):
            return True
        # «وأعلنت وزارة الداخلية في دمشق إرسال تعزيزات إلى المدينة»: a body that speaks, its qualifier, then
        # «في» and its seat (cues.json place_not_here `body_seats`; the seat's place noun aside)
        if fold_str(c.value) in _BODY_SEATS and _told_by(ctx, c.start):
            gap = [w for w in ffold(ctx.text[c.end:p["start"]]).split() if w not in ctx.v.place_nouns]
            if len(gap) == 2 and gap[-1] == _IN and not ctx.m["triggers"].starting(c.end, p["start"]):
                return True
    return False


_FACILITY_HEADS = frozenset(cue_words("place_not_here", "facility_heads"))
_BODY_SEATS = frozenset(cue_words("place_not_here", "body_seats"))
_IN = fold_str("في")


def _told_by(ctx: Ctx, start: int) -> bool:
    """A speech verb right before the body («أعلنت وزارة…»): the body speaks, so the place after it is its seat."""
    ws = ctx.words_before(start, 1)
    return bool(ws) and (ws[-1] in ctx.v.speech_verbs or ws[-1].lstrip("و") in ctx.v.speech_verbs)


_VICTIM_TOWN = frozenset({"armed_clash", "casualties"})


def _aside_origin(ctx: Ctx, p: dict) -> bool:
    """p is told in an aside set off by commas whose first words say where someone comes from («، المنحدر من
    بلدة Y،», «، وهو من أبناء بلدة Y،»)."""
    s = ctx.sents[ctx.sent_of(p["start"])]
    lo = max(ctx.text.rfind("،", s.start, p["start"]), ctx.text.rfind(",", s.start, p["start"]))
    if lo < 0 or ctx.words_between(lo, p["start"]) > 5:
        return False
    hi = ctx.text.find("،", p["end"], s.end)
    return hi >= 0 and ctx.words_between(p["end"], hi) <= 3


def _origin(ctx: Ctx, before: list[str]) -> bool:
    ws = [w for w in before if w not in ctx.v.place_nouns]
    if len(ws) > 1 and ws[-1] == _FROM and ws[-2] in _origin_shares():
        return True  # «عادوا إلى بلادهم…، معظمهم من تركيا ولبنان»: where most of them came from
    if len(ws) > 1 and ws[-1] == _FROM and ws[-2].lstrip("و") in _came_from():
        return True  # «تعزيزات قادمة من مدينة الحسكة إلى محيط البلدة»: where they set out from
    if len(ws) > 1 and " ".join((ws[-2].lstrip("و"), ws[-1])) in ctx.v.origin_words:
        return True  # «ينحدر من قرية X», «من سكان قرية X»: the list's two-word entries
    return bool(ws) and (ws[-1] in ctx.v.origin_words or ws[-1].lstrip("و") in ctx.v.origin_words)


_FROM = fold_str("من")


@lru_cache(maxsize=1)
def _came_from() -> frozenset:
    return frozenset(fold_str(w) for w in load_cues().get("origin_shares", {}).get("came_from", []))


@lru_cache(maxsize=1)
def _origin_shares() -> frozenset:
    return frozenset(fold_str(w) for w in load_cues().get("origin_shares", {}).get("words", []))


def _locative(ctx: Ctx, p: dict, before: list[str]) -> bool:
    s = p["start"]
    head = ffold(p.get("surface") or "").split()[:1]
    if head and head[0] in ctx.v.place_nouns or (p.get("kind") or p.get("level")) in _OBJECT_KINDS:
        # «استهدفت بقذائف الهاون حي جوبر», «هاجم مسلحون سجن غويران»: a place noun (or a named
        # facility, camp, crossing or quarter) as the act's object is where it happened
        return True
    if s > 0 and ctx.text[s - 1] in "بل" and (s == 1 or ctx.text[s - 2] in " و\n"):
        # «فصائل موالية لإيران»: «لـ» after an adjective of allegiance names a backer (cues.json allegiance_words)
        return not (ctx.text[s - 1] == "ل" and any(w in _ALLEGIANCE for w in before[-2:]))
    for w in before[-3:]:
        w2 = w[1:] if w[:1] in ("و", "ف") and len(w) > 2 else w
        if w in _LOCATIVE or w2 in _LOCATIVE or (w2.startswith("ب") and w2[1:] in _LOCATIVE) or (w2.startswith("ل") and w2[1:] in ctx.v.place_nouns) or \
                w2 in ctx.v.place_nouns:  # («استهدفت مسيرة مزرعة X»: a place noun heads the act's object)
            return True
    if before and unlisted.noun_of(before[-1]) is not None:
        return True  # («قصفت القوات تلة X», «وادي X», «محطة X للغاز»: a site's noun heads the act's object)
    return _verb_object(ctx, p)


def _verb_object(ctx: Ctx, p: dict) -> bool:
    """«قصفت الطائرات سراقب», «اقتحمت قوات الأمن طفس»: the object of a verb that strikes, enters or
    besieges a place (gazetteer place_verbs.txt), after at most four words of its subject, with no
    preposition, place noun or figure between, is where the act happened (a bare town there was no
    place of the act before, and the act with no other place was dropped as vague)."""
    s = p["start"]
    return verb_before_object(ctx.words_before(s, SUBJECT_WORDS + 1, floor=ctx.clause(s)[0]), _object_verbs()) and \
        not _subject_conjunct(ctx, p)


def _subject_conjunct(ctx: Ctx, p: dict) -> bool:
    """«ضربت طائرات النظام وروسيا منازل في X», «قصفت طائرات النظام وروسيا …»: a country joined by «و» to the
    verb's subject is a second doer, not the object: the verb's object is a place only when nothing of the subject
    is joined to it (cues.json `subject_conjunct`; stop 47, finds47, kr02). The «و» must be the place's own
    proclitic and a word of the subject must stand between the verb and it («قصفت إدلب وتركيا» is no subject)."""
    kinds = _conjunct_kinds()
    if not kinds or (p.get("kind") or p.get("level")) not in kinds and p.get("level") not in kinds:
        return False
    s, text = p["start"], ctx.text
    if text[s - 1:s] == "و" and (s < 2 or text[s - 2].isspace()):
        w = ctx.words_before(s - 1, 2, floor=ctx.clause(s)[0])
    elif ffold(p.get("surface") or "")[:1] == "و" and (s < 1 or text[s - 1].isspace()):
        w = ctx.words_before(s, 2, floor=ctx.clause(s)[0])
    else:
        return False
    # (the word before the «و»: a word of the subject, not the verb itself)
    return len(w) == 2 and w[-1].removeprefix("و") not in gazetteer().place_verbs and \
        w[-1].removeprefix("و") not in _object_verbs()


@lru_cache(maxsize=1)
def _conjunct_kinds() -> frozenset[str]:
    """cues.json `subject_conjunct` `kinds` (the places a subject conjunct can be: countries); empty when off."""
    c = load_cues().get("subject_conjunct") or {}
    return frozenset(c.get("kinds", ())) if c.get("enabled") else frozenset()


@lru_cache(maxsize=1)
def _object_verbs() -> frozenset[str]:
    """cues.json `object_verbs` (stop 46, mentions46): verbs of striking or taking whose bare object is where the act
    happened, beyond the places layer's place_verbs.txt («وإن طائرات للنظام ضربت X ومعردس»: without them the act took
    the place of the clause before it, and the second town's strike was joined into the first's); empty when off."""
    c = load_cues().get("object_verbs") or {}
    return frozenset(fold_str(w) for w in c.get("words", ())) if c.get("enabled") else frozenset()


_ALLEGIANCE = frozenset(cue_words("allegiance_words", "words"))
_LED_BY = frozenset(cue_words("allegiance_words", "led_by"))
_BACKED = frozenset(cue_words("allegiance_words", "backed"))
_EACH = fold_str("كل")
_ROUTE = frozenset(cue_words("argument_words", "route"))
_DEFECTIONS = frozenset({"defection", "desertion"})
_HOME = frozenset({None, "SYR", "Syria"})
_OBJECT_KINDS = frozenset({"facility", "neighbourhood", "camp", "border crossing"})


def _is_country(p: dict) -> bool:
    return p.get("level") == "country" or p.get("kind") == "country"


def holds(outer: dict, inner: dict | None) -> bool:
    """outer is a coarser place that contains inner («جبل الزاوية» and «البارة», «ريف درعا الغربي» and
    «طفس», «سوريا» and any Syrian town): the same governorate (or the same country) at a coarser level."""
    if inner is None or _level(outer) <= _level(inner):
        return False
    if _is_country(outer):
        return outer.get("country") in _HOME and inner.get("country") in _HOME or \
            outer.get("country") is not None and outer.get("country") == inner.get("country")
    gov = outer.get("admin1_en") or (outer.get("name_en") if (outer.get("kind") or outer.get("level")) == "governorate"
                                      else None)
    if gov is None and (outer.get("kind") or outer.get("level")) == "region" and outer.get("country") in _HOME:
        # «شمال سوريا», «الساحل السوري»: a region across governorates holds the country's places, as the country does
        return inner.get("country") in _HOME and inner.get("admin1_en") is not None
    return gov is not None and gov == inner.get("admin1_en")


def _related(ctx: Ctx, place: dict, ref: dict) -> bool:
    """«X القريبة من مدينة Y», «X، القرية الواقعة شرقي Y», «X وZ، المدينتين الواقعتين في Y», «X التابعة لناحية Y»: ref
    comes right after a relational adjective of place (cues.json unlisted_places neighbouring, affiliation) that
    follows place (or a place noun in apposition to it); «X، إحدى قرى ريف Y»: after «one of» a plural place noun
    (one_of, of_many) and place nouns only. Either way ref is where place lies, not a place of its own."""
    if ref["start"] - place["end"] > 60 or _level(ref) < _level(place):
        return False
    rel, glue = _relations()
    gap = [w for w in ffold(ctx.text[place["end"]:ref["start"]].replace("،", " ").replace(",", " ")).split()]
    one_of, many = _one_of_many()
    own = [w for w in gap if w not in _openers()]
    if len(own) >= 2 and own[0] in one_of and own[1] in many and all(w in ctx.v.place_nouns for w in own[2:]):
        return True  # «X، إحدى قرى ريف Y», «X، أحد أحياء مدينة Y»: one of Y's places, Y its reference
    at = [i for i, w in enumerate(gap) if w in rel]
    if len(at) != 1:
        return False
    i = at[0]
    nouns = ctx.v.place_nouns
    # (the apposition's noun may take the article and an opener: «X، وهي قرية تتبع Y», «X، القرية الواقعة شرقي Y»)
    return all(w in nouns or w[:2] == "ال" and w[2:] in nouns or w in _openers() for w in gap[:i]) and all(
        w in glue or w in _BEARINGS or w in nouns or w[:1] in "لب" and w[1:] in nouns for w in gap[i + 1:])


@lru_cache(maxsize=1)
def _openers() -> frozenset:
    return frozenset(fold_str(w) for w in load_cues().get("unlisted_places", {}).get("apposition_openers", []))


@lru_cache(maxsize=1)
def _one_of_many() -> tuple[frozenset, frozenset]:
    c = load_cues().get("unlisted_places", {})
    return frozenset(fold_str(w) for w in c.get("one_of", [])), frozenset(fold_str(w) for w in c.get("of_many", {}))


@lru_cache(maxsize=1)
def _relations() -> tuple[frozenset, frozenset]:
    c = load_cues().get("unlisted_places", {})
    rel = frozenset(fold_str(w) for k in ("neighbouring", "affiliation", "related") for w in c.get(k, []))
    return rel, frozenset(cue_words("argument_words", "relation_glue"))


def _bearing(ctx: Ctx, place: dict, ref: dict) -> bool:
    """«جنديرس جنوب غربي عفرين», «قرية X شمال مدينة حماة»: a place right after a place and a
    bearing («جنوب غربي», place nouns aside) is the point the bearing is taken from, not a place
    of the act."""
    if _level(place) >= 3 > _level(ref):
        return False  # «في البادية شرق مدينة السخنة»: a wide area the bearing points into; the town is finer
    gap = ffold(ctx.text[place["end"]:ref["start"]]).split()
    return bool(gap) and len(gap) <= 4 and gap[0] in _BEARINGS and \
        all(w in _BEARINGS or w in ctx.v.place_nouns for w in gap)


_BEARINGS = frozenset(cue_words("argument_words", "bearings"))


def _contained(ctx: Ctx, inner: dict, outer: dict) -> bool:
    gap = ffold(ctx.text[inner["end"]:outer["start"]]).split()
    gap = [w for w in gap if w not in ctx.v.directions]
    return all(w in ctx.v.container or w in ("في", "ب", "من", "،", ",") or w.lstrip("ب") in ctx.v.container
               for w in gap) and bool(gap or ctx.text[outer["start"] - 1:outer["start"]] == "ب")


def _home_or_arrival(ctx: Ctx, pool: list[dict]) -> tuple[list[dict], bool]:
    """The places at home when the text names any; else the one an arrival names («إلى X»: «وصل 13
    ضابطاً … إلى ولاية هاتاي …، ليرتفع عدد المقيمين…» — not a place a later clause gives), flagged
    so the caller takes it as final; else the pool as it was. The home country itself names no place
    at home («… الذين انشقوا منذ بدء الأحداث في سوريا»: the period's scope, not where they left)."""
    home = [p for p in pool if p.get("country") in _HOME and not _is_country(p)]
    if home:
        return home, False
    dest = [p for p in pool if set(ctx.words_before(p["start"], 2)) & _TO]
    if dest:
        return dest[:1], True
    return pool, False


def _qualifies_doer(ctx: Ctx, m: Mention, p: dict, speech: bool = False) -> bool:
    """p, after the verb m, is governed by «في/ب» right after m's doer: the doer named right after the verb
    (an actor of the list, a parenthesis aside: «صدّت قوى الأمن الداخلي (الأسايش) في مدينة X»); for a speech
    (`speech`), any subject of a few words with no preposition or complement in it («أعلنت 13 كتيبة مقاتلة في
    مدينة X»: cues.json argument_slots `speaker_reach`, `openers`). Says where the doer is, not its act's place."""
    if m.pos != "verb" or p["start"] < m.end or p["start"] - m.end > 120:
        return False
    gap = _unbracket(ctx.text[m.end:p["start"]])
    ws = [w for w in ffold(gap).replace("،", " ").replace(",", " ").split()
          if w not in ctx.v.place_nouns and w not in ctx.v.directions and w != "و"]
    c = _slots()
    if not (ctx.text[p["start"] - 1:p["start"]] == "ب" and (p["start"] < 2 or not ctx.text[p["start"] - 2].isalpha())):
        # «في مدينة X», «بمدينة X», «في إقليم شمال وشرق سوريا» (a name's words after the preposition)
        j = next((j for j in range(len(ws) - 1, max(-1, len(ws) - 4), -1)
                  if ws[j] == _IN or ws[j][:1] == "ب" and ws[j][1:] in ctx.v.place_nouns), None)
        if j is None or any(w in c["openers"] or w[:1] == "ب" for w in ws[j + 1:]):
            return False
        ws = ws[:j]
    if not ws:
        return False  # «اقتحمت في X»: no doer between
    if speech:
        return len(ws) <= c["reach"] and not any(w in c["openers"] or w[:1] == "ب" for w in ws)
    a = ctx.m["actors"].first_after(m.end, p["start"])
    if a is None or ctx.words_between(m.end, a.start) > 1:
        return False
    tail = _unbracket(ctx.text[a.end:p["start"]])
    rest = [w for w in ffold(tail).split() if w not in ctx.v.place_nouns and w not in ctx.v.directions and w != "و"]
    if not rest:
        return ctx.text[p["start"] - 1:p["start"]] == "ب"
    # («في إقليم شمال وشرق سوريا»: a name's words between the preposition and the place, no other preposition)
    return (rest[0] == _IN or rest[0][:1] == "ب" and rest[0][1:] in ctx.v.place_nouns) and len(rest) <= 3 and \
        not any(w == _IN or w in c["openers"] for w in rest[1:])


def _unbracket(text: str) -> str:
    """text without its parentheses' contents («قوى الأمن الداخلي (الأسايش) في …»: an aside names no slot)."""
    if "(" not in text:
        return text
    return "".join(x.split(")", 1)[-1] if ")" in x else x for x in text.split("("))


def _terms_start(ctx: Ctx, m: Mention) -> int | None:
    """Where a deal's terms begin: the first content cue («يقضي», «تنص على») after m in its sentence, or None."""
    heads = ctx.memo.get("content_heads")
    if heads is None:
        heads = ctx.memo["content_heads"] = frozenset(w.split()[0] for w in ctx.v.content_cues)
    end, toks = ctx.sents[m.si].end, ctx.tokens
    i = ctx.tok_of(m.end)
    while i < len(toks) and toks[i].start < end:
        w = ffold(toks[i].text)
        if toks[i].start >= m.end and (w in heads or w[:1] == "و" and w[1:] in heads):
            return toks[i].start
        i += 1
    return None


def _posted(p: dict) -> bool:
    """p is where fire came from or where a force is posted (routes' launch role, a stationing participle)."""
    return bool(p.get("_station")) or p.get("_motion") == (routes.FROM, "fire")


def _kind(p: dict) -> str | None:
    return p.get("kind") or p.get("level")


def _move_role(p: dict) -> str | None:
    return (p.get("_motion") or (None,))[0]


def _concerns(ctx: Ctx, m: Mention) -> bool:
    """A statement told by a verb of threat, warning, call or stance (types.json statement.speech)."""
    w = ffold(ctx.text[m.start:m.end])
    w = w[1:] if w[:1] in "وف" and len(w) > 3 else w
    v = ctx.v
    return w in v.threat_verbs or w in v.call_verbs or w in v.stance_verbs or w in v.welcome_verbs


def _country_part(p: dict) -> bool:
    """«شمال شرق سوريا», «شمال غرب سوريا»: a part of the country named by its bearing, no one place (by its name:
    a multi-governorate region such as «منطقة الجزيرة» is one place a statement may concern; incidents'
    _country_part, for joins, counts it with the country)."""
    return p.get("kind") == "region" and (p.get("name_en") or "").lower().endswith("syria")


@lru_cache(maxsize=1)
def _slots() -> dict:
    c = load_cues().get("argument_slots", {})
    return {"deals": frozenset(c.get("deal_types", [])),
            "reach": int(c.get("speaker_reach", 4)),
            "openers": frozenset(fold_str(w) for w in c.get("openers", []))}


def choose_place(ctx: Ctx, m: Mention, places: list[dict], prev: Mention | None = None) -> list[dict]:
    """The place(s) of m: a list when one act is told for several conjoined places. `prev` is
    the mention of the same type before m in its sentence (its place is the fallback)."""
    if ctx.v.types[m.type].get("placeless"):
        return []  # (types.json `placeless`: a sanction is imposed at no place of the text)
    if went_to(ctx, m):
        # «انسحبوا من البلدة باتجاه البادية»: where the force went is not the place it gave up;
        # with no place left the withdrawal changed no place the text names
        ce = ctx.clause(m.start)[1]
        return [p for p in places if p["_loc"] and m.end <= p["start"] < ce and not _towards(ctx, p)][:1]
    if m.sub == "response":
        # «ردت على مصادر النيران»: fire answered from where the other fire came, a place the text
        # gives only after the answer, if at all (never the place of the act it answers)
        ce = ctx.clause(m.start)[1]
        return [p for p in places if p["_loc"] and not p["_origin"] and m.end <= p["start"] < ce][:1]
    past = _past_clause(ctx, m)
    if past is not None:
        # «توقيف ثلاثة عناصر ظهروا… وهم يعتدون على مدنيين في بلدة X»: where they did it before
        places = [p for p in places if not past[0] <= p["start"] < past[1]]
    if not places:
        return prev.places if prev is not None and prev.places else _anaphora(ctx, m, _joined_floor(ctx, m))
    cs, ce = ctx.clause(m.start)
    sent = ctx.sents[m.si]
    spec = ctx.v.types[m.type]
    ctx.ops += len(places)
    pool = [p for p in places if p["_loc"] and not p["_origin"]]
    # «تصدت وحدات الجيش العاملة في ريف X لمحاولة تسلل … على محور قرية Y»: where the force is posted
    # yields to any other place the sentence gives («اتجه نحو النقاط المنتشرة في جبل X»: a movement's end
    # is read as routes.py says); a defector leaves the unit where it is posted (cues.json force_station `keep`)
    if m.type not in _station_keep():
        pool = [p for p in pool if not p.get("_station") or p.get("_motion")] or pool
    if m.type == "statement" and m.pos == "verb" and _concerns(ctx, m):
        # stop 32: a threat, a warning, a call or a stance is placed at the one place it concerns, named after its
        # speaker («هددت الأجهزة الأمنية وجهاء بلدة X بشن حملة…», «حذر الفريق من موجة نزوح في ريف X»); several
        # places, a part of the country («في شمال شرق سوريا») or none: no place. The speaker's own town
        # («دعت محافظة دمشق…», «المجلس العسكري في حمص») is who speaks, not what it is about.
        lo = m.end
        if m.reported_by and m.reported_by.get("end") and m.reported_by["end"] > lo:
            lo = m.reported_by["end"]
        named = [p for p in places if p["start"] >= lo and not p.get("_country") and not p.get("_origin") and
                 p.get("country") in (None, "SYR") and not _qualifies_doer(ctx, m, p, True)]
        about = [p for p in pool if p in named]
        names = {p.get("name_en") or p["surface"] for p in named if not _country_part(p)}
        if len(names) == 1 and about and not _country_part(about[0]):
            return about[:1]
        return []
    if m.type in _slots()["deals"]:
        # «وقّع الطرفان اليوم في دمشق اتفاقاً ينص على انتشار قوى الأمن في مدينة X»: the places of what a deal
        # provides (after «يقضي/ينص على», modality's content cues) are its terms; the deal is placed with its
        # parties or where it was made, a place told before its terms
        terms = _terms_start(ctx, m)
        cut = pool if terms is None else [p for p in pool if p["start"] < terms]
        if len(cut) < len(pool):
            pool = cut
            if not any(p["start"] >= m.end for p in pool):
                # (the nearest place told before the deal; none: the extractor takes the parties' place)
                return [p for p in pool if p["end"] <= m.prefix_start][-1:]
    elif m.pos == "verb":
        # «صدّت قوى الأمن الداخلي في مدينة X هجوماً على حاجز لها في حي Y»: a place that qualifies the
        # doer named right after the verb says where the doer is; any other place of the act is where it acted
        pool = [p for p in pool if not _qualifies_doer(ctx, m, p)] or pool
    if m.type in ("airstrike", "shelling"):
        # «قصف مدفعي … من معسكر جورين»: where the fire came from is not where it fell
        shot = pool
        pool = [p for p in pool if not _fired_from(ctx, p) and not _fire_source(ctx, p)]
        if shot and all(_posted(p) or p not in pool for p in shot):
            # «مقتل ثلاثة من أبناء بلدة X جراء قذائف أطلقتها مجموعات متمركزة في محيط بلدة Y»: with nothing but
            # where the fire came from, the dead's own town is where it fell
            dead = [p for p in places if p["_origin"] and not p["_country"] and p.get("country") in _HOME
                    and _level(p) == 1 and not p.get("_motion")]  # (not where a convoy came from)
            if dead:
                return [min(dead, key=lambda p: abs(p["start"] - m.start))]
    # «دفعت بتعزيزات من مدينة X إلى Y», «اقتادتهم إلى سجن X», «سلكوا طريقاً قرب بلدة X»: the
    # origin, route or destination of a movement is the act's place only as its type says
    if m.type == "other" and any(_kind(p) == "camp" and _move_role(p) != routes.TO for p in pool):
        # «غادرت دفعة من قاطني مخيم الهول متجهة إلى بلدة X»: people leaving a camp go home; the move is
        # placed where they went (a town at home), not at the camp they left
        home = [p for p in pool if _move_role(p) == routes.TO and _kind(p) != "camp" and p.get("country") in _HOME
                and not p["_country"]]
        if home:
            return home[:1]
    pool = routes.keep(m.type, pool, routes.no_destination(ctx, m))
    if pool and prev is not None and prev.places and all(routes.second_choice(m.type, p.get("_motion")) for p in pool):
        # «عدد النازحين من المنطقة بلغ 9 آلاف، لجأ معظمهم إلى مخيمات قرب مدينة X»: a place the type takes only
        # when nothing else is named yields to the place the same act's mention before it in the sentence has
        return prev.places
    if m.type in _DEFECTIONS:
        # «عبر 35 عسكرياً منشقاً الحدود إلى ولاية كليس التركية»: where defectors went across the
        # border is not where they defected when the text names a place at home; when it names
        # none («وصل 16 عسكرياً منشقاً إلى الأردن»), the arrival is all it says (news_dev codes it so)
        pool, arrived = _home_or_arrival(ctx, pool)
        if arrived:
            return pool
    if m.type == "reinforcement" and len(pool) > 1:
        # «دخل رتل … عبر معبر كفرلوسين، واتجه نحو النقاط التركية في جبل الزاوية»: the way in is not
        # where the reinforcements went (when the text says where they went)
        pool = [p for p in pool if not _ROUTE & set(ctx.words_before(p["start"], 2))] or pool
    if m.type in _units_cues()[0]:
        # (units they fled FROM, «فرّوا … من قطعاتهم العسكرية المنتشرة في ريف X»: where they deserted)
        pool = [p for p in pool if not _units_there(ctx, p) or (p.get("_motion") or ("",))[0] == routes.FROM]
    if m.type == "other":
        # «خروج آخر دفعة من المقاتلين باتجاه مدينة جرابلس»: where they went is not where it happened
        # («نزحت من المدينة باتجاه كوباني والرقة»: a list after the heading word shares it)
        heading: list[dict] = []
        for p in pool:
            if set(ctx.words_before(p["start"], 2)) & _HEADING or heading and _joined(ctx, heading[-1], p):
                heading.append(p)
        pool = [p for p in pool if p not in heading]
        # «عبر 4 آلاف سوري الحدود إلى ولاية شانلي أورفة التركية، هرباً من هجوم على مدينة عين العرب»:
        # people who fled abroad are counted where they fled from when the sentence names it
        pool, arrived = _home_or_arrival(ctx, pool)
        if arrived:
            return pool
    origins = []
    if not pool and m.type in _ORIGIN_OK:
        # «تخلف أكثر من 100 شاب من أبناء محافظة درعا»: where they come from is all the text says
        pool = origins = [p for p in places if p["_origin"] and not p["_country"] and p.get("country") in _HOME]
    elif not pool and m.type in _VICTIM_TOWN:
        # «قُتل الشاب X، المنحدر من بلدة Y، برصاص مسلحين»: a killing whose sentence names no place but the victim's own
        # town, told in an aside set off by commas, is placed at that town (as the seen gold places such killings)
        pool = origins = [p for p in places if p["_origin"] and not p["_country"] and p.get("country") in _HOME
                          and _level(p) == 1 and ctx.sent_of(p["start"]) == m.si and _aside_origin(ctx, p)][:1]
    fig = m.figure
    if fig is not None and not spec["group_places"]:
        paired = [p for p in pool if 0 <= p["start"] - fig["end"] <= 30 and not p["_road"]
                  and ctx.breaks_between(fig["end"], p["start"]) == 0]
        if paired:
            return [paired[0]]
    preps = _place_preps(spec)
    after = [p for p in pool if m.end <= p["start"] < ce]
    # «أعلن انشقاقه احتجاجاً على قصف مدينة الرستن»: a place after another act noun is that act's
    after = [p for p in after if not _other_act_between(ctx, m, p)]
    before = [p for p in pool if p["end"] <= m.prefix_start and p["start"] >= cs]
    frame = [p for p in pool if p["start"] - sent.start <= 12 and p["end"] <= m.prefix_start]
    later = [p for p in pool if p["start"] >= m.end and not _part_between(ctx, m.end, p["start"]) and (
        ctx.real_breaks(m.end, p["start"]) <= 1 or
        # (a list opener's name past «، هي:», no preposition: unlisted.opened_reach)
        (ctx.real_breaks(m.end, p["start"]) <= 3 and (_prep_before(ctx, p, preps) or unlisted.opened_reach(p))))]
    if later and later[0] not in after:
        # «بعد انسحاب قوات النظام منها، وسط غارات … على محيط مدينة حماة»: past another act's noun
        later = [p for p in later if not _act_between(ctx, m, p)]
    if not after and not before and not any(_level(p) == 1 for p in frame):
        # («وفي مدينة شهبا، نظّم العشرات وقفة أمام مبنى المنطقة»: the town that opens the sentence places its act
        # before any place noun after the act does)
        ana = _anaphora(ctx, m)
        if ana:
            return ana
    if before:
        # «في محافظتي حماة وإدلب أجبر…»: the nearest place before, back to the first it is joined to
        i = len(before) - 1
        while i > 0 and _joined(ctx, before[i - 1], before[i]):
            i -= 1
        before = before[i:] + before[:i][::-1]
    # «طوّقت أحياء في بلدة عتمان، واعتقلت 20 شاباً»: a verb joined by و goes on where the clause before was
    tok = ctx.tokens[ctx.tok_of(m.prefix_start)]
    joined = [p for p in pool if p["end"] <= m.prefix_start and ctx.breaks_between(p["end"], m.prefix_start) <= 1
              and not _part_between(ctx, p["end"], m.prefix_start)] \
        if m.pos == "verb" and ffold(tok.text).startswith("و") else []
    # «اغتال مسلحون، مساء أمس، عنصراً سابقاً…، بإطلاق النار عليه أمام منزله في بلدة X»: asides
    # between an act and the one place its sentence gives after it (no other act, no other story)
    sole = [p for p in pool if p["start"] >= m.end and not p["_country"] and not _part_between(ctx, m.end, p["start"])
            and not _other_act_between(ctx, m, p)] if not later and m.type in ctx.v.acts else []
    if not sole and not later and m.type in _REMOTE_TYPES and m.pos == "verb":
        # «… منذ انطلاق عملية X في منطقة عفرين، مشيرة إلى أن مقاتلات دمرت أمس 11 هدفاً»: a strike
        # whose clause and sentence after it name no place is in the one area the sentence named
        sole = [p for p in pool if p["end"] <= m.prefix_start and not p["_country"] and
                not _part_between(ctx, p["end"], m.prefix_start)]
    # «نفذت قسد عملية إنزال جوي في بلدة الشحيل، أسفرت عن اعتقال أربعة»: a result clause goes on
    # where the clause it continues was (whatever that clause's act: an operation, a campaign)
    head = _continued(ctx, m, cs)
    cont = [p for p in pool if head <= p["start"] and p["end"] <= cs and not p["_country"]] if head >= 0 else []
    if cont:
        i = len(cont) - 1
        while i > 0 and _joined(ctx, cont[i - 1], cont[i]):
            i -= 1
        cont = cont[i:]
    for group in (after, before, frame, joined[::-1], cont, later, sole if len(sole) == 1 else []):
        if group:
            # a town that names the road is the place only when the clause names no other town
            first = next((p for p in group if not p["_road"] and _level(p) == 1), None) or \
                next((p for p in group if not p["_country"]), group[0])
            if first is not group[0] and not group[0]["_country"] and not group[0]["_road"] and \
                    group.index(first) == 1 and _joined(ctx, group[0], first):
                first = group[0]  # «قرى في ريف X وY وZ»: the head of a list, whatever its level
            if _level(first) >= 3 and not first["_country"]:
                # «تجددت المعارك في ريف اللاذقية الشمالي، على جبهة بلدة X»، «قصفت … ريف إدلب الجنوبي،
                # مستهدفة أطراف بلدة X»: a town of the same governorate told right after the region, no other
                # act between, is where in it the act was
                finer = [p for p in later if p["start"] > first["end"] and _level(p) == 1 and not p["_road"]
                         and ctx.words_between(first["end"], p["start"]) <= _FINER_REACH
                         and not _joined(ctx, first, p)  # («قرى في ريف X وY وZ»: a list's next member)
                         and not _OTHERS & set(ctx.words_before(p["start"], _FINER_REACH, floor=first["end"]))
                         and p.get("admin1_en") and p.get("admin1_en") == first.get("admin1_en")
                         and not _other_act_between(ctx, m, p)]
                if finer:
                    first = finer[0]
            if first["_road"]:
                return [first]  # «على الطريق الواصل بين X وY»: one location, not a list
            if group is cont and _report_goes_on(ctx, m, cs):
                # (told by the clause before: a sum over a period told in m's clause is not there)
                return [dict(first, _told_before=True)]
            if spec["group_places"]:
                # the places joined to the first need no locative word of their own
                return _conjoined(ctx, first, [p for p in places if not p["_origin"]])
            return [first]
    if prev is not None and prev.places:
        return prev.places
    ana = _anaphora(ctx, m, head if head >= 0 else None)
    if not ana and origins:
        # «نظم العشرات من أهالي مدينة X، اليوم، وقفة احتجاجية أمام مبنى …»: the people's own town, named in
        # another clause of the sentence, when nothing else places the act
        return [min(origins, key=lambda p: abs(p["start"] - m.start))]
    return ana


def anaphor_held(ctx: Ctx, m: Mention, chosen: list[dict]) -> list[dict] | None:
    """«قُتل شاب، وهو من أبناء بلدة X، … في البلدة بريف درعا الغربي», «في أطراف المدينة شرقي إدلب»: the
    place the rules took is the container (or the bearing's point) of a place noun told right before it,
    so the noun is the act's place: the place of its kind told before it (its sentence or the two before,
    as an origin too: the victim's own town) that the container holds. None when no such noun or place."""
    if len(chosen) != 1 or "start" not in chosen[0] or _level(chosen[0]) < 2:
        return None
    p = chosen[0]
    a = next(iter(ctx.m["anaphora"].starting(max(0, p["start"] - 30), p["start"])[-1:]), None)
    if a is None or ffold(a.value) not in _LOCAL_NOUNS:
        return None
    gap = [w for w in ffold(ctx.text[a.end:p["start"]]).split() if w not in ctx.v.place_nouns]
    if gap and all(w in _BEARINGS for w in gap) and len(gap) <= 2:
        pass  # «في أطراف المدينة شرقي إدلب»: the bearing's point holds the town
    elif not _contained(ctx, {"end": a.end}, p):
        return None  # («في البلدة بريف درعا», «داخل القرية في ريف حماة»)
    noun = ffold(a.value)
    lo = ctx.sents[max(0, m.si - 2)].start
    held = [r for r in ctx.places.between(lo, a.prefix_start)
            if _agrees(noun, r) and r.get("country") in _HOME and r.get("admin1_en")
            and r.get("admin1_en") == p.get("admin1_en") and not ctx.in_org(r["start"], r["end"])
            and not _in_name(ctx, r) and not _marker(ctx, r)]
    held = [r for r in held if _of_kind(noun, r)] or held
    if not held:
        return None
    return [dict(held[-1], _loc=True, _origin=False, _country=False, _road=False)]


def named_party_place(ctx: Ctx, m: Mention, blocked: list[tuple[int, int]]) -> list[dict]:
    """«أعلن المجلس المحلي لمدينة جاسم التوصل إلى اتفاق», «أعلن المجلس العام لحيي X وY في حلب التوصل إلى
    اتفاق»: a party named with its town (a council or a committee that speaks: a source's or a body's name
    holds the place) is where the deal is: the finest Syrian place inside a source span or a name before
    the trigger in its sentence, or [] (the caller takes it when the sentence gives no place of its own,
    or only a container of it)."""
    s = ctx.sents[m.si]
    named = [p for p in ctx.places.between(s.start, m.prefix_start)
             if p.get("country") in _HOME and not _is_country(p) and p.get("kind") != "governorate"
             and (ctx.in_org(p["start"], p["end"]) or any(a <= p["start"] < b for a, b in blocked))]
    if not named:
        return []
    best = min(named, key=lambda p: (_level(p), p["start"]))
    return [dict(best, _loc=True, _origin=False, _country=False, _road=False)]


def _joined_floor(ctx: Ctx, m: Mention) -> int | None:
    """«اقتحمت القوات الحي فجر اليوم وسط إطلاق نار، واعتقلت 40 شاباً»: a verb joined by «و» after a
    break goes on where the clauses before it were: the sentence's start (not across «فيما/بينما»),
    else None."""
    cs = ctx.clause(m.start)[0]
    if m.pos != "verb" or cs <= ctx.sents[m.si].start or \
            not ffold(ctx.tokens[ctx.tok_of(m.prefix_start)].text).startswith("و"):
        return None
    lo = ctx.sents[m.si].start  # (the clauses before it, «… اقتحمت الحي فجر اليوم وسط إطلاق نار، واعتقلت»)
    return None if _part_between(ctx, lo, m.prefix_start) else lo


_FINER_REACH = 5  # words from a region to the town told right after it («، على جبهة بلدة X»)
# «مواقع في ريف X، وأخرى في قرية Y»: "and others in Y" names a second target, not where in the region the first was
_OTHERS = frozenset("و" + w for w in cue_words("mention_words", "another"))  # «وأخرى في قرية Y»: a second target


def running_total_place(ctx: Ctx, m: Mention, chosen: list[dict], pool: list[dict]) -> list[dict] | None:
    """A running total («ليرتفع/ليصل عدد…», cues.json period.running_total) of arrivals from many places
    (types in cues.json `running_total_places.types`: defectors counted in a country, vehicles that
    entered) told after the act it adds to: the act's place before the cue (in `chosen`) is not the
    total's; a place of the total's own clause (in `pool`, the sentence's usable places) is («… المقيمين في مخيم X بمنطقة Y»). None when m is no such
    total (a displacement «الفارين منها» or an operation's toll keeps the act's place)."""
    if m.type not in _arrival_totals():
        return None
    if chosen and all(p.get("country") not in _HOME for p in chosen):
        # «وبذلك يرتفع إلى 31 عدد الضباط الذين وصلوا إلى مخيم الضباط بولاية هطاي», «أن عدد المنشقين في المخيم
        # ارتفع إلى 2200»: where the defectors live abroad is not where they defected (events_probe README,
        # gold conventions a and stop 30), whether the total's verb comes before or after it: no place
        return []
    cs, ce = ctx.clause(m.start)
    cue = next((c for c in ctx.m["period"].starting(cs, m.start + 1) if ffold(c.surface) in ctx.v.running_total), None)
    if cue is None:
        return None
    if not any(p.get("start", cue.end) < cue.prefix_start for p in chosen):
        return None
    return [p for p in pool if cue.end <= p["start"] < ce and p["_loc"] and not p["_country"]
            and p.get("country") in _HOME][:1]


def over_a_list(ctx: Ctx, m: Mention, pool: list[dict]) -> bool:
    """m's place is the first of a list of places joined by «و» that m's figure is told over («مقتل
    779 شخصاً في محافظات اللاذقية وطرطوس وحماة», «اعتقال 40 في محافظتي درعا والسويداء خلال الشهر»):
    a sum over several areas has no single place (contract: an aggregate's place is the one area it
    is summed over, else null), not the first area of the list. Only a figure's list told after the
    trigger («القصف على محافظتي حماة وإدلب أجبر 420 ألفاً على النزوح» is a cause told before it), and
    not a movement's end («نزحوا من ريفي إدلب وحلب»: where they fled from, routes.py)."""
    if m.place is None or m.place["start"] < m.end or m.place.get("_road") or m.place.get("_motion") or \
            not m.aggregate and _level(m.place) < 3:
        return False
    joined = _conjoined(ctx, m.place, [p for p in pool if not p["_origin"]])
    if len(joined) < 2:
        return False
    if m.figure is not None and (m.aggregate or not ctx.v.types[m.type]["group_places"]):
        return True
    # «قُتل سبعة عناصر في هجمات على جبهات ريفي اللاذقية الشمالي وحماة الغربي»: one act told over areas of two
    # governorates is spread over them, no place of either (a list of towns, or areas of one governorate, stays a
    # group of places)
    return len({p.get("admin1_en") for p in joined}) > 1 and _level(joined[0]) == 3 and \
        all(3 <= _level(p) <= 4 for p in joined)


def a_parts_place(ctx: Ctx, m: Mention) -> bool:
    """m's place has a figure of its own right before it, not m's («مقتل 27 شخصاً خلال 24 ساعة، توزعوا
    على النحو التالي: 9 في محافظة درعا، و6 في دير الزور»): where a part of a sum fell, a breakdown by
    place, not the sum's place."""
    if m.place is None or m.figure is None or "start" not in m.figure or m.place["start"] < m.figure["end"]:
        return False
    q = ctx.quants.last_before(m.place["start"], m.place["start"] - 30)
    return q is not None and q["start"] > m.figure["end"] and ctx.words_between(q["end"], m.place["start"]) <= 3


def a_ranked_place(ctx: Ctx, m: Mention) -> bool:
    """m's place, told after m's figure, stands by a word of rank («وتصدرت محافظة دمشق المحافظات بـ64 حالة», «وحلّت
    محافظة إدلب في صدارة القائمة»; cues.json ranking_places): one part of the sum ranked among the others, a
    breakdown by place, not the sum's place."""
    if m.place is None or m.figure is None or "start" not in m.figure or m.place["start"] < m.figure["end"]:
        return False
    words, reach = _ranking_words()
    near = ctx.words_before(m.place["start"], reach, floor=m.figure["end"]) + \
        ctx.words_after(m.place["end"], reach, limit=ctx.sents[m.si].end)
    return any(w in words or w[:1] in "وب" and w[1:] in words for w in near)


@lru_cache(maxsize=1)
def _ranking_words() -> tuple[frozenset, int]:
    c = load_cues().get("ranking_places", {})
    return frozenset(fold_str(w) for w in c.get("words", [])), int(c.get("reach", 3))


@lru_cache(maxsize=1)
def _arrival_totals() -> frozenset:
    return frozenset(load_cues().get("running_total_places", {}).get("types", []))


def _continued(ctx: Ctx, m: Mention, cs: int) -> int:
    """m's clause opens with a result cue («، أسفرت عن…», «، ما أدى إلى…») or m is the noun of a
    time clause of the act before («اعتقلت … في مدينة بانياس بعد مظاهرات خرجت…»): the start of
    the clause it continues (not across a «فيما/بينما» story), else -1."""
    if cs <= ctx.sents[m.si].start:
        return -1
    if not ctx.m["result"].starting(cs, m.prefix_start) and not (
            m.pos == "noun" and set(ctx.words_before(m.prefix_start, 1, floor=cs - 1)) & _TIME_CLAUSE) and \
            not _report_goes_on(ctx, m, cs):
        return -1
    lo = ctx.clause(cs - 1)[0]
    if _part_between(ctx, lo, m.prefix_start):
        return -1
    return lo


def _report_goes_on(ctx: Ctx, m: Mention, cs: int) -> bool:
    """«واصلت الوحدات ملاحقة المسلحين في مدينة X، وذكر مصدر عسكري أن الوحدات قضت على 18»: m's
    clause opens with a reporting verb joined by «و» (or «مضيفاً/مشيراً») and m is in what it
    reports («أن/إن» between): the report goes on with the story of the clause before it."""
    first = ctx.words_after(cs + 1, 1, limit=m.prefix_start)
    if first and first[0] in _AND_THAT:
        return True  # «قال ناشطون إن الطيران قصف مدينة X، وإن فرق الإنقاذ انتشلت…»: the same report goes on
    if not first or not (first[0] in ctx.v.continuation or first[0][:1] == "و" and any(
            a.prefix_start <= ctx.tokens[ctx.tok_of(cs + 1)].start < a.end for a in ctx.m["att"].starting(cs, cs + 24)
            if (a.value if isinstance(a.value, str) else a.value[0]) == "verb")):
        return False
    return any(w in _THAT for w in ctx.words_before(m.prefix_start, ctx.words_between(cs, m.prefix_start), floor=cs))


_THAT = complementisers("that")
_AND_THAT = complementisers("and_that", "and_by_that")
_TIME_CLAUSE = frozenset(cue_words("argument_words", "time_clause"))
_STRUCK = frozenset({"airstrike", "shelling", "armed_clash", "explosion", "casualties"})


@lru_cache(maxsize=1)
def _past_cues() -> tuple[frozenset, dict, dict]:
    """(types, one-word cues, two-word cues); a cue maps to True when it needs a date of its own."""
    c = load_cues().get("background_clause", {})
    cues = [(fold_str(w), False) for w in c.get("cues", [])] + [(fold_str(w), True) for w in c.get("charge_cues", [])]
    return frozenset(c.get("types", [])), {w: d for w, d in cues if " " not in w}, \
        {tuple(w.split()): d for w, d in cues if " " in w}


def _past_clause(ctx: Ctx, m: Any) -> tuple[int, int] | None:  # (a Mention, or place_chooser's stand-in)
    """cues.json background_clause: after an arrest (or a sanction) trigger, a clause about what
    the people did before («وهم يعتدون…», «بتهمة…», «المتورطين في…») up to its clause end:
    (start, end), or None."""
    types, one, two = _past_cues()
    if m.type not in types:
        return None
    key = ("past", m.start)
    if key in ctx.memo:
        return ctx.memo[key]
    out = None
    sent_end = ctx.sents[m.si].end
    t = ctx.tok_of(m.end - 1) + 1
    prev = ""
    for tok in ctx.tokens[t:t + 25]:
        if tok.start >= sent_end:
            break
        w = ffold(tok.text)
        dated = one.get(w, two.get((prev, w)))
        if dated is not None:
            span = (tok.start, ctx.clause(tok.start)[1])
            if not dated or ctx.dates.between(*span):
                out = span
            break
        prev = w
    ctx.memo[key] = out
    return out


def _act_between(ctx: Ctx, m: Mention, p: dict) -> bool:
    """An act trigger of another kind (not a death word, not the same act) in another clause
    between the mention and a place told later: the place is that act's."""
    end = ctx.sents[m.si].end
    mine = {m.type, "attack"} | (set(_REMOTE_TYPES) if m.type in _REMOTE_TYPES else set())
    for t in ctx.m["triggers"].starting(ctx.clause(m.start)[1], p["start"]):
        infos = t.value if isinstance(t.value, list) else [t.value]
        infos = [i for i in infos if not i["needs"] or _needs(ctx, t.end, end, i["needs"])]
        if infos and not any(i["type"] in mine for i in infos) and \
                any(i["type"] in ctx.v.acts and i["type"] != "casualties" for i in infos):
            return True
    return False


_REMOTE_TYPES = ("airstrike", "shelling")


def _other_act_between(ctx: Ctx, m: Mention, p: dict) -> bool:
    """A trigger of another type between the mention and the place. A not-event phrase (types.json not_events:
    «خطوط التماس», «شديدة الانفجار») is no act, so it owns no place («قصفت المدفعية مواقع على خطوط التماس في ريف
    X»: the positions struck are in X; stop 33)."""
    end = ctx.sents[m.si].end
    for t in ctx.m["triggers"].starting(m.end, p["start"]):
        infos = t.value if isinstance(t.value, list) else [t.value]
        # (a form is a trigger only with the words it needs: «خرجوا من جامع…» is no exodus)
        infos = [i for i in infos if i["type"] != "-" and (not i["needs"] or _needs(ctx, t.end, end, i["needs"]))]
        if t.end <= p["start"] and infos and not any(i["type"] == m.type or (
                i["type"] == "attack" and m.type in _STRUCK) for i in infos) and \
                not (m.type in _DEFECTIONS and routes.flight(ffold(t.surface))):
            # («وصول 12 منشقاً … بعد فرارهم من مواقعهم في ريف X»: their flight is the defection)
            return True
    return False


_SIDE = frozenset(cue_words("argument_words", "side"))
_HEADING = frozenset(cue_words("argument_words", "heading"))


def _towards(ctx: Ctx, p: dict) -> bool:
    return bool(set(ctx.words_before(p["start"], 2)) & ctx.v.withdrawal_to)


def went_to(ctx: Ctx, m: Mention) -> bool:
    """A withdrawal told with where the force went («ينسحب المهاجمون باتجاه البادية»)."""
    if m.type != "territory_change" or ffold(m.surface) not in ctx.v.withdrawal:
        return False
    ce = ctx.clause(m.start)[1]
    # «ينسحب المهاجمون نحو المخيم»: a word of direction soon after, with or without a known place
    return any(w in ctx.v.withdrawal_to for w in ctx.words_after(m.end, 3, limit=ce)) or \
        any(_towards(ctx, p) for p in ctx.places.between(m.end, ce))


def _near_fire_site(ctx: Ctx, p: dict, switch: str = "near_site") -> bool:
    """p is told after a word of nearness that follows a firing position (fire_origin.near_site; `switch` on)."""
    return fire_origin.near_site(ctx.words_before(p["start"], 10, floor=ctx.sents[ctx.sent_of(p["start"])].start),
                                 ctx.v.place_nouns, switch)


def _fired_from(ctx: Ctx, p: dict) -> bool:
    # «من معسكر جورين», «من مطار حميميم», «المتمركزة في معسكر…» (cues.json fired_from): a cue
    # before the place or its place noun, a locative word at most between them
    if _near_fire_site(ctx, p):
        return True  # «قصفت من «حاجز X» القريب من بلدة Y»: the firing position's neighbour (fire_origin.py)
    ws = [w for w in ctx.words_before(p["start"], 5) if w not in ctx.v.place_nouns]
    ff = ctx.v.fired_from
    side = ws
    while len(side) > 2 and side[-1] in _BEARINGS:
        side = side[:-1]  # «من اتجاه شمال شرق بيروت»: the bearing is part of the side it came from
    if len(side) > 1 and side[-2] == _FROM and side[-1] in _SIDE:
        return True  # «من اتجاه البحر المتوسط», «من جهة البادية», «من فوق الجولان»: where the aircraft came from
    full, ws = ws, ws[-4:]
    if _partitive_of(ws):
        return False  # «على القسم الغربي من مدينة X»: a part of the place, where the fire fell
    k = next((i for i in range(len(ws) - 1, -1, -1) if ws[i] in _POSITIONS), None)
    if k is not None and (k + len(full) - len(ws) == 0 or full[k + len(full) - len(ws) - 1] != _FROM):
        return False  # «في ضربات على مواقعهم في ريف X»: their positions struck; «من مواقعها في X» is where fire came from
    if routes.near_from(ws):
        return False  # «بالقرب من بلدة X»: where it fell, near X
    return bool(ws) and (ws[-1] in ff or (len(ws) > 1 and ws[-2] in ff and ws[-1] in _LOCATIVE) or (
        len(ws) > 2 and ws[-3] in ff and ws[-2] in _LOCATIVE and ws[-1] in _LOCATIVE))


_POSITIONS = frozenset(cue_words("argument_words", "positions"))


def _partitive_of(ws: list[str]) -> bool:
    """ws (the words before a place, place nouns aside) end in «من» after a part noun and at most one
    adjective («القسم الغربي من», «الجزء الشمالي من», «القطاع الخامس من», cues.json partitives): the place
    is the whole the part belongs to, not an origin."""
    if not ws or ws[-1] != _FROM:
        return False
    return any(w.lstrip("و") in _PARTITIVES for w in ws[-3:-1])


_PARTITIVES = frozenset(cue_words("partitives", "words"))


@lru_cache(maxsize=1)
def _units_cues() -> tuple[frozenset, frozenset]:
    c = load_cues().get("units_elsewhere", {})
    return frozenset(c.get("types", [])), frozenset(fold_str(w) for w in c.get("words", []))


def _units_there(ctx: Ctx, p: dict) -> bool:
    """cues.json units_elsewhere: «الالتحاق بقطعاتهم العسكرية في ريف حماة»: where the units are."""
    cs = ctx.clause(p["start"])[0]
    return bool(_units_cues()[1] & set(ctx.words_before(p["start"], 4, floor=cs)))


@lru_cache(maxsize=1)
def _source_cues() -> frozenset:
    return frozenset(fold_str(w) for w in load_cues()["fired_from"].get("clause", []))


def _fire_source(ctx: Ctx, p: dict) -> bool:
    """cues.json fired_from.clause: «قصف … مصدره مواقع القوات في حي X»: the place after «مصدره» in
    its clause is where the fire came from."""
    si = ctx.sent_of(p["start"])
    key = ("fire_source", si)
    if key not in ctx.memo:  # (once per sentence: most name no source of fire)
        sent = ctx.sents[si]
        ctx.memo[key] = "مصدر" in ctx.text[sent.start:sent.end]
    if not ctx.memo[key]:
        return False
    cs = ctx.clause(p["start"])[0]
    t = ctx.tok_of(p["start"])
    src = _source_cues()
    cue = next((tok for tok in reversed(ctx.tokens[max(0, t - 10):t]) if tok.start >= cs and ffold(tok.text) in src), None)
    if cue is None:
        return False
    # «قذيفة مصدرها قوات النظام على مدرسة في بلدة X», «قصف مصدره مواقع القوات على أطراف بلدة X»: the
    # cue names a force, and «على» after it opens the target (unless the force is posted «على» there:
    # «مصدره القوات المتمركزة على أطراف بلدة X»)
    gap = [w.lstrip("و") for w in ffold(ctx.text[cue.end:p["start"]]).split()]
    if _ON in gap and _station_words().isdisjoint(gap) and not ctx.places.between(cue.end, p["start"]):
        return False
    # «طال قصف مدفعي مصدره معسكر جورين قرية الحويز»: only the first place after the cue (and the
    # places joined to it) is where the fire came from; a place after that is where it fell
    prior = ctx.places.between(cue.end, p["start"])
    return not prior or all(_joined(ctx, a, b) for a, b in zip(prior, prior[1:] + [p]))


def _deaths_before(ctx: Ctx, m: Mention) -> bool:
    """«قُتل 11 مدنياً … جراء استهداف طائرة مسيّرة قافلة على مشارف المدينة»: the act after the cause word
    is what killed the dead a verb told before it in its sentence (the news itself, not background)."""
    for t in ctx.m["triggers"].starting(ctx.sents[m.si].start, m.prefix_start):
        infos = t.value if isinstance(t.value, list) else [t.value]
        if any(i["type"] == "casualties" and i["pos"] == "verb" for i in infos):
            return True  # (a verb tells the deaths; «عدد القتلى» a count over a period, where strikes are background)
    return False


def _anaphora(ctx: Ctx, m: Mention, floor: int | None = None) -> list[dict]:
    """«إرسال تعزيزات إلى المدينة»: a place noun standing for the place of the sentences before;
    «القرية», «البلدة» stand for a town or village told before, not for the region around it.
    `floor`: where the clause m continues begins (a result clause's place noun may be there)."""
    cs, ce = ctx.clause(m.start)
    cs = cs if floor is None else floor
    nouns = [a for a in ctx.m["anaphora"].starting(m.end, ce)
             if not _origin(ctx, ctx.words_before(a.prefix_start, 2))]  # «من أبناء المدينة»: origin
    if not nouns:
        # «وكانت الطائرات قد استهدفت البلدة بأربع غارات»: the place noun before the trigger
        nouns = [a for a in ctx.m["anaphora"].starting(cs, m.prefix_start)
                 if not _origin(ctx, ctx.words_before(a.prefix_start, 2))][-1:]
    if not nouns and floor is None:
        # «قضى الشاب X، وهو من أبناء بلدة Y، مساء أمس، برصاص مجهولين في البلدة»: asides (a relative, a
        # time) between the act and the clause that places it, no other act between
        nouns = [a for a in ctx.m["anaphora"].starting(ce, ctx.sents[m.si].end)
                 if ffold(a.value) in _LOCAL_NOUNS and _IN_WORDS & set(ctx.words_before(a.prefix_start, 1))
                 and ctx.words_between(m.end, a.prefix_start) <= _ANAPHOR_REACH
                 and not _other_act_between(ctx, m, {"start": a.prefix_start})][:1]
    if not nouns:
        return []
    noun = ffold(nouns[0].value)
    local = noun in _LOCAL_NOUNS
    # «داهمت القوات مدينة X …، واعتقلت 20 من أبناء المدينة»: a place noun that agrees in kind with
    # a place named before it in its own sentence stands for that place (a town for «المدينة»,
    # a governorate or its seat for «المحافظة», «سجن X» for «السجن»); a country, an origin and a
    # place abroad are never the antecedent
    blocked = ctx.memo.get(("blocked", m.si), [])
    # (a firing position's neighbour or the place after «مصدره»; not any town after «من», which may be the people's own)
    fired = lambda p: _near_fire_site(ctx, p, "anaphor") or _fire_source(ctx, p)  # noqa: E731
    own = [p for p in usable_places(ctx, m.si, blocked)
           if p["end"] <= nouns[0].prefix_start and not p["_country"] and not p["_origin"]
           and p.get("country") in _HOME and _agrees(noun, p) and not fire_origin.not_antecedent(m, p, fired)]
    own = [p for p in own if _of_kind(noun, p)] or own  # «الحي» a quarter, «المخيم» a camp, if any
    if noun in _AREA_NOUNS:
        # «كمين قرب قرية X في ريف جبلة، مؤكدة أن تعزيزات وصلت إلى المنطقة»: the area is the region
        # the town was placed in (a container the town's own act does not need)
        s = ctx.sents[m.si]
        areas = [p for p in ctx.places.between(s.start, nouns[0].prefix_start)
                 if 1 < _level(p) < 5 and p.get("country") in _HOME and not any(a <= p["start"] < b for a, b in blocked)
                 and not ctx.in_org(p["start"], p["end"]) and not _in_name(ctx, p)]
        if areas and not set(ctx.words_before(nouns[0].prefix_start, 2)) & _ONTO:
            # «توغلت في قرية X بريف Y، واعتقلت ثلاثة رعاة أثناء رعيهم مواشيهم في المنطقة»: an act IN the
            # area (not sent to it, not aimed at it) is where its story was told most finely, the one
            # town the region holds (a list of towns in it, «بلدات X وY في ريف Z», leaves the region)
            inner = [p for p in usable_places(ctx, m.si, blocked) if p["end"] <= areas[-1]["start"]
                     and p["start"] >= ctx.clause(areas[-1]["start"])[0] and _level(p) < _level(areas[-1])
                     and not p["_country"] and (not p["_origin"] or m.type in _ORIGIN_OK)]
            # («خرج العشرات من أهالي بلدة X بريف Y في مظاهرة تطالب بانضمام المنطقة …»: for a type that may take the
            # people's own town, that town inside the area too)
            if len(inner) == 1 and _contained(ctx, inner[0], areas[-1]):
                areas = inner
        own = areas or own
    elif (noun == _CAPITAL or noun in _LOCAL_NOUNS) and not own:
        # «… باتجاه حيي باب توما والقصاع في دمشق، … عدد القذائف التي سقطت على العاصمة», «… حي X في
        # مدينة حلب، … على أحياء المدينة»: the capital or the town named as a container its quarter's
        # act dropped
        s = ctx.sents[m.si]
        towns = [p for p in ctx.places.between(s.start, nouns[0].prefix_start) if _agrees(noun, p)
                 and not ctx.in_org(p["start"], p["end"]) and not fire_origin.not_antecedent(m, p, fired)
                 and not _origin(ctx, ctx.words_before(p["start"], 3, floor=s.start))]  # (not «قادمة من مدينة X»)
        own = [p for p in towns if not any(a <= p["start"] < b for a, b in blocked)]
        if not towns and noun in _TOWN_NOUNS:
            # «قضى شاب، وهو من أبناء بلدة X، برصاص مجهولين في البلدة»: the victim's town is the one
            # town the sentence names, so the noun stands for it
            towns = [p for p in ctx.places.between(s.start, nouns[0].prefix_start)
                     if _cue_noun(ctx, p) == noun.removeprefix("ال")
                     and not ctx.in_org(p["start"], p["end"]) and p.get("country") in _HOME
                     and ctx.v.origin_words & set(ctx.words_before(p["start"], 3, floor=s.start))]
            if len(towns) == 1:
                return [dict(towns[0], _loc=True, _origin=False, _country=False, _road=False)]
        kind = [p for p in towns if _of_kind(noun, p)]
        if not own and (len(towns) == 1 or kind and noun not in _TOWN_NOUNS):
            # «قالت مصادر طبية في مدينة X إن … استهداف قافلة على مشارف المدينة»: the one town the
            # sentence names, though inside its source, is the town the noun stands for; «أفاد ناشطون من
            # حي X جنوبي مدينة Y بأن القوات اقتحمت الحي»: the nearest quarter for «الحي», a camp for «المخيم»
            own = [dict((kind or towns)[-1], _loc=True, _origin=False, _country=False, _road=False)]
    if m.figure is None and own:
        # an act with no figure of its own told as the cause of something («جراء الغارات … بين
        # أحياء المدينة», «هرباً من القصف … على البلدة») is background to the sentence's news, not an act
        # located by the place noun. A parallel story after «فيما/بينما/في حين» that places its act by a noun
        # of the antecedent's own kind («، فيما تواصلت الاشتباكات على أطراف الحي», «بينما قصف الطيران محيط
        # المطار»), or in the area («بينما أعلنت الوزارة نشر وحدات في المنطقة»), or sends it there («فيما
        # أرسلت الوزارة تعزيزات إلى محيط البلدة») is at that antecedent: the noun crosses the break (stop 31;
        # seen gold codes such clauses at the place before in sets 4, 9, 12, 14, 18, 19, 29, 40, 48). An
        # attack «على المنطقة» told by another side across the break is that side's telling of the story, left
        cause = any(w in _CAUSED_BY or w.lstrip("و") in _CAUSED_BY for w in ctx.words_before(m.prefix_start, 2)) \
            and not _deaths_before(ctx, m)
        ws = set(ctx.words_before(nouns[0].prefix_start, 2))
        crosses = noun not in _AREA_NOUNS or bool(ws & (_TO | _IN_WORDS))
        own = [] if cause else [p for p in own if crosses or not _part_between(ctx, p["end"], m.prefix_start)]
    own = routes.keep(m.type, own)  # («واقتادتهم إلى سجن X، … اشتباكات شهدها الحي»: not the prison)
    if own:
        return [dict(own[-1], _loc=True)]
    if noun == _PROVINCE:
        # «… في بلدة X في ريف درعا الغربي، … 38 عملية اغتيال في المحافظة»: the governorate the places
        # named before lie in, though the text never names it
        gov = _province_of(ctx, m.si, nouns[0])
        if gov is not None:
            return [gov]
    speakers: list[dict] = []
    # (the two sentences before; further back while they name no place: far_antecedent.py)
    for k in far_antecedent.sentences(m.si, lambda k: bool(usable_places(ctx, k, ctx.memo.get(("blocked", k), [])))):
        # (the sentence's source spans as its own mentions saw them: one answer per sentence)
        ps = [p for p in usable_places(ctx, k, ctx.memo.get(("blocked", k), []))
              if not p["_country"] and not p["_origin"]]
        if ps and all(_speakers_place(ctx, p) for p in ps):
            # «… في مدينة X. وقال مراسل Y في درعا إن الحملة شملت … . خرج العشرات في مظاهرة في المدينة»: a sentence
            # whose only places are where its speaker is (between its reporting verb and the «إن/أن» that opens
            # what is reported) places nothing of the story: the sentence before it is asked (that place stays
            # the last resort)
            speakers = speakers or ps
            continue
        # «… على مدينة إدلب، لتصبح ثاني مركز محافظة يخرج عن سيطرة النظام بعد الرقة»، «دير الزور 24 – خرج العشرات من
        # أهالي بلدة الطيانة»: a place the sentence names as no place of an act (a comparison, an outlet's name, a
        # source's seat) stands for nothing; the people's own town does for a town noun, when the sentence places no
        # act elsewhere
        if local and ps and not any(p["_loc"] for p in ps):
            ps = [dict(p, _loc=True, _origin=False) for p in usable_places(ctx, k, ctx.memo.get(("blocked", k), []))
                  if p["_origin"] and not p["_country"] and p.get("country") in _HOME and _level(p) == 1] or ps
        ps = [p for p in ps if p["_loc"]] or ps
        # «… قذائف أطلقتها مجموعات متمركزة في محيط بلدة X. … اشتباكات على أطراف البلدة»: where fire came from or
        # a force is posted is no antecedent when the sentence names another town of the act, its people's own
        acting = [p for p in ps if not _posted(p)]
        if len(acting) < len(ps):
            ps = acting or [dict(p, _loc=True, _origin=False) for p in usable_places(ctx, k, ctx.memo.get(("blocked", k), []))
                            if p["_origin"] and not p["_country"] and p.get("country") in _HOME and _level(p) == 1] or ps
        if _KINDED.get(noun) and (noun not in _AREA_NOUNS or m.type not in ctx.v.acts and _from_area(ctx, nouns[0])):
            # (a town named as a distance marker, «12 كم شمال مدينة حماة», is not the one meant)
            kind = [p for p in routes.keep(m.type, ps) if _of_kind(noun, p) and not _marker(ctx, p)] or \
                _named_of_kind(ctx, k, noun)
            if kind and all(_speakers_place(ctx, p) for p in kind):
                speakers = speakers or kind  # (the speaker's town named in the frame: as above)
                continue
            if kind:
                return [dict(kind[-1], _loc=True)]
        if noun in _FACILITY_NOUNS:
            ps = [p for p in ps if _agrees(noun, p)]  # «السجن»: a prison named before, nothing else
        ps = routes.keep(m.type, ps)
        if local:
            # a town named as a distance marker («58 كم شرق مدينة حماة») is not the one meant
            ps = [p for p in ps if _level(p) == 1 and not _DISTANCE & set(ctx.words_before(p["start"], 4))] or ps
        if ps:
            return [dict(ps[-1], _loc=True)]
    if speakers and local:
        # (before the speaker's town, for a town noun: the people's own town told in those sentences, «اعتقلت … ثلاثة
        # ناشطين من أبناء مدينة X … . وقال مراسل Y في Z إن … . خرج العشرات في مظاهرة أمام المجلس المحلي للمدينة»)
        homes = [p for k in (m.si - 1, m.si - 2) if k >= 0 for p in usable_places(ctx, k, ctx.memo.get(("blocked", k), []))
                 if p["_origin"] and not p["_country"] and p.get("country") in _HOME and _level(p) == 1]
        speakers = homes[:1] or speakers
    if speakers and routes.keep(m.type, speakers):
        return [dict(routes.keep(m.type, speakers)[-1], _loc=True, _origin=False)]
    return []


def _speakers_place(ctx: Ctx, p: dict) -> bool:
    """p is named in a speaker's frame: after a reporting verb of its clause and before the «إن/أن» that opens what
    is reported, no «إن/أن» between («وقال مراسل عنب بلدي في إدلب إن …», «وأفاد ناشطون في مدينة X بأن …»)."""
    before = ctx.words_before(p["start"], 8, floor=ctx.clause(p["start"])[0])
    verb = next((i for i in range(len(before) - 1, -1, -1) if before[i].lstrip("و").startswith(ctx.v.att_verbs)), None)
    if verb is None or any(w in _THAT for w in before[verb + 1:]):
        return False
    return any(w in _THAT for w in ctx.words_after(p["end"], 4, limit=ctx.sents[ctx.sent_of(p["start"])].end))


def _of_kind(noun: str, p: dict) -> bool:
    """p is of the kind the place noun names (cues.json anaphor_kinds: «الحي» a quarter, «المخيم» a camp,
    «المدينة/البلدة/القرية» a town, «المنطقة/الريف» an area between a town and a country (asked only
    of «من المنطقة»: _from_area), «السد» a facility named «سد …»)."""
    kinds = _KINDED.get(noun)
    if not kinds:
        return False
    if noun in _FACILITY_NOUNS:
        return _agrees(noun, p)
    if noun in _AREA_NOUNS:
        return 1 < _level(p) < 5
    head = ffold(p.get("surface") or "").split()[:1]
    kind = p.get("kind") or p.get("level")
    if kind == "governorate" and noun in _TOWN_NOUNS:
        return _seat_named(p)  # «شرقي حلب» read as the governorate: «المدينة» is its seat, a city of that name
    return kind in kinds or bool(head) and "ال" + head[0] == noun


def _seat_named(p: dict) -> bool:
    """A governorate named as its seat is («حلب», not «ريف دمشق»): the gazetteer holds a town of its name."""
    g = gazetteer()
    recs = g.by_key.get(fold_str(p.get("name_ar") or p.get("surface") or ""), [])
    return any((r if isinstance(r, dict) else g.records[r]).get("kind") == "locality" for r in recs)


def _marker(ctx: Ctx, p: dict) -> bool:
    return bool(_DISTANCE & set(ctx.words_before(p["start"], 4)))


def _from_area(ctx: Ctx, noun) -> bool:
    """«عدد النازحين من المنطقة», «دفع الآلاف من قرى المنطقة إلى النزوح»: people counted FROM an area come
    from all of it (the region the towns told before lie in); an act told «في المنطقة» is the story's own
    place, told again."""
    ws = [w for w in ctx.words_before(noun.prefix_start, 3) if w not in ctx.v.place_nouns]
    return bool(ws) and ws[-1].lstrip("و") == _FROM


def _named_of_kind(ctx: Ctx, k: int, noun: str) -> list[dict]:
    """The places of sentence k of the noun's kind, whatever role they have there (a bearing's reference,
    a container, a source's quarter), but not inside a name, an origin or abroad."""
    s = ctx.sents[k]
    got = [dict(p, _loc=True, _origin=False, _country=False, _road=False) for p in ctx.places.between(s.start, s.end)
           if _of_kind(noun, p) and p.get("country") in _HOME and not _is_country(p) and not _marker(ctx, p)
           and not ctx.in_org(p["start"], p["end"]) and not _in_name(ctx, p)]
    # an origin is taken only where the sentence names its town as nothing else but a bearing's point («خرج مئات
    # من سكان مدينة الباب شرقي حلب في مظاهرة. … ناشط من المدينة»: the people's own town, not Aleppo)
    homes = [p for p in got if _origin(ctx, ctx.words_before(p["start"], 3, floor=s.start))]
    rest = [p for p in got if p not in homes]
    if homes and rest and all(set(ctx.words_before(p["start"], 1, floor=s.start)) & _BEARINGS for p in rest):
        return homes
    return rest


@lru_cache(maxsize=1)
def _kinded() -> dict[str, frozenset]:
    return {fold_str(n): frozenset(ks) for n, ks in load_cues().get("anaphor_kinds", {}).get("nouns", {}).items()}


def _province_of(ctx: Ctx, si: int, noun) -> dict | None:
    """The governorate record of the last Syrian place named before «المحافظة» (its sentence or the two
    before), spanning the noun itself (`text[start:end]` is «المحافظة»), or None."""
    lo = ctx.sents[max(0, si - 2)].start
    for p in ctx.places.between(lo, noun.prefix_start)[::-1]:
        if p.get("country") in _HOME and p.get("admin1_en") and not ctx.in_org(p["start"], p["end"]):
            gov = gazetteer().governorates.get(p["admin1_en"])
            if gov is None:
                return None
            s, e = noun.start, noun.end
            return dict(_record(ctx.text, s, e, gov, 0.6), source="text", _loc=True, _origin=False,
                        _country=False, _road=False)
    return None


def _agrees(noun: str, p: dict) -> bool:
    """The place noun `noun` («المدينة», «المحافظة», «السجن») can stand for the place p."""
    if noun in _TOWN_NOUNS:
        # («أحياء المدينة» after «حي X في مدينة Y»: the town, not the quarter)
        return _level(p) == 1 and (p.get("kind") or p.get("level")) not in _OBJECT_KINDS
    if noun in _LOCAL_NOUNS:
        return _level(p) == 1
    if noun == _PROVINCE:
        return (p.get("kind") or p.get("level")) == "governorate" or _level(p) == 1 and \
            p.get("admin2_en") == p.get("admin1_en") and p.get("admin3_en") == p.get("name_en")
    if noun in _AREA_NOUNS:
        return 1 < _level(p) < 5
    if noun == _CAPITAL:
        # «القذائف التي سقطت على العاصمة»: Damascus (the city or its governorate) named before
        return (p.get("name_en") or "").lower() == "damascus" or \
            (p.get("kind") or p.get("level")) == "governorate" and p.get("admin1_en") == "Damascus"
    if noun in _FACILITY_NOUNS:
        head = ffold(p.get("surface") or "").split()[:1]
        return bool(head) and "ال" + head[0] == noun  # «سجن الصناعة» … «السجن»
    return True


_CAUSED_BY = frozenset(cue_words("argument_words", "caused_by"))
_TO = frozenset(cue_words("argument_words", "to"))
_ON = fold_str("على")
_ANAPHOR_REACH = 24
_IN_WORDS = frozenset(cue_words("argument_words", "in_words"))
_ONTO = _TO | {_ON}
_PROVINCE = fold_str("المحافظة")
_CAPITAL = fold_str("العاصمة")
_FACILITY_NOUNS = frozenset(cue_words("argument_words", "facility_nouns"))
_AREA_NOUNS = frozenset(cue_words("argument_words", "area_nouns"))
_DISTANCE = frozenset(cue_words("distance_units", "words"))
_LOCAL_NOUNS = frozenset(cue_words("argument_words", "local_nouns"))
_TOWN_NOUNS = frozenset(cue_words("argument_words", "town_nouns"))
_KINDED = _kinded()
_QUOTES = "\"'«»“”"


def _part_between(ctx: Ctx, a: int, b: int) -> bool:
    """A clause-break word («بينما», «فيما», «في حين») starts another clause's story."""
    starts = ctx.memo.get("part_breaks")
    if starts is None:  # (the part words' starts, once per document: every mention and place asks)
        starts = ctx.memo["part_breaks"] = [x.prefix_start for x in ctx.m["breaks"].items
                                            if ffold(x.surface) in _PART_WORDS]
    i = bisect_left(starts, a)
    return i < len(starts) and starts[i] < b


part_between = _part_between  # (for the extractor)


def _place_preps(spec: dict) -> frozenset[str]:
    """A type's place prepositions (types.json `place_preps`) folded, once per type (not per mention)."""
    got = _PLACE_PREPS.get(id(spec))
    if got is None or got[0] is not spec:
        got = _PLACE_PREPS[id(spec)] = (spec, frozenset(ffold(w) for w in spec.get("place_preps", [])))
    return got[1]


_PLACE_PREPS: dict[int, tuple] = {}  # id(a type's spec) -> (the spec, kept alive so its id stays its own; its words)


def _prep_before(ctx: Ctx, p: dict, preps: frozenset[str]) -> bool:
    # «في محيط بلدة عين عيسى»: the preposition may stand before a place noun and a locative noun
    w = ctx.words_before(p["start"], 3)
    return any(x in preps or x.lstrip("و") in preps for x in w)


def _joined(ctx: Ctx, a: dict, b: dict) -> bool:
    gap = ffold(ctx.text[a["end"]:b["start"]]).replace("،", " ").split()
    return bool(gap) and gap[0].startswith("و") and len(gap) <= 2


def _conjoined(ctx: Ctx, first: dict, pool: list[dict]) -> list[dict]:
    """«على مدينة أريحا وبلدتي سرمين وقميناس»: places joined by و (and place nouns)."""
    group = [first]
    for p in pool:
        if p["start"] <= group[-1]["start"]:
            continue
        between = ffold(ctx.text[group[-1]["end"]:p["start"]]).replace("،", " ")
        gap = [w for w in (x.strip(_QUOTES) for x in between.split()) if w]  # «قرى "الجديدة" و"السميرية"»
        if gap and gap[0].startswith("و") and all(
                w in ("و",) or w.lstrip("و") in ctx.v.place_nouns or w.lstrip("و") in ("بلدتي", "قريتي", "مدينتي")
                for w in gap):
            group.append(p)
        else:
            break
    return group


def clean_place(p: dict | None) -> dict | None:
    if p is None:
        return None
    return {k: v for k, v in p.items() if not k.startswith("_")}



def place_decisions(ctx: Ctx, out: list[dict], at: dict, inclusive: bool) -> None:
    """A decision's statement record (its start a key of `at`, the offset its ground may start from) takes the first
    usable place of its sentence from there: stop 32's rule places a statement where it concerns, not at a place in
    its speaker's name (launched.place, curfew.place)."""
    for r in out:
        if r.get("type") != "statement" or r.get("start") not in at:
            continue
        si = ctx.sent_of(r["start"])
        lo = at[r["start"]] if inclusive else at[r["start"]] + 1
        first = next((p for p in usable_places(ctx, si, ctx.memo.get(("blocked", si), [])) if p["start"] >= lo), None)
        if first is not None:
            r["place"] = clean_place(first)

# -- dates and periods -------------------------------------------------------------------------
def date_and_period(ctx: Ctx, m: Mention) -> None:
    sent = ctx.sents[m.si]
    cs, ce = ctx.clause(m.start)
    ds = [d for d in ctx.dates.between(sent.start, sent.end) if d.get("value") and not _quoted_name(ctx, d)]
    past = _past_clause(ctx, m)
    if past is not None:
        ds = [d for d in ds if not past[0] <= d["start"] < past[1]]  # the day of what they did before
    ranked = recalls(ctx, m.si)  # «…، وهو الاستهداف الثالث خلال هذا الشهر»: the ranking's period (frames.py)
    if ranked:
        ds = [d for d in ds if not any(a <= d["start"] < b for a, b in ranked)]
    point, period = [], []
    frame = _period_frame(ctx, sent)
    # «المرسوم التشريعي رقم 21 لعام 2018», «القانون 10 لسنة 2018»: the year of a law's name
    ds = [d for d in ds if not _law_year(ctx, d)]
    for d in ds:
        w = ctx.words_before(d["start"], 2, floor=sent.start)
        w3 = ctx.words_before(d["start"], 3, floor=sent.start)
        if any(_published_it(x) and j > 0 and w3[j - 1] in _WHICH_REL for j, x in enumerate(w3)):
            continue  # «في حصيلتها … التي نشرتها اليوم الأحد»: the day the report came out, not its figures'
        if _same_day(ctx, d):
            point.append(d)  # «منذ صباح اليوم»: the window of one day's report, not a period
        elif w and w[-1].lstrip("و") == _SINCE and set(ctx.words_after(d["end"], 2)) & _WHEN and \
                _ranked_since(ctx, d, sent.start):
            # «ويعد هذا التفجير الأعنف منذ كانون الثاني 2017، حين قتل أكثر من 60»: a superlative's «منذ»
            # ranks against the past; the date is the day of the act recalled in «حين/عندما …» after it
            if m.start > d["end"]:
                point.append(d)
        elif frame is not None and d["start"] < frame[1]:
            period.append((frame[0], d))  # «ومنذ سقوط النظام في كانون الأول 2024، …»
        elif (any(x in ctx.v.period_start or x.lstrip("و") in ("منذ",) for x in w[-1:]) and not _from_alone(ctx, d, w, ds)) or \
                (w and w[-1] in ("بين", "مابين")) or _onset_date(ctx, d, sent.start):
            if not _owned_elsewhere(ctx, m, d, cs, ce) and not _part_between(
                    ctx, min(d["end"], m.end), max(d["start"], m.prefix_start)):
                # («… منذ بدء التصعيد في 18 شباط، فيما قتل 15 مدنياً اليوم»: another story's period)
                period.append(("start", d))
        elif w and w[-1] in _UNTIL:
            period.append(("end", d))  # «حتى مطلع حزيران 2018»: how long it lasts, not when it happened
        elif period and ((w and w[-1] in _TO_END) or ctx.text[d["start"] - 1:d["start"]] == "و"):
            period.append(("end", d))
        elif w and w[-1] == _ABOUT and d.get("grain") in ("month", "year"):
            period.append(("both", d))  # «في حصيلتها عن شهر شباط 2020»: the month the report's figures cover
        elif w and w[-1] == "خلال" and d.get("grain") != "day":
            if d["start"] >= ce and _relative_between(ctx, ce, d["start"]) is not None:
                continue  # «قُتل فلان أمس …، وفق التجمع الذي أحصى خلال أيار 38 عملية»: the relative's sum
            period.append(("both", d))  # («خلال يوم أمس»: one day is the day it happened)
        else:
            point.append(d)
    if not period and (same := _same_period(ctx, m)) is not None:
        period.append(("both", {"value": same}))  # «ووثقت الشبكة في الشهر نفسه…»: the month named before
    # a period cue near the figure (or the trigger) makes the event an aggregate
    anchor_s = min(m.prefix_start, (m.figure or {}).get("start", m.prefix_start))
    anchor_e = max(m.end, (m.figure or {}).get("end", m.end))
    lo = max(sent.start, min(cs, anchor_s))
    cues, this_act = [], False
    for c in ctx.m["period"].starting(lo, max(ce, anchor_e + 1)):
        if _since_this_act(ctx, c):
            this_act = True
        elif not _since_today(ctx, c) and not _ranking(ctx, c) and not _recent_hours(ctx, c, m) and \
                not any(a <= c.start < b for a, b in ranked) and not _dated_before_other(ctx, m, c.prefix_start) and \
                not _days_tally(ctx, c, m, point, period, anchor_e):
            cues.append(c)
    if this_act or m.figure is not None and ctx.memo.get(("carried", m.figure["start"])):
        # «أحصى المرصد مقتل 54 منذ اندلاع المواجهات», «وبلغ عدد القتلى منذ بدء الهجوم 174», «خرجت
        # الدفعة الأولى …، وبلغ عدد الخارجين 6749»: a count word sums over the act's own span: its
        # running toll or its people (only a span of time stays a period)
        cues = [c for c in cues if ffold(c.surface).split()[0].lstrip("و") in _SPAN_HEADS]
    if cues and anchor_e < cues[-1].prefix_start:
        # «قُتل 13 في قصف استهدف المحافظة التي تشهد منذ شهر تصعيداً»: a cue inside a relative
        # clause after the figure dates what that clause says, not the figure
        rel = _relative_between(ctx, anchor_e, cues[-1].prefix_start)
        # («عدد القتلى المدنيين الذين سقطوا … منذ بدء التصعيد»: a relative clause right after the
        # counted noun says which were counted: its period is the figure's)
        if rel is not None and ctx.words_between(anchor_e, rel) > 2:
            cues = [c for c in cues if c.prefix_start < rel]
    if not cues and frame is not None and m.prefix_start >= frame[1]:
        cues = [frame]
    if not cues and not period and _over_a_span(ctx, m):
        cues = [None]  # «بعد أربعة أشهر من المعارك قتل خلالها 3 آلاف»: the toll of months of fighting
    if m.tally and not period and not cues and not this_act:
        m.aggregate, m.period = True, {"start": None, "end": ctx.published}  # a campaign's tally so far
        m.date = (None, None, "none")
        return
    if cues or period:
        start = end = None
        for kind, d in period:
            if kind in ("start", "both") and start is None:
                start = d["value"]
            if kind in ("end", "both"):
                end = d["value"]
        if period and len(period) >= 2 and period[0][0] == "start" and end is None:
            end = period[1][1]["value"]
        if cues or start:  # «حتى 2018» alone says how long something lasts, not a sum
            m.aggregate = True
            # a cumulative figure runs to the day it is reported unless the text closes it
            m.period = {"start": start, "end": end or ctx.published}
    buried = _funeral_dates(ctx, m, sent, point)
    if buried is not None:
        point = [d for d in point if d not in buried]
        if not point and not m.aggregate:
            m.date = (None, None, "none")  # the deaths' day is not told: not the funeral's
            return
    # «… في إطار عملية «غصن الزيتون» التي أطلقتها أنقرة في 20 كانون الثاني»: a date in a relative
    # clause of another noun after the act dates that noun
    point = [d for d in point if not _launched(ctx, m, d)]
    if m.type == "statement" and ctx.published:
        # «أعلن الائتلاف موافقته على المشاركة في مؤتمر يعقد الأربعاء المقبل»: a statement is made by the
        # day it is reported; a later date is the day of what it speaks about
        point = [d for d in point if not _after_published(d, ctx.published)]
    if point:
        # («اعتقلت … في حي X، وجاءت الحملة بعد اشتباكات شهدها الحي الأسبوع الماضي»: that clash's week)
        point = [d for d in point if not _another_acts_day(ctx, m, d, ce)]
    earlier = _days_before(ctx, m) if not m.aggregate else None
    if earlier is not None and not any(cs <= d["start"] < ce for d in point):
        m.date = (earlier, "day", "text")  # (a day of the sentence outside m's clause is the anchor's)
        return
    if point:
        inside = [d for d in point if cs <= d["start"] < ce] or \
            [d for d in point if ctx.breaks_between(d["start"], m.start) <= 1] or point
        d = min(inside, key=lambda d: abs(d["start"] - m.start))
        m.date = (d["value"], d.get("grain"), "text")
        ctx.memo.setdefault(("sent_date", m.si), d)
    elif m.aggregate:
        m.date = (None, None, "none")
    elif ctx.published:
        m.date = (ctx.published, "day", "published")


def _days_before(ctx: Ctx, m: Mention) -> str | None:
    """«وتأتي الحادثة بعد ثلاثة أيام من انفجار عبوة…», «ويأتي ذلك بعد يومين من مقتل…»: an act after
    «بعد + a span + من» happened that span before what the sentence opens with: the day of the sentence
    (or of the one before it) when the text names one, else the day of the report, less the span."""
    t = ctx.tok_of(m.prefix_start)
    if t < 3 or ctx.ftoks[t - 1] != _FROM or ctx.tokens[t - 1].start < ctx.sents[m.si].start:
        return None
    unit_end = ctx.tokens[t - 2].end
    units = _report_words()[3]
    q = next((q for q in ctx.quants.between(max(0, unit_end - 40), unit_end) if q["end"] == unit_end and
              q.get("kind") == "duration" and q.get("unit") in units and q.get("low")), None)
    if q is not None:
        days, lead = q["low"] * units[q["unit"]], q["start"]
    elif ctx.ftoks[t - 2] in units:
        days, lead = units[ctx.ftoks[t - 2]], ctx.tokens[t - 2].start  # «بعد يومين من», «بعد أسبوع من»
    else:
        return None
    k = ctx.tok_of(lead) - 1
    if k < 0 or ctx.ftoks[k].removeprefix("و") != _AFTER:
        return None
    anchor = None
    for si in (m.si, m.si - 1):
        d = ctx.memo.get(("sent_date", si)) if si >= 0 else None
        if d is not None and d.get("grain") == "day" and (si < m.si or d["start"] < lead):
            anchor = d["value"]
            break
    anchor = anchor or ctx.published
    try:
        return (date.fromisoformat(anchor[:10]) - timedelta(days=int(days))).isoformat() if anchor else None
    except ValueError:
        return None


_QUOTE_PAIRS = {"«": "»", "\"": "\"", "“": "”"}
_ABOUT = fold_str("عن")
_AFTER = fold_str("بعد")
_WHICH_REL = frozenset(cue_words("argument_words", "which_rel"))
_WHEN = frozenset(cue_words("argument_words", "when"))


def _ranked_since(ctx: Ctx, d: dict, floor: int) -> bool:
    """«الأعنف في المدينة منذ كانون الثاني 2017»: a ranking word (cues.json period.ranking) at most three
    words before the «منذ» of d."""
    ws = ctx.words_before(d["start"], 5, floor=floor)
    return bool(ws) and any(x in ctx.v.ranking for x in ws[-4:-1])


def _published_it(w: str) -> bool:
    """«نشرتها», «أصدره»: a verb of publishing (cues.json report_dates.published) with the report as its object."""
    w = w.removeprefix("و")
    return w.endswith(("ه", "ها")) and any(w.startswith(v) and 1 <= len(w) - len(v) <= 3 for v in _report_words()[0])


@lru_cache(maxsize=1)
def _report_words() -> tuple[tuple[str, ...], frozenset, frozenset, dict, tuple[str, ...]]:
    spec = load_cues()["report_dates"]
    return (tuple(fold_str(w) for w in spec["published"]), frozenset(fold_str(w) for w in spec["same"]),
            frozenset(fold_str(w) for w in spec["grains"]),
            {(fold_str(k) if not k.isascii() else k): v for k, v in spec["span_days"].items()},
            tuple(" ".join(fold_str(w).split()) for w in spec["later"]))


def _same_period(ctx: Ctx, m: Mention) -> str | None:
    """«في الشهر نفسه», «خلال العام ذاته»: the month or year of that grain named last before the mention."""
    sent = ctx.sents[m.si]
    same, grains = _report_words()[1:3]
    if same.isdisjoint(ctx.sent_words(m.si)):
        return None  # (most sentences say no «نفسه/ذاته»: the sentence's folded words, once, not each token folded per mention)
    toks = ctx.tokens[ctx.tok_of(sent.start):ctx.tok_of(max(sent.start, sent.end - 1)) + 1]
    for i in range(1, len(toks)):
        if ffold(toks[i].text) in same and ffold(toks[i - 1].text).removeprefix("ب") in grains:
            grain = "month" if ffold(toks[i - 1].text).endswith("شهر") else "year"
            before = [d for d in ctx.dates.between(0, toks[i - 1].start) if d.get("grain") == grain and d.get("value")]
            return before[-1]["value"] if before else None
    return None


_NAME_REACH = 25  # characters of a quoted name before its last word
_QUOTE_CLOSERS = frozenset(_QUOTE_PAIRS.values())


def _quoted_name(ctx: Ctx, d: dict) -> bool:
    """«نقلت صحيفة «الغد» الأردنية», «قناة "اليوم"», «صحيفة الغد»: a date word that is the whole of a
    quoted name, or that follows an outlet's head noun, is the name of a paper or a channel, not a date."""
    text = ctx.text
    op = text[d["start"] - 1:d["start"]]
    if op in _QUOTE_PAIRS and text[d["end"]:d["end"] + 1] == _QUOTE_PAIRS[op]:
        return True
    # «مراسل «حلب اليوم»», «قناة "سوريا اليوم"»: the date word ends a short quoted name
    close = text[d["end"]:d["end"] + 1]
    lo = max(0, d["start"] - _NAME_REACH)
    for i in range(d["start"] - 1, lo - 1, -1):
        ch = text[i]
        if ch in _QUOTE_PAIRS:
            if _QUOTE_PAIRS[ch] == close:
                return True
            break
        if ch in _QUOTE_CLOSERS or ch in ".،,؛\n":
            break
    w = ctx.words_before(d["start"], 1)
    return bool(w) and (w[-1] in _OUTLET_HEADS or w[-1][1:] in _OUTLET_HEADS)  # («لصحيفة الغد»)


def _after_published(d: dict, pub: str) -> bool:
    val, grain = d.get("value") or "", d.get("grain")
    return (grain == "day" and val > pub[:10]) or (grain == "month" and val > pub[:7]) or \
        (grain == "year" and val > pub[:4])


_SINCE = fold_str("منذ")
# (the words are compared folded: «حتى» reads «حتي»)
_UNTIL = frozenset(cue_words("argument_words", "until"))
_TO_END = frozenset(cue_words("argument_words", "to_end"))
_NUMBER_WORD = frozenset(cue_words("argument_words", "number_word"))
_OF_YEAR = frozenset(cue_words("argument_words", "of_year"))


def _another_acts_day(ctx: Ctx, m: Mention, d: dict, ce: int) -> bool:
    """d, told after m, is in the clause of another trigger told after m's clause («اعتقلت …، وذلك
    على خلفية اشتباكات اندلعت أمس الأول»), or after a time word and another act in m's own clause
    («وجاءت الحملة بعد اشتباكات شهدها الحي الأسبوع الماضي»): that act's day, not m's."""
    if d["start"] < m.end:
        return False
    inside = d["start"] < ce
    lo = m.end if inside else max(ce, ctx.clause(d["start"])[0])
    end = ctx.sents[m.si].end
    for t in ctx.m["triggers"].starting(lo, d["start"]):
        if t.start < m.end or inside and not set(ctx.words_before(t.prefix_start, 1)) & _TIME_CLAUSE:
            continue
        infos = t.value if isinstance(t.value, list) else [t.value]
        infos = [i for i in infos if not i["needs"] or _needs(ctx, t.end, end, i["needs"])]
        # (a death or the same act's word in a result clause, «… ما أدى إلى مقتل 5، أمس», is the act's)
        if infos and not any(i["type"] in (m.type, "casualties") for i in infos):
            return True
    return False


def _law_year(ctx: Ctx, d: dict) -> bool:
    """A year after «رقم N ل(عام/سنة)» or a number and «لعام» is part of a law's or decree's name, not
    the day anything happened («أصدر، اليوم الثلاثاء، المرسوم رقم 21 لعام 2018»)."""
    if d.get("grain") != "year":
        return False
    ws = ctx.words_before(d["start"], 3)
    if not ws or not (ws[-1] in _OF_YEAR or ctx.text[d["start"] - 1:d["start"]] == "ل"):
        return False
    return any(w in _NUMBER_WORD or w.isdigit() for w in ws[:-1] + ([ws[-1]] if ws[-1] not in _OF_YEAR else []))
_FROM_END = frozenset(cue_words("argument_words", "from_end"))


def _from_alone(ctx: Ctx, d: dict, w: list[str], ds: list[dict]) -> bool:
    """«نحو الساعة العاشرة من صباح أمس السبت»: «من» before a date opens a span only when an end
    follows it («من … حتى/إلى …»); alone it is the part of the day an hour is in."""
    if not w or w[-1] != _FROM:
        return False
    return not any(o["start"] > d["end"] and set(ctx.words_before(o["start"], 2)) & _FROM_END for o in ds)
_SPAN_HEADS = frozenset(cue_words("argument_words", "span_heads"))


def _onset_date(ctx: Ctx, d: dict, floor: int) -> bool:
    """«منذ بدء العملية العسكرية في منطقة عفرين يوم 20 كانون الثاني»: the date of the start named
    after «منذ بدء/انطلاق …» in its phrase (no clause break between) opens the period."""
    if _SINCE not in ctx.sent_words(ctx.sent_of(d["start"])):
        return False  # (most sentences have no «منذ»)
    ws = ctx.words_before(d["start"], _ONSET_REACH, floor=floor)
    for k in range(len(ws) - 1):
        if ws[k].lstrip("و") == _SINCE and (ws[k + 1] in _ONSET_ALL or _named_when(ws[k + 2:], d)):
            t = ctx.tokens[ctx.tok_of(d["start"]) - (len(ws) - k)]
            # («منذ مطلع النزاع حتى أواخر آب»: a date after «حتى» closes the period)
            return not ctx.breaks_between(t.start, d["start"]) and not any(
                w in ctx.v.period_end or w in ("حتي", "لغايه", "الي") for w in ws[k + 2:])
    return False


_ONSET_REACH = 9  # words from «منذ» to the date of the start it names
_WHEN_PREPS = frozenset(cue_words("argument_words", "when_preps"))


def _named_when(ws: list[str], d: dict) -> bool:
    """«منذ سقوط النظام في 8 كانون الأول», «منذ انهيار الهدنة يوم 26 نيسان»: after «منذ» + an event, «في/يوم»
    right before the date (or opening it) says when that event was: the date opens the period too."""
    first = ffold(d["surface"]).split()[:1]
    return bool(ws) and (ws[-1] in _WHEN_PREPS or (bool(first) and first[0] in _WHEN_PREPS))
_ONSET_ALL = frozenset(cue_words("argument_words", "onset_all"))


def _over_a_span(ctx: Ctx, m: Mention) -> bool:
    """«بعد أربعة أشهر من المعارك قتل خلالها أكثر من 3 آلاف مدني»: deaths told by a pronoun that points
    back at an act noun measured by a span of weeks, months or years («N أشهر من المعارك») are summed
    over that span: an aggregate, not the deaths of one incident."""
    if m.figure is None or not (m.type == "casualties" or m.sub == "killed"):
        return False
    after = ctx.words_after(m.end, 1, limit=ctx.sents[m.si].end)
    if not after or after[0] not in _BACK:
        return False
    s = ctx.sents[m.si]
    for q in ctx.quants.between(max(s.start, m.prefix_start - 80), m.prefix_start):
        if q.get("kind") != "duration" or q.get("unit") not in _LONG_UNITS and \
                ffold(q.get("counted") or "") not in _LONG_SPANS:
            continue
        nxt = ctx.words_after(q["end"], 3, limit=m.prefix_start)
        if _FROM in nxt[:2] and not ctx.breaks_between(q["end"], m.prefix_start):
            return True
    return False


_BACK = frozenset(cue_words("argument_words", "back"))
_LONG_UNITS = frozenset({"week", "month", "year"})
_LONG_SPANS = frozenset(cue_words("argument_words", "long_spans"))


def _launched(ctx: Ctx, m: Mention, d: dict) -> bool:
    """«سيطر … في إطار عملية «غصن الزيتون» التي أطلقتها أنقرة في 20 كانون الثاني»: a date after m
    in a relative clause that tells when a campaign was launched (cues.json campaign_launch) dates
    the launch, not the act."""
    if d["start"] < m.end or not ctx.m["campaign_launch"].starting(m.end, d["start"]):
        return False
    rel = _relative_between(ctx, m.end, d["start"])
    if rel is None:
        # «سيطر التنظيم على المدينة إثر هجوم بدأه ليل الأربعاء»: an indefinite act noun's clause with no
        # pronoun of relation; «began it» dates the onset of that act, not the act told before it
        ws = ctx.words_before(d["start"], 3, floor=m.end)
        return any(w in _BEGAN_IT for w in ws)
    ws = ctx.words_after(rel, ctx.words_between(rel, d["start"]) + 1, limit=d["start"])
    return bool(_launch_words() & set(ws[1:3]))


_BEGAN_IT = frozenset(cue_words("argument_words", "began_it"))


@lru_cache(maxsize=1)
def _launch_words() -> frozenset:
    return frozenset(fold_str(w) for w in load_cues().get("campaign_launch", {}).get("verbs", []))


def context_date(ctx: Ctx, m: Mention) -> dict | None:
    """«… أمس. وأضاف المصدر أن سلاح الجو استهدف…»: a sentence that goes on with the report before
    (it opens with a continuation verb) and dates nothing itself happened on the day that sentence
    told (the date its mentions took), else None."""
    if m.si == 0:
        return None
    first = ctx.words_after(ctx.sents[m.si].start, 1)
    if not first or (first[0] not in ctx.v.continuation and not _goes_on_later(ctx, m)):
        return None
    return ctx.memo.get(("sent_date", m.si - 1))


def _goes_on_later(ctx: Ctx, m: Mention) -> bool:
    """«… مساء أمس الاثنين. وردّت قسد في وقت لاحق بقصف…»: a sentence opening with «و» + the act's verb that
    tells it came later («في وقت لاحق», «لاحقاً», «بعد ذلك») goes on with the day told before."""
    s = ctx.sents[m.si]
    t0 = ctx.tok_of(s.start)
    if ctx.tokens[t0].start < s.start or not ctx.tokens[t0].text.startswith("و") or len(ctx.tokens[t0].text) < 4 or \
            ctx.ftoks[t0].removeprefix("و") in ctx.v.pluperfect:
        return False  # («وكانت … قد»: history recalled)
    words = " ".join(ctx.ftoks[t0:ctx.tok_of(max(s.start, s.end - 1)) + 1])
    return any(w in words for w in _report_words()[4])


def _funeral_dates(ctx: Ctx, m: Mention, sent, point: list[dict]) -> list[dict] | None:
    """cues.json funeral: «شيّع أهالي البلدة اليوم خمسة شهداء»: the dates on the funeral's side
    of a death mention in its sentence date the funeral, not the deaths (None: no funeral)."""
    if m.type != "casualties" and m.sub != "killed" and not m.deaths:
        return None
    fun = ctx.m["funeral"].starting(sent.start, sent.end)
    if not fun:
        return None
    if fun[0].start < m.prefix_start:
        return [d for d in point if d["start"] < m.prefix_start]
    return [d for d in point if d["start"] > fun[0].start]


def _owned_elsewhere(ctx: Ctx, m: Mention, d: dict, cs: int, ce: int) -> bool:
    """«قُتل 4 في كمين…، وبذلك يرتفع عدد القتلى إلى 60 منذ مطلع الشهر»: a period date outside the
    mention's clause with another trigger between them is that trigger's period."""
    if cs <= d["start"] < ce:
        # «تقدمت القوات اليوم داخل المدينة إثر مواجهات أسفرت منذ بدء الهجوم مطلع الشهر عن…»: an act
        # dated by a day of its own, right after it, leaves a period told past another trigger to it
        return _dated_before_other(ctx, m, d["start"])
    lo, hi = (m.end, d["start"]) if d["start"] >= m.end else (d["end"], m.prefix_start)
    # («تحييد 31 … أمس، ليرتفع عدد المحيدين منذ انطلاق العملية في 20 كانون الثاني إلى 1369»: a
    # running total's cue between them owns the period as a trigger would)
    return bool(ctx.m["triggers"].starting(lo, hi)) or any(
        ffold(c.surface) in ctx.v.running_total for c in ctx.m["period"].starting(lo, hi))


def _dated_before_other(ctx: Ctx, m: Mention, pos: int) -> bool:
    """m is dated by a day of its own right after it («سيطرت اليوم على…») and another trigger stands
    between m and pos: a period told at pos («… إثر اشتباكات أسفرت منذ بدء الهجوم مطلع الشهر عن…»)
    is that trigger's, not m's."""
    if pos < m.end:
        return False
    t = ctx.m["triggers"].starting(m.end, pos)
    return bool(t) and any(x.get("grain") == "day" and ctx.words_between(m.end, x["start"]) <= 3 and x["start"] < pos
                           for x in ctx.dates.between(m.end, t[0].prefix_start))


def _days_tally(ctx: Ctx, c, m: Mention, point: list[dict], period: list, anchor_e: int) -> bool:
    """«أحصى المرصد مقتل 19 مدنياً، اليوم، في غارات روسية على ريف إدلب»: a verb of counting (cues.json
    period.tally_verbs) sums nothing when its sentence gives the day and no period and the dead it counts
    died in an act told right after them: it tells that day's toll of the act (the death and the act alike),
    not a campaign's."""
    if period or ffold(c.surface) not in _tally_verbs() or not any(d.get("grain") == "day" for d in point):
        return False
    key = ("days_tally", m.si)
    if key not in ctx.memo:
        ctx.memo[key] = _toll_then_act(ctx, ctx.sents[m.si])
    return ctx.memo[key]


def _toll_then_act(ctx: Ctx, sent) -> bool:
    """A death told with its figure, then within a few words the act it came from («مقتل 19 مدنياً، اليوم،
    في غارات …», «مقتل 23 شخصاً أمس جراء قصف …»)."""
    trig = ctx.m["triggers"].starting(sent.start, sent.end)
    for k, h in enumerate(trig):
        infos = h.value if isinstance(h.value, list) else [h.value]
        if not any(i["type"] == "casualties" or i["sub"] == "killed" for i in infos):
            continue
        q = ctx.quants.first_after(h.end, h.end + 40)
        if q is None or ctx.words_between(h.end, q["start"]) > 1:
            continue
        for x in trig[k + 1:]:
            if _reach_past_asides(ctx, q["end"], x.start) > _TALLY_ACT_REACH:
                break
            xi = x.value if isinstance(x.value, list) else [x.value]
            if any(i["type"] in _TALLY_ACTS for i in xi):
                return True
    return False


def _reach_past_asides(ctx: Ctx, lo: int, hi: int) -> int:
    """Words from lo to hi, not counting a hedge after the figure («على الأقل») nor an aside on who the dead were,
    set off by commas and opened by a word of subset or of a share («، بينهم خمسة أطفال،», «، منهم أربع نساء،»,
    «، معظمهم من النازحين،»: cues.json subset_words, origin_shares): «أحصى المرصد مقتل 32 شخصاً على الأقل، بينهم 12 طفلاً، اليوم جراء غارات …» names its act as near
    as «مقتل 19 مدنياً، اليوم، في غارات …»."""
    n = ctx.words_between(lo, hi)
    for h in ctx.m["hedge_after"].starting(lo, hi):
        n -= len(h.surface.split())
    i = lo
    while True:
        c = _next_comma(ctx.text, i, hi)
        if c < 0:
            break
        nxt = ctx.words_after(c + 1, 2, limit=hi)
        c2 = _next_comma(ctx.text, c + 1, hi)
        if c2 >= 0 and nxt and (nxt[0].removeprefix("و") in ctx.v.subset or " ".join(nxt[:2]) in ctx.v.subset or
                                nxt[0].removeprefix("و") in _origin_shares()):  # («، معظمهم من النازحين،»)
            n -= ctx.words_between(c + 1, c2)
            i = c2
        else:
            i = c + 1
    return n


def _next_comma(text: str, lo: int, hi: int) -> int:
    found = [j for j in (text.find("،", lo, hi), text.find(",", lo, hi)) if j >= 0]
    return min(found) if found else -1


_TALLY_ACTS = frozenset({"airstrike", "shelling", "explosion", "armed_clash"})
_TALLY_ACT_REACH = 6  # «مقتل 19 مدنياً، اليوم، في غارات»: the act within a few words of the figure


@lru_cache(maxsize=1)
def _tally_verbs() -> frozenset:
    return frozenset(fold_str(w) for w in load_cues().get("period", {}).get("tally_verbs", []))


def _ranking(ctx: Ctx, c) -> bool:
    """«في أعلى حصيلة يومية منذ سنوات»: a period cue after a superlative ranks the figure
    (cues.json period.ranking), it does not sum it over the period."""
    return any(w in ctx.v.ranking for w in ctx.words_before(c.prefix_start, 3))


_HOURS = fold_str("خلال الساعات")
_JUST_PAST = frozenset(cue_words("argument_words", "just_past"))


def _recent_hours(ctx: Ctx, c, m: Mention) -> bool:
    """«سيطرت الفصائل خلال الساعات الماضية على 14 قرية», «نزح ألفا شخص خلال الساعات الأخيرة»: an
    act told over the last few hours is one incident; only a toll summed over them («قتل 30 في
    سوريا خلال الساعات الماضية») is an aggregate."""
    if m.type == "casualties" or m.sub == "killed" or ffold(c.surface) != _HOURS:
        return False
    nxt = ctx.words_after(c.end, 1)
    return bool(nxt) and nxt[0] in _JUST_PAST


def _since_this_act(ctx: Ctx, c) -> bool:
    """«… بعد خمسة أيام من هجوم على السجن، مشيرة إلى أن عدد القتلى منذ بدء الهجوم بلغ 174»: since
    the start of the attack told before (a definite noun of one act, cues.json period.this_act) is
    that incident's running toll, not a sum over a period (a campaign's, «منذ انطلاق العملية», is)."""
    ws = [ffold(c.surface)] + ctx.words_after(c.end, 2)
    ws = " ".join(ws).split()
    if len(ws) < 3 or ws[0] != _SINCE or ws[1] not in _ONSET or ws[2] not in _this_act():
        return False
    si = ctx.sent_of(c.start)
    if set(ctx.words_before(c.prefix_start, 4, floor=ctx.sents[si].start)) & _CAMPAIGN:
        return False  # «حصيلة الحملة على البلدة منذ بدء الاقتحام»: a campaign's toll
    kinds = _this_act()[ws[2]]
    lo = ctx.sents[max(0, si - 1)].start
    for t in ctx.m["triggers"].starting(lo, c.prefix_start):
        infos = t.value if isinstance(t.value, list) else [t.value]
        if any(i["type"] in kinds for i in infos):
            return True
    return False


_CAMPAIGN = frozenset(cue_words("mention_words", "operation"))


_ONSET = frozenset(cue_words("clause_words", "onset"))


@lru_cache(maxsize=1)
def _this_act() -> dict:
    return {fold_str(w): frozenset(ts) for w, ts in load_cues()["period"].get("this_act", {}).items()}


def _since_today(ctx: Ctx, c) -> bool:
    """«منذ صباح اليوم», «منذ ساعات الفجر»: منذ opening a window of the day being reported."""
    if ffold(c.surface) != _SINCE:
        return False
    nxt = ctx.words_after(c.end, 1)
    if nxt and (nxt[0] in ctx.v.same_day or nxt[0].removeprefix("ال") in ctx.v.same_day):
        return True
    d = ctx.dates.first_after(c.end, c.end + 2)
    return d is not None and _same_day(ctx, d)


def _same_day(ctx: Ctx, d: dict) -> bool:
    """A day-grain date after منذ that is the publication day or the day before."""
    if d.get("grain") != "day" or not ctx.published or not d.get("value"):
        return False
    w = ctx.words_before(d["start"], 1)
    if not w or w[-1].lstrip("و") != _SINCE:
        return False
    try:
        gap = (date.fromisoformat(ctx.published[:10]) - date.fromisoformat(d["value"][:10])).days
    except ValueError:
        return False
    return 0 <= gap <= 1


_RELATIVE_WORDS = frozenset(cue_words("argument_words", "relative_words"))


def _relative_between(ctx: Ctx, a: int, b: int) -> int | None:
    """The start of the first relative pronoun between a and b, or None."""
    t, stop = bisect_left(ctx.tok_starts, a), bisect_left(ctx.tok_starts, b)
    for tok in ctx.tokens[t:stop]:
        if ffold(tok.text) in _RELATIVE_WORDS:
            return tok.start
    return None


_FRAME_HEADS = cue_words("argument_words", "frame_heads")


def _period_frame(ctx: Ctx, sent) -> tuple[str, int] | None:
    """«ومنذ سقوط النظام …، شنّت …», «وخلال العام الماضي، …»: a period cue opening the sentence,
    up to its first clause break, frames all that follows: (start|both, end of the frame).
    Once per sentence (every mention of it asks)."""
    key = ("frame", sent.start)
    if key not in ctx.memo:
        ctx.memo[key] = _frame_of(ctx, sent)
    return ctx.memo[key]


def _frame_of(ctx: Ctx, sent) -> tuple[str, int] | None:
    for c in ctx.m["period"].starting(sent.start, sent.start + 3):
        head = ffold(c.surface)
        if c.prefix not in ("", "و", "ف") or not head.startswith(_FRAME_HEADS):
            continue
        end = ctx.clause(c.end)[1]
        if end >= sent.end:
            return None  # no break: the cue is in the trigger's own clause, read as before
        return ("start" if head.startswith("منذ") else "both", end)
    return None


def _own_place_after(ctx: Ctx, q: dict) -> bool:
    """«12 شخصاً في بانياس و35 في جبلة»: a figure with its own place is its own event."""
    p = ctx.places.first_after(q["end"], q["end"] + 30)
    if p is None or ctx.breaks_between(q["end"], p["start"]):
        return False
    gap = ffold(ctx.text[q["end"]:p["start"]]).split()
    return any(w in ("في", "من", "ب") or w.startswith(("في", "ب")) for w in gap[-2:]) or \
        ctx.text[p["start"] - 1:p["start"]] == "ب"
