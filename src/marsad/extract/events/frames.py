"""Clause frames (data/events/frames.json): how an act told inside a frame stands to the news.

A frame is a head word (a preposition or an adverb: «منذ», «بعد», «رداً على», «خلال»), an optional
duration and «من», then an act noun or a clause. What is inside it may date the news («منذ سيطرة
النظام على المحافظة»), explain it («رداً على قذائف أطلقها التنظيم»), be a state («خلال سيطرتها على
المنطقة»), a destination («انسحب العشرات إلى مواقع قرب…») or an act recalled from before the news
(«بعد يومين من إطلاق العملية», «بعد سيطرتهم أمس على…»). One reading for every frame, the frames
as data: `classify` says what a mention inside a frame makes, `scopes` gives the spans whose
triggers, figures and places are not the news of their sentence.
"""
from __future__ import annotations

import datetime
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from ...arabic.normalize import fold_str
from ...resources import months
from .context import Ctx
from .vocab import bare_in, cue_words, ffold, load_frames

if TYPE_CHECKING:  # (annotations only: mentions.py imports this module)
    from .mentions import Mention

_RELATIVES = frozenset(cue_words("mention_words", "relatives"))  # «الهجوم الذي…»

NONE, DATED, NO_PLACE, NEWS, CALL = "none", "dated", "no_place", "news", "call"


class _Frame:
    __slots__ = ("name", "pos", "reach", "makes", "span", "of", "types", "words", "unless", "unless_reach",
                 "after", "after_reach", "own_date", "own_date_reach", "except_", "bare", "skip", "when_after",
                 "when_reach", "told_ends", "announced", "next_b", "no_bi", "unless_before", "relative", "through",
                 "no_figure", "month_not_day", "quiet", "speech_ends")

    def __init__(self, name: str, spec: dict) -> None:
        self.name = name
        self.pos = frozenset(spec.get("pos", ()))
        self.reach = spec.get("reach", "next")
        self.makes = spec["makes"]
        self.span = bool(spec.get("span"))
        self.of = _words(spec.get("of", ()))
        self.types = frozenset(spec.get("types", ()))
        self.words = _words(spec.get("words", ()))
        self.unless = _words(spec.get("unless", ()))
        self.unless_reach = spec.get("unless_reach", 6)
        self.after = _words(spec.get("after", ()))
        self.after_reach = spec.get("after_reach", 3)
        self.own_date = bool(spec.get("own_date"))
        self.own_date_reach = spec.get("own_date_reach", 3)
        self.except_ = _words(spec.get("except", ()))
        self.bare = bool(spec.get("bare"))  # the head with no article («مقابل», not «في المقابل»)
        self.skip = _words(spec.get("skip", ()))  # words that may stand between the head and the act
        self.when_after = _words(spec.get("when_after", ()))  # the frame holds only with one of these after the act
        self.when_reach = spec.get("when_reach", 2)
        self.told_ends = bool(spec.get("told_ends"))  # a verb with an object pronoun ends the span
        self.announced = _words(spec.get("announced", ()))  # a deal said to be announced is told, no frame
        self.next_b = bool(spec.get("next_b"))  # the frame holds only when the word right after the head has «بـ»
        self.no_bi = bool(spec.get("no_bi"))  # not when the head itself takes «بـ» («بأوامر من…»)
        self.unless_before = _words(spec.get("unless_before", ()))  # words right before the head that undo it
        self.relative = bool(spec.get("relative"))  # the span runs on through a relative clause right after it
        self.through = bool(spec.get("through"))  # a `skip` word must stand between the head and the act
        self.no_figure = bool(spec.get("no_figure"))  # not when the act has a figure after it in its clause
        self.month_not_day = bool(spec.get("month_not_day"))  # an `unless` word before a month name («منتصف آذار») dates no day
        self.quiet = bool(spec.get("quiet"))  # a clause frame that frames out acts only: its figures and places stay
        self.speech_ends = bool(spec.get("speech_ends"))  # a clause frame's span ends at a reporting verb after its head


def _words(ws) -> frozenset[str]:
    return frozenset(fold_str(w) for w in ws)


class Frames:
    def __init__(self) -> None:
        data = load_frames()
        self.frames = {name: _Frame(name, spec) for name, spec in data["frames"].items()}
        sp = data["spans"]
        self.day = _words(sp["day"])
        self.day_units = _words(sp["day_units"])
        self.vague = _words(sp["vague"])
        self.few_days = _words(w for x in sp.get("few_days", ()) for w in x.split())
        self.lasting_types = frozenset(sp.get("lasting_types", ()))
        rec = data.get("ordinal_recall", {})
        self.recall_openers = _words(rec.get("openers", ()))
        self.recall_after_comma = _words(rec.get("after_comma", ()))
        self.recall_reach = rec.get("reach", 3)
        self.recall_time = _words(rec.get("time_nouns", ()))
        self.recall_first = _words(rec.get("first_words", ()))
        self.recall_self = _words(rec.get("self_openers", ()))
        self.recall_not_first = _words(rec.get("not_first_after", ()))
        ra = data.get("recalled_act", {})
        self.vague_past = tuple(" ".join(fold_str(w).split()) for w in ra.get("vague_past", ()))
        self.recalled_reach = ra.get("reach", 3)


@lru_cache(maxsize=1)
def frames() -> Frames:
    return Frames()


def _names(h) -> list[str]:
    return h.value if isinstance(h.value, list) else [h.value]


def opens(h, name: str) -> bool:
    """The head h opens the frame `name`."""
    return name in _names(h)


def classify(ctx: Ctx, m: Mention) -> str | None:
    """What a frame makes of the mention: NONE (no event: inside a cause or a destination, or
    right after a frame that dates or frames something else), DATED (an act recalled from before
    the news and dated to a day: background), or None (no frame: the news)."""
    sent = ctx.sents[m.si]
    spans, quiet = scopes(ctx, m.si), quiet_scopes(ctx, m.si)
    for a, b in spans + quiet if quiet else spans:  # (most sentences have no quiet span: no list made)
        if a < m.start and m.end <= b and m.sub != "refused":
            return NONE  # («رفضاً للالتحاق بقطعاتهم»: the refusal is the desertion itself)
    heads = ctx.m["frame_heads"].starting(max(sent.start, m.prefix_start - 40), m.prefix_start)
    if not heads:
        return None
    fr = frames()
    before = ctx.words_before(m.prefix_start, 6, floor=sent.start)
    f_m = ffold(m.surface)
    t_trig = ctx.tok_of(m.prefix_start)
    news = False
    for h in reversed(heads):
        if h.end > m.prefix_start:
            continue
        between = t_trig - ctx.tok_of(h.end - 1) - 1  # words between the head and the trigger
        for name in _names(h):
            f = fr.frames[name]
            if f.reach != "next" or (f.pos and m.pos not in f.pos) or (f.types and m.type not in f.types) or \
                    (f.bare and h.prefix.endswith("ال")) or (news and not f.skip):
                continue
            if (f.words and not bare_in(f_m, f.words)) or (f.except_ and bare_in(f_m, f.except_)):
                continue
            if f.after and not any(bare_in(w, f.after) for w in ctx.words_before(h.prefix_start, f.after_reach,
                                                                             floor=sent.start)):
                continue
            if f.span:
                # «بعد يومين من», «بعد ثلاثة أيام من», «قبل أسابيع من»: head, span, «من», act
                of = -1
                if before and before[-1] not in f.of and ctx.text[m.prefix_start:m.start].startswith("و") and len(before) >= 2 and \
                        before[-2] in f.of and not ctx.breaks_between(h.end, m.prefix_start):
                    of, between = -2, between - 1  # «بعد أسابيع من الحصار والقصف»: the act joined to the frame's noun
                if not 2 <= between <= 4 or len(before) < between - of - 1 or before[of] not in f.of:
                    continue
                span = before[len(before) - between + of + 1:of]
                if not all(w.isdigit() or w in _NUMBER_WORDS or w in fr.day or w in fr.vague or
                           w in fr.day_units for w in span):
                    continue
                # a vague span dates nothing; an act recalled with a figure of its own («بعد أيام من
                # اعتقال 12 ناشطاً في…») is still counted, as background
                # («بعد أيام من اغتيال الناشط…»: a punctual act a few days back is still an act, its day left open)
                return DATED if _day_span(span, fr) or _has_figure(ctx, m) or \
                    (all(w in fr.few_days for w in span) and m.type not in fr.lasting_types) else NONE
            if between != 0 and not (f.skip and between <= len(before) and
                                     all(w in f.skip for w in before[len(before) - between:])):
                continue  # («لمنع تجدد الاشتباكات»: a word of going on between an aim and its act)
            if f.through and between == 0 or f.no_figure and _has_figure(ctx, m):
                continue  # («وسط قصف مكثف»: a circumstance, not a campaign; «ضمن حملة قصف أودت بحياة 12»: told)
            if f.unless and _same_day(f, ctx.words_after(m.end, f.unless_reach + 1, limit=sent.end), f.unless_reach):
                continue
            if f.when_after and not any(w in f.when_after for w in ctx.words_after(m.end, f.when_reach, limit=sent.end)):
                continue  # («بعد اعتقال دام ثلاث سنوات»: only an act said to have lasted)
            if f.own_date:
                d = _own_date(ctx, m, f, sent)
                if d is None or (d.get("grain") == "day" and ctx.published and d.get("value") == ctx.published[:10]):
                    continue  # no date of its own, or the day of the report («بعد قصف … مساء اليوم»): the news
                # («عقب اشتباكات شهدها الحي الأسبوع الماضي قُتل فيها أربعة»: a recalled act with a toll
                # of its own is still counted, as background, as a span's is)
                return DATED if d.get("grain") == "day" or _has_figure(ctx, m) else NONE
            if f.makes == NEWS:
                news = True  # («لمنع تجدد الاشتباكات»: an aim before the going on still frames it)
                break
            return f.makes if f.makes != "by_date" else DATED
    return NEWS if news else None


def _same_day(f: _Frame, words: list[str], reach: int) -> bool:
    """A word of the frame's `unless` (the period starts the same day: «منذ صباح اليوم», «منذ بدء القصف فجراً») among
    the first `reach` words; with `month_not_day`, not one right before a month name: «منذ انطلاق الاحتجاجات منتصف
    آذار 2011» dates a month of another year, no day (stop 41, helper extra)."""
    return any(w.lstrip("و") in f.unless and not (f.month_not_day and i + 1 < len(words) and words[i + 1] in _MONTHS)
               for i, w in enumerate(words[:reach]))


_MONTHS = frozenset(fold_str(name.split()[0]) for name in months())


def _day_span(span: list[str], fr: Frames) -> bool:
    """«يومين», «ساعات», «ثلاثة أيام», «5 ساعات»: a span that dates to a day; «أيام», «أسابيع»,
    «أكثر من شهرين», «أشهر» do not."""
    if len(span) == 1:
        return span[0] in fr.day and span[0] not in fr.vague
    if len(span) == 2 and span[1] in fr.day_units and span[0] not in fr.vague and \
            (span[0].isdigit() or span[0] in _NUMBER_WORDS):
        return True
    return len(span) == 2 and " ".join(span) in fr.day


_NUMBER_WORDS = frozenset(cue_words("frame_words", "number_words"))


def _refusal(ctx: Ctx, h) -> bool:
    """«رفضاً للالتحاق بقطعاتهم»: the refusal right before a refused service is the desertion
    itself (types.json `refused`), not its cause."""
    t = ctx.m["triggers"].first_after(h.end, h.end + 12)
    return t is not None and any(i["sub"] == "refused" for i in (t.value if isinstance(t.value, list) else [t.value]))


def _has_figure(ctx: Ctx, m: Mention) -> bool:
    """A figure after the act noun in its clause (a date's numbers are no figure)."""
    ce = ctx.clause(m.end)[1]
    return any(q.get("low") is not None or q.get("high") is not None for q in ctx.quants.between(m.end, ce))


def _own_date(ctx: Ctx, m: Mention, f: _Frame, sent) -> dict | None:
    """A date right after the act noun (≤ `own_date_reach` words, in its clause): «بعد سيطرتهم أمس
    على…» (a day); «إثر سيطرتها الأسبوع الفائت على…» (a week)."""
    ce = ctx.clause(m.start)[1]
    d = ctx.dates.first_after(m.end, min(ce, sent.end))
    if d is None or ctx.words_between(m.end, d["start"]) > f.own_date_reach:
        return None
    return d


def framed_out(ctx: Ctx, t) -> bool:
    """A word (a trigger or an act noun) right after the head of a frame that makes no event of the
    act after it («انتهاء العملية», «لفض الاشتباك», «هرباً من المعارك»), read before the act's
    type is known: whatever says it, it tells no act."""
    fr = frames()
    for h in ctx.m["frame_heads"].starting(max(0, t.prefix_start - 30), t.prefix_start):
        if h.end <= t.prefix_start and not ctx.text[h.end:t.prefix_start].strip() and any(
                fr.frames[n].reach == "next" and fr.frames[n].makes == NONE and not fr.frames[n].span and
                not fr.frames[n].own_date and not fr.frames[n].unless and not fr.frames[n].after
                for n in _names(h)):
            return True
    return False


def since_vague(ctx: Ctx, a: int, b: int) -> bool:
    """«منذ أيام», «منذ أسابيع», «منذ عدة أشهر» between a and b: a period with no day, so what it
    qualifies is going on (a state), not an act of a day."""
    fr = frames()
    for h in ctx.m["frame_heads"].starting(a, b):
        if opens(h, "since") and ffold(h.surface) == "منذ":
            nxt = ctx.words_after(h.end, 2, limit=b)
            if nxt and (nxt[0] in fr.vague or " ".join(nxt) in fr.vague) and nxt[0] not in fr.day:
                return True
    return False


def scopes(ctx: Ctx, si: int) -> list[tuple[int, int]]:
    """Spans of sentence si that tell no news of it (frames of reach `clause`): the cause of an
    act («رداً على قذائف أطلقها التنظيم على ولاية كليس») and the destination of a withdrawal, from
    the head to the clause's end; a verb trigger joined by و («… ، واعتقلت») ends the span."""
    key = ("frame_scopes", si)
    hit = ctx.memo.get(key)
    if hit is not None:
        return hit
    fr = frames()
    sent = ctx.sents[si]
    out: list[tuple[int, int]] = []
    quiet: list[tuple[int, int]] = []
    keys = None  # the trigger words of the sentence, looked at once, when a frame needs one before it
    told: list[tuple[int, int]] = []
    for h in ctx.m["frame_heads"].starting(sent.start, sent.end):
        for name in _names(h):
            f = fr.frames[name]
            if f.reach != "clause" or (f.bare and h.prefix.endswith("ال")):
                continue
            if f.after:
                if keys is None:
                    keys = {t.key for t in ctx.m["triggers"].starting(sent.start, sent.end)}
                if not keys & f.after:
                    continue  # («إلى» with no withdrawal in its sentence: most)
            if f.after and not any(bare_in(w, f.after) for w in ctx.words_before(h.prefix_start, f.after_reach,
                                                                             floor=sent.start)):
                continue
            if _refusal(ctx, h):
                continue
            if f.next_b and not ctx.text[h.end:h.end + 3].lstrip().startswith("ب"):
                continue  # («متهماً قسد بقصف…»: the accuser's telling of an act, its accused between)
            if f.no_bi and h.prefix.rstrip("ال").endswith("ب"):
                continue  # («قصفت القوات البلدة بأوامر من قائد الفرقة»: who ordered an act told)
            if f.unless_before and any(bare_in(w, f.unless_before) for w in ctx.words_before(
                    h.prefix_start, _UNLESS_BEFORE, floor=ctx.clause(h.prefix_start)[0])):
                continue  # («نفذ عناصر الحاجز أوامر بقصف…»: the order carried out, its act told)
            if f.announced and any(w in f.announced for w in ctx.words_after(h.end, 3, limit=sent.end)):
                continue  # «تنفيذاً لاتفاق أعلنته الرئاسة أمس»: the deal is told, not only the frame
            end = ctx.clause(h.end)[1]
            if f.speech_ends:
                end = _speech_end(ctx, h.end, end)
            if f.unless and _same_day(f, ctx.words_after(h.end, _CLAUSE_WORDS, limit=end), _CLAUSE_WORDS):
                continue  # («منذ أن بدأت الحملة صباح اليوم»: a period of the same day, its acts the news)
            if f.relative and end < sent.end and ctx.words_after(end + 1, 1, limit=sent.end)[:1] and \
                    ctx.words_after(end + 1, 1, limit=sent.end)[0] in _RELATIVES:
                end = ctx.clause(end + 1)[1]  # («…، الذي أودى بحياة أكثر من 40 شخصاً»: the framed act described)
            for t in ctx.m["triggers"].starting(h.end, end):
                infos = t.value if isinstance(t.value, list) else [t.value]
                if infos[0]["pos"] == "verb" and t.prefix.startswith("و") and not _in_relative(ctx, h.end, t.prefix_start):
                    end = t.prefix_start
                    break
                if infos[0]["pos"] == "verb" and f.told_ends and ffold(t.surface).endswith(_OBJECT_SUFFIXES):
                    told.append((t.prefix_start, end))  # (its places are its own: told_spans)
                    end = t.prefix_start
                    break
            (quiet if f.quiet else out).append((h.prefix_start, end))
            break
    out.extend(recalls(ctx, si))
    ctx.memo[key] = out
    ctx.memo[("told_spans", si)] = told
    ctx.memo[("quiet_scopes", si)] = quiet
    return out


def quiet_scopes(ctx: Ctx, si: int) -> list[tuple[int, int]]:
    """The spans of sentence si whose acts are no news but whose places and figures stay the sentence's (frames of
    reach `clause` with `quiet`): «قُتل 59 جندياً منذ أن أطلقت أنقرة عمليتها في إدلب»: the toll is counted at the
    place the period's start names."""
    got = ctx.memo.get(("quiet_scopes", si))  # (asked for every mention: scopes is run only when not yet)
    if got is None:
        scopes(ctx, si)
        got = ctx.memo.get(("quiet_scopes", si), [])
    return got


def _speech_end(ctx: Ctx, a: int, end: int) -> int:
    """The start of the first reporting verb after a word or more past a (the main clause's verb after a «منذ»
    clause with no comma: «ومنذ أن اندلع النزاع ربيع 2011 أعلن عشرات الضباط انشقاقهم»), else end."""
    for c in ctx.m["speech"].starting(a, end):
        if ctx.words_between(a, c.prefix_start) >= 1:
            return c.prefix_start
    return end


_UNLESS_BEFORE = 4  # words before a head, in its clause (its subject may stand between the verb and it)
_CLAUSE_WORDS = 40  # the words of a clause frame's span read for its `unless` (a clause is shorter)


def _in_relative(ctx: Ctx, a: int, b: int) -> bool:
    """«رداً على الهجوم الذي نفذته الطائرات على المدينة يوم الثلاثاء وأودى بحياة 84»: a verb joined by و at b goes
    on with a relative clause opened between a and b (a relative pronoun with no break after it up to b): it
    describes the framed act, not a new act of the sentence."""
    t, u = bisect_left(ctx.tok_starts, a), bisect_left(ctx.tok_starts, b)
    rel = next((tok for tok in reversed(ctx.tokens[t:u]) if ffold(tok.text) in _RELATIVES), None)
    return rel is not None and not ctx.breaks_between(rel.end, b)


def told_spans(ctx: Ctx, si: int) -> list[tuple[int, int]]:
    """The relative clauses that a frame's span stopped at (frames.json `told_ends`: «مطالبين بالإفراج
    عن ناشط اعتقله عناصر التنظيم … من منزله في حي الرميلة»): the act told there owns the places in
    it; the other acts of the sentence do not."""
    scopes(ctx, si)
    return ctx.memo.get(("told_spans", si), [])


def own_places(ctx: Ctx, m: Mention, places: list[dict]) -> list[dict]:
    """The places m may take, given the told spans of its sentence (told_spans)."""
    spans = told_spans(ctx, m.si)
    if not spans:
        return places
    mine = next(((a, b) for a, b in spans if a <= m.prefix_start < b), None)
    if mine is not None:
        return [p for p in places if mine[0] <= p["start"] < mine[1]]
    return [p for p in places if not any(a <= p["start"] < b for a, b in spans)]


_OBJECT_SUFFIXES = ("ه", "هم", "ها", "وه", "وهم")


def recalls(ctx: Ctx, si: int) -> list[tuple[int, int]]:
    """frames.json `ordinal_recall`: «…، وهو الاستهداف الثالث للمطار خلال هذا الشهر», «…، في ثاني
    تفجير تشهده المدينة خلال أسبوع»: an ordinal opened by a pronoun of the act told before it in
    its sentence (or by «في» right after a comma) ranks that act among others; the span from the
    opener to its clause's end is no news of its own (no act, no figure, no period)."""
    key = ("recalls", si)
    hit = ctx.memo.get(key)
    if hit is not None:
        return hit
    out: list[tuple[int, int]] = []
    sent = ctx.sents[si]
    fr = frames()
    ords = [q for q in ctx.quants.between(sent.start, sent.end) if q.get("kind") == "ordinal"]
    sw = ctx.sent_words(si)
    if not fr.recall_first.isdisjoint(sw) or not fr.recall_self.isdisjoint(sw):
        # «وهي المرة الأولى منذ…», «لأول مرة منذ…»: rankings the quantities layer leaves out
        toks = ctx.tokens[ctx.tok_of(sent.start):ctx.tok_of(sent.end)]
        ords = ords + [{"start": t.start, "end": t.end} for k, t in enumerate(toks)
                       if sent.start <= t.start < sent.end and ffold(t.text) in fr.recall_first | fr.recall_self and
                       not (k and ffold(toks[k - 1].text).lstrip("و") in fr.recall_not_first)]
    for q in ords:
        cs, ce = ctx.clause(q["start"])
        t = ctx.tok_of(q["start"])
        first = ctx.tokens[t] if t < len(ctx.tokens) else None
        own = first is not None and ffold(first.text) in fr.recall_self  # «لأول مرة», «للمرة الثانية»
        near = ([] if own else ctx.words_before(q["start"], 1, floor=cs)) + ctx.words_after(q["end"], 1, limit=ce)
        if any(w in fr.recall_time for w in near):
            continue  # «في اليوم الثالث من معركة…»: a day of a campaign, no act ranked
        toks = [first] if own else [x for x in ctx.tokens[max(0, t - fr.recall_reach):t] if x.start >= cs]  # type: ignore[list-item]
        opener = None
        for x in toks:
            w = ffold(x.text)
            if w in fr.recall_openers or w in fr.recall_self or (w in fr.recall_after_comma and
                                                               ctx.text[max(sent.start, x.start - 3):x.start].rstrip().endswith(("،", ","))):
                opener = x  # («…، في ثاني تفجير…», «…، في الهجوم الثالث…»)
                break
        # the act it ranks is told before it in the sentence
        if opener is not None and ctx.m["triggers"].starting(sent.start, opener.start):
            out.append((opener.start, ce))
    ctx.memo[key] = out
    return out



_QAD = fold_str("قد")
_TIMES = frozenset(cue_words("frame_words", "times"))
_RECALLED_TYPES = frozenset({"casualties", "arrest", "protest"})  # with the acts: history when recalled


_PLUPERFECT_REACH = 20
_HISTORY_DAYS = 180
_FRAME_OPENERS = frozenset(ffold(w) for w in ("بعد", "إثر", "اثر", "عقب", "وبعد"))


def recalled_before(ctx: Ctx, m: Mention) -> bool:
    """frames.json `recalled_act`: «وكانت المنطقة قد شهدت في شباط الماضي اشتباكات استمرت أياماً»: an
    act told in a pluperfect clause («كان/كانت … قد» before it) dated only by a past coarser than a day
    (or a vague past) is history recalled, not an incident: dated to a day it stays (background), and
    so does a counted one dated only vaguely; dated to a past year or month it is history even when
    counted (the seen sets code none such). With no pluperfect, an uncounted clause dated only by years
    before the publication's year recalls history as well («شهدت المنطقة إعدامات نفذها التنظيم عام 2014»)."""
    if m.type not in ctx.v.acts and m.type not in _RECALLED_TYPES:
        return False  # («وكانت المديرية قد أصدرت أواخر شباط قراراً…»: a decree stays one, dated to its month)
    cs, ce = _recall_clause(ctx, m)
    plup = _pluperfect(ctx, m, cs, ce)
    if not plup and not any(d.get("grain") == "year" for d in ctx.dates.between(cs, ce)):
        return False
    ds = [d for d in ctx.dates.between(cs, ce) if d.get("value")]
    if any(d.get("grain") == "day" for d in ds) or not ctx.published:
        return False
    pub = ctx.published
    long_ago = (datetime.date.fromisoformat(pub[:10]) - datetime.timedelta(days=_HISTORY_DAYS)).isoformat()
    dated_back = any((d.get("grain") == "year" and d["value"] < pub[:4]) or
                     (d.get("grain") == "month" and d["value"] < long_ago[:7]) for d in ds)
    if (not plup or not dated_back) and any(
            q.get("kind") == "count" and q.get("low") is not None and ffold(q.get("counted") or "") not in _TIMES
            for q in ctx.quants.between(cs, ce)):
        # («وكان قد أصيب مرتين في معارك ريف حماة عام 2019»: a count of times counts no people; a pluperfect dated
        # to a past year, or a month more than `_HISTORY_DAYS` back, is history even when counted: «وكانت غارة روسية
        # عام 2016 قد دمرت السوق وقتلت عشرات المدنيين»; «وكان المخفر قد تعرض الشهر الماضي لهجوم … أودى بحياة
        # ثلاثة» stays, background)
        return False
    if not plup:
        # «مشيراً إلى أن المنطقة شهدت إعدامات جماعية نفذها التنظيم عام 2014»: with no pluperfect, an act
        # whose clause dates it only by years before the publication's year is history recalled too
        return bool(ds) and all(d.get("grain") == "year" and d["value"][:4] < pub[:4] for d in ds)
    if any((d.get("grain") == "year" and d["value"] < pub[:4]) or (d.get("grain") == "month" and d["value"] < pub[:7])
           for d in ds):
        return True
    return _vague_past(ctx, cs, ce)


def _recall_clause(ctx: Ctx, m: Mention) -> tuple[int, int]:
    """m's clause, or the clause before it too when m's opens on a word of time («وكانت قوات النظام قد سيطرت على
    معرة النعمان أواخر عام 2019 بعد معارك عنيفة مع الفصائل»: a clause opened by a word of time frames the clause
    before it, and is recalled with it)."""
    cs, ce = ctx.clause(m.start)
    first = ctx.words_after(cs, 1, limit=ce)
    if first and first[0].strip("،,") in _FRAME_OPENERS and cs > 0:
        cs = ctx.clause(cs - 1)[0]
    return cs, ce


def _vague_past(ctx: Ctx, cs: int, ce: int) -> bool:
    """The text between cs and ce tells a vague past (frames.json recalled_act `vague_past`: «قبل سنوات»)."""
    text = " ".join(ffold(ctx.text[cs:ce]).split())
    return any(v in text for v in frames().vague_past)


def recall_is_vague(ctx: Ctx, m: Mention, period_words: tuple[str, ...]) -> bool:
    """m's recall clause tells a vague past («قبل سنوات», «في وقت سابق») or a period, a phrase of `period_words` as
    whole words («ومنذ العام الماضي», «طوال سنوات», «دامت أسابيع»): it recalls no one act (rulings.json `recalled`)."""
    cs, ce = _recall_clause(ctx, m)
    words = f" {' '.join(ctx.words_after(cs, ctx.words_between(cs, ce) + 1, limit=ce))} "
    return _vague_past(ctx, cs, ce) or any(f" {w} " in words for w in period_words)


def _pluperfect(ctx: Ctx, m: Mention, cs: int, ce: int) -> bool:
    """«كان/كانت» before m in its recall clause and «قد» after it (or within five words after m: «وكانت غارات روسية قد
    دمرت السوق…», the act noun the subject between «كانت» and «قد»)."""
    ws = ctx.words_before(m.prefix_start, _PLUPERFECT_REACH, floor=cs)
    k = next((i for i, w in enumerate(ws) if w in ctx.v.pluperfect), None)
    return k is not None and (_QAD in ws[k + 1:] or _QAD in ctx.words_after(m.end, 5, limit=ce))


def recalled_one_act(ctx: Ctx, m: Mention, period_words: tuple[str, ...]) -> bool:
    """The lead's stop-41 ruling (rulings.json `recalled`) for an act recalled_before calls history: a recap in the
    pluperfect («وكان الطيران قد قصف البلدة الشهر الماضي») recalls one act, unless its clause tells a vague past or
    a period (recall_is_vague), names its act by a definite noun (a known or generic act: «في المعارك»), is a toll
    (casualties: deaths recalled are coded with their act) or recalls a report of it (a reporting verb before it). A clause dated by a past year with
    no pluperfect («شهدت المنطقة إعدامات نفذتها القوات عام 2013») tells the history of a place."""
    cs, ce = _recall_clause(ctx, m)
    if not _pluperfect(ctx, m, cs, ce) or m.pos == "noun" and m.definite or m.type == "casualties":
        # («وكان قد جُرح ثلاث مرات في المعارك بريف حماة عام 2018»: a known or generic act, a life told; «وكان المرصد
        # قد وثق في آذار 2019 مقتل أكثر من 200 مدني»: a toll recalled, no act of its own)
        return False
    if any(w.lstrip("و").startswith(ctx.v.att_verbs) for w in ctx.words_before(m.prefix_start, _PLUPERFECT_REACH,
                                                                                 floor=cs)):
        return False  # («وكان المرصد قد وثق في آذار 2019 مقتل أكثر من 200 مدني»: a report recalled, a month's toll)
    return not recall_is_vague(ctx, m, period_words)


def recalled_person(ctx: Ctx, m: Mention) -> bool:
    """frames.json `recalled_act`: «… لقيادي في التنظيم قُتل العام الماضي», «شقيق ناشط اغتيل في
    وقت سابق»: an act verb with no count in its clause, describing someone (a relative
    pronoun right before it, or another act told before it in its sentence), dated right after it by
    a past coarser than a day or by a vague past: who that person is, not an incident."""
    if m.pos != "verb":
        return False
    sent = ctx.sents[m.si]
    before = ctx.words_before(m.prefix_start, 1, floor=sent.start)
    if not (before and before[0] in _RELATIVES) and not ctx.m["triggers"].starting(sent.start, m.prefix_start):
        return False
    cs, ce = ctx.clause(m.start)
    if any(q.get("kind") == "count" and q.get("low") is not None for q in ctx.quants.between(cs, ce)):
        return False  # «ثلاثة مجندين آخرين كانوا قد انشقوا قبل أشهر»: a counted act, recalled
    fr = frames()
    words = ctx.words_after(m.end, fr.recalled_reach + 3, limit=min(ce, sent.end))
    for k in range(min(fr.recalled_reach, len(words))):
        tail = " ".join(words[k:])
        if any(tail.startswith(v) for v in fr.vague_past):
            return True
    d = ctx.dates.first_after(m.end, min(ce, sent.end))
    if d is None or not d.get("value") or ctx.words_between(m.end, d["start"]) > fr.recalled_reach or \
            not ctx.published:
        return False
    val, grain, pub = d["value"], d.get("grain"), ctx.published
    return (grain == "year" and val < pub[:4]) or (grain == "month" and val < pub[:7]) or \
        (grain == "week" and val < _iso_week(pub))


def _iso_week(day: str) -> str:
    import datetime
    try:
        y, w, _ = datetime.date.fromisoformat(day[:10]).isocalendar()
    except ValueError:
        return ""
    return f"{y}-W{w:02d}"
