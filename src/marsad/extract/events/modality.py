"""Modality and background: did it happen, as the text tells it?

asserted, negated («لم»، «لا تشمل»), denied («نفى»), future («سوف»، «سنواصل»), hypothetical
(«في حال»، «قد» + imperfect), call (an appeal or a slogan: «دعا إلى الانشقاق», «انشق ولا تكن…»),
attempted («أثناء محاولتهم الانشقاق»). States, habits and aims («تقع تحت سيطرة», «بشكل دائم»,
«بهدف السيطرة») are not events at all: `classify` returns None for them.
"""
from __future__ import annotations

import datetime

from ...arabic.normalize import fold_str
from . import frames, rulings
from .context import Ctx
from .mentions import Mention
from .vocab import complementisers, cue_words, ffold, fold_phrases, load_cues, load_types

_SLOGAN_AFTER = ("ولا", "لا", "!", "يا")
_BACKGROUND_DAYS = 180
_CROSS_CLAUSE = frozenset({"denied", "call"})


def classify(ctx: Ctx, m: Mention) -> str | None:
    mod = None if _remembered(ctx, m) else _classify(ctx, m)
    if m.type in ctx.v.acts:
        ctx.memo["told_mod", m.type] = (m.si, m.start, mod)  # (_named_again: the last act of its kind and how told)
    return mod


def _classify(ctx: Ctx, m: Mention) -> str | None:
    v = ctx.v
    sent = ctx.sents[m.si]
    t_trig = ctx.tok_of(m.prefix_start)
    refused = m.sub == "refused"  # «رفضوا الالتحاق بقطعاتهم»: the refusal is the act
    framed = frames.classify(ctx, m)
    if framed == frames.NONE:
        return None  # «منذ سيطرة النظام على…», «رداً على قذائف…», «بعد أيام من سيطرة…»: not news
    # «باستمرار الاشتباكات»: the act going on is news (not the adverb of a habit)
    for name, window in (("not_event", v.not_event_window), ("aim", v.aim_window)) if framed != frames.NEWS else ():
        for c in ctx.m[name].starting(max(sent.start, m.prefix_start - 40), m.prefix_start):
            if t_trig - ctx.tok_of(c.end - 1) <= window + (name == "aim" and _aim_through(ctx, c)) and \
                    not ctx.in_org(c.start, c.end) and not refused:
                return None
    if framed != frames.NEWS and not refused and _prepared(ctx, m):
        return None  # «كانت تعدّ لعمليات اغتيال», «تحضير النظام لهجوم على…»: an act prepared for, not done
    cs = ctx.clause(m.start)[0]
    if m.type in v.reference_types:
        # «منذ توقيع اتفاق التسوية», «ضمن اتفاق رعته روسيا»: the frame of something else
        for c in ctx.m["reference"].starting(max(sent.start, m.prefix_start - 30), m.prefix_start):
            if t_trig - ctx.tok_of(c.end - 1) <= v.reference_window:
                return None
        before = ctx.words_before(m.prefix_start, 1, floor=sent.start)
        if before and before[0].lstrip("و") in v.reference_right_before or \
                ctx.memo.get("reference_end", -9) >= t_trig - 1:
            # «بعد اتفاق لوقف إطلاق النار»: the agreement, and the one that names it, date something else
            ctx.memo["reference_end"] = ctx.tok_of(m.end - 1)
            return None
        if _aged(ctx, m):
            return None  # «دخل اتفاق وقف إطلاق النار في إدلب يومه الثالث»: a deal in force, not one made
    m.recalled = "dated" if framed == frames.DATED else _recalled(ctx, m, sent)
    if framed == frames.DATED:
        m.another = True  # «بعد سيطرتهم أمس على بلدتي…»: an act before the news, never the news told again
    if _habit_after(ctx, m, sent):
        return None  # «يشن النظام حملات اعتقال بشكل مستمر»: a habit
    if m.type == "defection" and m.pos == "adj" and _describes_another(ctx, m):
        return None  # «تعرض صف ضابط منشق عن قوات النظام للاعتقال»: who was arrested, not a defection
    if m.type == "defection" and ffold(m.surface) in _JOINS and _defected_before(ctx, m):
        return None  # «انشقوا والتحقوا بالجيش الحر في…»: where the defectors went, the defection told
    if m.type == "protest" and _gathered_for(ctx, m):
        return None  # «احتشد المئات لاستقبال العائدين», «لتشييع جثمان…»: a crowd, not a protest
    if m.type == "territory_change" and m.pos == "noun" and _purpose(ctx, m):
        return None  # «حشدت مقاتليها لتحرير قرى ريف حماة», «لاستعادة السيطرة على…»: a taking aimed at
    if m.pos == "verb" and ffold(m.surface).startswith(v.imperfect) and \
            any(w.lstrip("و") in v.copulas for w in ctx.words_before(m.prefix_start, v.copula_reach, floor=cs)) and \
            _told_before(ctx, m):
        # «سيطر التنظيم على بلدة السخنة، وبات يسيطر على معظم ريف المحافظة»: the state an act told before left
        # (told first, «إن مقاتليها باتوا يسيطرون على أغلب أحياء حلب» is the news of a taking)
        return None
    if frames.recalled_person(ctx, m) or frames.recalled_before(ctx, m) and not _recall_coded(ctx, m):
        return None  # «… لقيادي في التنظيم قُتل العام الماضي», «وكانت المنطقة قد شهدت في شباط الماضي…»
    if _buried_dead(ctx, m, sent) or _in_recalled_span(ctx, m) or _known_act(ctx, m, sent):
        return None  # «شيّع الأهالي جثامين أربعة قُتلوا عام 2013 خلال معارك…», «في الكمين الذي تعرضت له … الأسبوع الماضي»
    if m.type == "arrest" and _none_taken(ctx, m, sent):
        return None  # «داهمت دورية عدداً من المنازل … ثم انسحبت دون أن تعتقل أحداً»: a raid that took no one
    if m.type == "casualties" and _charged(ctx, m):
        return None  # «أحكاماً بالسجن على خمسة أدينوا بقتل مدنيين»: a charge, not a death told
    if m.type == "casualties" and m.pos == "verb" and _their_wounds(ctx, m):
        return None  # «فارق الحياة متأثراً بجراح أصيب بها في الغارات ذاتها»: the wounds he had, no new hurt
    if m.type == "casualties" and m.pos == "noun" and (_described_by(ctx, m) or _sentenced(ctx, m)):
        return None  # «أن القتلى هم من سكان البلدة», «حكماً بالإعدام على ثلاثة متهمين»
    if _the_same(ctx, m, sent):
        return None  # «متأثراً بجروح أصيب بها في القصف نفسه»: the act told before, named again
    again = _named_again(ctx, m, sent)
    if again is not None:
        return again if isinstance(again, str) else None  # «تستعد الفصائل لشن هجوم… . وأضافت أن الهجوم يهدف إلى…»: the act to come, named again
    if m.pos == "noun" and _judged(ctx, m):
        return None  # «أن الانشقاق «واجب شرعي»»: a judgement on the act, not an act
    if ctx.m["state"].starting(cs, m.prefix_start):
        return None  # «تستضيف تركيا نحو ثلاثة ملايين لاجئ»: a state
    if m.pos == "noun" and _figurative(ctx, m):
        return None  # «اشتباك كلامي بين عضوين», «معركة انتخابية»: words or votes, not fighting
    if m.pos == "noun" and _trend(ctx, m, cs):
        return None  # «ويتصاعد القصف التركي على قرى الخابور منذ أسبوعين»: a trend, not an incident
    if _slogan(ctx, m) or framed == frames.CALL:
        return "call"  # «انشق ولا تكن…», «دعت اللجان، في بيان، إلى إضراب عام»
    found = set()
    for c in ctx.m["modality"].starting(max(sent.start, m.prefix_start - 300), m.prefix_start):
        if c.end > m.prefix_start:
            continue
        dist = t_trig - ctx.tok_of(c.end - 1)
        kinds = c.value if isinstance(c.value, list) else [c.value]
        for kind in kinds:
            if kind == "qad_imperfect":
                nxt = ctx.tok_of(c.end - 1) + 1
                if nxt < len(ctx.tokens) and dist <= v.mod_window[kind] and \
                        ffold(ctx.tokens[nxt].text).startswith(v.imperfect) and not _qad_past(ctx, sent, nxt):
                    found.add("hypothetical")
            elif kind == "attempted" and dist > v.mod_window[kind] and ffold(c.surface) in _TRY_VERBS and \
                    dist - _aside_words(ctx, c.end, m.prefix_start) <= v.mod_window[kind]:
                found.add(v.mod_as[kind])  # «وتحاول قوات النظام منذ أسابيع التقدم على محور كبانة»: its subject between
            elif kind in _FEARED and dist > v.mod_window[kind] and _feared_object(ctx, c, m):
                found.add(v.mod_as[kind])  # «يتخوف سكان بلدة … شمالي السويداء من تجدد الاشتباكات»
            elif dist <= v.mod_window[kind] and not (refused and kind == "negated"):
                if kind not in _CROSS_CLAUSE and ctx.breaks_between(c.end, m.prefix_start):
                    continue  # «لم يوضح المرسوم، …»: the cue governs its own clause
                if kind in _CROSS_CLAUSE and _new_report(ctx, c.end, m.prefix_start):
                    continue  # «… مظاهرات تطالب برفع الحصار، وإن الجيش نشر دبابات»: another reported clause
                if kind in _CROSS_CLAUSE and framed == frames.DATED and ctx.breaks_between(c.end, m.prefix_start):
                    continue  # «وطالبت بحماية دولية، وذلك بعد يومين من مواجهات…»: an act dated back happened
                if kind == "call" and ctx.breaks_between(c.end, m.prefix_start) and _demands(ctx, c):
                    continue  # «مظاهرات تطالب بإسقاط النظام، قُتل خلالها 12»: the demand is its own clause's
                if kind == "call" and any(a <= m.prefix_start < b for a, b in frames.told_spans(ctx, m.si)):
                    continue  # «للمطالبة بالإفراج عن شبان اعتقلتهم الأجهزة الأمنية»: what befell them happened
                if kind == "attempted" and _coordinated_try(ctx, c):
                    continue  # «38 عملية ومحاولة اغتيال»: acts done and tried, counted together
                if kind == "attempted" and m.type == "armed_clash" and ffold(c.surface) in _FOILED:
                    continue  # «أحبط الجيش هجوماً للمسلحين»: an attack fought off is a clash that happened
                if kind == "negated" and _bounds_a_figure(ctx, c):
                    continue  # «لم يتجاوز عدد المنشقين 40»: the figure is bounded, the act happened
                if kind == "hypothetical" and _decree_content(ctx, c):
                    continue  # «أصدر مرسوماً يقضي بمنح عفو…»: what the decree does, not a plan
                found.add(v.mod_as[kind])
    if m.pos == "noun" and _expected(ctx, m):
        found.add("future")  # «معركة مرتقبة», «هجوم وشيك»: to come
    if _rumoured(ctx, m, sent):
        found.add("hypothetical")  # «تداولت صفحات أنباء عن اشتباكات…»: a rumour, not a telling
    for k in v.precedence:
        if k in found:
            return k
    if _dated_ahead(ctx, m, sent):
        return "future"  # «هدنة تبدأ صباح غد الخميس», «لوقف إطلاق النار صباح غد»: not yet
    return "asserted"


_AHEAD_REACH = 8
_AHEAD_AFTER = load_cues().get("ahead_after", {})
_AHEAD_WORDS = frozenset(ffold(w) for w in _AHEAD_AFTER.get("words", ()))
_AHEAD_NOT_BEFORE = frozenset(ffold(w) for w in _AHEAD_AFTER.get("not_before", ()))
_AHEAD_AFTER_REACH = _AHEAD_AFTER.get("reach", 2)
_FIGURATIVE = {t: (frozenset(ffold(w) for w in spec["figurative_after"]), spec.get("figurative_reach", 1))
               for t, spec in load_types()["types"].items() if spec.get("figurative_after")}


_CAS = load_types()["types"]["casualties"]
_DESCRIBED_BY = frozenset(ffold(w) for w in _CAS.get("described_by", ()))
_SENTENCED = frozenset(ffold(w) for w in _CAS.get("sentenced_before", ()))
_CARRIED_OUT = frozenset(ffold(w) for w in _CAS.get("carried_out", ()))
_EXECUTION = ffold("عدام")
_RUMOUR = load_cues().get("rumour", {})
_RUMOUR_VERBS = frozenset(ffold(w) for w in _RUMOUR.get("verbs", ()))
_RUMOUR_NOUNS = frozenset(ffold(w) for w in _RUMOUR.get("nouns", ()))
_UNCONFIRMED = fold_phrases(_RUMOUR.get("unconfirmed", ()))
_RUMOUR_VERB_REACH = _RUMOUR.get("verb_reach", 4)
_DOUBTED = fold_phrases(_RUMOUR.get("doubted", ()))
_RUMOUR_REACH = _RUMOUR.get("reach", 8)
_RELATIVE_WORDS = frozenset(cue_words("mention_words", "relatives"))  # «الهجوم الذي…»
_CAUSE_BEFORE = frozenset(ffold(w) for w in ("في", "خلال", "أثناء", "اثناء", "جراء", "إثر", "اثر", "بعد", "ب"))
_KNOWN_REACH = 10


_WOUNDS = frozenset(ffold(w) for w in _CAS.get("wounds_before", ()))


def _their_wounds(ctx: Ctx, m: Mention) -> bool:
    """types.json casualties `wounds_before`: «متأثراً بجراح أصيب بها», «بجروح أصيب بها قبل أيام»: a verb of being hurt
    right after a noun of wounds is a relative clause of those wounds (the hurt told before or the death it led to)."""
    before = ctx.words_before(m.prefix_start, 1, floor=ctx.sents[m.si].start)
    return bool(before) and before[0] in _WOUNDS


def _described_by(ctx: Ctx, m: Mention) -> bool:
    """types.json casualties `described_by`: «أن القتلى هم من سكان البلدة»: a definite death noun with a pronoun of
    separation right after it says who the dead are."""
    if not m.definite:
        return False
    after = ctx.words_after(m.end, 2, limit=ctx.sents[m.si].end)
    return bool(after) and (after[0] in _DESCRIBED_BY or " ".join(after) in _DESCRIBED_BY)


def _sentenced(ctx: Ctx, m: Mention) -> bool:
    """types.json casualties `sentenced_before`: «حكماً بالإعدام», «المحكوم بالإعدام»: a penalty passed or named,
    unless carried out («تنفيذ حكم الإعدام»)."""
    if _EXECUTION not in ffold(m.surface):
        return False
    before = ctx.words_before(m.prefix_start, 3, floor=ctx.sents[m.si].start)
    if not before or before[-1].lstrip("و") not in _SENTENCED:
        return False
    return not any(w in _CARRIED_OUT or w.lstrip("و") in _CARRIED_OUT for w in before[:-1])


def _rumoured(ctx: Ctx, m: Mention, sent) -> bool:
    """cues.json `rumour`: the act is the matter of news called unconfirmed («أنباء غير مؤكدة عن…»), or of news
    circulated («تداولت صفحات أنباء عن…») that the rest of the sentence doubts («إلا أن…», «دون أي تأكيد»), ≤ `reach`
    words before it in its clause."""
    if not _RUMOUR_NOUNS & ctx.sent_words(m.si):
        return False  # (most sentences tell no news of news)
    cs = ctx.clause(m.prefix_start)[0]
    before = ctx.words_before(m.prefix_start, _RUMOUR_REACH + 1, floor=cs)
    for k in range(len(before) - 1, -1, -1):
        w = before[k]
        if w.lstrip("و") not in _RUMOUR_NOUNS:
            continue
        tail = " ".join(before[k + 1:k + 4])
        if any(tail.startswith(u) for u in _UNCONFIRMED):
            return True
        verbs = ctx.words_before(ctx.tokens[ctx.tok_of(m.prefix_start) - (len(before) - k)].start,
                                 _RUMOUR_VERB_REACH, floor=sent.start)
        if not any(x.lstrip("و") in _RUMOUR_VERBS for x in verbs):
            return False
        # («تداولت صفحات محلية أنباء عن اعتقال…» is how local news is told: a rumour only when the text doubts it)
        rest = " ".join(ffold(w) for w in ctx.text[m.end:sent.end].split())
        return any(d in rest for d in _DOUBTED)
    return False


def _named_again(ctx: Ctx, m: Mention, sent) -> str | bool | None:
    """«تستعد الفصائل لشن هجوم واسع… . وأضافت المصادر أن الهجوم يهدف إلى…»: a definite act noun with no day and no
    figure of its own in its clause, after an act of its kind told in its sentence or the one before as one to come,
    feared or aimed at (not told as done), is that act named again: its modality (False: no event). None: not so."""
    if m.pos != "noun" or not m.definite or m.type not in ctx.v.acts:
        return None
    told = ctx.memo.get(("told_mod", m.type))
    if told is None or m.si - told[0] > 1 or told[2] not in (None, "future", "hypothetical"):
        return None
    cs, ce = ctx.clause(m.start)
    if any(q.get("kind") == "count" and q.get("low") is not None for q in ctx.quants.between(cs, ce)):
        return None
    if any(d.get("grain") == "day" for d in ctx.dates.between(cs, ce)):
        return None  # «وبدأ الهجوم صباح اليوم»: it came
    return told[2] or False


_SAME = frozenset(ffold(w) for w in load_cues().get("source_words", {}).get("same", ()))
_COMES = frozenset(ffold(w) for w in ("تأتي", "وتأتي", "يأتي", "ويأتي", "جاءت", "وجاءت", "جاء", "وجاء"))


def _the_same(ctx: Ctx, m: Mention, sent) -> bool:
    """«في القصف نفسه», «في الغارات ذاتها», «وتأتي المواجهات بعد…»: a definite act noun with a word of sameness right
    after it (cues.json source_words `same`) or a verb of coming right before it, after an act of its kind told as done
    in a sentence before, is that act."""
    if m.pos != "noun" or not m.definite or m.type not in ctx.v.acts:
        return False
    after = ctx.words_after(m.end, 1, limit=sent.end)
    before = ctx.words_before(m.prefix_start, 1, floor=sent.start)
    if not (after and after[0] in _SAME) and not (before and before[0] in _COMES):
        return False  # («وتأتي المواجهات بعد ثلاثة أيام من…»: the act told before, set in its time)
    told = ctx.memo.get(("told_mod", m.type))
    return told is not None and told[0] < m.si and told[2] == "asserted"


def _buried_dead(ctx: Ctx, m: Mention, sent) -> bool:
    """cues.json funeral, types.json casualties `mourning`: «شيّع الأهالي جثامين أربعة مقاتلين قُتلوا عام 2013 خلال
    معارك…», «لتقديم التعازي بالشبان الثلاثة الذين قتلوا في الكمين»: a death verb after a funeral or mourning word in
    its sentence, dated right after it by a year or a month before the publication's, or in a relative clause with no
    date of its own, tells who was buried or mourned, not a death; the act it names after it in its clause («خلال
    معارك», «في الكمين») is recalled with it."""
    if m.type not in ("casualties", "armed_clash") or m.pos != "verb" or not ctx.published:
        return False  # («… لعائلة المختار الذي اغتيل في بلدة…»: an assassination verb is a clash's)
    if not ctx.m["funeral"].starting(sent.start, m.prefix_start) and \
            not any(w.lstrip("و") in _MOURNING or w.lstrip("ل") in _MOURNING
                    for w in ctx.words_before(m.prefix_start, 12, floor=sent.start)):
        return False
    ce = ctx.clause(m.end)[1]
    d = ctx.dates.first_after(m.end, min(ce, sent.end))
    if d is None or not d.get("value"):
        before = ctx.words_before(m.prefix_start, 1, floor=sent.start)
        if not (before and before[0] in _RELATIVE_WORDS):
            return False  # («شيّع المئات جثامين أربعة شبان قتلوا برصاص…» with no date: the deaths may be the news)
    elif ctx.words_between(m.end, d["start"]) > 3:
        return False
    else:
        val, grain, pub = d["value"], d.get("grain"), ctx.published
        if not ((grain == "year" and val < pub[:4]) or (grain == "month" and val < pub[:7])):
            return False
    ctx.memo.setdefault("recalled_spans", []).append((m.end, min(ce, sent.end)))
    return True


_MOURNING = frozenset(ffold(w) for w in _CAS.get("mourning", ()))
_CHARGED = frozenset(ffold(w) for w in _CAS.get("charged_before", ()))
_CHARGED_REACH = _CAS.get("charged_reach", 3)
_ANNIVERSARY = fold_phrases(_CAS.get("anniversary", ()))
_ANNIVERSARY_HINTS = frozenset(ffold(w) for w in ("ذكرى", "الذكرى", "بذكرى", "لذكرى", "وذكرى", "مثل"))
_PARALLEL = frozenset(ffold(w) for w in ("فيما", "بينما", "وفيما", "وبينما"))


def _charged(ctx: Ctx, m: Mention) -> bool:
    """types.json casualties `charged_before`: a death word ≤ `charged_reach` words after a charge or conviction."""
    cs = ctx.clause(m.prefix_start)[0]
    return any(w in _CHARGED or w.lstrip("و") in _CHARGED
               for w in ctx.words_before(m.prefix_start, _CHARGED_REACH, floor=cs))


def _remembered(ctx: Ctx, m: Mention) -> bool:
    """types.json casualties `anniversary`: a death or an act after «الذكرى…» or «في مثل هذا اليوم» in its sentence,
    no parallel clause («فيما/بينما») between, is remembered."""
    if m.type != "casualties" and m.type not in ctx.v.acts:
        return False
    if not _ANNIVERSARY_HINTS & ctx.sent_words(m.si):
        return False  # (most sentences remember nothing)
    sent = ctx.sents[m.si]
    words = [w for w in ctx.words_before(m.prefix_start, 40, floor=sent.start)]
    for k in range(len(words) - 1, -1, -1):
        if words[k] in _PARALLEL:
            return False
        if any(" ".join([words[k].lstrip("و")] + words[k + 1:k + len(a.split())]) == a for a in _ANNIVERSARY):
            return True
    return False


def _in_recalled_span(ctx: Ctx, m: Mention) -> bool:
    """An act noun after a word of cause or time («خلال/في/جراء») inside the clause of a recalled death, or the verb
    of the relative clause of a known act («الهجوم الذي استهدف…»)."""
    spans = ctx.memo.get("recalled_spans")
    if not spans or not any(a <= m.prefix_start < b for a, b in spans):
        return False
    before = ctx.words_before(m.prefix_start, 1)
    if m.pos == "verb":
        return bool(before) and before[0] in _RELATIVE_WORDS  # («الهجوم الذي استهدف…»)
    prep = ctx.text[m.prefix_start:m.start]
    return m.pos == "noun" and ((bool(before) and before[0].lstrip("و") in _CAUSE_BEFORE) or prep in ("ب", "في", "خلال"))


def _known_act(ctx: Ctx, m: Mention, sent) -> bool:
    """«لذوي العناصر الذين استشهدوا في الكمين الذي تعرضت له دوريتهم … الأسبوع الماضي»: a definite act noun with a
    relative pronoun right after it, its clause dated (≤ `_KNOWN_REACH` words after it) by a week, a month or a year
    before the publication's, with no figure after it in its sentence, is an act known before, named to say who; no
    incident of the day (its first telling would not name it by the article and a relative clause). Dated to a day or
    counted it stays, as background (as frames.recalled_before: the sets' gold codes it)."""
    if m.pos != "noun" or not m.definite or m.type not in ctx.v.acts or not ctx.published:
        return False
    after = ctx.words_after(m.end, 1, limit=sent.end)
    if not after or after[0] not in _RELATIVE_WORDS:
        return False
    ce = ctx.clause(m.end)[1]
    d = ctx.dates.first_after(m.end, min(ce, sent.end))
    if d is None or not d.get("value") or ctx.words_between(m.end, d["start"]) > _KNOWN_REACH:
        return False
    if any(q.get("kind") == "count" and q.get("low") is not None for q in ctx.quants.between(m.end, sent.end)):
        return False  # («الهجوم الذي استهدف دورية … في السادس من آذار، وأدى إلى مقتل 13»: counted, it stays)
    val, grain, pub = d["value"], d.get("grain"), ctx.published
    known = (grain == "year" and val < pub[:4]) or (grain == "month" and val < pub[:7]) or \
        (grain == "week" and "-W" in val and val < frames._iso_week(pub))
    if known:  # («الهجوم الذي استهدف دورية…»: the relative clause's verb tells the same known act)
        ctx.memo.setdefault("recalled_spans", []).append((m.end, min(ce, sent.end)))
    return known


_DEAL_AGE = frozenset(ffold(w) for w in load_cues()["not_event"].get("deal_age", []))
_DEAL_AGE_REACH = load_cues()["not_event"].get("deal_age_reach", 6)


def _aged(ctx: Ctx, m: Mention) -> bool:
    """cues.json not_event `deal_age`: an agreement told with its age after it in its clause («يومه الثالث»,
    «أسبوعها الثالث») is a deal in force."""
    ce = ctx.clause(m.end)[1]
    return bool(_DEAL_AGE & set(ctx.words_after(m.end, _DEAL_AGE_REACH, limit=ce)))


def _expected(ctx: Ctx, m: Mention) -> bool:
    """cues.json `ahead_after`: an adjective of expectation ≤ `reach` words after the act noun in its clause
    («معركة مرتقبة», «هجوم بري وشيك»), not one of coming from a place («القادمة من»)."""
    ce = ctx.clause(m.end)[1]
    words = ctx.words_after(m.end, _AHEAD_AFTER_REACH + 1, limit=ce)
    return any(w in _AHEAD_WORDS and not (k + 1 < len(words) and words[k + 1] in _AHEAD_NOT_BEFORE)
               for k, w in enumerate(words[:_AHEAD_AFTER_REACH]))


def _figurative(ctx: Ctx, m: Mention) -> bool:
    """types.json `figurative_after`: a clash noun right after which a word of talk, law or votes stands
    («اشتباك كلامي», «معركة انتخابية») names no fighting."""
    spec = _FIGURATIVE.get(m.type)
    if spec is None:
        return False
    words, reach = spec
    ce = ctx.clause(m.end)[1]
    return any(w in words for w in ctx.words_after(m.end, reach, limit=ce))
_PERIOD_END = frozenset(ffold(w) for w in ("حتى", "لغاية", "إلى", "الى", "لحين", "ولغاية", "حتي"))


def _dated_ahead(ctx: Ctx, m: Mention, sent) -> bool:
    """The first date after the trigger in its clause (≤ `_AHEAD_REACH` words) falls after the
    publication day: the act is to come, whatever the verb's form."""
    pub = ctx.published
    if not pub or len(pub) < 10:
        return False
    ce = ctx.clause(m.end)[1]
    d = ctx.dates.first_after(m.end, min(ce, sent.end))
    if d is None or not d.get("value") or ctx.words_between(m.end, d["start"]) > _AHEAD_REACH:
        return False
    before = ctx.words_before(d["start"], 1, floor=m.end)
    if before and before[0].lstrip("و") in _PERIOD_END:
        return False  # «مدّد العقوبات حتى مطلع حزيران المقبل»: how long it lasts, not when it happens
    val, grain = d["value"], d.get("grain")
    if grain == "day":
        return val > pub[:10]
    if grain == "month":
        return val > pub[:7]
    if grain == "year":
        return val > pub[:4]
    if grain == "week" and "-W" in val:
        y, w, _ = datetime.date.fromisoformat(pub[:10]).isocalendar()
        return val > f"{y}-W{w:02d}"
    return False


def _recall_coded(ctx: Ctx, m: Mention) -> bool:
    """rulings.json `recalled`: an act recalled in a pluperfect dated back by a month or a year («وكان الطيران قد قصف
    البلدة الشهر الماضي») is coded, background, unless its clause tells the past vaguely («قبل سنوات») or a period
    («منذ العام الماضي تشهد…») (frames.recalled_one_act): it goes on as a recap with no day (incidents keeps it when it has a place or a figure of its own)."""
    c = rulings.conf()
    if not c["recalled"] or not frames.recalled_one_act(ctx, m, c["period_words"]) or rulings.not_one_act(ctx, m):
        return False
    m.recalled = "undated"
    return True


def _recalled(ctx: Ctx, m: Mention, sent) -> str | None:
    """cues.json recalled: «قتلوا في المعارك الأخيرة» (a definite act noun qualified as past) is
    history told as background (an act dated back from the news is a frame: frames.py)."""
    v = ctx.v
    if m.pos == "noun" and m.definite and any(w in v.recalled_adjectives
                                               for w in ctx.words_after(m.end, 2, limit=sent.end)):
        return "history"
    return None


_SINCE = ffold("منذ")


def _trend(ctx: Ctx, m: Mention, cs: int) -> bool:
    """types.json `trend`: a verb of escalation or exposure ≤ `reach` words before the act noun in its
    clause, «منذ» after it in its clause (or between the verb and it, ≤ `since_reach` words before it) with no day
    of its own (no same-day word, no date of a day), and no figure in the clause. A verb of repetition or sharing
    (`habit_verbs`, ≤ `since_reach` words before) needs no «منذ»: «وتتكرر في المدينة التفجيرات» is a habit."""
    v = ctx.v
    if not (v.trend_verbs | v.witness_verbs | v.habit_verbs) & ctx.sent_words(m.si):
        return False  # (no verb of escalation in the sentence: most)
    wide = ctx.words_before(m.prefix_start, max(v.trend_reach, v.trend_since_reach), floor=cs)
    ce = ctx.clause(m.end)[1]
    since = frames.frames().frames["since"]
    if any(w in v.habit_verbs for w in wide):  # («تتكرر الغارات على البلدة اليوم»: the news of a day)
        return not any(w.lstrip("و") in since.unless for w in ctx.words_after(m.end, 8, limit=ce)) and \
            not _counted(ctx, cs, ce)
    told = _since_told(ctx, m, wide, ce)
    if told is None:
        return False
    witness, after = told
    if witness and after and (after[0] in frames.frames().day or " ".join(after[:2]) in frames.frames().day or
                              _days_counted(after, v)):
        return False  # «تشهد المدينة اشتباكات منذ يومين / منذ أربعة أيام»: fighting going on, the news
    if any(w.lstrip("و") in since.unless for w in after[:since.unless_reach]):
        return False  # «منذ صباح اليوم»: the news of a day
    if any(d.get("grain") == "day" and not ffold(d["surface"]).startswith(_SINCE) and
           _SINCE not in ctx.words_before(d["start"], 1) for d in ctx.dates.between(m.end, ce)):
        return False  # («منذ أسبوعين» resolved to a day starts the trend; it is not the act's day)
    return not _counted(ctx, cs, ce)


def _since_told(ctx: Ctx, m: Mention, wide: list[str], ce: int) -> tuple[bool, list[str]] | None:
    """(a verb of witnessing governs the act noun, the words after its «منذ»): «منذ» between a verb of escalation,
    exposure or witnessing and the noun (`wide`, the words before it), else after the noun in its clause; None with
    no such verb ≤ `reach` words before the noun (nor one before a «منذ» there) or no «منذ» at all."""
    v = ctx.v
    before = wide[-v.trend_reach:]
    witness = any(w in v.witness_verbs for w in before)
    lead = _since_before(wide, v)
    if not witness and lead is None and not any(w in v.trend_verbs for w in before):
        return None
    if lead is not None:  # «وتتصاعد في الريف منذ شهور عمليات الخطف»
        return witness or any(w in v.witness_verbs for w in wide), lead
    words = ctx.words_after(m.end, 16, limit=ce)
    if _SINCE not in words:
        return None
    return witness, words[words.index(_SINCE) + 1:]


def _since_before(wide: list[str], v) -> list[str] | None:
    """The words after «منذ» when it stands after a verb of escalation, exposure or witnessing among the words
    before the act noun («وتتصاعد في الريف منذ شهور عمليات…»); None otherwise."""
    verbs = v.trend_verbs | v.witness_verbs
    at = next((i for i, w in enumerate(wide) if w in verbs), None)
    if at is None or _SINCE not in wide[at + 1:]:
        return None
    return wide[wide.index(_SINCE, at + 1) + 1:]


def _days_counted(after: list[str], v) -> bool:
    """«منذ أربعة أيام», «منذ 5 ساعات»: a number of days or hours (types.json trend `short_units`) after «منذ»
    is a short span: what is witnessed over it is going on, the news (weeks and months are a trend)."""
    return len(after) >= 2 and after[1] in v.trend_short_units and \
        (after[0].isdigit() or after[0] in frames._NUMBER_WORDS)


def _counted(ctx: Ctx, cs: int, ce: int) -> bool:
    """A count figure in the clause (a sum: an aggregate, not a trend)."""
    return any(q.get("kind") == "count" and q.get("low") is not None for q in ctx.quants.between(cs, ce))


_PROTEST = load_types()["types"]["protest"]
_GATHERED_FOR = frozenset(ffold(w) for w in _PROTEST.get("gathered_for", ()))
_GATHERED_REACH = _PROTEST.get("gathered_for_reach", 6)


def _gathered_for(ctx: Ctx, m: Mention) -> bool:
    """types.json protest `gathered_for`: a word of welcome, celebration or burial at most `gathered_for_reach`
    words after the protest word in its clause tells why the crowd gathered (not to protest)."""
    ce = ctx.clause(m.end)[1]
    return any(w in _GATHERED_FOR for w in ctx.words_after(m.end, _GATHERED_REACH, limit=ce))


_JOINS = frozenset(ffold(w) for w in load_types()["types"]["defection"].get("joins", ()))


_DESCRIBED_IN = frozenset({"arrest", "casualties", "armed_clash", "airstrike", "shelling", "explosion", "other"})
_DESCRIBE_REACH = 8


def _describes_another(ctx: Ctx, m: Mention) -> bool:
    """An adjective of defection («منشق») in a clause whose act is of another kind, told by a trigger that needs no
    context words (≤ `_DESCRIBE_REACH` words on either side): it describes who that act befell."""
    cs, ce = ctx.clause(m.start)
    lo = max(cs, m.prefix_start - 80)
    hi = min(ce, m.end + 80)
    for t in ctx.m["triggers"].starting(lo, hi):
        if t.start == m.start:
            continue
        infos = t.value if isinstance(t.value, list) else [t.value]
        if not any(i["type"] in _DESCRIBED_IN and not i["needs"] and not i.get("prior") for i in infos):
            continue
        a, b = (t.end, m.prefix_start) if t.end <= m.prefix_start else (m.end, t.prefix_start)
        if ctx.words_between(a, b) <= _DESCRIBE_REACH:
            return True
    return False


def _defected_before(ctx: Ctx, m: Mention) -> bool:
    """A defection trigger other than a joining stands before m in its sentence."""
    sent = ctx.sents[m.si]
    return any(i["type"] == "defection" and ffold(t.surface) not in _JOINS
               for t in ctx.m["triggers"].starting(sent.start, m.prefix_start) if t.end <= m.prefix_start
               for i in (t.value if isinstance(t.value, list) else [t.value]))


def _aim_through(ctx: Ctx, c) -> bool:
    """The aim cue c is followed by the preposition its purpose takes («سعياً إلى», «الساعية إلى»): the word after
    that is the aim as well (cues.json not_event.aim_through)."""
    nxt = ctx.tok_of(c.end - 1) + 1
    return nxt < len(ctx.tokens) and fold_str(ctx.tokens[nxt].text) in ctx.v.aim_between


_PURPOSE = ("ل", "لل", "ول", "ولل", "فل")  # the lām of purpose before a masdar of taking


_PREPARE = load_cues()["not_event"].get("aim_prepare", {})


def _prepare_cues(block: dict) -> frozenset[str]:
    """cues.json not_event.aim_prepare's words of preparing and paving, folded; none when it is not `enabled`."""
    return frozenset(ffold(w) for w in block.get("cues", ())) if block.get("enabled") else frozenset()


_PREPARE_CUES = _prepare_cues(_PREPARE)
_PREPARE_REACH = _PREPARE.get("reach", 3)
_NOT_LAM = frozenset(ffold(w) for w in ("لا", "لم", "لن", "لدى", "لقاء", "لكن", "لبنان", "له", "لها", "لهم"))


_PREPARE_NOT_ACC = bool(_PREPARE.get("not_accusative"))
_NEGATIONS = frozenset(ffold(w) for w in ("لم", "لن", "لا", "ولم", "ولن", "ولا", "فلم", "ما"))


def _lam_object(w: str) -> bool:
    """A word opening with the lām of an object or purpose («لهجوم», «لعمليات», «للمشاركة»), not a word of its
    own that begins with the letter («لم», «لدى», «لبنان»), nor (aim_prepare `not_accusative`, review44's F1) an
    accusative that begins with it («يُعدّ لافتاً قصف…»: the verb is «is counted as»)."""
    if _PREPARE_NOT_ACC and w.endswith("ا") and not w.endswith(("ها", "نا", "يا")):
        return False
    return len(w) > 2 and w.startswith("ل") and not w.startswith("لدي") and w not in _NOT_LAM


def _prepared(ctx: Ctx, m: Mention) -> bool:
    """cues.json not_event.aim_prepare: a word of preparing or paving ≤ `reach` words before the act in its clause,
    whose object opens with the lām right after it (or after the preparer named between: «تحضير النظام لهجوم»), the
    act that lām-word or after it: «كانت تعدّ لعمليات اغتيال», «تمهّد لبسط النظام سيطرته على…»."""
    if not _PREPARE_CUES:
        return False
    floor = ctx.clause(m.start)[0]
    before = ctx.words_before(m.prefix_start, _PREPARE_REACH + 1, floor=floor)
    if not _PREPARE_CUES.intersection(before):
        return False
    at = ffold(ctx.text[m.prefix_start:m.end].split()[0]) if ctx.text[m.prefix_start:m.end].strip() else ""
    wide = ctx.words_before(m.prefix_start, _PREPARE_REACH + 2, floor=floor) if _PREPARE_NOT_ACC else before
    for i, w in enumerate(before):
        if w in _PREPARE_CUES:
            k = len(wide) - len(before) + i - 1
            if _PREPARE_NOT_ACC and k >= 0 and wide[k] in _NEGATIONS:
                continue  # («لم تعد لقوات النظام سيطرة»: «عاد», no longer; review44's F1)
            seq = before[i + 1:] + [at]
            if _lam_object(seq[0]) or len(seq) > 1 and seq[0] not in _PREPARE_CUES and _lam_object(seq[1]):
                return True
    return False


def _purpose(ctx: Ctx, m: Mention) -> bool:
    """A masdar of taking after the lām of purpose («لتحرير», «لاستعادة»), or right after such a masdar
    (its complement: «لاستعادة السيطرة على…»)."""
    if ctx.text[m.prefix_start:m.start] in _PURPOSE:
        return True
    prev = [t for t in ctx.m["triggers"].starting(max(0, m.prefix_start - 20), m.prefix_start)
            if t.end <= m.prefix_start and not ctx.text[t.end:m.prefix_start].strip()]
    return any(ctx.text[t.prefix_start:t.start] in _PURPOSE and
               any(i["type"] == "territory_change" for i in (t.value if isinstance(t.value, list) else [t.value]))
               for t in prev)


def _told_before(ctx: Ctx, m: Mention) -> bool:
    """An act of m's type told before it in its sentence or the sentence before."""
    lo = ctx.sents[max(0, m.si - 1)].start
    return any(i["type"] == m.type for t in ctx.m["triggers"].starting(lo, m.prefix_start) if t.end <= m.prefix_start
               for i in (t.value if isinstance(t.value, list) else [t.value]))


def _habit_after(ctx: Ctx, m: Mention, sent) -> bool:
    """cues.json not_event.habit_after: a habit word right after the trigger, its clause undated."""
    hits = ctx.m["habit_after"].starting(m.end, min(sent.end, m.end + 60))
    if not hits or ctx.tok_of(hits[0].prefix_start) - ctx.tok_of(m.end - 1) > ctx.v.habit_after_window:
        return False
    cs, ce = ctx.clause(m.start)
    # («عمليات اغتيال شبه يومية منذ سيطرة النظام عليها صيف 2018»: a date after «منذ» starts the habit)
    since = [h for h in ctx.m["frame_heads"].starting(cs, ce) if frames.opens(h, "since")]
    return not any(not since or d["start"] < since[0].prefix_start for d in ctx.dates.between(cs, ce))


_NEW_THAT = complementisers("and_that", "so_that")


def _demands(ctx: Ctx, c) -> bool:
    """The call cue c opens a demand frame (frames.json `demand`: «تطالب ب», «مطالبين»): what
    protesters demand, which governs its own clause only."""
    return any(frames.opens(h, "demand") for h in ctx.m["frame_heads"].starting(c.prefix_start, c.end))


_TRY_NOUNS = frozenset(ffold(w) for w in ("محاولة", "محاولات"))
_FOILED = frozenset(ffold(w) for w in load_types()["types"]["armed_clash"].get("foiled", ()))


def _coordinated_try(ctx: Ctx, c) -> bool:
    """«عملية ومحاولة اغتيال», «هجمات ومحاولات تسلل»: a noun of trying joined by و to the noun before it
    counts the acts done with the acts tried; the act is not only attempted."""
    return c.prefix.startswith("و") and ffold(c.surface) in _TRY_NOUNS and \
        bool(ctx.words_before(c.prefix_start, 1))


def _new_report(ctx: Ctx, a: int, b: int) -> bool:
    """«…، وإن الجيش…»: a second «that»-clause of the reporting verb opens between a and b; «…، واتهم
    فصائل بقصف…»: so does an accusation (types.json `accusation`)."""
    if b - a < 4:
        return False
    toks = [t for t in ctx.tokens[ctx.tok_of(a):ctx.tok_of(b) + 1] if a <= t.start < b]
    return any(ffold(t.text) in _NEW_THAT or _accuses(ctx, t) for t in toks)


def _accuses(ctx: Ctx, t) -> bool:
    w = ffold(t.text)
    return w in ctx.v.accuse_verbs or (w[:1] in ("و", "ف") and w[1:] in ctx.v.accuse_verbs)


def _bounds_a_figure(ctx: Ctx, c) -> bool:
    nxt = ctx.tok_of(c.end - 1) + 1
    if nxt >= len(ctx.tokens):
        return False
    w = ffold(ctx.tokens[nxt].text)
    return w in ctx.v.bound_over or w in ctx.v.neg_bound  # «ما لا يقل عن 40»: at least 40


def _judged(ctx: Ctx, m: Mention) -> bool:
    """A judgement word (cues.json predicates_after) at most two words after the noun, quotes aside."""
    hits = ctx.m["predicates"].starting(m.end, min(ctx.sents[m.si].end, m.end + 30))
    return bool(hits) and ctx.words_between(m.end, hits[0].prefix_start) <= 2


def _decree_content(ctx: Ctx, c) -> bool:
    """A content cue («يقضي», «ينص على») with a decree word («مرسوم», «قرار») at most three words
    before it: it tells what the decree does, and the decree's own modality comes from other cues."""
    if ffold(c.surface) not in ctx.v.content_cues:
        return False
    return any(w in ctx.v.decree_words or w.lstrip("و") in ctx.v.decree_words
               for w in ctx.words_before(c.prefix_start, 3))


def _slogan(ctx: Ctx, m: Mention) -> bool:
    """«انشق ولا تكن…»: an imperative trigger opening a clause and followed by ولا / ! is a call."""
    if m.pos != "verb":
        return False
    after = ctx.words_after(m.end, 1)
    before = ctx.text[max(0, m.prefix_start - 2):m.prefix_start]
    opens = m.prefix_start == ctx.sents[m.si].start or any(ch in before for ch in "\"«“\n")
    return opens and bool(after) and after[0] in _SLOGAN_AFTER


def _aside_words(ctx: Ctx, a: int, b: int) -> int:
    """Words between a and b that name an actor or a time (the subject of a verb and its adverbials, which stand
    between the verb and its object: «تحاول قوات النظام منذ أسابيع التقدم»), if no break stands between."""
    if ctx.breaks_between(a, b):
        return 0
    n = sum(ctx.words_between(x.start, x.end) + 1 for x in ctx.m["actors"].starting(a, b) if x.end <= b)
    n += sum(ctx.words_between(d["start"], d["end"]) + 1 for d in ctx.dates.between(a, b) if d["end"] <= b)
    ws = ctx.words_before(b, ctx.words_between(a, b), floor=a)
    if _SINCE in ws:
        n += 2  # («منذ أسابيع», «منذ أشهر»: a span, not a date)
    return n


_RAIDS = (ffold("دهم"), ffold("داهم"))  # («داهمت», «مداهمة», «حملة دهم»: a raid, not a taking)
_NOBODY = frozenset(ffold(w) for w in load_cues()["modality"]["nobody"]["words"])


def _none_taken(ctx: Ctx, m: Mention, sent) -> bool:
    """A raid whose sentence goes on to say, after it, that no one was taken: an arrest trigger after a negation
    (cues.json modality negated/without, ≤ 3 words) with «أحداً» (nobody) right after it."""
    f = ffold(m.surface)
    if m.figure is not None or not any(r in f for r in _RAIDS):
        return False  # (a taking told by its verb, «اعتقلت دورية ثلاثة شبان», is not undone by a later denial)
    for t in ctx.m["triggers"].starting(m.end, sent.end):
        vals = t.value if isinstance(t.value, list) else [t.value]
        if not any(isinstance(x, dict) and x.get("type") == "arrest" for x in vals):
            continue
        # (the first arrest told after the raid decides: «واعتقلت خمسة شبان، دون أن تعتقل أحداً من…» took some)
        if _new_report(ctx, m.end, t.prefix_start):
            return False  # («…، وقال مصدر إن الدورية لم تعتقل أحداً»: another telling, a denial)
        nxt = ctx.words_after(t.end, 2, limit=sent.end)
        return any(w.strip("،,.") in _NOBODY for w in nxt) and any(
            c.end <= t.prefix_start and ctx.words_between(c.end, t.prefix_start) <= 3
            and set(c.value if isinstance(c.value, list) else [c.value]) & {"negated", "without"}
            for c in ctx.m["modality"].starting(m.end, t.prefix_start))
    return False


_TRY_VERBS = frozenset(ffold(w) for w in load_cues()["modality"]["attempted"].get("try_verbs", ()))
_FEARED = frozenset({"warned", "warned_verb"})
_FROM = ffold("من")
_FEARED_REACH = 12  # words from the verb of fearing to the act: its subject between (one clause)
_FROM_REACH = 2  # words from «من» to the act: «من تجدد الاشتباكات», «من هجوم»


def _feared_object(ctx: Ctx, c, m: Mention) -> bool:
    """cues.json modality `warned`: the act is the «من» complement of a verb of fearing or warning whose subject,
    however long, stands between them («يتخوف سكان بلدة الصورة الكبيرة شمالي السويداء من تجدد الاشتباكات»,
    «حذر مسؤولون أمميون في إحاطة لمجلس الأمن من هجوم…»): one clause (no break), «من» at most `_FROM_REACH` words
    before the act, no other act told between the verb and that «من» (whose complement it would be)."""
    if ctx.breaks_between(c.end, m.prefix_start) or ctx.words_between(c.end, m.prefix_start) > _FEARED_REACH:
        return False
    ws = ctx.words_before(m.prefix_start, _FROM_REACH, floor=c.end)
    if _FROM not in ws:
        return False
    k = len(ws) - 1 - ws[::-1].index(_FROM)
    frm = ctx.tokens[ctx.tok_of(m.prefix_start) - (len(ws) - k)].start
    return not any(t.end <= frm for t in ctx.m["triggers"].starting(c.end, frm))


def _qad_past(ctx: Ctx, sent, nxt: int) -> bool:
    """«وكانت قوات النظام قد استهدفت»: قد before a past form reports a fact."""
    v = ctx.v
    # «وكان الملازم أول فلان الفلاني قد أعلن»: كان may stand a long name before قد
    for tok in ctx.tokens[max(0, nxt - 9):nxt - 1]:
        if tok.start >= sent.start and ffold(tok.text) in v.pluperfect:
            return True
    w = ffold(ctx.tokens[nxt].text)
    return (w[:1] in "اأت" and len(w) >= 5 and w.endswith(v.past_endings)) or w in v.att_verbs


def background(ctx: Ctx, m: Mention) -> bool:
    """The text recalls it as history: told as past («المعارك الأخيرة», «بعد يومين من إطلاق…»), or
    its date is long before the publication date."""
    if m.recalled is not None:
        return True
    date, _, src = m.date
    if src != "text" or not date or not ctx.published:
        return False
    try:
        y, mo = int(date[:4]), int(date[5:7]) if len(date) >= 7 and date[4] == "-" and date[5:7].isdigit() else 6
        py, pm = int(ctx.published[:4]), int(ctx.published[5:7])
    except ValueError:
        return False
    return (py - y) * 365 + (pm - mo) * 30 > _BACKGROUND_DAYS
