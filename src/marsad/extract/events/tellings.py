"""Which tellings are one incident and which are two (incidents.py asks; data/events/joins.json).

A sentence often goes on after «كما/فيما/بينما/في حين» (a *part*). What the part tells is:
- another incident when it names a place of its own for the same kind of act («…، كما نظم أهالي
  بلدة X وقفة»; also «، ونظم أبناء قرية Y…»), when it dates its act by the day of the first («في اليوم
  ذاته»), when its speaker tells an act of its own of another kind («فيما أعلن الجيش أنه قصف…»), or
  when a doer of its own does the same kind of act («فيما قصفت القوات التركية…»);
- the same incident when it is the other side's telling of it, with no place of its own, even
  with a figure of its own («في حين قالت موسكو إن طائراتها نفذت 20 طلعة»: its figure gives way
  to the figures told first), and the other side's count of the dead.
Across sentences: deaths told as a report goes on («وقال الناطق إن مقاتليها قتلوا…») are the act's
told before; the doer's statement of its own act is a telling of it; the people of an act named as
the subject of its verb («المعتقلين احتجزوا») tell it again; the act named again on another day is
another; a headline line's act told again in the body keeps the body's figure.
A figure counted as «others» after a summed figure of the same kind is a share of that sum.
Clashes told as going on for days are a running battle, apart from a town taken in their sentence.
"""
from __future__ import annotations

from bisect import bisect_left
from datetime import date as _date
from functools import lru_cache

from . import arguments
from .clauses import place_key
from .context import Ctx
from .mentions import Mention
from .toll_update import is_update
from .vocab import _json, complementisers, ffold

FIGHT = frozenset({"airstrike", "shelling", "armed_clash", "explosion", "territory_change"})  # acts that kill
# acts whose dead or hurt may be told apart from them (a protest fired on: «… فيما تحدثت مصادر طبية عن إصابة ثمانية»)
HURT_IN = FIGHT | {"protest"}


@lru_cache(maxsize=None)
def _cues() -> dict:
    raw = _json("joins.json")
    return {k: tuple(ffold(w) for w in v) for k, v in raw.items() if isinstance(v, list)}


@lru_cache(maxsize=None)
def _words(key: str) -> frozenset[str]:
    return frozenset(_cues()[key])  # (made once per key: every join asks)


@lru_cache(maxsize=None)
def switched(key: str) -> bool:
    """A narrowing of the join rules that joins.json switches (`{"enabled": true}` under `key`), read once."""
    return bool((_json("joins.json").get(key) or {}).get("enabled", False))


def joins_words(key: str) -> frozenset[str]:
    """A word list of joins.json, folded."""
    return _words(key)


def dual(q: dict) -> bool:
    """A dual noun standing alone for two («عنصران», «طفلين», «غارتين»), not the numeral «اثنان» (joins.json
    two_numerals): no figure of an event (the extractor's rule; the figure chooser reads it as a feature). An
    at-least bound after it («مقتل شخصين في الأقل») leaves it a dual: the gold's word, not a numeral."""
    if q.get("low") != 2 or q.get("high") not in (2, None) or q.get("approx"):
        return False
    words = ffold(q.get("surface") or "").split()
    return len(words) == 1 and not any(c.isdigit() for c in words[0]) and \
        words[0].lstrip("و") not in joins_words("two_numerals")


def cut(ctx: Ctx, lo: int, hi: int):
    """The last part word («فيما», «كما», …) between lo and hi, or None. Not mentions.parted: a join needs where
    the part opens, and joins.json part_words add «كما» («…، كما نظم أهالي X وقفة»: another incident may follow)."""
    part = _words("part_words")
    cuts = [x for x in ctx.m["breaks"].starting(lo, hi) if ffold(x.surface) in part]
    return cuts[-1] if cuts else None


def _part_text(ctx: Ctx, start: int, end: int) -> str:
    return " " + " ".join(ctx.words_after(start, ctx.words_between(start, end) + 1, limit=end)) + " "


@lru_cache(maxsize=None)
def _padded(key: str) -> tuple[str, ...]:
    return tuple(f" {w} " for w in _cues()[key])


def _has(ctx: Ctx, start: int, end: int, key: str) -> bool:
    text = _part_text(ctx, start, end)
    return any(w in text for w in _padded(key))


def same_place(a: dict, b: dict) -> bool:
    """One place named twice: the same record, or one name inside the other («مطار حماة» and
    «مطار حماة العسكري», «الراموسة» and «حي الراموسة»)."""
    if place_key(a) == place_key(b):
        return True
    x, y = ffold(a.get("surface") or ""), ffold(b.get("surface") or "")
    return len(x) > 3 and len(y) > 3 and (x in y or y in x)


def _inc_places(inc) -> list[dict]:
    return [p for o in inc.mentions for p in o.all_places]


def apart(ctx: Ctx, inc, last: Mention, m: Mention) -> bool:
    """m, told after the incident's last telling in its sentence, tells another incident (the
    checks below; a clause break between them is needed by all, a cheap gate)."""
    if not ctx.breaks_between(last.end, m.prefix_start):
        return False
    c = cut(ctx, last.end, m.prefix_start)
    if c is not None and (own_place(ctx, inc, last, m, c) or another_act(ctx, inc, last, m, c) or
                          other_doer(ctx, inc, m, c)):
        return True
    a = _added_opener(ctx, last.end, m.prefix_start)
    if a is not None and own_place(ctx, inc, last, m, a):
        return True  # «…، فضلاً عن غارات طالت مدينة X»: another act added to the report
    if c is None:
        # «…، ونظم أبناء قرية X وقفة احتجاجية»: a clause opened by «و» whose people are named by their
        # own town (an origin place) tells their own act
        o = _and_opener(ctx, last.end, m.prefix_start, m.end)
        if o is not None and (own_place(ctx, inc, last, m, o, origin_only=True) or
                              (_subject_after(ctx, m) and other_doer(ctx, inc, m, o))):
            # («…، وسيطرت قوات النظام على قرية X» after a taking by the factions: a verb with a subject of its
            # own, another doer, tells its own act)
            return True
    return running_apart(ctx, inc, last, m)


def _added_opener(ctx: Ctx, lo: int, hi: int):
    """The additive word («فضلاً عن», «إضافة إلى»: joins.json added_words) right before hi (at most one word between
    them), after lo, as the start of the added part; or None."""
    adds = [x for x in ctx.m["breaks"].starting(lo, hi) if ffold(x.surface) in _words("added_words")]
    if not adds or ctx.words_between(adds[-1].end, hi) > 1:
        return None
    return _Opener(adds[-1].start, adds[-1].end)


def _subject_after(ctx: Ctx, m: Mention) -> bool:
    """m is a verb whose agent is named right after it (its subject: «وسيطرت قوات النظام على…»)."""
    if m.pos != "verb":
        return False
    return any(a["role"] == "agent" and "start" in a and a["start"] >= m.end and
               ctx.words_between(m.end, a["start"]) <= 1 for a in m.actors)


class _Opener:
    __slots__ = ("start", "end")

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


def _and_opener(ctx: Ctx, lo: int, hi: int, limit: int):
    """The last clause break between lo and hi whose next word (up to limit, m's own verb included)
    opens with «و» (a clause of its own)."""
    i = bisect_left(ctx.breaks, hi) - 1
    if i < 0 or ctx.breaks[i] < lo:
        return None
    b = ctx.breaks[i]
    w = ctx.words_after(b + 1, 1, limit=limit)
    return _Opener(b, b + 1) if w and w[0].startswith("و") and len(w[0]) > 2 else None


def own_place(ctx: Ctx, inc, last: Mention, m: Mention, c, origin_only: bool = False) -> bool:
    """m, the same kind of act as the incident, is told after a part word in the sentence of the
    incident's last telling and its part names a place of its own, not one of the incident's
    («خرج المئات في مدينة X، كما نظم أهالي بلدة Y وقفة احتجاجية»): another incident. When m took
    its place from before the part word (the people of Y are named as where they come from), it
    now takes Y's."""
    if m.type != inc.type or m.si != last.si or m.anaphor:
        return False
    end = ctx.clause(m.end)[1]
    blocked = ctx.memo.get(("blocked", m.si), [])
    origin_ok = m.type in _cues()["origin_is_place_for"]
    own = [p for p in arguments.usable_places(ctx, m.si, blocked)
           if c.end <= p["start"] < end and not p["_country"] and (p["_loc"] and not p["_origin"] and not origin_only
                                                                     or p["_origin"] and origin_ok)]
    if not own:
        return False
    # (a place of m's own part taken by a telling before the part word is the part's, not the incident's: «ورمت
    # المروحيات أربعة براميل، فضلاً عن غارات طالت مدينة X»)
    theirs = [p for p in _inc_places(inc) if not (c.end <= p.get("start", -1) < end)]
    if any(same_place(p, q) for p in own for q in theirs):
        return False
    if m.place is None or m.place.get("start", c.end) < c.start:
        m.places, m.place = [own[0]], own[0]
    return True


def another_act(ctx: Ctx, inc, last: Mention, m: Mention, c) -> bool:
    """The part that tells m dates it by the day of the act told before («فيما أعلن الجيش
    الإسرائيلي أنه شن في اليوم ذاته غارات»), or its speaker tells an act of its own of a kind the
    incident has not («… أنه قصف…» after a clash): another act, not the other side's telling."""
    if m.si != last.si:
        return False
    end = ctx.clause(m.end)[1]
    if _has(ctx, c.end, end, "same_day"):
        return True
    if any(o.type == m.type for o in inc.mentions):
        return False
    return _has(ctx, c.end, m.prefix_start, "self_told")


def other_telling(inc, m: Mention) -> None:
    """The other side's telling joined to an incident that already has figures: its own figure
    gives way to those told first (one strike told twice: the dead kept, the sorties a telling);
    when the first telling names no source, the outlet stays the event's source."""
    if m.figure is not None and any(x.figure is not None for o in inc.mentions for x in [o] + o.deaths):
        m.earlier = True
    if not any(o.reported_by for o in inc.mentions):
        m.reported_by = None  # (the other side is not the source of the event its first telling gives)


def share_of(ctx: Ctx, recent: list, m: Mention):
    """«وثقت الشبكة مقتل 1432 مدنياً…، فيما يتحمل التنظيم المسؤولية عن مقتل 74 آخرين»: a summed figure
    counted as «others» (its next word), smaller than a sum of the same kind told just before (its
    sentence or the one before), is a share of that sum: the sum's incident, to take it as a part."""
    if m.figure is None or m.figure.get("low") is None or m.list_of is not None or not m.aggregate:
        return None
    nxt = ctx.words_after(m.figure["end"], 1, limit=ctx.sents[m.si].end)
    if not nxt or nxt[0].lstrip("و") not in _words("others"):
        return None
    for inc in recent[::-1]:
        if inc.type != m.type:
            continue
        for o in inc.mentions + inc.deaths:
            if o.aggregate and o.figure is not None and o.role == m.role and 0 <= m.si - o.si <= 1 and \
                    (o.figure.get("low") or 0) > m.figure["low"]:
                return inc
    return None


def running_apart(ctx: Ctx, inc, last: Mention, m: Mention) -> bool:
    """«تواصلت لليوم الرابع الاشتباكات … في ريف X، وسيطر مقاتلو العشائر أمس على بلدة Y»: clashes told
    as going on (a running cue in their clause) and a taking told after them in a clause of its own
    (a verb) are two incidents: the running battle of a region and the town taken on its day."""
    if m.type != "territory_change" or m.pos != "verb" or inc.type not in ("armed_clash", "territory_change") or \
            last.si != m.si:
        return False
    clashes = [o for o in inc.mentions if o.type == "armed_clash" and o.si == m.si and o.end <= m.prefix_start]
    if not clashes or any(o.type == "territory_change" for o in inc.mentions):
        return False
    o = clashes[0]
    cs, ce = ctx.clause(o.start)
    return _has(ctx, cs, min(ce, m.prefix_start), "running")


def own_span(ctx: Ctx, m: Mention) -> bool:
    """«خلال المعارك التي استمرت تسعة أيام»: a battle named again with a duration of its own."""
    return _has(ctx, m.end, min(ctx.clause(m.end)[1], m.end + 40), "own_span")


@lru_cache(maxsize=1)
def _this_act_order() -> dict:
    from .vocab import load_cues

    return {ffold(w): tuple(ts) for w, ts in load_cues()["period"].get("this_act", {}).items()}


_SINCE = ffold("منذ")
_ONSET = frozenset(ffold(w) for w in ("بدء", "بداية", "اندلاع"))


def since_owner(ctx: Ctx, c: Mention, cands: list[Mention]) -> list[Mention]:
    """«تواصلت الاشتباكات… ، وسيطر المقاتلون على البلدة، فيما أحصى المرصد مقتل 54 منذ اندلاع
    المواجهات»: a toll since the start of an act named by its noun is that act's; among the acts of
    its sentence, those of the kind the noun names first (cues.json period.this_act: the clashes
    before a taking), else the candidates as they are."""
    if c.figure is None or len(cands) < 2 or _SINCE not in ctx.sent_words(c.si):
        return cands
    ws = ctx.words_after(c.figure["end"], 8, limit=ctx.clause(c.figure["end"])[1])
    for k in range(len(ws) - 2):
        if ws[k].lstrip("و") == _SINCE and ws[k + 1] in _ONSET:
            for typ in _this_act_order().get(ws[k + 2], ()):
                first = [a for a in cands if a.type == typ and a.end <= c.prefix_start]
                if first:
                    return first
            break
    return cands


@lru_cache(maxsize=1)
def _people() -> dict[str, frozenset]:
    return {t: frozenset(ffold(w) for w in ws) for t, ws in _json("joins.json").get("its_people", {}).items()}


def told_of_its_people(ctx: Ctx, m: Mention) -> bool:
    """«وأضافت اللجان أن المعتقلين احتجزوا في الملعب البلدي»: a verb of m's kind with no figure whose
    subject right before it is the definite noun of that act's people (joins.json its_people) tells
    again the incident of those people (an anaphor)."""
    people = _people().get(m.type)
    if not people or m.pos != "verb" or m.figure is not None:
        return False
    before = ctx.words_before(m.prefix_start, 2, floor=ctx.clause(m.start)[0])
    return bool(before) and (before[-1] in people or " ".join(before[-2:]) in people)


@lru_cache(maxsize=1)
def _carriers() -> dict[str, frozenset]:
    return {t: frozenset(ffold(w) for w in ws) for t, ws in _json("joins.json").get("its_carriers", {}).items()}


def told_by_its_carrier(ctx: Ctx, m: Mention) -> bool:
    """«… . وقال مصدر محلي إن المسيرة أطلقت صاروخين على السيارة»: a strike whose clause has, in the
    few words right before it, the definite noun of what carries that kind of act (joins.json
    its_carriers) comes back to the strike told before with that carrier («طائرة مسيّرة»)."""
    carriers = _carriers().get(m.type)
    if not carriers:
        return False
    lo, hi = ctx.clause(m.start)
    ws = ctx.words_before(m.prefix_start, 3, floor=lo)
    if m.pos == "verb":
        ws = ws + ctx.words_after(m.end, 2, limit=hi)  # «وأطلقت المسيرة صاروخين»: the subject after its verb
    return any(w in carriers for w in ws) or any(f"{a} {b}" in carriers for a, b in zip(ws, ws[1:]))


def entered_and_took(ctx: Ctx, inc, m: Mention) -> bool:
    """«دخلت أرتال من الهيئة إلى مدينة عفرين وسيطرت عليها»: a column's entry (joins.json entry_words) and the
    taking told right after it by a verb joined by «و/ثم» with no subject of its own are one taking."""
    if inc.type != "reinforcement" or m.type != "territory_change" or m.pos != "verb":
        return False
    e = next((o for o in inc.mentions if o.si == m.si and o.end <= m.prefix_start and
              ffold(o.surface).removeprefix("و").startswith(_cues()["entry_words"])), None)
    if e is None:
        return False
    before = ctx.words_before(m.start, 1, floor=e.end)
    if not (ctx.text[m.prefix_start:m.start].endswith("و") or (before and before[-1] in ("و", "ثم", "وثم"))):
        return False
    return not any(a.prefix_start < m.end + 12 for a in ctx.m["actors"].starting(m.end, m.end + 12))


def took_and_settled(ctx: Ctx, inc, m: Mention) -> bool:
    """«دخلت وحدات من الجيش إلى درعا البلد ورفعت العلم وبدأت بتثبيت نقاط فيها», «… بعد خروج المسلحين منها
    وانتشار عناصر النظام في شوارعها»: a deployment (a post fixed, forces spread or posted) told after a taking in
    its sentence, joined by «و/ثم» with no subject named right after it, is how the takers held the place: part
    of the taking, not a deployment of its own."""
    if inc.type != "territory_change" or m.type != "reinforcement" or m.figure is not None:
        return False
    t = next((o for o in reversed(inc.mentions) if o.si == m.si and o.end <= m.prefix_start), None)
    if t is None:
        return False
    before = ctx.words_before(m.prefix_start, 1, floor=t.end)
    if not (ctx.text[m.prefix_start:m.start].startswith(("و", "ف")) or (before and (
            before[-1] in ("و", "ثم", "وثم") or before[-1][:1] == "و" and before[-1][1:] in _words("settle_openers")))):
        return False
    return not any(a.prefix_start < m.end + 12 for a in ctx.m["actors"].starting(m.end, m.end + 12))


LEAVERS = frozenset({"defection", "desertion"})  # acts of people leaving, whose other doings in leaving are theirs
REMOTE = frozenset({"airstrike", "shelling"})  # strikes from afar: air and artillery told together are one attack


def dominant(a: str, b: str) -> str:
    """The type of an incident of type a joined by a telling of type b (incidents.resolve; the learned join's
    merged records too, join_chooser.combine): a taking over its fighting, air strikes over shelling told with
    them, else the first."""
    if a == b or a in LEAVERS:
        return a  # (a defection keeps its type over how the defectors left: their_own_doing)
    if "territory_change" in (a, b):
        return "territory_change"
    if a in REMOTE and b in REMOTE:
        return "airstrike"
    return a


def their_own_doing(ctx: Ctx, d: Mention, m: Mention) -> bool:
    """«انشق عشرة عسكريين … وانسحبوا بأسلحتهم من الحاجز», «فرّوا من قطعاتهم … وعادوا إلى قراهم»: a verb of
    a withdrawal or a return (joins.json leaving_kinds) joined by «و/ثم» after a defection or desertion in
    its sentence, in the plural with no subject of its own (the leavers), with no figure, tells how they
    left: part of that act, not a withdrawal or a return of its own."""
    if d.type not in LEAVERS or m.type not in _words("leaving_kinds") or m.pos != "verb" or \
            m.figure is not None or m.si != d.si or m.prefix_start < d.end:
        return False
    f = ffold(m.surface)
    if not f.endswith("وا"):
        return False  # («وانسحبت القوات من البلدة»: a subject of its own after a singular verb)
    before = ctx.words_before(m.start, 1, floor=d.end)
    if not (ctx.text[m.prefix_start:m.start].endswith("و") or (before and before[-1] in ("و", "ثم", "وثم"))):
        return False
    return not any(a.prefix_start < m.end + 12 for a in ctx.m["actors"].starting(m.end, m.end + 12))


def _goes_on_opening(ctx: Ctx, s, limit: int) -> bool:
    """Sentence s opens (before limit) with «و» and a reporting verb, or a verb that goes on with the report («وأضاف
    أن 12 مدنياً قُتلوا»: cues.json continuation_verbs), and no word of a new story in its first four words: the
    report told before goes on (one test for report_goes_on and detail_goes_on)."""
    first = ctx.words_after(s.start, 4, limit=limit)
    if not first or not first[0].startswith("و") or not (first[0][1:].startswith(ctx.v.att_verbs) or
                                                         first[0] in ctx.v.continuation):
        return False
    return not set(first) & _words("new_story")


def report_goes_on(ctx: Ctx, c: Mention) -> bool:
    """«… . وقال الناطق باسم الجبهة لتلفزيون سوريا إن مقاتليها قتلوا أكثر من 30 عنصراً»: deaths with a
    figure and no place of their sentence, no date or sum of their own, in a sentence opened by «و» and a reporting verb
    followed by «إن/أن» (not one opening another story): the report goes on with the act told just
    before, they are its dead."""
    if c.figure is None or c.date[2] == "text" or c.aggregate or c.modality != "asserted" or c.si == 0:
        return False
    s = ctx.sents[c.si]
    if any(p.get("start", s.start) >= s.start for p in c.all_places):
        return False  # a place of their own sentence («بقصف على مدينة X»); «في المدينة» stands for the one told
    if not _goes_on_opening(ctx, s, c.prefix_start):
        return False
    if is_update(ctx, c):
        return False  # «وذكرت حصيلة جديدة أن سبعة قتلوا»: a new toll of the act (tolls.py joins it)
    n = ctx.words_between(s.start, c.prefix_start)
    before = ctx.words_before(c.prefix_start, n + 1, floor=s.start)
    if _THAT & set(before):
        return True
    # «… . وأفادت مصادر طبية بمقتل ثلاثة منهم», «وأكد الدفاع المدني مقتل خمسة مدنيين»: the death noun is the
    # reporting verb's own object (no «أن» clause), the first mention of the sentence
    # («وأعلن الدفاع المدني في حصيلة أولية مقتل تسعة»: a toll noun before it is the same deaths, no act)
    return c.pos == "noun" and n <= _OBJECT_REACH and not any(
        not _of_the_dead(t) for t in ctx.m["triggers"].starting(s.start, c.prefix_start)) or \
        _reported_of(ctx, c, before)


def _of_the_dead(t) -> bool:
    """A trigger that only ever names deaths or the hurt («حصيلة», «ضحايا»): no act of its own."""
    infos = t.value if isinstance(t.value, list) else [t.value]
    return all(i["type"] == "casualties" for i in infos)


def _reported_of(ctx: Ctx, c: Mention, before: list[str]) -> bool:
    """«وأفاد مصدر طبي بمقتل ستة وإصابة عشرة», «وتحدثت مصادر عن سقوط خمسة قتلى»: the dead are the reporting
    verb's complement, a verbal noun of dying after «ب» or «عن» (joins.json report_of), the trigger itself or
    right before the figure, however many mentions come before it."""
    heads = _words("report_of")
    own = ffold(ctx.text[c.prefix_start:c.end].split()[0]) if c.pos == "noun" else ""
    words = [*before[-3:], own] if own else before[-3:]
    for k, w in enumerate(words):
        if w.startswith("ب") and w[1:] in heads or w in heads and k and words[k - 1] == "عن":
            return True
    return False


_THAT = complementisers("that")
_OBJECT_REACH = 8  # words from the sentence's start to a death noun its reporting verb governs («وأفاد مدير … بمقتل»)


def referring(ctx: Ctx, m: Mention) -> bool:
    """m, a definite act noun with no figure, is governed by a preposition or a noun it completes (joins.json
    referring_governors; a prefixed «ب/ل»: «بالهجوم»): «فتح تحقيق في ملابسات الهجوم», «شارك في المظاهرة»,
    «أطلقوا النار على الضحايا». It names an act told before; it does not tell one."""
    if not m.anaphor or m.pos != "noun":
        return False
    pre = ffold(ctx.text[m.prefix_start:m.start]).removeprefix("و")
    if pre.startswith(("ب", "ل")):
        return True
    before = ctx.words_before(m.prefix_start, 1, floor=ctx.clause(m.start)[0])
    return bool(before) and (before[0] in _words("referring_governors") or
                             before[0].removeprefix("و") in _words("referring_governors"))


def gone_to(ctx: Ctx, p: dict) -> bool:
    """p is named as where someone went (joins.json destination_preps ≤ 5 words before it, no clause break: «ثم
    لاذوا بالفرار نحو بادية الرقة», «نقلوا الجثث إلى مدينة حمص»), not where an act happened."""
    if "start" not in p:
        return False
    before = ctx.words_before(p["start"], _GONE_REACH, floor=ctx.clause(p["start"])[0])
    return any(w in _words("destination_preps") for w in before)


_GONE_REACH = 5  # «اقتادتهم إلى فرع المخابرات في مدينة X»: the destination's preposition and the words that name it


def _stem(w: str) -> str:
    """A folded noun without «و», the article and an accusative, plural or feminine ending («والمسلحين», «مسلحون»
    → «مسلح»)."""
    if w.startswith("وال"):
        w = w[1:]
    w = w.removeprefix("ال")
    if w.endswith("ا") and len(w) >= 4:
        w = w[:-1]  # («حاجزاً»: the accusative's alif)
    for end in ("ين", "ون", "ات", "ان", "ه"):
        if w.endswith(end) and len(w) - len(end) >= 3:
            return w[:-len(end)]
    return w


def _raw_words(ctx: Ctx, pos: int, n: int, bound: int) -> list[str]:
    """The text of the word right after pos (n = 1) or right before it (n = -1), within bound, as written (not
    folded: «ألقته» folds to a word that opens like the article)."""
    if n > 0:
        j = bisect_left(ctx.tok_starts, pos)
        ok = j < len(ctx.tok_starts) and ctx.tok_starts[j] < bound
    else:
        j = bisect_left(ctx.tok_starts, pos) - 1
        ok = j >= 0 and ctx.tok_starts[j] >= bound
    return [ctx.text[ctx.tok_starts[j]:ctx.tok_ends[j]]] if ok else []


def _definite(raw: str) -> bool:
    return raw.startswith(("ال", "وال"))


def same_doer_again(ctx: Ctx, inc, m: Mention) -> bool:
    """«اعتقلت دورية … ستة شبان من بلدة X. … وأضاف أن الدورية اقتادتهم إلى فرع في مدينة Y», «هاجم مسلحون حاجزاً…
    . وقال المصدر إن المسلحين أطلقوا النار…»: a verb of the incident's kind in one of the next two sentences whose
    subject (right before it, or right after it) is a definite noun the incident's sentences named before it (the
    same doer named again, the way Arabic takes up an indefinite noun with the article) goes on with that act. Not
    with «أيضاً/كذلك» after it (another act of the doer), nor at a place of its own where it happened."""
    last = inc.mentions[-1]
    if m.pos != "verb" or m.type != inc.type or not 0 < m.si - last.si <= 2 or m.modality != last.modality or \
            m.another or m.aggregate or inc.main.aggregate:
        return False
    cs, ce = ctx.clause(m.start)
    after = ctx.words_after(m.end, 2, limit=ce)
    if set(after) & _words("also_words"):
        return False
    subj = [ffold(raw) for raw in _raw_words(ctx, m.prefix_start, -1, cs) + _raw_words(ctx, m.end, 1, ce)
            if _definite(raw)]
    if not subj:
        return False
    stems = {_stem(w) for w in subj} - {""}
    return bool(stems & _told_stems(ctx, inc, m.prefix_start))


def _told_stems(ctx: Ctx, inc, upto: int) -> set[str]:
    """The stems of the words of the incident's sentences, up to `upto`."""
    told: set[str] = set()
    for si in {o.si for o in inc.mentions}:
        st = ctx.sents[si]
        told.update(_stem(w) for w in ctx.words_after(st.start, ctx.words_between(st.start, st.end) + 1,
                                                       limit=min(st.end, upto)))
    return told


def named_again(ctx: Ctx, inc, m: Mention) -> bool:
    """«أعلن العميد سليم الحمدان انشقاقه… . وأوضح المسؤول أن انشقاق الحمدان يرفع عدد الضباط…»: an act noun with no
    figure in construct with a definite word the incident's sentences named (who did it or whom it befell), in one of
    the next two sentences, names the incident told before."""
    last = inc.mentions[-1]
    if m.pos != "noun" or m.figure is not None or m.type != inc.type or not 0 < m.si - last.si <= 2 or \
            m.modality != last.modality or m.another:
        return False
    nxt = ctx.words_after(m.end, 1, limit=ctx.clause(m.end)[1])
    if not nxt or not _definite(_raw_words(ctx, m.end, 1, ctx.clause(m.end)[1])[0]) or len(nxt[0]) < 5:
        return False
    if _also_after(ctx, m):
        return False  # «وطالت غارات الطيران كذلك بلدة X»: the doer named again does another act of the kind
    return _stem(nxt[0]) in _told_stems(ctx, inc, m.prefix_start)


_ALSO_REACH = 4  # an act noun, its construct (two words) and «أيضاً/كذلك»


def _also_after(ctx: Ctx, m: Mention) -> bool:
    """«أيضاً/كذلك» right after m's verb, or after m's noun and the words it governs (joins.json also_words)."""
    n = 2 if m.pos == "verb" else _ALSO_REACH
    return bool(set(ctx.words_after(m.end, n, limit=ctx.clause(m.end)[1])) & _words("also_words"))


def speakers_place(ctx: Ctx, m: Mention) -> bool:
    """m's place is named before the «أن/إن» that opens m's telling, in its sentence («وأوضح مصدر مسؤول في المحافظة
    لمراسل سانا أن عناصر الحاجز اشتبكوا…»): the speaker's, not the act's."""
    p = m.place
    if p is None or "end" not in p or p["end"] > m.prefix_start or ctx.sent_of(p["start"]) != m.si:
        return False
    n = ctx.words_between(p["end"], m.prefix_start)
    return bool(_THAT & set(ctx.words_after(p["end"], n + 1, limit=m.prefix_start)))


_BATTLE_SPAN = 14  # days: a toll since the onset of the battle told before sums that battle, not a campaign


def since_this_battle(ctx: Ctx, c: Mention) -> bool:
    """«… . وقال المرصد إن أكثر من 280 من مقاتلي التنظيم قتلوا منذ بدء الهجوم على القاعدة الأسبوع الماضي»: a
    toll counted since the onset of an act named by its noun (cues.json period.this_act, with or without the
    article: «منذ بدء هجوم التنظيم على المدينة») over a span of days, not a named campaign's months: the dead of the
    battle told before."""
    if c.figure is None or _SINCE not in ctx.sent_words(c.si):
        return False
    ws = ctx.words_after(c.start, 12, limit=ctx.clause(c.end)[1])
    acts = {w.removeprefix("ال") for w in _this_act_order()}
    if not any(ws[k].lstrip("و") == _SINCE and ws[k + 1] in _ONSET and ws[k + 2].removeprefix("ال") in acts
               for k in range(len(ws) - 2)):
        return False
    start, end = (c.period or {}).get("start"), (c.period or {}).get("end") or ctx.published
    if not start or not end:
        return False
    try:
        a = _date.fromisocalendar(int(start[:4]), int(start[6:8]), 1) if "-W" in start else _date.fromisoformat(start[:10])
        b = _date.fromisoformat(end[:10])
    except (TypeError, ValueError):
        return False
    return 0 <= (b - a).days <= _BATTLE_SPAN


_TAKEN_UP_REACH = 2  # words from a verb to the place noun that is its object («دخلوا المدينة», «سقطت على القرية»)


def place_taken_up(ctx: Ctx, m: Mention) -> bool:
    """m, a verb, has for its object a bare definite place noun (joins.json same_place_nouns, right after it or after
    one preposition: «إن المقاتلين دخلوا المدينة من أربعة محاور», «سقطت على القرية») that no name follows: the place
    of the act told before, taken up again (the way «البلدة ذاتها» names it with a word of sameness)."""
    if m.pos != "verb":
        return False
    ce = ctx.clause(m.end)[1]
    t = bisect_left(ctx.tok_starts, m.end)
    nouns = _words("same_place_nouns")
    for j in range(t, min(t + _TAKEN_UP_REACH, len(ctx.ftoks))):
        at = ctx.tok_starts[j]
        if at >= ce:
            return False
        w = ctx.ftoks[j].removeprefix("و")
        if w in nouns:
            end = ctx.tok_ends[j]
            # (no name of a place on the noun or right after it: «المدينة الرياضية في حلب», «الحي الشرقي»)
            return not ctx.places.between(at, end + 1) and ctx.places.first_after(end, end + 3) is None
        if w not in _words("referring_governors"):
            return False
    return False


def own_phrase_place(ctx: Ctx, m: Mention) -> bool:
    """m's place is named in its own phrase right after it (≤ 4 words, in its clause, no «و» word and no
    destination between: «في الهجوم على حاجز في بلدة X»), not borrowed from its sentence («… حي المروج واعتقلت 11
    شخصاً يشتبه بمشاركتهم في الهجوم») nor where someone went («نقل الجرحى إلى مستشفى X»)."""
    p = m.place
    if p is None or "start" not in p or p["start"] < m.end:
        return False
    if ctx.breaks_between(m.end, p["start"]) or ctx.words_between(m.end, p["start"]) > 4:
        return False
    between = ctx.words_after(m.end, ctx.words_between(m.end, p["start"]), limit=p["start"])
    return not any(w.startswith("و") or w in _words("destination_preps") for w in between)


def detail_goes_on(ctx: Ctx, inc, m: Mention) -> bool:
    """«استشهد ثمانية … بتفجير سيارة مفخخة في حي X. وذكر المحافظ أن السيارة كانت مركونة قرب محال وانفجرت في
    وقت الذروة»: the same kind of act told in the next sentence as a report goes on (opened by «و» and a reporting
    verb, m after «أن/إن»), with no place, dead or day of its own, not named as another, and no figure but a count
    where the act had none («قصف منازل المدنيين بعشرات القذائف»), is the detail of the act told before (a source's
    account of how it happened), not a second act."""
    last = inc.mentions[-1]
    if m.type != inc.type or m.si - last.si != 1 or m.place is not None and not gone_to(ctx, m.place) or \
            m.role != "count" or \
            m.another or m.aggregate or m.date[2] == "text" or m.modality != last.modality or \
            any(d.figure is not None for d in m.deaths) or inc.main.aggregate:
        return False
    if m.figure is not None and any(x.figure is not None and x.role == "count" for o in inc.mentions for x in [o] + o.deaths):
        return False  # (a count of its own where the act told before had one: another act's)
    s = ctx.sents[m.si]
    if not _goes_on_opening(ctx, s, m.prefix_start):
        return False
    return bool(_THAT & set(ctx.words_before(m.prefix_start, ctx.words_between(s.start, m.prefix_start) + 1,
                                             floor=s.start)))


def retold_by_doer(ctx: Ctx, inc, m: Mention) -> bool:
    """«قُتل 12 بغارات إسرائيلية… . وقال الجيش الإسرائيلي في بيان إنه ضرب آليات عسكرية»: a statement
    in the sentence after an act (or in its sentence), whose speaker is the act's agent and which
    tells an act of the speaker's own in the past («إنه/أنها» + a verb, not a plan or a threat), is
    the doer's telling of that act: a mention of the incident, not a statement of its own."""
    if m.type != "statement" or inc.type not in FIGHT or m.figure is not None or m.modality != "asserted":
        return False
    last = inc.mentions[-1]
    if not 0 <= m.si - last.si <= 1 or last.modality != "asserted":
        return False
    if not doer_speaks(inc, m):
        return False
    s = ctx.sents[m.si]
    ws = ctx.words_after(m.end, 12, limit=s.end)
    told = _words("self_told")
    for k, w in enumerate(ws[:-1]):
        if w in told:
            nxt = ws[k + 1]
            return nxt not in _words("not_retold") and not nxt.startswith(("س", "سي", "ست"))
    return False


def doer_speaks(inc, m: Mention) -> bool:
    """m's speaker (its source) is a doer of the incident, or speaks for one (joins.json speaks_for)."""
    speaker = (m.reported_by or {}).get("canonical") or next(
        (a.get("canonical") for a in m.actors if a["role"] == "source" and a.get("canonical")), None)
    agents = {a.get("canonical") for o in inc.mentions for a in o.actors if a["role"] == "agent"} - {None}
    return speaker is not None and bool(({speaker} | _speaks_for().get(speaker, frozenset())) & agents)


@lru_cache(maxsize=1)
def _speaks_for() -> dict[str, frozenset]:
    return {k: frozenset(v) for k, v in _json("joins.json").get("speaks_for", {}).items()}


def counter_toll(ctx: Ctx, c: Mention, group: list[Mention]) -> list[Mention]:
    """«قصفت طائرات روسية مدينة X…، فيما قالت وزارة الدفاع الروسية إن طائراتها قتلت 40 مسلحاً»: deaths
    told after a part word and a reporting verb of another source, with no act, no place of their own
    and no day of another act in their part, are the other side's count of the act told before the
    part word (its dead; the first telling's figure, when there is one, stays the event's)."""
    if c.figure is None or c.aggregate or c.modality != "asserted":
        return []
    # (a protest fired on: «… لإبعاد المحتجين، فيما تحدثت مصادر طبية عن إصابة ثمانية»; not when dead were told at
    # it already: «قُتل 17 خلال تظاهرات، في حين تحدثت وكالات عن 13 قتيلاً» is another count of those dead)
    told = any(o is not c and o.type == "casualties" and o.figure is not None and o.start < c.start for o in group)
    before = [a for a in group if (a.type in FIGHT or a.type in HURT_IN and not told) and a.end <= c.prefix_start
              and a.modality == "asserted" and not a.aggregate]
    if not before:
        return []
    a = before[-1]
    k = cut(ctx, a.end, c.prefix_start)
    if k is None or not any(w.lstrip("و").startswith(ctx.v.att_verbs)
                            for w in ctx.words_after(k.end, 2, limit=c.prefix_start)):
        return []
    if any(o.type in FIGHT and k.end <= o.prefix_start for o in group if o is not c):
        return []  # an act of its own part: the deaths are that act's (or the part is another story)
    if (c.reported_by or {}).get("surface") == (a.reported_by or {}).get("surface"):
        return []
    own = [p for p in c.all_places if p.get("start", k.end) >= k.end]
    theirs = a.all_places
    if own and not any(same_place(p, q) for p in own for q in theirs):
        return []
    if _has(ctx, k.end, ctx.clause(c.end)[1], "same_day"):
        return []
    if a.reported_by is None:
        c.reported_by = None  # (the other side is not the source of the event its first telling gives)
    return [a]


def other_day(inc, m: Mention) -> bool:
    """m is dated to a day by its own text and the incident to another day («… ليل أمس. وتجددت
    الاشتباكات صباح اليوم»): a week or a month around the day is no other day; the day a report came out
    («حسبما أفادت الشبكة اليوم الأحد») is no day of the act (report_day)."""
    return m.date[2] == "text" and m.date[1] == "day" and any(
        o.date[2] == "text" and o.date[1] == "day" and o.date[0] != m.date[0] and not reported_after(o, m)
        for o in inc.mentions)


def reported_after(a: Mention, b: Mention) -> bool:
    """One of two days told is a report's own day (report_day) and the other is that day or the day before it:
    an act of the night before reported the next day, not two days of acts."""
    if not (a.report_day or b.report_day) or a.date[1] != "day" or b.date[1] != "day":
        return False
    rep, act = (a, b) if a.report_day else (b, a)
    try:
        gap = (_date.fromisoformat(rep.date[0][:10]) - _date.fromisoformat(act.date[0][:10])).days
    except (TypeError, ValueError):
        return False
    return 0 <= gap <= 1 or b.report_day and a.report_day


@lru_cache(maxsize=1)
def _attack_verbs() -> frozenset[str]:
    from .vocab import load_types

    return frozenset(ffold(w) for w, v in load_types()["attack"]["triggers"].items() if str(v).startswith("verb"))


_DESCRIBE_REACH = 5  # words between an act noun and the verb that describes it


def describes(ctx: Ctx, a: Mention, m: Mention) -> bool:
    """«شن الطيران عدواناً جوياً من اتجاه الجولان استهدف عدداً من النقاط», «نفذت مسيرة ضربة استهدفت سيارة»: a
    generic attack verb (types.json attack triggers) right after an indefinite act noun of its sentence (≤ 5
    words, no clause break), with no subject of its own and no figure, is a relative clause of that noun (an
    Arabic relative clause after an indefinite noun takes no «الذي»): it tells what that act struck, the same act."""
    if m.pos != "verb" or a.pos != "noun" or a.definite or a.si != m.si or a.end > m.prefix_start or \
            m.figure is not None or ffold(m.surface) not in _attack_verbs():
        return False
    if ctx.breaks_between(a.end, m.prefix_start) or ctx.words_between(a.end, m.prefix_start) > _DESCRIBE_REACH:
        return False
    return not _subject_after(ctx, m)


def counter_opened(ctx: Ctx, m: Mention) -> bool:
    """m's sentence opens with a word of the other side (joins.json counter_openers: «في حين», «في المقابل»,
    «من جهتها») and a reporting or denying verb right after it («في حين ذكرت وكالة سانا أن…», «في المقابل، قالت
    وزارة الدفاع التركية إن…»), or with «أما» and a source whose verb takes «فـ» («أما وكالة سانا فتحدثت عن…»),
    before m: the other side's telling of what the sentence before told."""
    s = ctx.sents[m.si]
    first = [w for w in ctx.words_after(s.start, _COUNTER_REACH, limit=m.prefix_start) if w[:1].isalpha()]
    if first and first[0].removeprefix("و") == _AMMA:
        # «أما وكالة سانا فتحدثت عن…», «وأما المرصد فقال إن…»: «as for» a source, its verb opened by «فـ»
        nxt = [w for w in ctx.words_after(s.start, _AMMA_REACH, limit=m.prefix_start) if w[:1].isalpha()]
        return any(w.startswith("ف") and w[1:].startswith(ctx.v.att_verbs) for w in nxt[1:])
    for k in (1, 2):
        if " ".join(first[:k]) in _words("counter_openers"):
            return any(w.lstrip("و").startswith(ctx.v.att_verbs) or w.lstrip("و") in _words("denial_verbs")
                       for w in first[k:k + 2])
    return False


_COUNTER_REACH = 5
_AMMA = ffold("أما")
_AMMA_REACH = 10  # words from «أما» to the «فـ» verb of the source it names


_OPENING_REACH = 2  # words between «وفي» and the day it fronts («وفي الـ22 من آب», «وفي اليوم السابق»)


def opens_on_day(ctx: Ctx, si: int, day: str, limit: int | None = None) -> bool:
    """Sentence si opens on `day` fronted by one of joins.json dated_openers («وفي الـ22 من آب الماضي، …», «وفي اليوم
    السابق، …»: the day within its first words, before `limit`), a day other than the page's: the sentence tells
    an act of that day, set apart as its topic from the acts told before (incidents._dated_opening, coarse_told)."""
    if not day or len(day) != 10 or day == (ctx.published or "")[:10]:
        return False
    s = ctx.sents[si]
    first = ctx.words_after(s.start, 1, limit=s.end)
    if not first or first[0] not in _words("dated_openers"):
        return False
    end = s.end if limit is None else min(s.end, limit)
    return any(d.get("grain") == "day" and d.get("value") == day and d.get("start") is not None and
               ctx.words_between(s.start, d["start"]) <= _OPENING_REACH for d in ctx.dates.between(s.start, end))


def recap_opened(ctx: Ctx, m: Mention) -> bool:
    """m's sentence opens as a recap, «وكان/وكانت … قد» (joins.json recap_openers, then «قد» within its first
    words), and no part word («فيما/بينما») opens another story between that opening and m."""
    s = ctx.sents[m.si]
    first = ctx.words_after(s.start, _RECAP_REACH + 1, limit=s.end)
    if not first or first[0] not in _words("recap_openers") or _QAD not in first[1:]:
        return False
    return cut(ctx, s.start, m.prefix_start) is None


def recap_start(ctx: Ctx, m: Mention) -> int:
    """Where the recap m is told in begins, or -1: its sentence's start when the sentence opens as a recap
    (recap_opened), or a clause opener of joins.json recap_clause_openers («، إذ كانت القوات قد استهدفت…») followed by
    a recap opener and «قد» before m, in m's sentence, with no part word between it and m."""
    s = ctx.sents[m.si]
    if recap_opened(ctx, m):
        return s.start
    openers = _words("recap_clause_openers")
    if not openers & ctx.doc_words or _QAD not in ctx.doc_words:
        return -1
    t0, t1 = bisect_left(ctx.tok_starts, s.start), bisect_left(ctx.tok_starts, m.prefix_start)
    for j in range(t1 - 2, t0 - 1, -1):
        if ctx.ftoks[j] in openers and ctx.ftoks[j + 1] in _words("recap_openers"):
            if _QAD in ctx.ftoks[j + 2:min(t1, j + 2 + _RECAP_REACH)] and \
                    cut(ctx, ctx.tok_starts[j], m.prefix_start) is None:
                return ctx.tok_starts[j]
            return -1
    return -1


def names_same_place(ctx: Ctx, m: Mention) -> bool:
    """m's clause names its place as the one told before: a place noun and a word of sameness (joins.json
    same_place_nouns, same_place_words: «في القرية نفسها», «البلدة ذاتها»)."""
    cs, ce = ctx.clause(m.start)[0], ctx.clause(m.end)[1]
    ws = [w.lstrip("و").removeprefix("ب").removeprefix("ل").removeprefix("ف")
          for w in ctx.words_after(cs, ctx.words_between(cs, ce) + 1, limit=ce)]
    one, same = _words("same_place_nouns"), _words("same_place_words")
    return any(w in one and k + 1 < len(ws) and ws[k + 1] in same for k, w in enumerate(ws))


def date_recap(ctx: Ctx, m: Mention) -> None:
    """«… ، إذ كانت القوات قد استهدفت يوم الجمعة الماضي منازل في القرية»: an act told in a recap with no day of its own
    read is dated by the one day its recap tells (between the recap's opening and the end of m's clause)."""
    if m.date[2] == "text":
        return
    rs = recap_start(ctx, m)
    if rs < 0:
        return
    days = {d["value"] for d in ctx.dates.between(rs, ctx.clause(m.end)[1]) if d.get("grain") == "day" and d.get("value")}
    if len(days) == 1:
        m.date = (days.pop(), "day", "text")


def recap_of_a_report(ctx: Ctx, m: Mention, rs: int) -> bool:
    """«وكان ناشطون قد قالوا إن الطيران قصف بلدة حيش», «وكان النقيب قد أعلن انشقاقه»: a reporting verb between the
    recap's opening (rs) and m: the recap recalls a report, which tells its act (not an act recalled as history)."""
    n = ctx.words_between(rs, m.prefix_start)
    return any(w.lstrip("و").startswith(ctx.v.att_verbs) for w in ctx.words_after(rs, n + 1, limit=m.prefix_start))


def similar_after(ctx: Ctx, m: Mention) -> bool:
    """«كما شهدت مدينة بنش مظاهرة مماثلة», «غارة أخرى على بلدة…»: a word of joins.json similar_words right after m,
    in its clause, names its act as another of the kind («آخر» before a noun is «the last of»: «طرد آخر عناصر
    التنظيم»)."""
    ws = ctx.words_after(m.end, 2, limit=ctx.clause(m.end)[1])
    return bool(ws) and ws[0] in _words("similar_words") and not (ws[0] in _LAST and len(ws) > 1)


_LAST = frozenset(ffold(w) for w in ("آخر", "اخر"))


def recap_another(ctx: Ctx, m: Mention) -> bool:
    """The recap names its act as another of the kind: a word of joins.json similar_words among its opening words
    up to «قد» («وكانت عبوة أخرى قد انفجرت») or right after m («وكان هجوم مماثل قد استهدف»)."""
    s = ctx.sents[m.si]
    similar = _words("similar_words")
    if set(ctx.words_after(m.end, 2, limit=s.end)) & similar:
        return True
    blocked = ctx.memo.get(("blocked", m.si), [])  # («وكانت مصادر أخرى قد ذكرت…»: other sources, not another act)
    t = bisect_left(ctx.tok_starts, s.start)
    for j in range(t, min(t + _RECAP_REACH + 1, len(ctx.ftoks))):
        w, at = ctx.ftoks[j], ctx.tok_starts[j]
        if at >= s.end or w == _QAD:
            return False
        if w in similar and not any(a <= at < b for a, b in blocked):
            return True
    return False


_QAD = ffold("قد")
_RECAP_REACH = 6  # words of a recap's subject between «وكان» and «قد»
_REPORT_REACH = 6  # words from a reporting verb to the day that dates the report


def report_day(ctx: Ctx, m: Mention) -> bool:
    """«وقُتل في الغارات 17 شخصاً، حسبما أفادت شبكة محلية اليوم الأحد», «بحسب ما أعلنه الدفاع المدني اليوم
    الخميس», «قال المرصد يوم الاثنين إن…»: m's day is told only right after a reporting verb and its source
    (≤ 6 words, no clause break, no complementiser and no act between them): the day the report came out, not
    the day of the act (an act of the night before is told the next morning). Such a day does not part two
    tellings of one act."""
    if m.date[2] != "text" or m.date[1] != "day":
        return False
    s = ctx.sents[m.si]
    ds = [d for d in ctx.dates.between(s.start, s.end) if d.get("value") == m.date[0]]
    return bool(ds) and all(_on_report(ctx, d, m, s.start) for d in ds)


def _on_report(ctx: Ctx, d: dict, m: Mention, floor: int) -> bool:
    t = bisect_left(ctx.tok_starts, d["start"])
    n = 0
    # «أعلنت الوزارة، اليوم الأحد، مقتل تسعة…»: a day set off by commas right after the reporting verb and its
    # source is still the report's (the comma before it is no clause break)
    head = ctx.text[:d["start"]].rstrip()
    upto = len(head) - 1 if head.endswith("،") and ctx.text[d["end"]:].lstrip().startswith("،") else d["start"]
    for j in range(t - 1, -1, -1):
        start = ctx.tok_starts[j]
        if start < floor or ctx.breaks_between(start, upto):
            return False
        w = ctx.ftoks[j]
        if not w[:1].isalpha():
            continue  # («شبكة «فرات بوست» المحلية اليوم»: the quotes of a name)
        n += 1
        if n > _REPORT_REACH:
            return False
        if w in _THAT:
            return False  # («قال إن الطيران شن فجر اليوم…»: the day of the act told after it)
        if w.lstrip("و").startswith(ctx.v.att_verbs):
            # (the report's own vehicle between, «وقالت الوزارة في بيان اليوم إن…», is no act of another day)
            return not start < m.start < d["start"] and not any(
                (h.value or {}).get("type") != "statement" for h in ctx.m["triggers"].starting(start + 1, d["start"]))
    return False


def body_over_headline(inc, head_end: int) -> None:
    """«مقتل 10 مدنيين بغارات…» (a headline line) over «قُتل 12 مدنياً على الأقل…» (the body): the body's
    figure of the same role is the event's; the headline's is a telling of it, often rounded or earlier."""
    told = [x for o in inc.mentions for x in [o] + o.deaths if x.figure is not None]
    body = {x.role for x in told if x.start >= head_end}
    for x in told:
        if x.start < head_end and x.role in body:
            x.earlier = True
    inc.deaths.sort(key=lambda d: d.start < head_end and d.role in body)
    if any(o.start < head_end and o.type != inc.type for o in inc.mentions):
        inc._main = None  # (a headline's deaths joined to the lead's act: the fullest telling is asked again)


def _head_end(ctx: Ctx) -> int:
    """The end of the text's first line when it is a headline line, else -1."""
    ends = ctx.headline_ends
    return ends[0] if ends and "\n" not in ctx.text[:ends[0]] else -1


def mark_body_leads(ctx: Ctx, ms: list[Mention]) -> None:
    """Remember, per kind of act, the first telling after a headline line (headline_again asks)."""
    head = _head_end(ctx)
    first: dict[str, int] = {}
    if head >= 0:
        for m in ms:
            if m.start > head:
                first.setdefault(m.type, id(m))
                if m.type in HURT_IN:
                    first.setdefault("_act", id(m))  # (the body's first act that can kill or hurt)
            else:
                first["_head_" + m.type] = 1  # (the kinds the headline tells)
    ctx.memo["joins_head"] = (head, first)


_REMOTE_KINDS = frozenset({"airstrike", "shelling"})


def headline_again(ctx: Ctx, inc, m: Mention) -> bool:
    """m is the body's first telling of the kind of act the incident tells in the headline line only."""
    head, first = ctx.memo.get("joins_head", (-1, {}))
    # («قتلى بقصف على مدينة أريحا» over «قتل أربعة بغارات جوية روسية على مدينة أريحا»: a headline's bombardment
    # is the body's strike, air or artillery)
    if head < 0 or m.start < head or first.get(m.type) != id(m) or \
            inc.type != m.type and not ({inc.type, m.type} <= _REMOTE_KINDS and inc.type not in first):
        return False  # (the body tells the headline's own kind too: that telling is the headline's)
    return all(o.start < head and o.modality == m.modality for o in inc.mentions) and not other_day(inc, m)


def headline_dead_again(ctx: Ctx, inc, m: Mention) -> bool:
    """A headline line that tells deaths and the body's first telling of the act they fell in, or a headline act
    and the body's first deaths that no act of their own sentence took: one incident told as headline and lead
    («صواريخ تصيب مستشفى.. ومنظمة طبية: تسعة قتلى» over «… أصابت مستشفى في بلدة X، ما أسفر عن مقتل تسعة»;
    «اغتيال قيادي سابق بريف درعا الغربي» over «أطلق مسلحون النار على الشاب … في بلدة X، ما أدى إلى مقتله»)."""
    head, first = ctx.memo.get("joins_head", (-1, {}))
    if head < 0 or m.start < head or inc.type == m.type:
        return False
    if inc.type == "casualties" and m.type in HURT_IN:
        if first.get("_act") != id(m) or any("_head_" + k in first for k in
                                             (_REMOTE_KINDS if m.type in _REMOTE_KINDS else (m.type,))):
            return False  # (a headline that tells the act too: its deaths are told with it, «قصف… و47 قتيلاً»)
    elif m.type == "casualties" and inc.type in HURT_IN:
        if first.get("casualties") != id(m) or m.aggregate:
            return False
    else:
        return False
    return all(o.start < head and o.modality == m.modality and not o.aggregate for o in inc.mentions) and \
        not other_day(inc, m)


def other_doer(ctx: Ctx, inc, m: Mention, c) -> bool:
    """«قصفت قوات النظام بلدة X بالمدفعية، فيما قصفت الطائرات الروسية أطرافها»: the same kind of act
    told after a part word (not a report of another source: that is the other side's telling) by a
    doer of its own, known, who is neither a doer nor a target of the incident: another incident."""
    if m.type != inc.type or m.type not in FIGHT and m.type != "arrest" or m.si != ctx.sent_of(c.start):
        return False  # (the shares of a toll by who killed them are its breakdown, not acts)
    if ffold(m.surface) in ctx.v.withdrawal:
        return False  # «فيما انسحبت قوات النظام منها»: the losing side's part of the taking
    if any(w.lstrip("و").startswith(ctx.v.att_verbs) for w in ctx.words_after(c.end, 2, limit=m.prefix_start)):
        return False
    mine = {a.get("canonical") for a in m.actors if a["role"] == "agent"} - {None}
    if not mine:
        return False
    theirs = {a.get("canonical") for o in inc.mentions for a in o.actors if a["role"] in ("agent", "target")}
    agents = {a.get("canonical") for o in inc.mentions for a in o.actors if a["role"] == "agent"} - {None}
    return bool(agents) and not (mine & theirs)


def also_another(ctx: Ctx, inc, m: Mention) -> bool:
    """«… سيطروا على مقر الفوج. وقالت إن الفصائل سيطرت أيضاً على 12 قرية في ريف حلب», «وقصفت كذلك مواقع في…»:
    the same kind of act told again with «أيضاً/كذلك» right after its verb (joins.json also_words), at a place of
    its own, is another act of that kind, not the first told again."""
    if m.pos not in ("verb", "noun") or m.place is None or not _also_after(ctx, m):
        return False
    return not any(same_place(p, m.place) for p in _inc_places(inc))


def fight_led_to_taking(ctx: Ctx, m: Mention, group: list[Mention]) -> bool:
    """«أفاد المراسل بأن وحدات الجيش دخلت مدينة X في ريفها الجنوبي، اليوم، بعد معارك عنيفة», «حرّر المقاتلون
    الحي الثالث في المدينة إثر اشتباكات قُتل فيها 17»: a fight named only as what came before the act of its
    clause (joins.json fight_led_to right before it), that act's place named before it in the clause and no act
    told there, is how the place was taken: one taking with the fight's dead (README: a taking after fighting is
    one event). A clause that tells its act («سيطرت … بعد اشتباكات») folds the fight into it already."""
    if m.type != "armed_clash" or m.pos != "noun" or m.anaphor or m.aggregate or m.modality != "asserted" or \
            m.recalled is not None:
        return False
    s = ctx.sents[m.si]
    part = cut(ctx, s.start, m.prefix_start)
    cs = part.end if part is not None else s.start  # (a clause here runs over commas: its asides, its day)
    before = ctx.words_before(m.prefix_start, 1, floor=cs)
    places = ctx.places.between(cs, m.prefix_start)
    if not before or before[-1].lstrip("و") not in _words("fight_led_to") or not places:
        return False
    if not ctx.m["actors"].starting(cs, places[-1]["start"]):
        return False  # «عاد الهدوء إلى مدينة X بعد اشتباكات»: no force named as the taker before the place, no taking
    if _ON in ctx.words_after(m.end, 3, limit=ctx.sents[m.si].end):
        return False  # «شهدت المدينة توتراً عقب هجوم لمسلحين على دورية»: an attack on a target, an act of its own
    return not any(o is not m and cs <= o.start < m.prefix_start for o in group)


_ON = ffold("على")


def fight_led_to_told(ctx: Ctx, inc, m: Mention) -> bool:
    """joins.json `fight_led_to_told`: «بسطت القوات سيطرتها على قرى في منطقة X، إثر مواجهات قُتل فيها عشرات»: a
    fight noun right after a word of `fight_led_to`, in the sentence of a taking told before it (of the incident
    it may join, of its modality), is how the place was taken: the taking's incident, with the fight's dead, even
    where the fight is placed at the area around the places taken (README: a taking after fighting is one event).
    A fight after a clause break («فيما», «بينما») or with a taking of its own after it is not."""
    if not switched("fight_led_to_told") or inc.type != "territory_change" or m.type != "armed_clash" or \
            m.pos != "noun" or m.anaphor or m.aggregate or inc.main.aggregate:
        return False
    taking = [o for o in inc.mentions if o.type == "territory_change" and o.si == m.si and o.end <= m.prefix_start]
    if not taking or taking[-1].modality != m.modality:
        return False
    before = ctx.words_before(m.prefix_start, 1, floor=taking[-1].end)
    if not before or before[-1].lstrip("و") not in _words("fight_led_to"):
        return False
    apart = frozenset(ffold(w) for w in (_json("joins.json").get("fight_led_to_told") or {}).get("not_between", ()))
    if any(ffold(w).lstrip("و") in apart for w in ctx.text[taking[-1].end:m.prefix_start].replace("،", " ").split()):
        return False  # («انسحب من المدينة، قائلاً إنه أراد صون حياة المدنيين إثر معارك»: a telling of its own)
    ctx.memo.setdefault("led_to_told", set()).add(id(m))  # (splitter.candidates: no cut at its place)
    return True
