"""Deaths told apart from the act that caused them, across sentences (after incidents.resolve):

- a toll update («وفي حصيلة لاحقة… ارتفع عدد القتلى إلى 39», cues.json toll_update) is the
  latest figure of the act (or toll) told up to two sentences before: it replaces that figure
  and is never a second event (users sum fatalities: 31 and 39 of one strike are 39, not 70);
- a toll told first and its act in the next sentence («قُتل 41 شخصاً في ريف إدلب أمس. وتركز
  القصف على بلدات…») are one event: the deaths are that act's.

A standalone toll is a `casualties` incident, asserted, for no period, with a figure of killed
or injured. Only the incident right before (update) or right after (toll first) is looked at,
so the pass stays linear.
"""
from __future__ import annotations

from functools import lru_cache

from ...arabic.normalize import fold_str
from . import bounds, clauses, tellings
from .context import Ctx
from .arguments import _contained
from .clauses import place_key
from .incidents import Incident, _coarse, toll_apart
from .toll_update import _cues, _update_cue
from .vocab import cue_words, ffold, fold_phrases, load_cues

_UPDATE_REACH = 2  # sentences after its act in which a toll update may come
_HURT_ROLES = ("fatalities", "injured", "both")


def join(ctx: Ctx, incs: list[Incident]) -> list[Incident]:
    out: list[Incident] = []
    for i, inc in enumerate(incs):
        if (_standalone_toll(inc) or _raised_total(ctx, inc)) and not any(toll_apart(ctx, m) for m in inc.mentions):
            # (a toll of separate incidents, «قُتل خمسة في هجومين منفصلين», is neither act's: incidents.toll_apart)
            fig = _toll_mention(inc)
            if fig is not None and _update_cue(ctx, fig):
                host = _host_before(ctx, out, inc)
                if host is not None:
                    if _raised_total(ctx, inc):
                        for m in _all(inc):
                            m.aggregate = False  # («ليرتفع عدد القتلى إلى ستة»: the act's toll, not a sum)
                    _attach(host, inc)
                    continue
            if _raised_total(ctx, inc):
                out.append(inc)
                continue
            nxt = incs[i + 1] if i + 1 < len(incs) else None
            if nxt is not None and _act_after(ctx, inc, nxt):
                _attach(nxt, inc)
                continue
        out.append(inc)
    _orphan_updates(ctx, out)
    return out


def split_running(ctx: Ctx, incs: list[Incident]) -> list[Incident]:
    """«تقدمت القوات اليوم داخل المدينة إثر مواجهات أسفرت منذ بدء الهجوم مطلع الشهر عن مقتل 64»: the
    dead summed since a start before the day the act is told on are a running toll (a `casualties`
    aggregate of its own), not that day's fatalities. An act with no day of its own, or a toll
    since the act itself began with no earlier day («فيما أحصى المرصد مقتل 27 منذ اندلاع
    الاشتباكات» after ongoing clashes), stays one incident."""
    out: list[Incident] = []
    for inc in incs:
        out.append(inc)
        main = inc.main
        if main.aggregate or main.type not in ctx.v.acts or main.date[2] != "text" or main.date[1] != "day":
            continue
        day = main.date[0] or ""
        toll = [d for d in inc.deaths if d.aggregate and d.figure is not None and d.role in _HURT_ROLES and
                (d.period or {}).get("start") and d.period["start"] < day[:len(d.period["start"])] + "~"  # type: ignore[index]
                and d.period["start"] != day]  # type: ignore[index]
        if not toll:
            continue
        runs = [m for m in inc.mentions if m is not main and m.aggregate and m.figure is None]
        new = Incident(toll[0])
        toll[0].type, toll[0].role = "casualties", toll[0].role or "fatalities"
        # the sum runs over the offensive's area: the widest place the incident names (the earliest of
        # equals), not a district the day's act took («… داخل مدينة X وسيطرت على حي Y، … منذ بدء الهجوم»)
        wide = sorted(_with_towns(ctx, [p for m in [main, *toll] for p in m.places if "start" in p]),
                      key=lambda p: (-_WIDTH.get(p.get("kind") or p.get("level"), 0), p["start"]))  # type: ignore[arg-type]
        for m in (toll + runs) if wide else ():
            m.places, m.place = [wide[0]], wide[0]
        for d in toll + runs:
            d.date = (None, None, "none")  # (the act's day is not the sum's: it runs from its start)
        for m in toll[1:] + runs:
            new.add(m)
        inc.deaths = [d for d in inc.deaths if d not in toll]
        inc.mentions = [m for m in inc.mentions if m not in runs]
        inc.reset()
        out.append(new)
    return out


def cause_typed(ctx: Ctx, incs: list[Incident]) -> list[Incident]:
    """Stop 32's convention: a running toll over a period that names one cause takes the cause's type, an
    aggregate («بلغت حصيلة قتلى القصف على البلدة منذ أول الشهر 47», «وصل عدد ضحايا حملة البراميل منذ
    منتصف كانون الأول إلى 700», «قُتلوا في عمليات اغتيال منذ مطلع العام»); a toll that names no act or acts of
    several kinds («جراء الغارات والقذائف») stays `casualties`. The cause is read in the toll's own stretch: a
    few words before its first mention (the result verb's subject: «مواجهات أسفرت … عن مقتل») up to the end of
    its sentence, cut at a parallel story («فيما/بينما»), a share («معظمهم») or a recall («وكانت … قد»). An act of that type told only
    inside the stretch (the cause's own words: «جراء الغارات التي تنفذها طائرات النظام») is the toll's."""
    from .mentions import _needs

    absorbed: set[int] = set()
    for inc in incs:
        main = inc.main
        if inc.type != "casualties" or not main.aggregate or not (main.period or {}).get("start"):
            continue
        first = min((m.prefix_start for m in inc.mentions if m.si == main.si), default=main.prefix_start)
        s = ctx.sents[main.si]
        lo = max([s.start] + [b.end for b in ctx.m["breaks"].starting(s.start, first)
                              if ffold(b.surface) in _PARTS])
        back = ctx.words_before(first, _CAUSE_BACK, floor=lo)
        lo = max(lo, first - sum(len(w) + 1 for w in back) - 1)
        hi = min([s.end] + [b.start for b in ctx.m["breaks"].starting(first, s.end) if ffold(b.surface) in _PARTS] +
                 [t.start for t in ctx.tokens[ctx.tok_of(first):ctx.tok_of(s.end)] if t.start >= first and
                  (ffold(t.text).lstrip("و") in _SHARE or ffold(t.text) in ctx.v.pluperfect)])
        own = [m for m in inc.mentions + inc.deaths if m.type == "casualties"]
        kinds: set[str] = set()
        words: set[str] = set()
        open_word = False
        for t in ctx.m["triggers"].starting(lo, hi):
            if any(m.start <= t.start < m.end for m in own):
                continue  # (the toll's own word: «تحييد», «المحيدين»)
            if ctx.words_before(t.prefix_start, 1)[-1:] and ctx.words_before(t.prefix_start, 1)[-1] in _PERIOD_HEADS:
                continue  # («منذ بدء الهجوم»: the period's start, no cause)
            vals = [i for i in (t.value if isinstance(t.value, list) else [t.value])
                    if isinstance(i, dict) and (i.get("type") in ctx.v.acts or i.get("type") == "attack")]
            if not vals:
                continue
            words.add(ffold(t.surface).removeprefix("ال"))
            # (a word of either kind, «قصف», or one the context types: open)
            open_word = open_word or len({i["type"] for i in vals}) > 1 or any(i["type"] == "attack" for i in vals)
            vals = [i for i in vals if i["type"] != "attack"]
            for i in vals:
                if not i.get("needs") or _needs(ctx, t.end, hi, i["needs"]):
                    kinds.add(i["type"])
        if len(kinds) != 1 or open_word and len(words) > 1:
            continue  # («جراء القصف والغارات»: a word of either kind beside another: acts of several kinds)
        kind = kinds.pop()
        inc.type = kind
        for o in incs:
            if o is not inc and o.type == kind and not o.deaths and \
                    all(m.si == main.si and lo <= m.prefix_start < hi and not m.aggregate for m in o.mentions):
                absorbed.add(id(o))  # «جراء الغارات التي تنفذها طائرات…»: the cause told, not an act of its own
                for m in o.mentions:
                    m.figure = None  # (its «عشرات الغارات» counts the raids, not the toll)
                    inc.add(m)
    return [inc for inc in incs if id(inc) not in absorbed]


_CAUSE_BACK = 3  # words before a toll's first mention that may name its cause («مواجهات أسفرت … عن مقتل»)
_PARTS = frozenset(cue_words("clause_words", "part"))
_SHARE = frozenset(fold_str(w) for w in load_cues().get("toll_update", {}).get("share", []))
_PERIOD_HEADS = frozenset(fold_str(w) for w in load_cues().get("toll_update", {}).get("period_heads", []))


_WIDTH = {"locality": 1, "city": 1, "subdistrict": 2, "district": 2, "region": 3, "governorate": 4, "country": 5}


def _with_towns(ctx: Ctx, ps: list[dict]) -> list[dict]:
    """ps and the town each quarter or site of ps is told in («حي X في مدينة Y»: Y, which the act's own
    place dropped as a container)."""
    out = list(ps)
    for p in ps:
        if (p.get("kind") or p.get("level")) in _WIDTH:
            continue
        q = next((q for q in ctx.places.between(p["end"], p["end"] + 30)
                  if (q.get("kind") or q.get("level")) in ("locality", "city") and _contained(ctx, p, q)), None)
        if q is not None:
            out.append(dict(q, _loc=True, _origin=False, _country=False, _road=False))
    return out


def _orphan_updates(ctx: Ctx, incs: list[Incident]) -> None:
    """«… مقتل ثمانية في غارة على البارة. وتوفي اثنان من المصابين ليرتفع العدد إلى عشرة»: a sentence
    with no mention of its own that raises a toll («ليرتفع العدد إلى N») up to two sentences after
    an incident with deaths is that incident's latest toll."""
    told: dict[int, set[int]] = {}
    for inc in incs:
        if inc.type == "casualties" and all(m.figure is None for m in _all(inc)):
            continue  # («بعد وفاة جريحين»: the wounded who died, no toll of their own)
        for m in _all(inc):
            told.setdefault(m.si, set()).add(id(inc))
    hosts = [(min(m.si for m in _all(inc)), max(m.si for m in _all(inc)), inc) for inc in incs
             if any(m.figure is not None and m.role == "fatalities" for m in _all(inc))
             and all(m.modality == "asserted" for m in inc.mentions)]
    if not hosts:
        return
    for _, la, own in hosts:
        # «قُتل خمسة جراء غارات على البلدة، قبل أن يرتفع العدد لاحقاً إلى تسعة»: raised in the act's own sentence
        m = _orphan_update(ctx, la) if told.get(la) == {id(own)} else None
        if m is not None and not any(o.figure is not None and o.figure.get("start") == m.figure["start"]
                                     for o in _all(own)) and _then_before(ctx, _all(own), m):
            own.deaths.append(m)
    for si in range(min(f for f, _, _ in hosts) + 1, min(max(la for _, la, _ in hosts) + _UPDATE_REACH + 1,
                                                        len(ctx.sents))):
        # a later sentence that tells only the host again («… متأثراً بجراح أصيب بها في الغارات ذاتها، ليرتفع عدد
        # ضحاياها إلى أربعة») may raise its toll; one that tells another incident may not
        host = max(((la, inc) for f, la, inc in hosts if f < si and
                    (0 < si - la <= _UPDATE_REACH or (si <= la and told.get(si) == {id(inc)}))),
                   key=lambda x: x[0], default=(None, None))[1]
        if host is None or (si in told and told[si] != {id(host)}):
            continue
        m = _orphan_update(ctx, si)
        if m is None:
            continue
        held = [o for o in _all(host) if o.figure is not None and o.figure.get("start") == m.figure.get("start")]
        if any(o.prefix_start < m.figure["start"] for o in held):
            continue  # (the toll is told by a mention of the host already)
        for o in held:
            o.figure = None  # «ارتفعت الحصيلة إلى ستة بعد وفاة جريحين»: the risen toll, not the wounded who died
        host.deaths.append(m)


def _orphan_update(ctx: Ctx, si: int):
    from .mentions import Mention  # (a mention made here: the sentence told no trigger)

    verbs, to, nouns, _ = _cues()
    s = ctx.sents[si]
    for q in ctx.quants.between(s.start, s.end):
        if q.get("low") is None or q.get("kind") not in ("count", None):
            continue
        t = ctx.tok_of(q["start"])
        toks = [tok for tok in ctx.tokens[max(0, t - 6):t] if tok.start >= s.start]
        words = [ffold(tok.text) for tok in toks]
        if not words or words[-1] not in to or not any(w.lstrip("و") in nouns or w in nouns for w in words):
            continue
        k = next((k for k, w in enumerate(words) if w in verbs or w.lstrip("و") in verbs), None)
        if k is None:
            continue
        hurt = ctx.v.hurt_nouns.get(ffold(q.get("counted") or ""))
        m = Mention(toks[k].start, toks[k].end, toks[k].text, "casualties", "verb", "killed", si, False, toks[k].start)
        m.figure, m.role = bounds.bound(ctx, q), "injured" if hurt == "injured" else "fatalities"
        return m
    return None


def _attach(host: Incident, toll: Incident) -> None:
    host.deaths.extend(toll.mentions)
    host.deaths.extend(d for d in toll.deaths if d not in host.deaths)


def _all(inc: Incident) -> list:
    return inc.mentions + inc.deaths


def _standalone_toll(inc: Incident) -> bool:
    ms = _all(inc)
    return inc.type == "casualties" and all(m.modality == "asserted" and not m.aggregate for m in ms) and \
        any(m.figure is not None and m.role in _HURT_ROLES for m in ms)


def _raised_total(ctx: Ctx, inc: Incident) -> bool:
    """«… متأثراً بجروح أصيب بها في القصف نفسه، ليرتفع عدد القتلى إلى ستة»: a toll told as a total risen to N
    with no period of its own (no start: not «منذ…», not «خلال الشهر»): the update of the act told before it,
    when there is one (`_host_before`)."""
    ms = _all(inc)
    if not (inc.type == "casualties" and all(m.modality == "asserted" and m.aggregate for m in ms) and
            any(m.figure is not None and m.role in _HURT_ROLES for m in ms)):
        return False
    # («وبذلك يرتفع عدد الذين قضوا منذ مطلع العام … إلى 40»: a period of its own, a running total)
    return not any(ffold(c.surface) not in ctx.v.running_total for m in ms
                   for c in ctx.m["period"].starting(ctx.sents[m.si].start, ctx.sents[m.si].end))


def _toll_mention(inc: Incident):
    return next((m for m in _all(inc) if m.figure is not None and m.role in _HURT_ROLES), None)


def _host_before(ctx: Ctx, done: list[Incident], toll: Incident) -> Incident | None:
    """The act (or toll) with deaths told last, at most two sentences before, where nothing
    contradicts the update (another place, another day, a smaller new figure)."""
    t_si = min(m.si for m in _all(toll))
    for inc in reversed(done[-3:]):
        ms = _all(inc)
        if any(m.modality != "asserted" or m.aggregate for m in inc.mentions):
            continue
        if not (t_si > min(m.si for m in ms) and t_si - max(m.si for m in ms) <= _UPDATE_REACH or
                _raised_later_in_sentence(ctx, ms, toll)):
            continue
        if inc.type not in ctx.v.acts and inc.type != "casualties" and not (
                inc.type == "protest" and any(m.si == t_si for m in inc.mentions)):
            continue  # (a protest hosts a toll that names it: «إن عدد قتلى المظاهرة ارتفع إلى 17», fired on)
        if not _places_agree(ms, _all(toll), care=True, ctx=ctx) or _dates_differ(ms, _all(toll), later_ok=True):
            return None
        new = _toll_mention(toll).figure.get("low") or 0
        old = [m.figure.get("low") or 0 for m in ms if m.figure is not None and m.role == "fatalities"]
        if old and new < max(old):
            return None
        return inc
    return None


def _raised_later_in_sentence(ctx: Ctx, host: list, toll: Incident) -> bool:
    """«قُتل تسعة مدنيين في حصيلة أولية جراء غارات على البلدة، قبل أن يرتفع العدد مساءً إلى 16»: a toll raised
    in the sentence of its act, after it, past a word of sequence (cues.json toll_update `then`)."""
    fig = _toll_mention(toll)
    if fig is None or any(m.si != fig.si for m in _all(toll)):
        return False
    return _then_before(ctx, host, fig)


def _then_before(ctx: Ctx, host: list, fig) -> bool:
    """fig's figure comes after the host's mentions of its sentence, past a word of sequence."""
    before = [m for m in host if m.si == fig.si and m.end <= fig.figure["start"] and m.start < fig.start]
    if not before:
        return False
    last = max(before, key=lambda m: m.end)
    between = " " + " ".join(ctx.words_before(fig.figure["start"], ctx.words_between(last.end, fig.figure["start"]),
                                                floor=last.end)) + " "
    return any(f" {w} " in between for w in _then())


@lru_cache(maxsize=1)
def _then() -> tuple[str, ...]:
    return fold_phrases(load_cues().get("toll_update", {}).get("then", []))


def _act_after(ctx: Ctx, toll: Incident, act: Incident) -> bool:
    """The incident right after a toll is an act told in the next sentence with no deaths of its
    own, at a place that agrees with the toll's, on the same day."""
    if act.type not in ctx.v.acts or act.type == "casualties":
        return False
    ams = _all(act)
    if any(m.modality != "asserted" or m.aggregate for m in ams):
        return False
    if any(m.another or set(ctx.words_after(m.end, 3, limit=ctx.clause(m.end)[1])) & tellings.joins_words("similar_words")
           for m in act.mentions):
        return False  # «… قتلوا خمسة من المتسللين. وكانت الفصائل قد صدت محاولة مماثلة يوم الجمعة»: another act of the kind
    if min(m.si for m in ams) - max(m.si for m in _all(toll)) != 1:
        return False
    if any(m.figure is not None and m.role in _HURT_ROLES for m in act.deaths) or \
            any(m.figure is not None and m.role != "count" for m in act.mentions):
        return False
    if _cause_told(ctx, toll):
        return False  # «قتل ثلاثة برصاص قناص في ريف درعا. وقصفت القوات بلدة…»: the toll's own cause
    if any(clauses.no_losses(ctx, m) for m in act.mentions):
        return False  # «… . واندلعت اشتباكات في القرية ذاتها دون ورود أنباء عن خسائر»: not the act that killed them
    return _places_agree(_all(toll), ams) and not _dates_differ(_all(toll), ams)


_CAUSES = frozenset(cue_words("toll_words", "causes"))


def _cause_told(ctx: Ctx, toll: Incident) -> bool:
    """The toll's sentence says what killed them (a cause word after its first mention)."""
    m = min(_all(toll), key=lambda x: x.start)
    s = ctx.sents[m.si]
    return bool(_CAUSES & set(ctx.words_after(m.end, 40, limit=s.end)))


@lru_cache(maxsize=1)
def _care_places() -> tuple[str, ...]:
    return fold_phrases(load_cues().get("toll_update", {}).get("care_places", []))


def _cared_at(ctx: Ctx | None, p: dict) -> bool:
    """A place named as where the wounded were treated or died («مشفى معرة النعمان», «في مستشفى مدينة إدلب»:
    opened, or preceded ≤ 2 words before, by one of cues.json toll_update `care_places`)."""
    s = fold_phrases([p.get("surface") or ""])[0]
    if s.startswith(_care_places()):
        return True
    if ctx is None or "start" not in p:
        return False
    before = ctx.words_before(p["start"], 2)
    return any(" ".join(before[k:]).startswith(_care_places()) or before[k].startswith(_care_places())
               for k in range(len(before)))


def _places_agree(a: list, b: list, care: bool = False, ctx: Ctx | None = None) -> bool:
    pa = [p for m in a for p in m.all_places]
    pb = [p for m in b for p in m.all_places if not (care and _cared_at(ctx, p))]
    if not pa or not pb:
        return True
    for x in pa:
        for y in pb:
            if place_key(x) == place_key(y):
                return True
            if x.get("admin1_en") and x.get("admin1_en") == y.get("admin1_en") and (_coarse(x) or _coarse(y)):
                return True
    return False


def _dates_differ(a: list, b: list, later_ok: bool = False) -> bool:
    """a and b are dated by the text to no common day; with `later_ok`, b's days all after a's do not differ (the
    wounded die later: the toll grows on a later day)."""
    da = {m.date[0] for m in a if m.date[2] == "text"}
    db = {m.date[0] for m in b if m.date[2] == "text"}
    if later_ok and da and db and all(x and y and len(x) == len(y) and y > x for x in da for y in db):
        return False
    return bool(da and db and not da & db)
