"""The clause structure of one sentence, for the question "whose deaths are these?".

A sentence tells a MAIN act and around it clauses with roles (cues.json `clause_roles`):

- a RESULT clause continues the act told before it: «…، ما أدى إلى مقتل ثلاثة منهم», «أسفرت
  عن…», «خلّفت…», a death verb whose pronoun points back at the act («معارك قتل فيها 11»), or a
  death clause that names the act again («قُتلوا في الهجوم»). Its deaths (and a kill told as an
  act: «ما أسفر عن تحييد 28») belong to that act: the nearest act BEFORE it that is not one of
  the next two kinds;
- a MEANS or OPENING act: the act by which the main act was done or began («بدأ بتفجير عربتين»,
  «هاجموا الحاجز بسيارة مفخخة»), told right after an act in the same clause or after a word of
  beginning (cues.json clause_roles.means_before);
- an ACCOMPANYING act: «ترافقت مع قصف…», «بالتزامن مع غارات…», «وسط قصف…».

Neither a means nor an accompanying act owns the deaths of the act it serves (users sum
fatalities: the dead of an assault opened by car bombs are the assault's, once). A death told
with no result role keeps the nearest act of its sentence, as before (incidents.resolve).
Everything is looked up in the sentence's cue lists (bisect), so the cost stays linear.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ...arabic.normalize import fold_str
from .context import Ctx
from .mentions import Mention, parted
from .vocab import complementisers, cue_words, ffold, load_cues


@lru_cache(maxsize=1)
def _roles() -> tuple[frozenset, frozenset, frozenset, frozenset]:
    """(pronouns after a death verb that point back at the act, words of beginning before a means,
    words before an accompanying act, result cue words as folded single words)."""
    c = load_cues().get("clause_roles", {})
    words = lambda k: frozenset(fold_str(w) for w in c.get(k, []))  # noqa: E731
    return words("back_pronouns"), words("means_before"), words("accompanying"), words("result_single")


def result_clause(ctx: Ctx, c: Mention, acts: list[Mention]) -> bool:
    """c (a death, or a kill told as an act) is told as the result of an act before it."""
    back, _, _, single = _roles()
    after = ctx.words_after(c.end, 1, limit=ctx.sents[c.si].end)
    if after and after[0] in back:
        return True  # «معارك … قتل فيها 11 مقاتلاً»
    prior = [a for a in acts if a is not c and a.end <= c.prefix_start]
    if not prior:
        return False
    lo = prior[-1].end
    if ctx.m["result"].starting(lo, c.prefix_start + 1):
        return True  # «…، ما أدى إلى مقتل ثلاثة منهم», «أسفرت عن اعتقال…»
    ws = ctx.words_before(c.prefix_start, 3, floor=lo)
    if any(w in single or w.lstrip("و") in single for w in ws):
        return True  # «خلفت 12 قتيلاً»
    return names_act(ctx, c)


def names_act(ctx: Ctx, c: Mention) -> bool:
    """«قُتل 47 جندياً في الهجوم», «قضوا جراء القصف»: the death's clause names the act told before
    with a definite act noun after it."""
    ce = ctx.clause(c.start)[1]
    return any(ctx.words_between(c.end, x.prefix_start) <= 8 for x in ctx.m["anaphor_acts"].starting(c.end, ce))


def means(ctx: Ctx, a: Mention, acts: list[Mention]) -> bool:
    """a is the means or the opening of another act of its sentence told before it: an act noun
    with «بـ» after that act in its clause («هاجموا الحاجز بسيارة مفخخة»), or after a word of beginning
    («بدأ بتفجير عربتين», «استهلت هجومها بقصف…»)."""
    if a.pos != "noun":
        return False
    pre = ffold(ctx.text[a.prefix_start:a.start])
    # «بسيارة مفخخة», or joined by و to such a phrase: «بالأسلحة الرشاشة والقذائف»
    with_b = pre.endswith(("ب", "بال")) or pre.startswith("و") and any(
        w.startswith("ب") and len(w) > 2 for w in ctx.words_before(a.prefix_start, 3, floor=ctx.sents[a.si].start))
    begun = _begun(ctx, a)
    if not with_b and not begun:
        return False
    head = head_of(a, acts)
    if head is None:
        return False
    return begun or ctx.breaks_between(head.end, a.prefix_start) == 0 and \
        ctx.words_between(head.end, a.prefix_start) <= _MEANS_REACH


_MEANS_REACH = 12  # words from the act to its «بـ» phrase: the object and the place come between


def head_of(a: Mention, acts: list[Mention]) -> Mention | None:
    """The act told last before a in its sentence."""
    return next((o for o in reversed(acts) if o is not a and o.end <= a.prefix_start and o.si == a.si), None)


def _begun(ctx: Ctx, a: Mention) -> bool:
    _, begin, _, _ = _roles()
    s = ctx.sents[a.si]
    if not ctx.m["means_before"].starting(s.start, a.prefix_start):
        return False
    ws = ctx.words_before(a.prefix_start, 2, floor=ctx.sents[a.si].start)
    return bool(ws) and (ws[-1] in begin or ws[-1].lstrip("و") in begin) or \
        len(ws) > 1 and (ws[-2] in begin or ws[-2].lstrip("و") in begin) and ws[-1] in _FILLERS


_FILLERS = frozenset(cue_words("clause_words", "fillers"))


def accompanying(ctx: Ctx, a: Mention, acts: list[Mention] | None = None) -> bool:
    """«اشتباكات عنيفة ترافقت مع قصف مكثف على الحي»: an act told as what went along with another
    (with `acts`: an act of its sentence told before it)."""
    _, _, along, _ = _roles()
    if not ctx.m["accompanying"].starting(ctx.sents[a.si].start, a.prefix_start) or \
            acts is not None and head_of(a, acts) is None:
        return False
    ws = ctx.words_before(a.prefix_start, 2, floor=ctx.sents[a.si].start)
    return any(w in along or w.lstrip("و") in along for w in ws)


def serves(ctx: Ctx, a: Mention, acts: list[Mention], means_too: bool = True) -> bool:
    """a is the means, the opening or the accompaniment of the act told before it in its
    sentence; an accompanying act with a place of its own («وسط غارات على مدينة حرستا») is an
    act of its own."""
    if means_too and means(ctx, a, acts):
        return True
    if not accompanying(ctx, a, acts):
        return False
    head = head_of(a, acts)
    return a.place is None or head.place is None or place_key(a.place) == place_key(head.place)  # type: ignore[union-attr]


def place_key(p: dict):
    """One key for a place record: its gazetteer id, or its folded surface when it has none (an
    unlisted village); incidents and tellings compare places by it too."""
    return p.get("id") or ffold(p.get("surface") or "")


def owner(ctx: Ctx, c: Mention, cands: list[Mention], acts: list[Mention]) -> Mention:
    """The act c's deaths belong to, among its sentence's candidate acts (`acts`: every act
    mention of the sentence, in order)."""
    heads = [a for a in cands if not means(ctx, a, acts)] or cands
    heads = [a for a in heads if not serves(ctx, a, acts, means_too=False)] or heads
    # «… وقتلت خمسة عناصر منها، بحسب …، بالتزامن مع قصف مدفعي على قرية قسطون»: an act told after the dead as
    # what went along with the main act is an act of its own (its place), never the owner of dead told before it
    heads = [a for a in heads if not (a.start > c.end and accompanying(ctx, a, acts))] or heads
    at = _at_their_place(ctx, c, heads)
    if at is not None:
        return at  # «غارات على قرية البارة، بالتزامن مع قصف على بلدة كفرعويد، ما أسفر عن مقتل خمسة في البارة»
    # «تصدت الفصائل لمحاولة تقدم القوات … وقتلت خمسة عناصر منها، بالتزامن مع قصف مدفعي على قرية قسطون»: an act
    # told after the dead as accompanying the act before them (an act of its own at its own place) is not theirs
    heads = [a for a in heads if not (a.start > c.end and accompanying(ctx, a, acts))] or heads
    if result_clause(ctx, c, acts):
        before = [a for a in heads if a.end <= c.prefix_start]
        if before:
            return before[-1]
    return min(heads, key=lambda a: abs(a.start - c.start))


def _at_their_place(ctx: Ctx, c: Mention, heads: list[Mention]) -> Mention | None:
    """The one act among several of the sentence, each at a place of its own, whose place the deaths' own
    clause names right after them («…، ما أسفر عن مقتل خمسة مدنيين في البارة»): the dead are where that act was."""
    if len(heads) < 2:
        return None
    keys = [place_key(a.place) if a.place is not None else None for a in heads]
    if None in keys or len(set(keys)) < 2:
        return None
    hi = ctx.clause(c.start)[1]
    p = next(iter(ctx.places.between(c.end, hi)), None)
    if p is None or ctx.words_between(c.end, p["start"]) > _DEAD_AT_REACH:
        return None
    at = [a for a, k in zip(heads, keys) if k == place_key(p)]
    return at[-1] if at else None  # (one act told by two mentions at its place: the last, as owner() takes)


_DEAD_AT_REACH = 6  # words from the death word to its place («مقتل خمسة مدنيين بينهم طفلان في البارة»)


def cause_of(ctx: Ctx, a: Mention, c: Mention) -> bool:
    """a is told as the cause of the toll c before it, with no figure of its own: «وثقت مقتل 300
    مدني خلال الشهر، قضى معظمهم بالبراميل المتفجرة», «… جراء الغارات الروسية»: it names what
    killed them, it is not an incident the toll belongs to (a toll over a period stays a toll)."""
    if a.start < c.end or a.si != c.si:
        return False
    if a.figure is not None and ctx.words_between(a.figure["end"], a.start) > 0:
        return False  # (a figure that counts the act itself, «جراء مئات الغارات», is no toll of its own)
    if parted(ctx, c.end, a.prefix_start):
        return False
    ws = ctx.words_before(a.prefix_start, 3, floor=c.end)
    cause = _cause_words()
    if ws and (ws[-1] in cause or ws[-1].lstrip("و") in cause):
        return True
    if _conjunct_of_cause(ctx, a, c, cause):
        return True
    # «قضى معظمهم بالبراميل»: the act's own «بـ» after a death verb or a share of the dead
    if not ffold(ctx.text[a.prefix_start:a.start]).startswith(("ب", "وب")):
        return False
    if any(w in cause or w.lstrip("و") in cause for w in ws[-2:]):
        return True
    # «بينهم 23 قُتلوا في عمليات اغتيال بالرصاص المباشر أو بالعبوات الناسفة»: a means joined by «أو» to the means
    # before it is a cause as that one is
    return bool(ws) and ws[-1] in _OR and any(w in cause or w.lstrip("و") in cause
                                              for w in ctx.words_before(a.prefix_start, 8, floor=c.end))


_OR = frozenset(cue_words("clause_words", "or"))
_CONJUNCT_REACH = 4


def _conjunct_of_cause(ctx: Ctx, a: Mention, c: Mention, cause: frozenset) -> bool:
    """«مقتل 45 مدنياً خلال الأسبوع الماضي جراء الغارات الجوية والقصف المدفعي»: an act joined by «و» to the
    act named as the cause of the toll (a trigger at most `_CONJUNCT_REACH` words before it, no break between,
    a cause word or «بـ» of means right before that one) is a cause as that one is: a toll of several kinds of
    act belongs to none of them."""
    if not ffold(ctx.text[a.prefix_start:a.start]).startswith("و"):
        return False
    prev = [t for t in ctx.m["triggers"].starting(c.end, a.prefix_start) if t.end <= a.prefix_start]
    if not prev:
        return False
    t = prev[-1]
    if ctx.breaks_between(t.end, a.prefix_start) or ctx.words_between(t.end, a.prefix_start) > _CONJUNCT_REACH:
        return False
    tok = ctx.tokens[ctx.tok_of(t.start)]
    ws = ctx.words_before(tok.start, 1, floor=c.end)
    if any(w in cause or w.lstrip("و") in cause for w in ws):
        return True
    return ffold(tok.text).startswith(("ب", "وب")) and any(w in cause or w.lstrip("و") in cause for w in
                                                            ctx.words_before(tok.start, 6, floor=c.end))


@lru_cache(maxsize=1)
def _cause_words() -> frozenset:
    return frozenset(fold_str(w) for w in load_cues().get("clause_roles", {}).get("cause_before", []))


def same_story(ctx: Ctx, a: Mention, c: Mention) -> bool:
    """a and c are told in one proposition: no «فيما/بينما» between them, and c is not in a
    clause of its own that reports something new («…، مشيراً إلى أن حصيلة القتلى في عموم سوريا
    بلغت 121»: a clause break, then a complementiser «أن/إن» before c)."""
    lo, hi = (a.end, c.prefix_start) if a.end <= c.prefix_start else (c.end, a.prefix_start)
    if parted(ctx, lo, hi):
        return False
    if not ctx.breaks_between(lo, hi):
        return True
    i = bisect_right(ctx.breaks, hi) - 1
    last = ctx.breaks[i] if i >= 0 else lo
    return not _THAT & set(ctx.words_before(hi, ctx.words_between(max(last, lo), hi), floor=max(last, lo)))


_THAT = complementisers("that", "and_that")


def kill_as_result(ctx: Ctx, m: Mention, acts: list[Mention]) -> bool:
    """«قصفت المدفعية 19 موقعاً…، ما أسفر عن تحييد 28 عنصراً», «… أسفرت عن القضاء على 30»: a kill
    trigger of an act type told as the result of another act of its sentence is that act's
    deaths, not an incident of its own."""
    if m.sub != "killed":
        return False
    if _joined_kill(ctx, m, acts):
        return True  # «استهدفت وحدات الجيش مصادر القذائف ودمرت منصتين وقضت على عدد من الإرهابيين»: the act's dead
    if m.figure is None:
        return False
    if any(_done_in(ctx, m, a) for a in acts if a is not m and a.start > m.figure["end"] and a.sub != "killed"
           and a.type != m.type):
        return True  # «تحييد 51 عنصراً … في قصف مدفعي»: the dead of the act they fell in
    prior = [a for a in acts if a is not m and a.end <= m.prefix_start and a.sub != "killed"]
    if not prior:
        # «… . وأعلنت الوزارة تحييد 14 عنصراً في القصف»: the act named again, told before
        return m.si > 0 and all(a is m or a.anaphor and a.start > m.end for a in acts) and names_act(ctx, m)
    lo = prior[-1].end
    if not ctx.m["result"].starting(lo, m.prefix_start):
        return False
    return not parted(ctx, lo, m.prefix_start)




def _joined_kill(ctx: Ctx, m: Mention, acts: list[Mention]) -> bool:
    """«وجه الطيران ضربات على تجمعات الإرهابيين في محيط البلدة، وقضى على 30 منهم», «استهدفت … ودمرت منصتين وقضت
    على عدد من الإرهابيين»: a kill verb joined by «و» to an act verb or noun told before it in its sentence, with no
    subject of its own after it (the doer goes on) and no part word between, tells that act's dead, not a fight of
    its own."""
    if m.pos != "verb" or not ctx.text[m.prefix_start:m.start].startswith("و"):
        return False
    prior = [a for a in acts if a is not m and a.end <= m.prefix_start and a.sub != "killed" and a.si == m.si
             and a.type in _STRUCK | {"armed_clash"} and a.modality == m.modality]
    # («أفشل الجيش محاولة تقدم … وحيّد 6 منهم»: after an advance repelled, the kill is the fighting itself)
    if not prior or parted(ctx, prior[-1].end, m.prefix_start):
        return False
    return ctx.m["actors"].first_after(m.end, m.end + 3) is None


def others(ctx: Ctx, c: Mention, a: Mention) -> bool:
    """«قتل 64 عنصراً في الغارة، فيما أصيب أكثر من 90 آخرين»: a toll of «others» after «فيما» counts
    more people hurt by what was told before it (the act a, before c in its sentence): the same
    incident, not a parallel story."""
    if c.figure is None or a.end > c.prefix_start or a.si != c.si:
        return False
    after = ctx.words_after(c.figure["end"], 2, limit=ctx.sents[c.si].end)
    return any(w in ctx.v.another for w in after[:2])


def goes_with(ctx: Ctx, c: Mention, a: Mention) -> bool:
    """The toll c told after «فيما/بينما» is still the act a's: more people hurt («فيما أصيب 90
    آخرين», `others`) or a count since the start of a itself («فيما أحصى المرصد مقتل 54 منذ اندلاع
    المواجهات», `since_act`)."""
    return others(ctx, c, a) or since_act(ctx, c, a) or _hurt_there(ctx, c, a) or _struck_after(ctx, c, a)


_STRUCK = frozenset({"airstrike", "shelling", "explosion"})
AFTER_THAT = frozenset(cue_words("clause_words", "after_that"))


def _struck_after(ctx: Ctx, c: Mention, a: Mention) -> bool:
    """«استشهد خمسة مدنيين … بعد أن أسقطت مروحية برميلين على الحي», «قُتل قيادي وسائقه بعد أن استُهدفت
    سيارتهما بصاروخ»: a strike, a shell or a blast told in the «بعد أن» clause right after the toll (the
    first act after it, one verb at most between: «بعد أن سقطت قذيفة») is what killed them, not a later
    story («قُتل بعد أن اعتقلته قوات الأمن» keeps its own reading: only remote violence is a cause told so)."""
    if a.type not in _STRUCK or c.end > a.prefix_start or a.si != c.si or a.modality != c.modality:
        return False
    brk = list(ctx.m["breaks"].starting(c.end, a.prefix_start))
    if not brk:
        return False
    last = max(b.prefix_start for b in brk)
    that = next((b for b in brk if b.prefix_start == last and ffold(b.surface) in AFTER_THAT), None)
    if that is None or ctx.words_between(that.end, a.prefix_start) > 2:
        return False
    # («استشهد خمسة، بينهم طفلان، وجرح آخرون اليوم، بعد أن…»: more hurt may stand between, no other act)
    return all((t.value if isinstance(t.value, list) else [t.value])[0]["type"] == "casualties"
               for t in ctx.m["triggers"].starting(c.end, that.prefix_start))


def _hurt_there(ctx: Ctx, c: Mention, a: Mention) -> bool:
    """«… بقصف طائرة مسيرة قرب قرية X، فيما أصيب سائق دراجة كان يمر بالمكان»: one more person hurt,
    with no figure and no place of its own clause, after the act a of its sentence: the act's
    injured, not a second story (a place of its own, «فيما أصيب مدني في حي آخر», parts them)."""
    if c.sub != "injured" or a.end > c.prefix_start or a.si != c.si:
        return False
    ce = ctx.clause(c.end)[1]
    if ctx.places.between(c.prefix_start, ce):
        return False
    # «تصدّوا للهجوم وقتلوا اثنين من المهاجمين، فيما أصيب ثلاثة عناصر بجروح»: a figure of wounded with no act, no
    # cause and no place of its own clause is hurt in the act told before it (a clash's own wounded)
    return c.figure is None or (a.type == "armed_clash" and not ctx.m["triggers"].starting(c.end, ce) and
                                not _own_cause() & set(ctx.words_after(c.end, 12, limit=ce)))


@lru_cache(maxsize=1)
def _own_cause() -> frozenset:
    return frozenset(fold_str(w) for w in load_cues().get("clause_roles", {}).get("own_cause", []))


def since_act(ctx: Ctx, c: Mention, a: Mention) -> bool:
    """c's figure is followed in its clause by «منذ بدء/اندلاع» and a definite noun of a's type
    (cues.json period.this_act: «الاشتباكات», «الهجوم», «القصف»), a told before c in its sentence:
    the act's own running toll, whatever story word stands between them."""
    if c.figure is None or a.end > c.prefix_start or a.si != c.si or _SINCE not in ctx.sent_words(c.si):
        return False
    ce = ctx.clause(c.figure["end"])[1]
    ws = ctx.words_after(c.figure["end"], _SINCE_REACH, limit=ce)
    for k in range(len(ws) - 2):
        if ws[k].lstrip("و") == _SINCE and ws[k + 1] in _ONSET:
            return a.type in _this_act().get(ws[k + 2], ())
    return False


_SINCE = fold_str("منذ")
_SINCE_REACH = 8  # words from the figure to «منذ اندلاع المواجهات» («54 شخصاً من الطرفين ومدنيين منذ …»)
_ONSET = frozenset(cue_words("clause_words", "onset"))


@lru_cache(maxsize=1)
def _this_act() -> dict:
    return {fold_str(w): frozenset(ts) for w, ts in load_cues()["period"].get("this_act", {}).items()}


def _done_in(ctx: Ctx, m: Mention, a: Mention) -> bool:
    """The act a is told right after m's figure as what they were killed in or by («تحييد 51 عنصراً
    من قوات النظام في قصف مدفعي», «القضاء على 20 مسلحاً خلال اشتباكات», «… بغارة جوية»): a
    preposition of place, time or cause before a, in the figure's clause, a few words on."""
    q = m.figure
    if ctx.breaks_between(q["end"], a.prefix_start) or _name_words(ctx.text[q["end"]:a.prefix_start]) > _IN_REACH:  # type: ignore[index]
        return False
    pre = ffold(ctx.text[a.prefix_start:a.start])
    before = ctx.words_before(a.prefix_start, 1)
    return pre in ("ب", "وب") or bool(before) and before[-1] in _IN_WORDS


_IN_REACH = 8  # words from the figure to the act it fell in («51 عنصراً من قوات النظام السوري في قصف»)
_QUOTED = re.compile("«[^«»]{0,40}»")


def _name_words(span: str) -> int:
    """Words of a span, a quoted name («ي ب ك», «بي كي كي/ي ب ك») counted as one word and marks as none."""
    return sum(1 for w in _QUOTED.sub(" N ", span).split() if any(ch.isalnum() for ch in w))
_IN_WORDS = frozenset(cue_words("clause_words", "in_words"))



def no_losses(ctx: Ctx, m: Mention) -> bool:
    """«… اندلعت اشتباكات في محيط البلدة ذاتها، دون ورود أنباء عن خسائر»: m's sentence says after it, before
    another act or a parallel part, that the act had no losses told (cues.json no_losses)."""
    s = ctx.sents[m.si]
    key = ("no_losses", m.si)
    hit = ctx.memo.get(key)
    if hit is None:
        hit = ctx.memo[key] = _no_losses_at(ctx, s.start, s.end)
    h = next((h for h in hit if h >= m.end), None)
    return h is not None and not any(t.start > m.end for t in ctx.m["triggers"].starting(m.end, h)) and \
        not parted(ctx, m.end, h)


def _no_losses_at(ctx: Ctx, lo: int, hi: int) -> tuple[int, ...]:
    """Where a «no losses told» phrase starts in [lo, hi)."""
    before, losses = _no_losses_words()
    toks = [t for t in ctx.tokens[ctx.tok_of(lo):ctx.tok_of(hi - 1) + 1] if lo <= t.start < hi]
    words = [ffold(t.text) for t in toks]
    out = []
    for k in range(len(words)):
        for phrase in before:
            n = len(phrase)
            if tuple(words[k:k + n]) == phrase and any(w in losses for w in words[k + n:k + n + 2]):
                out.append(toks[k].start)
                break
    return tuple(out)


@lru_cache(maxsize=1)
def _no_losses_words() -> tuple[tuple[tuple[str, ...], ...], frozenset]:
    c = load_cues().get("no_losses", {})
    before = tuple(tuple(ffold(w) for w in p.split()) for p in c.get("before", []))
    return before, frozenset(ffold(w) for p in c.get("losses", []) for w in p.split()[:1])
