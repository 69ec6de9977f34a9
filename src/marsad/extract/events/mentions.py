"""Event mentions: trigger words (types.json) that name something happening, with their type.

A trigger inside an organisation's name («مكتب توثيق الشهداء»), a short quoted name («معركة
الرقة الكبرى»), a not-event phrase («احتجاجاً على», «تحت سيطرة») or a statement noun that is
only the vehicle of a report («في بيان», «خلال مؤتمر صحفي») is no mention.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from collections import Counter
from functools import lru_cache
from pathlib import Path
import json

from ...arabic.normalize import fold_str
from . import frames, joined_call, relayed
from .context import TITLE_WORDS, Ctx, Sorted
from .frames import framed_out, scopes, since_vague
from .vocab import WORD_PUNCT, bare_in, complementisers, counted_class, cue_words, ffold, load_cues, load_types


_PUNCT = WORD_PUNCT
_BOMB_VEHICLES = frozenset(cue_words("bomb_vehicles", "words"))


@dataclass(eq=False)
class Mention:
    start: int
    end: int
    surface: str
    type: str
    pos: str
    sub: str | None
    si: int
    definite: bool
    prefix_start: int
    # filled by the later steps
    modality: str = "asserted"
    background: bool = False
    figure: dict | None = None  # the quantity this mention counts
    role: str = "count"  # count | fatalities | injured | both
    breakdown: list = field(default_factory=list)
    place: dict | None = None
    places: list = field(default_factory=list)  # a list of places one act is tied to
    date: tuple = (None, None, "none")
    period: dict | None = None
    aggregate: bool = False
    reported_by: dict | None = None
    actors: list = field(default_factory=list)
    deaths: list = field(default_factory=list)  # casualty mentions attached to this act
    partitive: bool = False  # «ومن بين القتلى 11 مدنياً»: a part of an incident already told
    list_of: "Mention | None" = None  # a per-place figure split off this trigger («12 من جاسم، و9 من داعل»)
    relative: bool = False  # a verb in a relative clause of a definite noun («المجموعة التي انشقت»)
    earlier: bool = False  # an earlier, superseded figure of its incident («وكانت حصيلة أولية…»)
    tally: bool = False  # a campaign's running tally («التي سيطرت خلالها الفصائل على 50 قرية»)
    another: bool = False  # «فيما قضت وحدة أخرى على…», «وأخرى في…»: another act of its type, never one told
    recalled: str | None = None  # "history" («في المعارك الأخيرة»), "dated" («بعد يومين من إطلاق…»): not news
    opened: bool = False  # a blast that opened the assault it is joined to (incidents)
    total: bool = False  # a running total told by its cue alone («ليرتفع عدد المشمولين إلى 181»)
    rubble: bool = False  # bodies pulled from the rubble of a strike told before: its dead
    future: bool = False  # a future form of a lemma's verb («ستعتقل»): to come, whatever the cues say
    report_day: bool = False  # its day is the report's («حسبما أفادت الشبكة اليوم الأحد»), not the act's (tellings)
    denies: "Mention | None" = None  # a statement of denial: the act it denies (its place is the statement's)

    @property
    def anaphor(self) -> bool:
        """Refers back rather than telling something new: a definite noun or a bare adjective
        («الانشقاق», «المنشقين»), or a verb in a relative clause («العناصر الذين انشقوا»), with
        no figure of its own."""
        return self.figure is None and (self.definite and self.pos in ("noun", "adj") or self.relative)

    @property
    def all_places(self) -> list:
        """Every place the act is tied to: its list for one act told over several places, else its one place."""
        return self.places or ([self.place] if self.place else [])


def event_words(ctx: Ctx) -> list[tuple]:
    """The trigger hits that are event words where they stand, each with its reading: the one filter of
    the automaton's raw `triggers` list, installed as ``ctx.m["triggers"]`` for every later step (actors,
    sources, places, figures, modality ask "is there an act word here?" of it), so a word whose reading
    is not met here has no side effect elsewhere. Left out: a word missing its context words (types.json
    `needs`; an imperfect short of its «قبل أن» stays: a denial reads it), a verb form with the article or
    a past form with «ل» (a verbal noun), a word inside an organisation's name, a body's name («مركز
    المصالحة»), a short quoted name or a named campaign («ضمن عملية «…»»). A `not_events` phrase stays in
    the list (it names an act not told as one) but is no mention.
    The raw hits stay in ``ctx.memo["trigger_hits"]``. Done once per document (mentions.find calls it)."""
    got = ctx.memo.get("event_words")
    if got is not None:
        return got
    hits = ctx.m["triggers"]
    ctx.memo["trigger_hits"] = hits
    keep: list = []
    out: list[tuple] = []
    for m in hits.items:
        info, why = _reading(ctx, m)
        if why not in _NOT_A_WORD_HERE:
            keep.append(m)  # (a hit astride two sentences is left as it was: no reading asked of it)
        if why is None:
            out.append((m, info))
    if len(keep) < len(hits.items):
        ctx.m["triggers"] = Sorted(keep, ctx, ordered=True)
    ctx.memo["event_words"] = out
    return out


# why a hit is no event word for the later steps (event_words); a not-event phrase («وقف القتال حيز التنفيذ»)
# still names an act that is not told as one, and stays: a date or a figure after it is that act's, not the next's
_NOT_A_WORD_HERE = frozenset({"needs", "article", "name"})


def _reading(ctx: Ctx, m) -> tuple[dict | None, str | None]:
    """A trigger hit's reading where it stands, or why it has none (see event_words)."""
    si = ctx.sent_of(m.start)
    sent = ctx.sents[si]
    if not (sent.start <= m.start and m.end <= sent.end):
        return None, "unsentenced"
    # one form may belong to several types («فرّوا» from service, or from the fighting):
    # the first whose context words are there
    infos = m.value if isinstance(m.value, list) else [m.value]
    info = next((i for i in infos if _context_ok(ctx, m, sent, i)), None)
    if info is not None and info["type"] == "territory_change" and _freed(ctx, m, sent):
        info = _FREED_INFO  # «حررت القوات خمسة مخطوفين»: people set free, not ground taken
    if info is None:
        # (an imperfect short of its «قبل أن» still names the act: a denial reads it)
        return None, "needs" if all(i["needs"] for i in infos) else "prior"
    if info["type"] == "-":
        return None, "not_event"
    if info["pos"] == "verb" and m.prefix.endswith(("ال", "لل")):
        return None, "article"  # «للتصدي لمجموعات…»: a form that folds like a verb («تصدّى») but takes the article is a noun
    if info["pos"] == "verb" and m.prefix.endswith("ل") and not ffold(m.surface).startswith(_IMPERFECT_FIRSTS):
        return None, "article"  # «جاهزة لضرب أي هدف»: a past form never takes «ل»; with it the form is an aim's verbal noun
    if ctx.in_org(m.start, m.end) or (info["pos"] == "noun" and _named_body(ctx, m)):
        return None, "name"
    if info["pos"] == "noun" and (ctx.in_quote_name(m.start, m.end) or _named_frame(ctx, m)):
        return None, "name"
    return info, None


def find(ctx: Ctx) -> list[Mention]:
    v = ctx.v
    out: list[Mention] = []
    for m, info in event_words(ctx):
        si = ctx.sent_of(m.start)
        sent = ctx.sents[si]
        typ = info["type"]
        if typ == "attack":
            if info["pos"] == "verb" and _describes(ctx, m, out):
                # «تفجير استهدف سوقاً», «غارات لطائرات روسية استهدفت»: the act just named told on
                # (its mention, of its type: it joins it and may name who struck)
                typ = _means_of(ctx, out).type
            elif ffold(m.surface) in v.destroy_verbs and not _weapon_subject(ctx, m, sent):
                continue  # «أن عملية «X» الجوية دمرت 89 هدفاً»: an operation's sum, not a strike
            else:
                typ = (info["pos"] == "noun" and _told_strike(ctx, m, si, out)) or _resolve_attack(ctx, m, sent, info["pos"])
                if typ is None and info["pos"] == "noun":
                    typ = _noun_subject(ctx, m, si, out)  # «ضربات … أوقعت»: the act told before, told again as a subject
                if typ is None or (typ != "airstrike" and ffold(m.surface) in v.drop_verbs):
                    continue  # («ألقى مجهولون قنبلة يدوية»: a dropping verb is an attack only from the air)
                if info["pos"] == "verb" and _own_telling(ctx, m, typ, si, out):
                    ctx.memo.setdefault("own_tellings", set()).add(m.start)  # (speeches: the doer's statement tells it)
                    continue  # «… . وقال الجيش الإسرائيلي في بيان إنه استهدف طرقاً…»: the doer retells its strike
        if info["pos"] == "verb" and typ in v.acts and _retold(ctx, m, typ, out):
            continue  # «أن طائراتها دمرت 12 هدفاً … خلال هذه الطلعات»: the strikes told before, retold
        if info["pos"] == "noun" and typ in v.heard_types and _heard(ctx, m, sent):
            continue  # «سُمع دوي انفجارات في…»: a sound heard, not an act
        if info["pos"] == "noun" and typ in v.acted_types and _acted_on(ctx, m, sent):
            continue  # «أسقطت الدفاعات طائرة مسيّرة», «فككت الهندسة عبوة ناسفة»: a weapon acted on, not an act
        if typ == "explosion" and v.acted_mishaps and not (v.attack_chemical and info["type"] == "attack") and any(
                bare_in(w, v.acted_mishaps) for w in ctx.words_after(m.end, 2, limit=sent.end)):
            # «بانفجار أسطوانة غاز في مطعم»: a mishap, not an act (but «هجوم بغاز السارين», an attack word typed by
            # its chemical weapon, types.json attack `chemical`, is someone's act)
            continue
        if info["pos"] == "noun" and out and out[-1].si == si and out[-1].type != "casualties" and _amid(ctx, m):
            continue  # «… وسط انتشار لعناصر من الفرقة الخامسة»: a circumstance of the act told
        if m.prefix.rstrip("ال").endswith("ب") and ffold(m.surface) in v.idiom_flight and _idiom_flight(ctx, m, sent):
            continue  # «ولاذ المهاجمون بالفرار»: how the attackers left, not a displacement
        if typ == "arrest" and info["pos"] == "verb" and ffold(m.surface) in v.held_verbs and _held(ctx, m, sent):
            continue  # «أن المعتقلين احتجزوا في الملعب البلدي»: where those arrested were held
        if typ == "casualties" and info["pos"] == "noun" and _the_dead_described(ctx, m, sent):
            continue  # «جثامين القتلى», «ذوي الشهداء», «الشاب القتيل»: who the dead were, no death told
        if typ in _LEAVERS and info["pos"] != "verb" and _category_of_the_dead(ctx, m, sent, si, out):
            continue  # «و1300 جندي نظامي و95 منشقاً» in a toll: who the dead were, no one defected
        if typ == "casualties" and info["pos"] == "verb" and _thing_hit(ctx, m, sent):
            continue  # «مستودع أصيب داخل المطار», «صاروخاً أصاب سيارة لمدنيين»: what a strike hit, no one hurt
        if typ == "casualties" and info["pos"] == "noun" and _the_hurt_moved(ctx, m, sent):
            continue  # «ونقل عشرات الجرحى إلى مستشفيات…», «بإخراج مسلحين وجرحى»: the hurt moved, no hurt told
        if info["pos"] == "noun" and _pointed_back(ctx, m, typ, sent, out):
            continue  # «وسُميت هذه العقوبات باسم…», «تلك الغارات»: the act told before, pointed at again
        if typ in v.standing_types and info["pos"] == "noun" and \
                any(bare_in(w, v.standing_verbs) for w in ctx.words_before(m.prefix_start, v.standing_reach, floor=sent.start)):
            continue  # «وشكّلت العقوبات الأمريكية عقبة…»: a measure that stands, described
        if typ in v.standing_types and info["pos"] == "noun" and _measure_of_the_past(ctx, m):
            continue  # «العقوبات المفروضة على سوريا منذ عام 2011», «وكان اتفاق سوتشي الموقع عام 2018 قد نص…»
        if typ == "desertion" and info["pos"] == "verb" and _told_leavers(ctx, m, sent):
            continue  # «وقال الناطق إن المنشقين غادروا مواقعهم»: the defection told before, retold
        if typ == "territory_change" and ffold(m.surface) in v.deal_entry and \
                any(bare_in(w, v.entry_convoy) for w in ctx.words_after(m.end, 2, limit=sent.end)):
            typ = v.deal_entry_as  # «دخول رتل عسكري تركي جديد من معبر…»: a convoy's arrival, no taking
        if typ == "territory_change" and ffold(m.surface) in v.deal_entry and _under_deal(ctx, m, sent):
            typ = v.deal_entry_as  # «دخلت وحدات من الجيش مدينة منبج … بموجب تفاهم مع قسد»: a deployment
        if info["sub"] == "refused" and not _refused(ctx, m):
            continue  # «الالتحاق بقطعاتهم» is a desertion only when refused
        if typ == "territory_change" and ffold(m.surface) in v.withdrawal and out and out[-1].si == si and \
                out[-1].type != typ and " ".join(ctx.words_before(m.prefix_start, 2, floor=sent.start)) in v.after_raid:
            continue  # «واعتقلت ثلاثة شبان قبل أن تنسحب»: the raiders left; no place changed hands
        if typ == "territory_change" and ffold(m.surface) in v.withdrawal and _after_search(ctx, m, sent):
            continue  # «وفتشت عدداً من المنازل ثم انسحبت»: the raiders left; no place changed hands
        if typ == "territory_change" and info["pos"] == "verb" and ffold(m.surface) in v.withdrawal and \
                _leaving_after_act(ctx, m, sent, out, si):
            continue  # «… ، ثم انسحبت من الحي دون أن تعتقل أحداً», «وفتشت المارة قبل أن تنسحب بعد ساعات»
        if typ == "territory_change" and info["pos"] == "verb" and ffold(m.surface) in v.share_verbs and \
                (_share_held(ctx, m) or _held_now(ctx, m, si)):
            continue  # «تسيطر قوات النظام على نحو 60 في المئة من مساحة سوريا»: who holds what, a state
        definite = m.prefix.endswith(("ال", "لل")) or (" " not in m.surface and ffold(m.surface).startswith("ال"))
        if typ == "statement" and info["pos"] == "noun" and _vehicle(ctx, m):
            ctx.memo.setdefault("vehicles", []).append(m.start)  # (speeches: who spoke in it)
            continue
        men = Mention(m.start, m.end, m.surface, typ, info["pos"], info["sub"], si, definite, m.prefix_start)
        men.future = info.get("future", False)
        if info["pos"] == "noun" and m.prefix.endswith("ب") and _answers(ctx, m, sent):
            men.sub = "response"  # «ردت بقصف مواقع النظام»: an answer, an act of its own
        elif info["pos"] == "verb" and m.prefix.startswith(("و", "ف")) and _answered(ctx, m, sent):
            men.sub = "response"  # «مضيفة أن قواتها ردّت على الفور وقصفت 115 هدفاً»: the answer told by its verb
        if info["pos"] == "verb":
            men.relative = _relative(ctx, m.prefix_start)
            men.tally = _tally(ctx, m)
        men.partitive = definite and any(
            not ctx.text[c.end:m.prefix_start].strip() for c in ctx.m["partitive"].starting(m.prefix_start - 12, m.prefix_start))
        if typ != "casualties":
            men.another = _another(ctx, m, sent)
        out.append(men)
    out = _blast_objects(ctx, _dropped_munitions(ctx, _drop_modifiers(ctx, _protest_exits(ctx, out))))
    _ground_attacks(ctx, out)
    _air_force_missiles(ctx, out)
    _struck_and_killed(ctx, out)
    _assassinations(ctx, out)
    _massacre_doers(ctx, out)
    _rubble(ctx, out)
    out = [m for m in out if not (m.sub == "raid" and any(o.si == m.si and o.type == "arrest" for o in out))]
    # («نفذت القوات عملية إنزال جوي في البلدة أسفرت عن اعتقال أربعة»: the raid is how they were arrested)
    return _running_totals(ctx, _others(ctx, _gunmen_fire(ctx, _abducted_and_killed(ctx, _wounded_died(ctx, out)))))


def _wounded_died(ctx: Ctx, ms: list[Mention]) -> list[Mention]:
    """types.json casualties `wounded`: «… ما أدى إلى مقتل شخصين. وفارق مصابان الحياة في المستشفى اليوم»: a
    death verb whose subject right after it (or in the two words before it) is the wounded (or «متأثراً بجراحه» ≤ 5
    words after it), after an
    act told in a sentence before, is that act's toll raised, not a death of its own."""
    v = ctx.v
    out = []
    for m in ms:
        if m.type == "casualties" and m.sub == "killed" and m.pos == "verb" and \
                any(o.type in v.acts and o.si < m.si for o in ms):
            after = ctx.words_after(m.end, 5, limit=ctx.sents[m.si].end)
            if after and (bare_in(after[0], v.wounded_words) or any(w.startswith(v.wounded_marks) for w in after)):
                continue
            # («وأفاد التجمع بأن أحد المصابين فارق الحياة», «ثلاثة من الجرحى توفوا»: the wounded told before the verb)
            if any(bare_in(w, v.wounded_words) for w in ctx.words_before(m.prefix_start, 2, floor=ctx.sents[m.si].start)):
                continue
        if m.type == "casualties" and m.sub == "injured" and m.pos == "noun" and bare_in(ffold(m.surface), v.wounded_words) \
                and set(ctx.words_before(m.prefix_start, 3, floor=ctx.sents[m.si].start)) & _died():
            continue  # «بعد وفاة جرحى», «توفي اثنان من الجرحى»: the wounded who died, no injury of their own
        out.append(m)
    return out


@lru_cache(maxsize=1)
def _died() -> frozenset:
    return frozenset(fold_str(w) for w in load_cues().get("toll_update", {}).get("died", []))


def _abducted_and_killed(ctx: Ctx, ms: list[Mention]) -> list[Mention]:
    """types.json casualties `abducted`: «إن مسلحين خطفوه من عيادته ثم قتلوه», «عُثر على جثته بعد يوم من
    اختطافه»: an abduction told in the sentence of a killing or of a body found is how that killing began,
    one incident with it (as ACLED codes a kidnapping that ends in a killing), not an arrest of its own."""
    v = ctx.v
    if not v.abduction_words:
        return ms
    dead = {o.si for o in ms if o.sub == "killed"} | \
        {si for si in {o.si for o in ms if o.type == "arrest"} if ctx.sent_words(si) & v.body_words}
    return [m for m in ms if not (m.type == "arrest" and m.si in dead and bare_in(ffold(m.surface), v.abduction_words))]


_STRUCK = frozenset({"airstrike", "shelling", "explosion"})


def _dropped_munitions(ctx: Ctx, ms: list[Mention]) -> list[Mention]:
    """types.json attack `drop_verbs`: «ألقت طائرة مسيرة قنبلة على تجمع…», «إلقاء الطيران المروحي قنابل على…»:
    the munition noun that is the object of a dropping verb resolved to an air strike (≤ `_DROPPED_REACH` words
    after it, no clause break) is how the strike was made, not an act of its own."""
    out: list[Mention] = []
    for m in ms:
        if m.type == "explosion" and m.pos == "noun" and any(
                o.type == "airstrike" and o.si == m.si and o.end <= m.prefix_start and ffold(o.surface) in ctx.v.drop_verbs
                and ctx.words_between(o.end, m.prefix_start) <= _DROPPED_REACH and _clause_start(ctx, m.prefix_start) <= o.start
                for o in out[-3:]):
            continue  # («ألقت طائرة مسيرة قنبلة»: its subject may stand between)
        out.append(m)
    return out


def _blast_objects(ctx: Ctx, ms: list[Mention]) -> list[Mention]:
    """«بتفجير سيارتين مفخختين», «انفجار عبوة ناسفة», «بانفجار قذيفة من مخلفات الحرب»: a bomb or a shell noun right
    after a blast noun (nothing between, no break) is what blew up, the same blast told once, not a mention of its
    own."""
    out: list[Mention] = []
    for m in ms:
        o = out[-1] if out else None
        if o is not None and o.type == "explosion" and m.type in ("explosion", "shelling") and m.pos == o.pos == "noun" \
                and o.si == m.si and \
                o.end <= m.prefix_start and not ctx.text[o.end:m.prefix_start].strip() and \
                not ctx.text[m.prefix_start:m.start].startswith("و"):
            continue
        out.append(m)
    return out


_DROPPED_REACH = 10  # (its subject and a date aside may stand between)


def _acted_on(ctx: Ctx, m, sent) -> bool:
    """types.json `acted_on`: a craft named by an act noun («طائرة مسيّرة») after a word of downing or
    intercepting («أسقطت الدفاعات الجوية، ليل أمس، طائرة مسيّرة»), or any act noun of remote violence after a
    word of disposing, seizing, shipping or of what an act left («فككت وحدات الهندسة عبوة ناسفة», «ضبط شحنة
    صواريخ», «قنبلة من مخلفات القصف»; ≤ `reach` words before it in its clause, a date aside passed), or a
    blast whose doer right after it is the engineers («تفجير وحدات الهندسة ذخائر قديمة»), is a weapon acted
    on, not an act."""
    v = ctx.v
    nxt = ctx.words_after(m.end, 2, limit=sent.end)
    if any(bare_in(w, v.acted_engineers) for w in nxt):
        return True
    cs, aside = _clause_start_asides(ctx, m.prefix_start)
    before = ctx.words_before(m.prefix_start, v.acted_reach + aside, floor=cs)
    if any(bare_in(w, v.acted_disposal) for w in before):
        return True
    return any(bare_in(w, v.acted_craft) for w in ffold(m.surface).split()[:1]) and \
        any(bare_in(w, v.acted_downing) for w in before) and \
        not any(bare_in(w, v.acted_munitions) for w in ctx.words_after(m.end, v.acted_reach, limit=sent.end))


def _clause_start(ctx: Ctx, pos: int) -> int:
    """The start of pos's clause, a date aside before it passed («وجّه الطيران الحربي، أمس الاثنين، ضربات…»:
    a clause of ≤ 4 words holding a date and no trigger is an aside, up to two in a row)."""
    return _clause_start_asides(ctx, pos)[0]


def _clause_end(ctx: Ctx, pos: int, sent) -> int:
    """The end of pos's clause, or of the clause after the date asides that follow it (as _clause_start)."""
    ce = ctx.clause(pos)[1]
    for _ in range(2):
        if ce >= sent.end:
            break
        a, b = ctx.clause(ce + 1)
        if a >= b or ctx.words_between(a, b) > 4 or not ctx.dates.between(a, b) or ctx.m["triggers"].starting(a, b):
            break
        ce = ctx.clause(b + 1)[1] if b < sent.end else b
    return ce


def _clause_start_asides(ctx: Ctx, pos: int) -> tuple[int, int]:
    """_clause_start, and the number of tokens of the asides passed (their words and commas)."""
    cs = ctx.clause(pos)[0]
    start = ctx.sents[ctx.sent_of(pos)].start
    skipped = 0
    for _ in range(2):
        if cs <= start:
            break
        a, b = ctx.clause(cs - 1)
        if a >= b or ctx.words_between(a, b) > 4 or not ctx.dates.between(a, b) or ctx.m["triggers"].starting(a, b):
            break
        skipped += ctx.words_between(a, cs) + 1
        cs = ctx.clause(a - 1)[0] if a > start else a
    return cs, skipped


def _context_ok(ctx: Ctx, m, sent, i: dict) -> bool:
    """The trigger's context words are there: its `needs` after it (or before it, `back`), or its `prior`
    words right before it (types.json: «قبل أن يعتقلوا», an imperfect narrating a past act only there;
    «عدد الذين قضوا», a verb of dying counted whatever follows it); never right after a word of its `notafter`
    («عمليات/حالات خطف في …»: a trend of the act, not the act)."""
    if "notafter" in i and _right_after(ctx, m, sent, i["notafter"]):
        return False
    prior = i.get("prior")
    if prior and " ".join(ctx.words_before(m.prefix_start, 2, floor=sent.start)) in prior:
        return True
    if prior and not i["needs"]:
        return False
    return not i["needs"] or _needs(ctx, m.end, sent.end, i["needs"], i["reach"]) or \
        (i["back"] and _needs_before(ctx, m.prefix_start, i["needs"])) or \
        ("before" in i and _needs_before(ctx, m.prefix_start, i["before"])) or \
        (i["sub"] == "killed" and (_died_counted(ctx, m, sent.end) or _lives_counted(ctx, m, sent.end)))


def _right_after(ctx: Ctx, m, sent, words: tuple[str, ...]) -> bool:
    """The word right before the hit (in its sentence; a joined «و/ف» taken off) is one of `words` (folded)."""
    before = ctx.words_before(m.prefix_start, 1, floor=sent.start)
    if not before:
        return False
    w = before[0]
    return w in words or (w[:1] in ("و", "ف") and w[1:] in words)


_FREED_INFO = {"type": "other", "pos": "verb", "sub": None, "needs": (), "back": False, "reach": 0, "prior": ()}


@lru_cache(maxsize=1)
def _freed_conf() -> tuple[frozenset, tuple, int]:
    """cues.json `freed_people`: (its verbs, its people words, its reach); no verbs when it is off."""
    c = load_cues().get("freed_people", {})
    verbs = frozenset(fold_str(w) for w in c.get("verbs", ())) if c.get("enabled") else frozenset()
    return verbs, tuple(fold_str(w) for w in c.get("people", ())), int(c.get("reach", 30))


def _freed(ctx: Ctx, m, sent) -> bool:
    """cues.json `freed_people` (stop 42): a verb of liberating read as a taking of ground («حررت», a territory
    trigger with no context words) whose object, within `reach` characters, is people (hostages, a child, citizens:
    «حرّرت خمسة مخطوفين», «وحررت الطفل», «أنها حررت مواطنَين اثنين») tells a release, as «أطلق سراح» does: an `other`
    record. Why: on the development sets every such taking was a record no gold is like (three passages, three sets);
    a town set free («حررت القوات قرية…») names no people after the verb."""
    verbs, people, reach = _freed_conf()
    return ffold(m.surface) in verbs and _needs(ctx, m.end, sent.end, people, reach)


_DIED = load_cues()["died_counted"]
DIED_COUNTED = bool(_DIED["enabled"])  # the switch (cues.json died_counted.enabled)
_DIED_VERBS = frozenset(fold_str(w) for w in _DIED["verbs"])
_IN_IT = frozenset(fold_str(w) for w in _DIED["in_it"])


def _died_counted(ctx: Ctx, m, end: int) -> bool:
    """«فقضى خمسة مدنيين», «قضى فيها 29 شخصاً»: a verb of dying with a count of people right after it (past one
    word of «in it» at most) tells deaths with no cause word (cues.json died_counted); «قضى ثلاث سنوات» does not."""
    if not DIED_COUNTED or ffold(m.surface).lstrip("وف") not in _DIED_VERBS:
        return False
    nxt = ctx.words_after(m.end, 1, limit=end)
    gap = 2 if nxt and nxt[0].strip(WORD_PUNCT) in _IN_IT else 1
    q = next(iter(ctx.quants.between(m.end, min(end, m.end + 40))), None)
    if q is None or ctx.words_between(m.start, q["start"]) != gap:
        return False
    cls = counted_class(q.get("counted"))
    return cls == "person" or (cls is None and ctx.words_after(q["end"], 1, limit=end)[:1] == ["من"])


_LIVES = load_cues()["lives_counted"]
LIVES_COUNTED = bool(_LIVES["enabled"])  # the switch (cues.json lives_counted.enabled)
_LIVES_VERBS = frozenset(fold_str(w) for w in _LIVES["verbs"])
_LIVES_DIGITS = bool(_LIVES["digits"])


def _lives_counted(ctx: Ctx, m, end: int) -> bool:
    """«أودت الغارة أمس بأربعة مدنيين», «أودى القصف بستة من العناصر»: the verb of taking lives with its count of
    people governed by «ب» (a number word; a digit «بـ13» only with `digits`), past a few words of when at most, tells
    deaths as «أودت بحياة» does (cues.json lives_counted). After this verb a noun the counted table does not class
    («عناصر أمن») or a bare number counts people. Without it such a toll was no death: the act kept no figure, or the
    injury verb after it («وأصابت ثمانية») took the dead as its hurt. A vague count («بعشرات») is left: it may hold
    the wounded with the dead."""
    if not LIVES_COUNTED or ffold(m.surface).lstrip("وف") not in _LIVES_VERBS:
        return False
    stop = min(end, m.end + int(_LIVES["reach"]))
    q = next(iter(ctx.quants.between(m.end, stop)), None)
    if q is None or q.get("low") is None or q.get("high") not in (None, q["low"]) or \
            ctx.words_between(m.end, q["start"]) > int(_LIVES["words"]) or ctx.breaks_between(m.end, q["start"]):
        return False
    lead = ctx.text[max(0, q["start"] - 2):q["start"]]
    if not (lead.endswith(" ب") or lead == "\u0628" or (_LIVES_DIGITS and lead == "بـ")):
        return False
    if _LIVES_LED and any(w in _LIVES_LED for w in ctx.words_after(q["end"], int(_LIVES.get("led_words", 2)),
                                                                limit=ctx.clause(q["end"])[1])):
        return False  # «أودت الحملة بعشرين شاباً إلى السجون»: brought them to a place, took no lives (review47 F3)
    return counted_class(q.get("counted")) in (None, "person", "unknown")  # not a count of things («بثلاثة منازل»)


_LIVES_LED = frozenset(fold_str(w) for w in _LIVES.get("led_to", ()))  # (cues.json lives_counted `led_to`)


def _ground_attacks(ctx: Ctx, ms: list[Mention]) -> None:
    """types.json `ground_means`: «بالرصاص والقذائف الصاروخية», «نصبوا كميناً … بالقذائف»: shells told
    after gunfire (joined by و, ≤ `reach` words) or after an ambush word in their clause were fired in a
    ground attack: an armed clash."""
    v = ctx.v
    for m in ms:
        if m.type not in v.ground_types:
            continue
        cs, ce = ctx.clause(m.start)
        near = ctx.words_before(m.prefix_start, v.ground_reach, floor=cs)
        fire = m.pos == "noun" and ctx.text[m.prefix_start:m.start].startswith("و") and \
            any(bare_in(w, v.ground_fire) for w in near)
        # «هاجمت مجموعة بالأسلحة الرشاشة والقذائف حاجزاً»: the first means told after the act is gunfire
        means = _first_means(ctx, m, ce)
        fire = fire or (means is not None and bare_in(means, v.ground_fire))
        if fire or any(bare_in(w, v.ground_ambush) for w in ctx.words_before(m.prefix_start, v.ambush_reach, floor=cs)):
            m.type, m.sub = "armed_clash", None
        elif m.pos == "noun" and v.ground_use and any(bare_in(w, v.ground_use) for w in ctx.words_before(
                m.prefix_start, v.ground_use_reach, floor=cs)) and any(
                o.type == "armed_clash" and o.si == m.si and o.end <= m.prefix_start for o in ms):
            m.type, m.sub = "armed_clash", None  # «اشتباكات … استخدمت فيها الأسلحة الثقيلة والقذائف»: the clash's weapons


def _air_force_missiles(ctx: Ctx, ms: list[Mention]) -> None:
    """types.json attack `air_forces`: «جراء ضربات صاروخية إسرائيلية», «قصف صاروخي للتحالف الدولي»: a
    missile trigger (a shelling word holding a `missile_words` word and no artillery word) whose force,
    told right after it (≤ `_FORCE_REACH` words, in its clause), strikes from the air is an air strike, as
    the attack words are typed (_resolve_attack); a naval word there keeps it a bombardment from afar."""
    v = ctx.v
    for m in ms:
        if m.type != "shelling" or m.pos != "noun":
            continue
        own = ffold(m.surface).split()
        if not any(bare_in(w, v.missile_words) for w in own) or \
                any(bare_in(w, _shelling_cues(ctx) - v.missile_words) for w in own):
            continue  # («قصف مدفعي وصاروخي إسرائيلي»: the artillery fired too)
        cs, ce = ctx.clause(m.start)
        after = [w.strip(_PUNCT) for w in ctx.words_after(m.end, _FORCE_REACH, limit=ce)]
        # («لعدوان إسرائيلي بالصواريخ استهدف…»: the force's adjective on the act noun the missiles serve)
        before = [w.strip(_PUNCT) for w in ctx.words_before(m.prefix_start, 2, floor=cs)] \
            if ctx.text[m.prefix_start:m.start].startswith(("ب", "وب")) else []
        if any(bare_in(w, v.air_forces) for w in after + before) and not any(bare_in(w, v.naval_words) for w in after + before):
            m.type = "airstrike"
        elif _air_force_agent(ctx, m, ctx.sents[m.si], "noun") and \
                not any(bare_in(w, v.naval_words) for w in ctx.words_before(m.prefix_start, _FORCE_REACH + 3, floor=ctx.sents[m.si].start)):
            m.type = "airstrike"  # «إن إسرائيل شنّت فجر اليوم ضربات صاروخية على…»: the force that carried them out


_FORCE_REACH = 3


def _shelling_cues(ctx: Ctx) -> frozenset[str]:
    return next((c for t, c in ctx.v.attack_contexts if t == "shelling"), frozenset())


def _struck_and_killed(ctx: Ctx, ms: list[Mention]) -> None:
    """«ردّت وقصفت 115 هدفاً و«حيّدت» 101 من عناصره», «استهدفت الطائرات مقرات التنظيم وقضت على 30 من
    عناصره»: a killing verb of an act type joined by و to the act verb just before it (same clause, ≤
    `_KILLED_REACH` words between) tells that act's dead, not a second act."""
    for i, m in enumerate(ms):
        if i == 0 or m.pos != "verb" or m.sub != "killed" or m.type not in ctx.v.acts or \
                not ctx.text[max(0, m.prefix_start - 2):m.start].strip("«\"“ ").endswith("و"):
            continue  # («و«حيّدت»»: a quoted verb after its و)
        prev = ms[i - 1]
        if prev.si == m.si and prev.pos == "verb" and prev.type in ctx.v.acts and prev.sub != "killed" and \
                prev.end <= m.prefix_start and ctx.words_between(prev.end, m.prefix_start) <= _KILLED_REACH and \
                not ctx.breaks_between(prev.end, m.prefix_start):
            m.type = "casualties"
            if prev.sub == "response":
                m.sub = "response"  # (the answer's dead are placed as the answer is: arguments.choose_place)


_KILLED_REACH = 8


def _first_means(ctx: Ctx, m: Mention, ce: int) -> str | None:
    """The first word with «ب» after the trigger (≤ `_WEAPON_REACH` words, in its clause), bare: how it
    was done («بالأسلحة», «بالقذائف»)."""
    words = [w.strip(_PUNCT) for w in ctx.words_after(m.end, _WEAPON_REACH, limit=ce)]
    for i, w in enumerate(words):
        if w[:1] == "ب" and len(w) > 3:
            w = w[1:]
            if w in ctx.v.ground_generic:  # «بالأسلحة الرشاشة»: the adjective says which
                return words[i + 1] if i + 1 < len(words) else None
            return w
    return None


def _rubble(ctx: Ctx, ms: list[Mention]) -> None:
    """types.json other `rubble_*`: «وانتشلت الفرق جثث ستة أشخاص من تحت الأنقاض» after a strike,
    a shelling or a blast told in its sentence or the `rubble_reach` sentences before: the bodies
    are that act's dead (a death mention), not bodies found."""
    v = ctx.v
    for m in ms:
        if m.type != "other" or ffold(m.surface) not in v.rubble_triggers:
            continue
        if not any(o.type in _STRUCK and (0 <= m.si - o.si <= v.rubble_reach and o.end <= m.prefix_start or
                                          o.si == m.si and o.start >= m.end and not parted(ctx, m.end, o.prefix_start))
                   for o in ms):
            continue  # (a strike told after it in its sentence: what struck the ruins, «… كانت غارة قد دمرته»)
        # (in its clause, or past a time aside: «انتشلت الفرق، صباح اليوم، جثث سبعة … من تحت أنقاض منزل»)
        ce = ctx.clause(m.end)[1]
        if ctx.dates.between(ce, ctx.clause(ce + 1)[1]):
            ce = ctx.clause(ctx.clause(ce + 1)[1] + 1)[1]
        if any(bare_in(w, v.rubble_words) for w in ctx.words_after(m.end, 16, limit=ce)):
            m.type, m.sub, m.rubble = "casualties", "killed", True


def _running_totals(ctx: Ctx, ms: list[Mention]) -> list[Mention]:
    """cues.json period.running_total: «…، ليرتفع عدد المشمولين بالعقوبات إلى 181 شخصاً», «ليرتفع عدد
    الفارين منها إلى أكثر من 160 ألفاً»: the total that an act told before it in its sentence adds to
    is a running tally of that act's type (an aggregate), even when what it counts is no trigger
    word; the cue stands for it. (When the counted noun is a trigger, «عدد المنشقين», it is the
    mention already.)"""
    cues = [c for c in ctx.m["period"].items if ffold(c.surface) in ctx.v.running_total]
    if not cues:
        return ms
    out = list(ms)
    for c in cues:
        si = ctx.sent_of(c.start)
        ce = ctx.clause(c.end)[1]
        if any(o.si == si and c.start <= o.start < ce and ctx.words_between(c.end, o.prefix_start) <= _COUNTED_REACH
               for o in ms):
            continue  # the counted noun is a trigger of its own («ليرتفع عدد المنشقين»; not «منذ بدء وقف إطلاق النار»)
        # the act it adds to: the last one told before it (not one fled from or aimed at)
        prev = next((o for o in reversed(ms) if o.si == si and o.end <= c.prefix_start and o.type != "statement"
                     and frames.classify(ctx, o) != frames.NONE), None)
        if prev is None and _opens_with_thus(ctx, si, c):
            # «دخل رتل … . وبذلك يرتفع عدد الآليات التي دخلت المنطقة … إلى أكثر من 6500»: the sum the act of
            # the sentence before adds to
            prev = next((o for o in reversed(ms) if o.si == si - 1 and o.type not in _NOT_SUMMED and
                         frames.classify(ctx, o) != frames.NONE), None)
        if prev is None or not any(q.get("low") is not None for q in ctx.quants.between(c.end, ce)):
            continue
        o = Mention(c.start, c.end, c.surface, prev.type, "noun", prev.sub, si, False, c.prefix_start)
        o.tally = o.total = True
        out.append(o)
    out.sort(key=lambda x: x.start)
    return out


_COUNTED_REACH = 3  # words between a running-total cue and the noun it counts
_NOT_SUMMED = frozenset({"statement", "agreement", "sanction", "casualties"})
_THUS = frozenset(cue_words("attribution", "sum_openers"))


def _opens_with_thus(ctx: Ctx, si: int, c) -> bool:
    """The sentence opens with «وبذلك/وبهذا» (cues.json attribution.sum_openers, the list attribution reads)
    right before the running-total cue c (≤ 1 word between)."""
    if ffold(c.surface).split()[0] in _THUS:
        return ctx.words_between(ctx.sents[si].start, c.prefix_start) <= 1  # («وبذلك يرتفع عدد…»: the cue itself)
    first = ctx.words_after(ctx.sents[si].start, 2, limit=c.prefix_start + 1)
    return bool(first) and first[0] in _THUS


def _named_body(ctx: Ctx, m) -> bool:
    """types.json `name_heads`: «مركز المصالحة», «لجنة المصالحة»: a definite act noun right after
    the noun of a body names that body."""
    if not (m.prefix.endswith(("ال", "لل")) or ffold(m.surface).startswith("ال")):
        return False
    before = ctx.words_before(m.prefix_start, 1)
    return bool(before) and before[0].lstrip("و") in ctx.v.name_heads and \
        ctx.text[max(0, m.prefix_start - 1):m.prefix_start].isspace()


def _told_strike(ctx: Ctx, m, si: int, out: list[Mention]) -> str | None:
    """types.json attack `anaphor`: «وأفاد مراسلنا بأن القصف تزامن مع تحليق لطائرات الاستطلاع»:
    a definite attack noun with no weapon word right after it, after an air or artillery strike
    told in the last `anaphor_reach` sentences, is that strike: its type."""
    v = ctx.v
    if not (m.prefix.endswith(("ال", "لل")) or ffold(m.surface).startswith("ال")) or bare_in(ffold(m.surface), v.attack_any_act):
        return None  # («الهجوم»: any act told before, joined later, incidents._joins)
    if ctx.places.between(m.end, ctx.clause(m.start)[1]):
        return None  # «أن القصف على سرمين أسفر عن مقتل 9»: a strike placed on its own
    prev = next((o for o in reversed(out) if o.type in _WEAPON_TYPES), None)
    if prev is None or si - prev.si > v.attack_anaphor_reach or (prev.si == si and not ctx.breaks_between(prev.end, m.start)):
        return None
    cues = _cue_words(ctx)
    if any(_with_clitics(w) & cues for w in ctx.words_after(m.end, 2, limit=ctx.sents[si].end)):
        return None  # «القصف المدفعي»: a weapon of its own
    return prev.type


NOUN_SUBJECT = Path(__file__).resolve().parents[2] / "data" / "events" / "noun_subject.json"


@lru_cache(maxsize=1)
def _noun_subject_conf() -> dict:
    raw = json.loads(NOUN_SUBJECT.read_text(encoding="utf-8")) if NOUN_SUBJECT.exists() else {}
    return {"on": bool(raw.get("enabled", False)), "reach": int(raw.get("reach", 3)),
            "sentences": int(raw.get("sentences", 1)), "types": frozenset(raw.get("types", ())),
            "indefinite": int(raw.get("indefinite_sentences", raw.get("sentences", 1))),
            "skip": frozenset(fold_str(w) for w in raw.get("skip", ())),
            "verbs": frozenset(fold_str(w) for w in raw.get("verbs", ()))}


def _noun_subject(ctx: Ctx, m, si: int, out: list[Mention]) -> str | None:
    """noun_subject.json: an attack noun typed by no weapon word that is the subject of a verb telling the act done
    («إن الضربة أصابت البلدة», «الضربة التي أصابت سيارة», «وطالت الهجمات مواقع في…») is the act told before it (in its sentence or the
    `sentences` before; an indefinite noun, its own sentence only), named again: that act's type. None when off or
    when no act of `types` was told."""
    conf = _noun_subject_conf()
    if not conf["on"]:
        return None
    ce = ctx.clause(m.start)[1]
    after = [w for w in ctx.words_after(m.end, conf["reach"] + 1, limit=ce) if w not in conf["skip"]][:conf["reach"]]
    before = ctx.words_before(m.prefix_start, 1, floor=ctx.clause(m.start)[0])
    if not any(w in conf["verbs"] for w in after) and not (before and before[-1].removeprefix("و") in conf["verbs"]):
        return None  # (the verb after its subject, or right before it: «وأوقعت ضربات متتالية …»)
    prev = next((o for o in reversed(out) if o.type in conf["types"]), None)
    definite = m.prefix.endswith(("ال", "لل")) or ffold(m.surface).startswith("ال")
    if prev is None or si - prev.si > conf["sentences" if definite else "indefinite"]:
        return None  # («سبقتها ضربة قتلت…», «ضربة مشابهة» a sentence on: another strike, not the one told)
    return prev.type


_DEMONSTRATIVES = frozenset(cue_words("mention_words", "demonstratives"))


def _retold(ctx: Ctx, m, typ: str, out: list[Mention]) -> bool:
    """«أعلنت الوزارة أن طائراتها دمرت 12 هدفاً خلال هذه الطلعات»: an act verb whose clause points
    back at the act with a demonstrative («هذه/تلك + an act noun», cues.json anaphor_acts) after an
    act of its type told before retells that act (its figure counts targets, not strikes)."""
    if not any(o.type == typ for o in out):
        return False
    cs, ce = ctx.clause(m.start)
    words = ctx.words_after(m.end, 12, limit=ce)
    return any(w in _DEMONSTRATIVES and i + 1 < len(words) and words[i + 1] in ctx.v.anaphor_acts
               for i, w in enumerate(words))


def _weapon_subject(ctx: Ctx, m, sent) -> bool:
    """types.json `destroy`: a weapon noun before the verb (its subject), no operation name between; or the
    weapon told right after it (its subject) or as its instrument («ب» + a weapon or a missile word)."""
    v = ctx.v
    for w in reversed(ctx.words_before(m.prefix_start, v.destroy_reach, floor=sent.start)):
        if bare_in(w, v.destroy_not_after):
            return False
        if bare_in(w, v.destroy_weapons) or any(w.endswith(p) and bare_in(w[:-len(p)], v.destroy_weapons)
                                               for p in _POSSESSIVE):
            return True  # «مقاتلاتها دمرت»
    # «دمرت الفصائل دبابة بصاروخ موجه», «دمرت المدفعية التركية…»: the weapon as its instrument or its subject after it
    ce = _clause_end(ctx, m.start, sent)  # («دمرت الفصائل، اليوم الثلاثاء، دبابة…»: a date aside passed)
    for i, w in enumerate(w for w in ctx.words_after(m.end, _DESTROY_MEANS_REACH, limit=ce) if w.strip(_PUNCT)):
        w = w.strip(_PUNCT)
        if i < 2 and bare_in(w, v.destroy_weapons):
            return True
        if w[:1] == "ب" and (bare_in(w[1:], v.destroy_weapons) or bare_in(w[1:], v.missile_words)):
            return True
    return False


_DESTROY_MEANS_REACH = 12  # (tokens: a date aside and its commas may stand between)
_POSSESSIVE = ("ها", "هم", "ه", "نا")


def _amid(ctx: Ctx, m) -> bool:
    """types.json `amid`: the trigger right after «وسط», «في ظل», «بالتزامن مع»… and no place of its
    own after it in its clause («وسط غارات مكثفة على محيط مدينة حماة» is a strike of its own)."""
    if not any(not ctx.text[h.end:m.prefix_start].strip() or _only_triggers(ctx, h.end, m.prefix_start)
               for h in ctx.m["amid"].starting(m.prefix_start - 30, m.prefix_start)):
        return False
    ce = ctx.clause(m.start)[1]
    if since_vague(ctx, m.end, ce):
        return True  # «وسط تعزيزات تدفع بها إلى المحافظة منذ أسابيع»: a state going on, wherever it is
    # («تزامناً مع هجوم بري لقوات النظام على المنطقة»: the area told before is a place of its own)
    return not ctx.places.between(m.end, ce) and not ctx.m["anaphora"].starting(m.end, ce)


def _only_triggers(ctx: Ctx, a: int, b: int) -> bool:
    """Nothing but trigger words between a and b («بالتزامن مع تفجير سيارة مفخخة»: the blast noun
    before the car bomb)."""
    ts = ctx.m["triggers"].starting(a, b)
    if not ts or ctx.text[a:ts[0].prefix_start].strip():
        return False
    return all(not ctx.text[x.end:(y.prefix_start if y is not None else b)].strip()
               for x, y in zip(ts, [*ts[1:], None]))


def _answers(ctx: Ctx, m, sent) -> bool:
    """types.json `response`: a verb of answering before «بـ + act noun» in its clause, its subject
    or «عليها» between («وردت قوات مجلس منبج العسكري بقصف…», ≤ `_ANSWER_REACH` words)."""
    cs = ctx.clause(m.prefix_start)[0]
    before = ctx.words_before(m.prefix_start, _ANSWER_REACH, floor=max(cs, sent.start))
    return any(bare_in(w, ctx.v.response_verbs) for w in before)  # («فردّت القوات بقصف…»)


_ANSWER_REACH = 7


def _answered(ctx: Ctx, m, sent) -> bool:
    """«ردّت على الفور وقصفت…», «فردت القوات واستهدفت…»: a verb of answering (types.json `response`)
    ≤ `_ANSWERED_REACH` words before an act verb joined to it by و/ف, no clause break between."""
    cs = ctx.clause(m.prefix_start)[0]
    before = ctx.words_before(m.prefix_start, _ANSWERED_REACH, floor=max(cs, sent.start))
    return any(bare_in(w, ctx.v.response_verbs) for w in before)


_ANSWERED_REACH = 4


def _pointed_back(ctx: Ctx, m, typ: str, sent, out: list[Mention]) -> bool:
    """«وسُميت هذه العقوبات …», «وأسفرت تلك الغارات عن…»: a demonstrative right before a definite act noun
    points at an act of its type told before in the document: no new mention (its figures, if any,
    are told by the words after it: deaths join the act as the anaphora rules say)."""
    before = ctx.words_before(m.prefix_start, 1, floor=sent.start)
    if not before or before[0].lstrip("و") not in _DEMONSTRATIVES:
        return False
    return any(o.type == typ and o.end <= m.prefix_start for o in out)


def _the_dead_described(ctx: Ctx, m, sent) -> bool:
    """types.json casualties `of_the_dead`: a death noun that is the genitive of a word for what is theirs or
    done for them («جثامين القتلى», «ذوي الشهداء», «أسماء الضحايا», «تشييع القتلى الأربعة»), or a definite
    one that qualifies a definite noun before it with no figure in its clause («وكان الشاب القتيل يعمل…»):
    the dead described, not a death told."""
    v = ctx.v
    before = ctx.words_before(m.prefix_start, 1, floor=sent.start)
    if not before or m.prefix.rstrip("ال") or not (m.prefix.endswith("ال") or ffold(m.surface).startswith("ال")) \
            and not bare_in(before[0], v.dead_heads):
        return False  # (a clitic on the death noun, «لضحايا», «بمقتل», or no word before it)
    if bare_in(before[0], v.dead_heads):
        return True
    w = before[0].strip(_PUNCT)
    if not (w.startswith("ال") or w[:1] in "وف" and w[1:].startswith("ال")) or w in v.dead_not_described:
        return False
    cs, ce = ctx.clause(m.start)
    if ctx.m["triggers"].starting(max(sent.start, m.prefix_start - len(w) - 1), m.prefix_start):
        return False  # («المدنيين» is no trigger; «الغارات القتلى» would be a trigger before: not this)
    return not any(q.get("kind") == "count" and q.get("low") is not None for q in ctx.quants.between(cs, ce))


def _the_hurt_moved(ctx: Ctx, m, sent) -> bool:
    """types.json casualties `hurt_moved`: a wounded noun with a word of moving people (carried, taken out,
    evacuated, arrived) ≤ `hurt_moved_reach` words before or after it in its clause: the hurt of an act told, or
    evacuees, taken somewhere; no hurt is told by it. A bare definite «الجرحى» (no «و», no figure before it) is
    left to join the act told before as its anaphor."""
    v = ctx.v
    if not bare_in(ffold(m.surface), v.wounded_words):
        return False
    w = ffold(ctx.text[m.prefix_start:m.end])
    if w.startswith("ال") and not any(q["end"] >= m.prefix_start - 2 for q in ctx.quants.between(m.prefix_start - 20,
                                                                                                  m.prefix_start)):
        return False  # «ونُقل الجرحى إلى مشافي المدينة» after the act: its own hurt, the anaphor joins the act
    cs, ce = ctx.clause(m.start)
    near = ctx.words_before(m.prefix_start, v.hurt_moved_reach, floor=max(cs, sent.start)) + \
        ctx.words_after(m.end, v.hurt_moved_reach, limit=min(ce, sent.end))
    return any(bare_in(w, v.hurt_moved) for w in near)


def _category_of_the_dead(ctx: Ctx, m, sent, si: int, out: list) -> bool:
    """types.json `dead_categories`: «وتوزع قتلى الشهر بين 3900 مدني و1300 جندي نظامي و95 منشقاً», «وتشمل
    الحصيلة 1500 مقاتل منشق»: a defector noun counted by the number right before it, in a sentence that tells a
    toll before that number (a death mention, or a toll word), names who the dead were: no one defected."""
    qs = [q for q in ctx.quants.between(sent.start, m.prefix_start) if q.get("low") is not None]
    if not qs or ctx.words_between(qs[-1]["end"], m.prefix_start) > 2:
        return False
    return any(o.type == "casualties" and o.end <= qs[-1]["start"] for o in _told_in(out, si)) or \
        any(bare_in(w, ctx.v.toll_words) for w in ctx.words_before(qs[-1]["start"], 30, floor=sent.start))


def _told_in(out: list, si: int):
    """The mentions of sentence si that `find` has kept so far: the last ones of `out`, which it fills in text order
    (read from the end, so an ask costs its own sentence, not the whole document)."""
    for o in reversed(out):
        if o.si != si:
            return
        yield o


def _thing_hit(ctx: Ctx, m, sent) -> bool:
    """types.json casualties `hit_verbs`: a verb of hitting whose subject right before it, or whose first noun
    after it, is a thing (a building, a vehicle; a munition or a craft with a thing after it) tells what a strike
    hit, not who was hurt («المستشفى أُصيب أربع مرات», «ثلاث مسيّرات أصابت بيوتاً»; not «أصابت مسيّرة جنوداً»)."""
    v = ctx.v
    if not bare_in(ffold(m.surface), v.hit_verbs):
        return False
    cs = max(ctx.clause(m.start)[0], sent.start)
    before = [w.strip(_PUNCT) for w in ctx.words_before(m.prefix_start, v.hit_reach, floor=cs)]
    after = [w for w in (x.strip(_PUNCT) for x in ctx.words_after(m.end, 4, limit=sent.end)) if w]
    first = _hit_kind(v, after[0]) if after else None
    if before and before[-1]:
        subj = _hit_kind(v, before[-1])
        if subj == "thing":
            return True  # «مستودع أصيب داخل المطار»: the building was hit
        if subj == "weapon":
            return first == "thing"  # «مسيّرات أصابت بيوتاً» (not «… أصابت جنوداً»)
    if first == "weapon":
        return any(_hit_kind(v, w) == "thing" for w in after[1:3])  # «أصاب صاروخ منزلاً»
    return first == "thing"


def _hit_kind(v, w: str) -> str | None:
    """"thing" (a building or a vehicle), "weapon" (a munition or a craft) or None, for a word in a hit's slot."""
    forms = {w, w[:-1] if w.endswith("ا") else w}
    for e in ("هما", "هم", "ها", "ه"):
        if w.endswith(e) and len(w) > len(e) + 2:
            stem = w[:-len(e)]
            forms |= {stem, stem[:-1] + "ة" if stem.endswith("ت") else stem}
    for f in forms:
        cls = counted_class(f)
        if cls == "munition" or bare_in(f, v.acted_craft) or bare_in(f, v.acted_munitions):
            return "weapon"
        if cls in v.hit_classes or bare_in(f, v.hit_things):
            return "thing"
    return None


_LEAVERS = frozenset({"defection", "desertion"})


def _told_leavers(ctx: Ctx, m, sent) -> bool:
    """«إن المنشقين غادروا مواقعهم», «الفارون تركوا ثكناتهم»: a verb of leaving one's post whose subject
    right before it (≤ 2 words) is a defection or desertion word names those already told leaving."""
    lo = max(sent.start, m.prefix_start - 30)
    for t in ctx.m["triggers"].starting(lo, m.prefix_start):
        if t.end <= m.prefix_start and ctx.words_between(t.end, m.prefix_start) <= 1 and \
                any(i["type"] in _LEAVERS and i["pos"] in ("adj", "noun")
                    for i in (t.value if isinstance(t.value, list) else [t.value])):
            return True
    return False


def _own_telling(ctx: Ctx, m, typ: str, si: int, out: list[Mention]) -> bool:
    """An attack verb right after «إنه/أنها» (the speaker's own act) after an act of its type told in the
    sentence or the two before: the doer's telling of that act, not another one."""
    before = ctx.words_before(m.prefix_start, 1, floor=ctx.sents[si].start)
    return bool(before) and before[0] in _THAT_HE and \
        any(o.type == typ and 0 <= si - o.si <= 2 and o.modality == "asserted" for o in out)


def _measure_of_the_past(ctx: Ctx, m) -> bool:
    """types.json standing_measure (`about_past`): a sanction or a deal named in a clause dated only by a year
    or a month before the publication's (no day): a measure of the past, described or recalled, not imposed
    or reached in the news («العقوبات المفروضة على سوريا منذ عام 2011 فاقمت الأزمة»)."""
    if not ctx.published:
        return False
    cs, ce = ctx.clause(m.start)
    ds = [d for d in ctx.dates.between(cs, ce) if d.get("value")]
    if not ds or any(d.get("grain") not in ("year", "month") for d in ds):
        return False
    return all(d["value"] < ctx.published[:len(d["value"])] for d in ds)


def _after_search(ctx: Ctx, m, sent) -> bool:
    """types.json withdrawal `after_search`: a withdrawal joined by «ثم/و» after a verb of searching or
    raiding earlier in its sentence («وفتشت عدداً من المنازل ثم انسحبت»)."""
    before = ctx.words_before(m.prefix_start, 1, floor=sent.start)
    if not (m.prefix.startswith(("و", "ف")) or (before and before[-1] in ("ثم", "وثم", "و"))):
        return False
    return any(w.lstrip("و") in ctx.v.after_search for w in ctx.words_before(m.prefix_start, 14, floor=sent.start))


def _leaving_after_act(ctx: Ctx, m, sent, out: list, si: int) -> bool:
    """types.json withdrawal `about_leaving`: a withdrawal verb joined to an earlier verb of its sentence (و/ف,
    or `joined_by` right before it), with no subject of its own (the next word is one of `leaving_after`, or
    none), after an act of its sentence or a verb of searching: the force that acted leaving, no taking."""
    v = ctx.v
    b2 = ctx.words_before(m.prefix_start, 2, floor=sent.start)
    joined = m.prefix.startswith(("و", "ف")) or (b2 and b2[-1] in v.leaving_joined) or \
        " ".join(b2) in v.leaving_joined
    if not joined:
        return False
    nxt = ctx.words_after(m.end, 1, limit=sent.end)
    if nxt and nxt[0].strip(_PUNCT) and nxt[0].strip(_PUNCT) not in v.leaving_after:
        return False
    if any(o.si == si and o.end <= m.prefix_start and o.pos == "verb" for o in out):
        return True
    return any(w.lstrip("و") in v.after_search for w in ctx.words_before(m.prefix_start, 60, floor=sent.start))


def _held_now(ctx: Ctx, m, si: int) -> bool:
    """types.json territory_change `control_share`, the present: «يذكر أن فصائل الجيش الوطني تسيطر على منطقة
    عفرين منذ آذار 2018», «وتسيطر الهيئة على معظم محافظة إدلب»: a control verb in the imperfect outside a headline,
    its clause dated to no day, tells who holds a place (a state), not a taking (a present-tense headline, «قوات
    النظام تسيطر على بلدة…», tells the news)."""
    if ctx.headline(si) or (si == 0 and ctx.sents[0].start == 0 and "\n" in ctx.text[ctx.sents[0].start:ctx.sents[0].end]):
        return False
    cs, ce = ctx.clause(m.start)
    if any(d.get("grain") == "day" and not ffold(d["surface"]).startswith(_SINCE_WORD) for d in ctx.dates.between(cs, ce)):
        return False  # («تسيطر القوات منذ صباح اليوم على…»: the day's news)
    sent = ctx.sents[si]
    if (si == 0 or ":" in ctx.text[sent.start:m.start]) and _SINCE_WORD not in ctx.words_after(m.end, 12, limit=ce):
        # «المرصد السوري: قوات النظام تسيطر على حي الشعار بعد اشتباكات…»: the lead of a bulletin told in the present
        return False
    # («إن مقاتليها باتوا يسيطرون على أغلب أحياء حلب»: a verb of becoming before it tells the taking; modality's
    # copula rule decides whether it was told before)
    return not any(w.lstrip("و") in ctx.v.copulas for w in ctx.words_before(m.prefix_start, ctx.v.copula_reach, floor=cs))


_SINCE_WORD = ffold("منذ")


def _share_held(ctx: Ctx, m) -> bool:
    """types.json territory_change `control_share`: an imperfect control verb with a share of the whole
    country in its clause («تسيطر … على نحو ربع البلاد»)."""
    words = [w.strip(_PUNCT) for w in ctx.words_after(m.end, ctx.v.share_reach, limit=ctx.clause(m.start)[1])]
    return any(w in ctx.v.share_words or w.endswith("%") for w in words) and \
        any(w in ctx.v.share_wholes or w.removeprefix("من") in ctx.v.share_wholes for w in words)


def _held(ctx: Ctx, m, sent) -> bool:
    """types.json `held`: a noun of the detained right before a verb of holding."""
    return any(w in ctx.v.held_detainees or w.lstrip("و") in ctx.v.held_detainees
               for w in ctx.words_before(m.prefix_start, ctx.v.held_reach, floor=sent.start))


def _under_deal(ctx: Ctx, m, sent) -> bool:
    """types.json `deal_entry`: the deal an entry carries out, told after it in its sentence (and no
    flag raised nor place handed over there)."""
    if any(bare_in(w, ctx.v.deal_handover) for w in ctx.sent_words(ctx.sent_of(m.start))):
        return False
    words = [w.strip(_PUNCT) for w in ctx.words_after(m.end, 2 * ctx.v.deal_reach, limit=sent.end)]
    text = " " + " ".join([w for w in words if w][:ctx.v.deal_reach]) + " "
    return any(" " + d + " " in text for d in ctx.v.deal_words)


def _idiom_flight(ctx: Ctx, m, sent) -> bool:
    """types.json `flight_idiom`: «لاذ» (its subject between) ≤ `reach` words before «بالفرار»."""
    return any(bare_in(w, ctx.v.idiom_verbs) for w in ctx.words_before(m.prefix_start, ctx.v.idiom_reach,
                                                                      floor=sent.start))


def _refused(ctx: Ctx, m) -> bool:
    """types.json `refused`: a refusal word before the trigger in its clause («رفض نحو 40 عنصراً
    … الالتحاق بقطعاتهم»)."""
    cs = ctx.clause(m.start)[0]
    return any(bare_in(w, ctx.v.refusal_words) for w in ctx.words_before(m.prefix_start, ctx.v.refusal_reach, floor=cs))


_EXODUS = frozenset({"other"})


def _protest_exits(ctx: Ctx, ms: list[Mention]) -> list[Mention]:
    """«آلاف المحتجين خرجوا بعد صلاة الجمعة», «خرج مئات المتظاهرين»: a going-out verb next to the
    protesters (two words at most) tells the protest, not an exodus; a flag raised in a protest's sentence
    is the protest's (types.json territory_change `flag`)."""
    protests = [m for m in ms if m.type == "protest"]
    if not protests:
        return ms
    # «رفع المتظاهرون علم الثورة»: a flag raised in a protest's sentence is the protest's, not a taking
    ms = [m for m in ms if not (m.sub == "flag" and any(p.si == m.si for p in protests))]
    return [m for m in ms if not (m.type in _EXODUS and m.pos == "verb" and any(
        p.si == m.si and ctx.words_between(p.end, m.prefix_start if p.end <= m.prefix_start else m.end) <= 2 and
        not ctx.breaks_between(min(p.end, m.end), max(p.prefix_start, m.prefix_start)) for p in protests))]


def _heard(ctx: Ctx, m, sent) -> bool:
    """types.json `heard`: «سماع دوي انفجارات في حي…», «تردد صوت انفجار»: an act noun right after
    a sound word is something heard, unless what exploded is named right after it («دوي انفجار
    سيارة مفخخة») or in the trigger itself («انفجار عبوة»)."""
    v = ctx.v
    before = ctx.words_before(m.prefix_start, 1, floor=sent.start)
    if not before:
        return False
    if not bare_in(before[0], v.sound_words):
        # «أصوات إطلاق الرصاص والانفجارات»: joined by و to what a sound word names
        if not ctx.text[m.prefix_start:m.start].startswith("و"):
            return False
        t = ctx.tok_of(m.prefix_start)
        sound = next((tok for tok in ctx.tokens[max(0, t - 3):t - 1] if tok.start >= sent.start and
                      bare_in(ffold(tok.text), v.sound_words)), None)
        if sound is None or ctx.breaks_between(sound.end, m.prefix_start):
            return False
    named = ffold(m.surface).split()[1:] + ctx.words_after(m.end, v.heard_reach, limit=sent.end)
    return not any(bare_in(w, v.what_exploded) for w in named)


def _describes(ctx: Ctx, m, out: list[Mention]) -> bool:
    """«قُتل خمسة في تفجير استهدف سوقاً», «بغارات جوية روسية استهدفت معسكراً»: an attack verb with
    no و right after an act noun (at most three words between, its agent «لقوات النظام السوري» say; no
    clause break) tells what that act hit."""
    if not out or m.prefix.startswith(("و", "ف")):
        return False
    prev = out[-1]
    if not (prev.pos == "noun" and prev.type in ctx.v.acts and prev.end <= m.prefix_start and
            ctx.sent_of(prev.start) == ctx.sent_of(m.start)):
        return False
    n, breaks = ctx.words_between(prev.end, m.prefix_start), ctx.breaks_between(prev.end, m.prefix_start)
    # «عملية إنزال جوي في بلدة أطمة قرب الحدود، استهدفت منزلاً…»: a verb with no subject of its own
    # opening the next clause (a comma right before it) goes on telling the act named before
    return (n <= 4 and not breaks) or (n <= _DESCRIBE_REACH and breaks == 1 and
                                       ctx.text[max(0, m.prefix_start - 2):m.prefix_start].strip() in ("،", ","))


_DESCRIBE_REACH = 12
_WITH = frozenset(cue_words("mention_words", "with_means"))


def _means_of(ctx: Ctx, out: list[Mention]) -> Mention:
    """The act a verb goes on telling: the last mention, or the act before it when that mention is
    only its weapon («نفذ عدواناً جوياً بعدة صواريخ …، استهدف…», «غارات بالصواريخ استهدفت…»: the
    missiles are how the strike was made, the verb tells the strike)."""
    prev = out[-1]
    if len(out) < 2 or prev.pos != "noun":
        return prev
    act = out[-2]
    if act.si != prev.si or act.type not in ctx.v.acts or act.end > prev.prefix_start or \
            ctx.words_between(act.end, prev.prefix_start) > 3 or ctx.breaks_between(act.end, prev.prefix_start):
        return prev
    before = ctx.words_before(prev.prefix_start, 1)
    if ctx.text[prev.prefix_start:prev.start].endswith("ب") or (before and before[0] in _WITH):
        return act
    return prev


_ANOTHER = frozenset(cue_words("mention_words", "another"))
_LAST = frozenset(cue_words("mention_words", "last"))


def _another(ctx: Ctx, m, sent) -> bool:
    """«فيما قضت وحدة أخرى على 9», «هجوم آخر على بلدة…»: «أخرى/آخر» within two words after the
    trigger, in its clause: another act of the kind already told, not the same one again. «آخر»
    before a noun is "the last" («بعد انسحاب آخر وحدات الجيش»)."""
    if "خر" not in ctx.text[m.end:m.end + 40]:
        return False  # (no «أخرى/آخر» near: most triggers)
    lim = ctx.clause(m.start)[1]
    words = ctx.words_after(m.end, 3, limit=lim)
    for i, w in enumerate(words[:2]):
        if bare_in(w, _ANOTHER):
            if w.strip(_PUNCT) in _LAST and i + 1 < len(words) and words[i + 1] not in _PLACE_PREPS and \
                    not w.endswith(tuple(_PUNCT)):
                return False
            return True
    return False


def _assassinations(ctx: Ctx, ms: list[Mention]) -> None:
    """types.json `assassination`: an assassination with no other act in its sentence is an act
    of its own (an armed clash whose figure is its dead), not a bare toll; told with a bomb or a
    strike it stays a death of that act."""
    v = ctx.v
    with_act = {o.si for o in ms if o.type in v.acts}
    per_sent = Counter(o.si for o in ms)
    of_sent: dict[int, list[Mention]] = {}
    for o in ms:
        of_sent.setdefault(o.si, []).append(o)  # (_struck_before reads its sentence's mentions: linear in the text)
    for m in ms:
        if m.type == "casualties" and m.sub == "injured" and per_sent[m.si] == 1 and \
                _by_gunmen(ctx, m):
            # «وفي بلدة X، أصيب شاب ووالده برصاص مسلحين»: armed men's fire is their attack whether it killed or
            # only wounded, when the wounding is all its sentence tells (the wounded are no figure)
            m.type = v.assassination_as
            continue
        if m.type != "casualties" or m.sub != "killed":
            continue
        if _execution(ctx, m):
            continue  # «تصفية سبعة أسرى ميدانياً على يد عناصر فصيل مسلح»: an execution stays a death
        if m.si not in with_act and (ffold(m.surface) in v.assassination or _by_gunmen(ctx, m) or
                                     _gunmen_subject(ctx, m) or _doer_killed(ctx, m, ms) or _inflicted_by_force(ctx, m)):
            m.type, m.sub = v.assassination_as, "killed"
        elif m.si in with_act and not _struck_before(ctx, m, of_sent[m.si]) and (_by_gunmen(ctx, m) or _gunmen_subject(ctx, m)
                                                                       or _doer_killed(ctx, m, ms)):
            # «قُتل فلان برصاص مسلحين مجهولين …، وفق تجمع أحصى 38 عملية اغتيال»: the gunfire is told, so
            # the acts told after it are not what killed him
            m.type, m.sub = v.assassination_as, "killed"


def _doer_killed(ctx: Ctx, m: Mention, ms: list[Mention]) -> bool:
    """types.json by_gunmen `doer_killing`: «أن مسلحين ملثمين قتلوا بالرصاص، ليل أمس، الشاب فلان», «إن
    مقاتلي الفيلق قتلوا أربعة من عناصر المجموعة»: a killing verb agreeing with a subject told before it (armed
    men or a party's fighters) and taking an object after it is their act; the same letters with no object
    («عشرة منهم قتلوا في الاشتباكات») read as a passive, the dead as the subject. A party's fighters killing
    after a fight told earlier in the item («… بعد معارك عنيفة. وقال الناطق إن مقاتليها قتلوا أكثر من 30»)
    give that fight's dead (deaths told later belong to their act; an attempt only, «أحبط محاولة تسلل», is no
    fight told); armed men's killing is always its own."""
    v = ctx.v
    if m.pos != "verb" or not v.doer_endings or not ffold(m.surface).endswith(v.doer_endings):
        return False
    s = ctx.sents[m.si]
    before = ctx.words_before(m.prefix_start, v.doer_reach, floor=s.start)
    if not any(bare_in(w, v.gunmen) for w in before):
        if not any(bare_in(w, v.doer_fighters) for w in before) or \
                any(o.end <= m.start and o.type in v.doer_fights and o.sub != "attempt_only" for o in ms):
            return False
    k = ctx.tok_of(m.end)
    for t in ctx.tokens[k:k + v.doer_object_reach]:
        if t.start < m.end:
            continue
        if t.start >= s.end:
            return False
        w = ffold(t.text).strip(_PUNCT)
        if not w or bare_in(w, v.doer_skip) or bare_in(w, v.fire_words) or ctx.dates.between(t.start, t.end):
            continue  # (the means, the date: «قتلوا بالرصاص، ليل أمس الأحد، الشاب…»)
        return not bare_in(w, v.doer_not_object)
    return False


_INFLICT_REACH = 10


def _inflicted_by_force(ctx: Ctx, m: Mention) -> bool:
    """«أوقعت وحدات من الجيش والقوات المسلحة قتلى ومصابين في صفوف الإرهابيين في بلدة…»: dead that a force
    inflicted (the object of a one-word result verb, cues.json clause_roles result_single, whose subject between
    them names a force of the actor list), told with no act in their sentence, are that force's fighting: an armed
    clash whose figure is its dead (sets 4 s04, 21 t04, 37 ct22 code such claims so)."""
    if m.pos != "noun":
        return False
    cs = ctx.clause(m.start)[0]
    toks = ctx.tok_of(m.prefix_start)
    for k in range(max(ctx.tok_of(cs), toks - _INFLICT_REACH), toks):
        if ctx.ftoks[k].lstrip("و") in _RESULT_SINGLE:
            start = ctx.tokens[k].end
            if any(a.end <= m.prefix_start for a in ctx.m["actors"].starting(start, m.prefix_start)):
                return True  # (its subject after it: «أوقعت وحدات من الجيش…»)
            # («أن الجيش أوقع 20 قتيلاً»: its subject right before it, in its clause)
            vs = ctx.tokens[k].start
            return any(ctx.words_between(a.end, vs) <= 1 and a.start >= cs
                       for a in ctx.m["actors"].starting(max(cs, vs - 60), vs))
    return False


_RESULT_SINGLE = frozenset(cue_words("clause_roles", "result_single"))


def _execution(ctx: Ctx, m: Mention) -> bool:
    """types.json assassination `executions`: a killing told as an execution (its word, or the captives or the
    field it was done in, ≤ `execution_reach` words after it in its clause) is a death, whoever did it."""
    v = ctx.v
    if ffold(m.surface) in v.executions:
        return True
    words = ctx.words_after(m.end, v.execution_reach, limit=ctx.clause(m.start)[1])
    return any(bare_in(w, v.execution_marks) for w in words)


def _massacre_doers(ctx: Ctx, ms: list[Mention]) -> None:
    """types.json casualties `by_weapon`, the doer told after: «ضحايا المجزرة التي ارتكبتها الطائرات الروسية»,
    «مجزرة نفذتها مروحيات النظام»: a massacre whose carrying-out verb (attack `carry_out`, with its pronoun)
    names aircraft right after it was an air strike; its dead are that strike's (before it, the weapon is read
    when the record is made: extractor._retype)."""
    v = ctx.v
    for m in ms:
        if m.type == "casualties" and m.pos == "noun" and ffold(m.surface) in v.by_weapon and \
                _doer_after(ctx, m, ctx.sents[m.si]) == "airstrike":
            m.type, m.sub = "airstrike", None


def _struck_before(ctx: Ctx, m: Mention, ms: list[Mention]) -> bool:
    """An act told before the death in its sentence (what may have killed him); `ms` may be the sentence's mentions
    alone (their types read now: a death retyped before m in the loop counts)."""
    return any(o is not m and o.si == m.si and o.type in ctx.v.acts and o.end <= m.prefix_start for o in ms)


_NOMINATIVE = "ون"


def _gunmen_subject(ctx: Ctx, m: Mention) -> bool:
    """«قتل مسلحون مجهولون، ليل السبت، مختار القرية»: a killing verb whose subject right after it is
    armed men (the nominative plural: «قُتل مسلحين» would be their own deaths) is their attack."""
    if m.pos != "verb":
        return False
    nxt = ctx.words_after(m.end, 1, limit=ctx.sents[m.si].end)
    if bool(nxt) and nxt[0].endswith(_NOMINATIVE) and nxt[0] in ctx.v.gunmen:
        return True
    # «قال أحد أقاربه إن مسلحين خطفوه … ثم قتلوه»: a killing verb with its object pronoun (active, its
    # subject told before it) whose sentence names armed men before it, with no other killing verb between
    if ffold(m.surface).endswith(_OBJECT_PRONOUN):
        before = ctx.words_before(m.prefix_start, _SUBJECT_REACH, floor=ctx.sents[m.si].start)
        return any(bare_in(w, ctx.v.gunmen) for w in before)
    return False


_OBJECT_PRONOUN = tuple(ffold(x) for x in ("وه", "وها", "وهم", "وهما", "ته", "تها", "تهم", "تهما", "له", "لها", "لهم",
                                             "لهما"))
_SUBJECT_REACH = 14


def _by_gunmen(ctx: Ctx, m: Mention) -> bool:
    """types.json `by_gunmen`: «قُتل مسؤول محلي … برصاص مسلحين ملثمين»: the fire of armed men
    after the death, in its clause."""
    v = ctx.v
    tail = ctx.text[m.end:ctx.sents[m.si].end]  # (a cheap gate first: the clause ends within its sentence)
    if not any(k in tail for k in _FIRE_KEYS):
        return False
    end, last = _past_asides(ctx, m)
    own = ctx.clause(m.start)[1]
    cause: list[str] = []
    if last < own < ctx.sents[m.si].end:
        # «فارق الحياة بعد إصابته بطلقات أطلقها عليه مسلحون»: the clause after the death opened by its cause
        nxt = ctx.clause(own + 1)
        cause = [w for w in ctx.words_after(nxt[0], 17, limit=nxt[1]) if w.strip(_PUNCT)]
        if cause and bare_in(cause[0], v.cause_openers):
            end = max(end, nxt[1])
        else:
            cause = []
    tail = ctx.text[m.end:end]
    if not any(k in tail for k in _FIRE_KEYS):
        return False
    # (the death's own clause, then the clause after its asides, or the one that tells its cause)
    words = ctx.words_after(m.end, 16, limit=own) + (ctx.words_after(last, 16, limit=end) if last >= own else []) \
        + cause
    for i, w in enumerate(words):
        # («قُتل عنصران … عندما أطلق مسلحون النار على سيارتهما»: a verb of opening fire, its armed men after it;
        # not «جراء قذائف أطلقتها مجموعات مسلحة»: shells fired are a shelling's)
        if bare_in(w, v.fire_words) or w in v.fire_words or \
                bare_in(w, v.fire_verbs) and any(bare_in(x, v.fire_objects) for x in words[i + 1:i + 5]):
            # («بإطلاق نار مباشر من قبل مجهولين»: what was fired and how, «من قبل», do not count)
            after = [x for x in words[i + 1:] if not bare_in(x, v.fire_fillers)]
            return any(bare_in(x, v.gunmen) for x in after[:v.gunmen_reach - 1])
    return False


def _past_asides(ctx: Ctx, m: Mention) -> tuple[int, int]:
    """The end of m's clause, or of the clause after the asides that follow it («قتل شاب يعمل في…، مساء
    أمس الاثنين، برصاص مسلحين»: a clause that holds a date and no trigger is an aside; so is one that
    only says who the dead was, «، القيادي السابق في فصيل،»; up to `_ASIDES` in a row), and the start of
    that last clause."""
    s = ctx.sents[m.si]
    end = ctx.clause(m.start)[1]
    skipped = False
    for _ in range(_ASIDES):
        if end >= s.end:
            break
        nxt = ctx.clause(end + 1)
        # («قُتل فلان، وهو قيادي سابق في فصيل، برصاص…»: an apposition opened by «وهو/وهي» is an aside too)
        first = [w for w in ctx.words_after(nxt[0], 2, limit=nxt[1]) if w.strip(_PUNCT)]
        # («قُتل الشاب فلان، القيادي السابق في فصيل، مساء أمس، برصاص…»: a noun phrase naming who he was,
        # opened by a definite noun or a head of a description (by_gunmen `apposition_heads`), is an aside;
        # so is the next description joined by «و»: «، أحد وجهاء البلدة، والقيادي السابق في فصيل،»)
        who = bool(first) and (first[0] in _APPOSITION or first[0].startswith("ال") or
                               bare_in(first[0], ctx.v.apposition_heads) or
                               first[0].startswith("وال") and not ctx.m["triggers"].starting(nxt[0], nxt[1]))
        if who:
            # (the description runs to the next comma, whatever it tells of him: «الذي التحق بفصيل بعد اتفاق التسوية»)
            comma = next((i for i in (ctx.text.find(c, nxt[0] + 1, s.end) for c in "،,") if i > 0), -1)
            nxt = (nxt[0], comma if comma > 0 else s.end)
            if ctx.words_between(nxt[0], nxt[1]) > _APPOSITION_WORDS:
                break
        elif ctx.m["triggers"].starting(nxt[0], nxt[1]) or not ctx.dates.between(nxt[0], nxt[1]) or \
                ctx.words_between(nxt[0], nxt[1]) > 4:
            break
        end, skipped = nxt[1], True
    if end < s.end and not skipped:
        # («أفاد التجمع بمقتل القائد فلان اليوم الخميس، برصاص شخصين ملثمين»: a clause that opens with the
        # means of the death, right after it, tells its cause)
        nxt = ctx.clause(end + 1)
        first = [w for w in ctx.words_after(nxt[0], 2, limit=nxt[1]) if w.strip(_PUNCT)]
        skipped = bool(first) and (bare_in(first[0], ctx.v.fire_words) or first[0] in ctx.v.fire_words)
    if skipped and end < s.end:
        last = end
        return ctx.clause(end + 1)[1], last  # the clause after the asides
    return end, ctx.clause(m.start)[0]


_ASIDES = 3


_APPOSITION = frozenset(cue_words("mention_words", "apposition"))
_APPOSITION_WORDS = 14


def _gunmen_fire(ctx: Ctx, ms: list[Mention]) -> list[Mention]:
    """types.json by_gunmen.fire_verbs: «مسلحين مجهولين … أطلقوا النار على ثلاثة شبان …، ما أدى
    إلى مقتل اثنين منهم»: armed men (≤ `verb_reach` words before) opening fire before a death of
    a sentence with no other act: the attack is an act of its own (an armed clash, as an
    assassination is), the deaths attach to it."""
    v = ctx.v
    with_act = {o.si for o in ms if o.type in v.acts}
    out = list(ms)
    for m in ms:
        if m.type != "casualties" or m.si in with_act:
            continue
        sent = ctx.sents[m.si]
        before = ctx.text[sent.start:m.start]
        if not any(k in before for k in _OPENED_FIRE):
            continue  # (no fire told before the death: most sentences)
        for i in range(ctx.tok_of(sent.start), ctx.tok_of(m.start)):
            t = ctx.tokens[i]
            if t.start < sent.start or not bare_in(ffold(t.text), v.fire_verbs):
                continue
            objs = [j for j in range(i + 1, min(i + 5, len(ctx.tokens))) if ctx.tokens[j].end <= m.start and
                    bare_in(ffold(ctx.tokens[j].text), v.fire_objects)]
            if not objs:
                continue
            # (the armed men before the verb, between it and its object, or right after the object:
            # «تعرض لإطلاق نار من قبل مجهولين»)
            after = [w for w in (ffold(x.text) for x in ctx.tokens[objs[0] + 1:objs[0] + 6] if x.end <= m.start)
                     if not bare_in(w, v.fire_fillers)][:1]
            around = ctx.words_before(t.start, v.fire_verb_reach, floor=sent.start) + \
                [ffold(x.text) for x in ctx.tokens[i + 1:objs[0]]] + after
            if any(bare_in(w, v.gunmen) for w in around):
                out.append(Mention(t.start, t.end, t.text, v.assassination_as, "verb", None, m.si, False, t.start))
                with_act.add(m.si)
                break
    out.sort(key=lambda x: x.start)
    return out


_OPENED_FIRE = cue_words("mention_words", "opened_fire", fold=False)


def _others(ctx: Ctx, ms: list[Mention]) -> list[Mention]:
    """«اشتباكات في حي جوبر…، وأخرى في بلدة عين ترما»: «وأخرى» followed by a place preposition
    after an act noun tells another act of that type at another place: a mention of its own."""
    hits = [h for h in ctx.m["another"].items if h.prefix.startswith("و") and ffold(h.surface) in _ANOTHER_NOUN]
    if not hits:
        return ms
    out = list(ms)
    for h in hits:
        si = ctx.sent_of(h.start)
        nxt = ctx.words_after(h.end, 2, limit=ctx.sents[si].end)
        if nxt and nxt[0] in _ALIKE:
            nxt = nxt[1:]  # «وأخرى مماثلة في…»
        if not nxt or not (nxt[0] in _PLACE_PREPS or nxt[0][:1] == "ب" and len(nxt[0]) > 3):
            continue
        prev = next((o for o in reversed(ms) if o.si == si and o.end <= h.prefix_start and o.pos == "noun"
                     and o.type in ctx.v.acts), None)
        if prev is None:
            continue
        o = Mention(h.start, h.end, h.surface, prev.type, "noun", prev.sub, si, False, h.prefix_start)
        o.another = True
        out.append(o)
    out.sort(key=lambda x: x.start)
    return out


_ANOTHER_NOUN = frozenset(cue_words("mention_words", "another_noun"))
_FIRE_KEYS = cue_words("mention_words", "fire_keys", fold=False)  # (a quick look before the word by word reading)
_ALIKE = frozenset(cue_words("mention_words", "alike"))
_PLACE_PREPS = frozenset(cue_words("mention_words", "place_preps"))


_RELATIVES = frozenset(cue_words("mention_words", "relatives"))


_FRAME_BEFORE = frozenset(cue_words("mention_words", "frame_before"))
_OF = frozenset(cue_words("mention_words", "of"))
_DURING_IT = frozenset(cue_words("mention_words", "during_it"))


def _named_frame(ctx: Ctx, m) -> bool:
    """«في اليوم الثالث من معركة «ردع العدوان»», «ضمن عملية «نبع السلام»»: a battle or an
    operation named (a quoted name right after the noun) as the frame of what is told."""
    after = ctx.text[m.end:m.end + 3].lstrip()
    if not after or after[0] not in "«\"“":
        return False
    q = m.end + len(ctx.text[m.end:m.end + 3]) - len(after)
    if not bare_in(ffold(m.surface), _OPERATION) and ctx.m["actors"].starting(q, q + 2):
        # «بعد ثلاثة أيام من اعتقال «قسد» قائداً…», «هجوم «داعش» على…»: the quoted name is the doer (a
        # campaign noun, «معركة «ردع العدوان»», is named by its quote, whoever fought it)
        return False
    if m.prefix in _OF:
        return True  # «في اليوم الرابع لمعركة «…»», «قائد لعملية «…»»: the named campaign of something else
    before = ctx.words_before(m.prefix_start, 1)
    return bool(before) and before[0] in _FRAME_BEFORE


def _tally(ctx: Ctx, m) -> bool:
    """«معركة «X» التي سيطرت خلالها الفصائل على أكثر من 50 قرية»: a verb in a relative clause
    with «خلالها» tells the running tally of a campaign, not one act."""
    if not any(w in _DURING_IT for w in ctx.words_after(m.end, 2)):
        return False
    before = ctx.words_before(m.prefix_start, 1)
    return bool(before) and before[0] in _RELATIVES


def _relative(ctx: Ctx, pos: int) -> bool:
    """«استلم الفصيل المجموعة التي انشقت»: a relative pronoun after a definite noun right before
    the verb: the clause names something already told."""
    w = ctx.words_before(pos, 2)
    # «وقال الملازم إنه انشق احتجاجاً…»: the verb after «إنه/أنهم», its subject one already told
    return len(w) == 2 and (w[1] in _RELATIVES and w[0].lstrip("و").startswith("ال") or w[1] in _THAT_HE)


_THAT_HE = frozenset(cue_words("mention_words", "that_he"))


def _needs(ctx: Ctx, start: int, end: int, needs: tuple[str, ...], reach: int = 90) -> bool:
    """One of the words must follow within `reach` characters (a word with its clitics, or a phrase)."""
    window = ffold(ctx.text[start:min(end, start + reach)])
    forms = _NEEDS_FORMS.get(needs)
    if forms is None:
        single = [n for n in needs if " " not in n]
        forms = _NEEDS_FORMS[needs] = (
            frozenset(single) | frozenset(p + n for p in _NEEDS_PROCLITICS for n in single if len(n) > 1),
            tuple(n for n in needs if " " in n))
    if any(n in window for n in forms[1]):
        return True
    words = forms[0]
    return any(w.strip(_PUNCT) in words for w in window.split())


_BACK_REACH = 6


def _needs_before(ctx: Ctx, start: int, needs: tuple[str, ...]) -> bool:
    """One of the words among the `_BACK_REACH` words before the verb in its clause (its subject:
    «أن قوات من الجيش انتشرت اليوم في…»)."""
    cs, aside = _clause_start_asides(ctx, start)
    words = _BACK_SETS.get(needs)
    if words is None:
        words = _BACK_SETS[needs] = frozenset(needs)  # (one set per list: _bare keys its cache by id)
    return any(bare_in(w, words) for w in ctx.words_before(start, _BACK_REACH + aside, floor=cs))


_BACK_SETS: dict[tuple, frozenset] = {}


_NEEDS_PROCLITICS = ("و", "ب", "ل", "ال", "بال", "وال", "لل", "وب", "ول", "ف")
_NEEDS_FORMS: dict[tuple, tuple] = {}  # a `needs` tuple -> (its words with every proclitic form, its phrases)


def _cue_words(ctx: Ctx) -> frozenset[str]:
    """Every attack context word (types.json attack.contexts), one set made once."""
    return ctx.v.attack_cue_words


def _with_clitics(w: str) -> set[str]:
    return {w} | {w[len(p):] for p in _ATTACK_PROCLITICS if w.startswith(p)}


def _forms(ws: list[str]) -> set[str]:
    """The words with and without their attack proclitics."""
    out = set()
    for w in ws:
        out.add(w)
        if w[:1] in _PROCLITIC_FIRSTS:  # (most words open with no proclitic's letter)
            for p in _ATTACK_PROCLITICS:
                if w.startswith(p):
                    out.add(w[len(p):])
    return out


def _ground_cues(ctx: Ctx) -> frozenset[str]:
    return next((c for t, c in ctx.v.attack_contexts if t == "armed_clash"), frozenset())


def _air_cues(ctx: Ctx) -> frozenset[str]:
    return next(c for t, c in ctx.v.attack_contexts if t == "airstrike")


def _blank(window: list[str], x: int, y: int) -> None:
    """Blank window[x:y] (x ≥ 0) at once: one slice, not a Python step per character (speed)."""
    if y > x:
        window[x:y] = " " * (y - x)


def _resolve_attack(ctx: Ctx, m, sent, pos: str = "noun") -> str | None:
    lo = max(sent.start, m.prefix_start - 60)
    hi = min(sent.end, m.end + 80)
    window = list(ctx.text[lo:hi])
    cue_words = _cue_words(ctx)
    for a in ctx.m["actors"].starting(lo, hi):  # «المخابرات الجوية» names a branch, not an air strike
        head = ffold(a.surface).split()[0]
        if head in cue_words or head.removeprefix("ال") in cue_words:
            continue  # «طائرات حربية روسية», «الطيران الروسي»: the actor's name is the weapon (probe)
        if a.prefix_start <= m.start < a.end:
            continue  # «طال القصف الجوي الروسي محيط البلدة»: a name read over the act word is the act's telling
        _blank(window, max(a.prefix_start, lo) - lo, min(a.end, hi) - lo)
    k0, k1 = ctx.tok_of(lo), ctx.tok_of(hi)
    for k in range(max(k0, ctx.tok_of(m.end)), k1):  # (only tokens after the act are read: speed)
        t = ctx.tokens[k]
        if m.end <= t.start and bare_in(ctx.ftoks[k], ctx.v.overflight):
            # (told after the act: its circumstance; aircraft flying over before a strike verb are its doers)
            # «بالتزامن مع تحليق مكثف للطائرات المسيّرة»: aircraft flying over are no weapon of the act
            stop = ctx.tokens[min(len(ctx.tokens) - 1, ctx.tok_of(t.start) + ctx.v.overflight_reach)].end
            _blank(window, t.start - lo, min(stop, hi) - lo)
    other = _other_act_clause(ctx, m, hi)
    if other is not None:
        # «قتل ثلاثة عناصر بهجوم لخلايا التنظيم على نقطة عسكرية، وردت قوات النظام بقصف مدفعي على…»: a clause
        # after a break that tells an act of its own is another act; its weapons say nothing of how this one struck
        _blank(window, other - lo, hi - lo)
    for a, b in scopes(ctx, ctx.sent_of(m.start)):
        # «ضربة صاروخية … رداً على الهجوم الكيميائي على خان شيخون»: the weapons of a cause or of another
        # frame's act say nothing of how this one struck
        if not a <= m.start < b:
            _blank(window, max(a, lo) - lo, min(b, hi) - lo)
    words = _forms(ffold("".join(window)).split())
    if ctx.v.attack_fallback.get(ffold(m.surface)) == "shelling":
        words -= ctx.v.target_words  # «جراء القصف على نقطة المراقبة»: a bombardment of a post
    cs = ctx.clause(m.start)[0]
    if pos == "verb" and cs > lo:
        # «… جراء قصف على نقطة مراقبة، مضيفة أن قواتها ردّت وقصفت 60 هدفاً»: a target word of a clause
        # before the verb's is the target of another act, it says nothing of how this one struck
        words -= _ground_cues(ctx) - _forms(ffold("".join(window[cs - lo:])).split())
    # («هجوم نفذته خلايا التنظيم بعبوة ناسفة»: the means may follow the doer, in the act's clause)
    after = ffold(ctx.text[m.end:min(hi, ctx.clause(m.start)[1])]).split()[:_WEAPON_REACH]
    # («هجوم بسيارة مفخخة», «بدراجة نارية مفخخة»: a vehicle made a bomb by the word after it)
    bomb = next((i for i, w in enumerate(after) if w[:1] == "ب" and
                 (w[1:] in ctx.v.explosive_means or w[1:].removeprefix("ال") in ctx.v.explosive_means or
                  (w[1:] in _BOMB_VEHICLES or w[1:].removeprefix("ال") in _BOMB_VEHICLES) and
                  any(x in ctx.v.explosive_means for x in after[i + 1:i + 3]))), None)
    if bomb is not None:
        # «استهدفت الطائرات الحربية الروسية بقنابل عنقودية سوق المدينة», «قصف الطيران بالقنابل العنقودية»:
        # bombs dropped by aircraft (the verb's subject, or the doer told between the act and its means)
        # are an air strike: the platform decides over the munition
        doer = ffold("".join(window[m.end - lo:])).split()[:bomb]
        if pos == "verb" and _air_subject(ctx, m, window, lo) or any(_with_clitics(w) & _air_cues(ctx) for w in doer):
            return "airstrike"
        return "explosion"  # «هاجم مسلحون بعبوة ناسفة سيارة عسكرية»: a bomb was the means
    if _instrument(ctx, m) == "fire" and not words & _air_cues(ctx):
        # «استهداف خلايا التنظيم حافلة عسكرية تقلّهم بالرصاص والقذائف», «استهدفوا دورية بالأسلحة الخفيفة»:
        # the first means told after the act, in its clause, is gunfire (no aircraft near): a ground attack
        return "armed_clash"
    if pos == "verb" and _air_subject(ctx, m, window, lo):
        return "airstrike"
    # «ضربة صاروخية إسرائيلية»: missiles of a force that strikes from the air, no artillery word
    found = words & cue_words
    raw = ffold(ctx.text[lo:hi]).split()
    if found and found <= ctx.v.missile_words | _air_cues(ctx) and not any(_with_clitics(w) & ctx.v.naval_words for w in raw) \
            and (any(_with_clitics(w) & ctx.v.air_forces for w in raw) or _air_force_agent(ctx, m, sent, pos)):
        return "airstrike"  # («أطلق الجيش الإسرائيلي صواريخ على أهداف…»: the force that fired them, its subject)
    if pos == "verb" and ctx.v.attack_fallback.get(ffold(m.surface)) == "armed_clash" and not words & _air_cues(ctx) and \
            any(bare_in(w.strip(_PUNCT), ctx.v.ground_fire)
                for w in ctx.words_after(m.end, _ASSAULT_REACH, limit=ctx.clause(m.start)[1])):
        # «هاجم عناصر التنظيم نقطة عسكرية بالقذائف الصاروخية والرشاشات الثقيلة»: an assault with guns among its
        # means (no aircraft near) is fought on the ground, whatever shells it fired too
        return "armed_clash"
    doer_type = _doer_after(ctx, m, sent) if pos == "noun" else None
    if doer_type is not None:
        return doer_type  # «هجوم بغازات سامة نفذته طائرات حربية»: the jets named as its doers struck from the air
    if len(words & cue_words) > 1:
        # «ردت بقصف مواقع النظام بالمدفعية والطائرات المسيرة»: the weapon told first after the
        # word decides when the window names several
        for w in ffold("".join(window[m.end - lo:])).split()[:_WEAPON_REACH]:
            forms = {w} | {w[len(p):] for p in _ATTACK_PROCLITICS if w.startswith(p)}
            typ = next((t for t, cues in ctx.v.attack_contexts if t in _WEAPON_TYPES and forms & cues), None)
            if typ is not None:
                return typ
    for typ, cues in ctx.v.attack_contexts:
        if words & cues:
            return typ
    fallback = ctx.v.attack_fallback.get(ffold(m.surface))
    if pos == "noun" and fallback == "shelling" and \
            any(w in ctx.v.air_forces or w in ctx.v.air_nations for w in ctx.words_after(m.end, 1, limit=sent.end)):
        return "airstrike"  # «قصف روسي طال مخيماً», «قصف إسرائيلي استهدف…»: the bombing of a force that strikes from the air
    if pos == "noun" and fallback == "shelling" and _weapon_told_before(ctx, m, sent) == "airstrike":
        return "airstrike"  # «غارات روسية على قرية X فقتلت ستة، كما طال القصف بلدة Y»: the strikes told before
    if pos == "verb" and fallback == "armed_clash" and _air_force_agent(ctx, m, sent, pos):
        return "airstrike"  # «هاجمت إسرائيل فجر اليوم مواقع عسكرية»: a force that strikes from the air, its subject
    return fallback or _by_agent(ctx, m, sent, pos) or _by_gunmen_doer(ctx, m, sent)


def _weapon_told_before(ctx: Ctx, m, sent) -> str | None:
    """types.json `weapon_told_before`: «قُتل ستة بغارات جوية على بلدة X، وخمسة بقصف من النوع نفسه على قرية Y»,
    «طالت غارات روسية قرية X …، كما طال القصف بلدة Y»: a bombardment noun that names no weapon of its own (no
    weapon word in its window) is of the kind of the nearest weapon its sentence told before it — the writer
    names the means once and goes on — unless its clause names a doer of its own before it (another side's act).
    Only asked where the rules would fall back to shelling."""
    if not WEAPON_TOLD_BEFORE:
        return None
    if ctx.m["actors"].starting(ctx.clause(m.start)[0], m.prefix_start):
        return None  # («…، فيما ردت الفصائل بقصف مواقع للنظام»: a doer of its own in the act's clause, its own means)
    for k in range(ctx.tok_of(max(m.start, m.end - 1)), -1, -1):  # (from the word's own last token: «قصف مدفعي»)
        if ctx.tokens[k].start < sent.start:
            break
        forms = _with_clitics(ctx.ftoks[k].strip(_PUNCT))
        typ = next((t for t, cues in ctx.v.attack_contexts if t in _WEAPON_TYPES and forms & cues), None)
        if typ is not None:
            return typ
    return None


def _other_act_clause(ctx: Ctx, m, hi: int) -> int | None:
    """The start of the first clause after the act's (past a break, before `hi`) that tells an act of its own
    (a trigger in it), unless that clause opens with a means («، بالمدفعية الثقيلة»: still this act's)."""
    i = bisect_right(ctx.breaks, m.end)
    while i < len(ctx.breaks) and ctx.breaks[i] < hi:
        b = ctx.breaks[i]
        end = ctx.breaks[i + 1] if i + 1 < len(ctx.breaks) and ctx.breaks[i + 1] < hi else hi
        first = ctx.words_after(b, 1, limit=end)
        if first and first[0].strip(_PUNCT).startswith(("ب", "وب")):
            return None  # («…، بالمدفعية الثقيلة، …»: this act's means)
        if ctx.m["triggers"].starting(b, end):
            return b
        i += 1  # (a time aside, «، فجر اليوم،», or a «فيما» with nothing between: read on)
    return None


def _air_subject(ctx: Ctx, m, window: list[str], lo: int) -> bool:
    """«طائرات هليكوبتر تابعة للجيش أطلقت صواريخ على البلدة»: an aircraft before the attack verb (its
    subject, in its clause, ≤ subject_reach words; an actor's name such as «المخابرات الجوية» masked in
    the window) fired."""
    cs = max(lo, _clause_start(ctx, m.start))
    before = ffold("".join(window[cs - lo:max(cs, m.prefix_start) - lo])).split()[-ctx.v.subject_reach:]
    return any(_with_clitics(w) & _air_cues(ctx) for w in before)


def _by_gunmen_doer(ctx: Ctx, m, sent) -> str | None:
    """«إثر استهداف مسلحين مجهولين سيارتهما», «استهدف مسلحون مجهولون سيارة عسكرية»: an attack word with no
    weapon named whose doer right after it (or its subject right before a verb, ≤ 3 words, in its clause) is
    armed men (by_gunmen `gunmen`) struck on the ground: an armed clash, as an assassination is."""
    nxt = ctx.words_after(m.end, 1, limit=sent.end)
    if nxt and bare_in(nxt[0], ctx.v.gunmen):
        return "armed_clash"
    cs = ctx.clause(m.start)[0]
    before = ctx.words_before(m.prefix_start, 3, floor=max(cs, sent.start))
    return "armed_clash" if any(bare_in(w, ctx.v.gunmen) for w in before) else None


_INSTRUMENT_REACH = 12
_ASSAULT_REACH = 16  # (an assault verb: its doer, target and place may stand before its guns)


def _instrument(ctx: Ctx, m) -> str | None:
    """The first means named after the act in its clause (≤ `_INSTRUMENT_REACH` words; a word with «ب»
    whose stem is a weapon: «بالرصاص», «بالأسلحة الخفيفة», «بعبوة»), as a class: "fire" (gunfire,
    types.json ground_means fire_words), "bomb" (attack explosive_means), or None (no means named, or
    another weapon first: shells, missiles, aircraft). The object and its description may stand between
    («استهدفوا حافلة عسكرية كانت تقلّهم بالرصاص»)."""
    v = ctx.v
    ce = ctx.clause(m.start)[1]
    if not any(k in ctx.text[m.end:ce] for k in _MEANS_KEYS):
        return None  # (no gunfire or bomb word in the clause: most)
    words = [w.strip(_PUNCT) for w in ctx.words_after(m.end, _INSTRUMENT_REACH, limit=ce)]
    for i, w in enumerate(words):
        if w[:1] != "ب" or len(w) <= 3:
            continue
        stem = w[1:]
        bare = stem.removeprefix("ال")
        if stem in v.ground_generic or bare in v.ground_generic:
            stem = words[i + 1] if i + 1 < len(words) else ""  # «بالأسلحة الخفيفة»: the adjective says which
            bare = stem.removeprefix("ال")
            if not stem:
                return None
        if bare_in(stem, v.ground_fire):
            return "fire"
        if stem in v.explosive_means or bare in v.explosive_means:
            return "bomb"
        if bare_in(stem, _cue_words(ctx)) or bare_in(stem, v.missile_words):
            return None  # «بالمدفعية», «بصاروخين», «بطائرة مسيّرة»: another weapon named first
    return None


_MEANS_KEYS = cue_words("means_in_clause", "keys", fold=False)


def _doer_after(ctx: Ctx, m, sent) -> str | None:
    """types.json attack `carry_out`: «هجوم بغازات سامة نفذته طائرات حربية», «قصف شنّته مروحيات
    النظام»: a carrying-out verb with the attack's pronoun (≤ `_DOER_REACH` words after the noun, in its
    sentence) and an aircraft right after it (≤ 2 words) name who struck: an air strike, whatever the
    weapon words between; armed men or cells there (by_gunmen `gunmen`, attack `ground_doers`) with no
    bomb told: an armed clash."""
    words = ctx.words_after(m.end, _DOER_REACH, limit=sent.end)
    air = _air_cues(ctx)
    for i, w in enumerate(words):
        w = w.strip(_PUNCT)
        stem = next((w[:-len(p)] for p in _OBJECT_PRONOUNS if w.endswith(p) and len(w) - len(p) >= 2), None)
        if stem is None or not bare_in(stem, ctx.v.carry_out):
            continue
        if any(_with_clitics(x.strip(_PUNCT)) & air for x in words[i + 1:i + 3]):
            return "airstrike"
        if any(bare_in(x, ctx.v.gunmen) or bare_in(x, ctx.v.ground_doers) for x in words[i + 1:i + 3]) and \
                not any(bare_in(x.strip(_PUNCT), ctx.v.explosive_means) for x in words):
            return "armed_clash"  # «في هجمات شنها مسلحون من فلول النظام»: men with guns, no bomb told
        return None
    return None


_DOER_REACH = 8
_OBJECT_PRONOUNS = ("تها", "ته", "ها", "ه", "هما")


def _air_force_agent(ctx: Ctx, m, sent, pos: str) -> bool:
    """Who struck (as _by_agent reads it) is a force that strikes only from the air (types.json attack
    `air_force_agents`: Israel's, the US-led coalition's; not Russia's, whose missiles may be fired from the
    ground: «استهدفت القوات الروسية بصواريخ بالستية أطلقت من قاعدة حميميم…»)."""
    return _by_agent(ctx, m, sent, pos, canonical=True) in ctx.v.air_force_agents


def _by_agent(ctx: Ctx, m, sent, pos: str, canonical: bool = False) -> str | None:
    """types.json attack `by_agent`: an attack word with no weapon word is typed by the state force
    that struck — the subject right after a verb, the force named before a noun (its verb's
    subject: «قال الجيش الإسرائيلي إنه نفذ ضربة»), or a force adjective right after the noun."""
    v = ctx.v
    if not v.attack_by_agent:
        return None
    from .actor_names import pick
    if pos == "verb":
        cands = [a for a in ctx.m["actors"].starting(m.end, min(sent.end, m.end + 40))
                 if ctx.words_between(m.end, a.prefix_start) <= 1]  # (the word right after)
        before = ctx.words_before(m.prefix_start, 1, floor=sent.start)
        if not cands and before and before[0] in _THAT_HE:
            # «أعلن الجيش الإسرائيلي أنه استهدف مواقع…»: the speaker is the subject of «أنه»'s verb
            t = ctx.tok_of(m.prefix_start)
            lo_ = ctx.tokens[max(0, t - 1 - v.agent_reach)].start
            cands = list(ctx.m["actors"].starting(max(sent.start, lo_), m.prefix_start))[-1:]
    else:
        if bare_in(ffold(m.surface), v.attack_any_act):
            return None  # («قتل 93 عنصراً في هجمات نفذها مسلحون»: an attack on the ground, by anyone)
        if any(bare_in(w, v.air_forces) for w in ctx.words_after(m.end, 2, limit=sent.end)):
            return "airstrike"  # «ضربة إسرائيلية»
        # «نفذ الجيش الإسرائيلي اليوم ضربة»: the force is the subject of a carrying-out verb before it
        toks = ctx.tokens[max(0, ctx.tok_of(m.prefix_start) - v.agent_reach):ctx.tok_of(m.prefix_start)]
        verb = next((t for t in reversed(toks) if t.start >= sent.start and bare_in(ffold(t.text), v.carry_out)), None)
        if verb is None:
            return None
        cands = list(ctx.m["actors"].starting(max(sent.start, toks[0].start), m.prefix_start))
        cands = [a for a in cands if ctx.words_between(verb.end, a.prefix_start) <= 3 and a.prefix_start > verb.start] or \
            [a for a in cands if a.end <= verb.start][-1:]
    for a in cands:
        val = pick(a.value, a.key, ctx.published, ctx.text)
        if val is not None:
            return val["canonical"] if canonical else v.attack_by_agent.get(val["canonical"])
    return None


_ATTACK_PROCLITICS = ("و", "ب", "ل", "ال", "بال", "وال", "لل")
_PROCLITIC_FIRSTS = frozenset(p[0] for p in _ATTACK_PROCLITICS)
_IMPERFECT_FIRSTS = ("ي", "ت", "ن")  # («ليقصف», «لتستهدف»: an imperfect takes «ل» of purpose)
_WEAPON_REACH = 6
_WEAPON_TYPES = frozenset({"airstrike", "shelling"})  # (a target noun after the word, «نقطة», «حاجز», names no weapon)
WEAPON_TOLD_BEFORE = bool(load_types().get("weapon_told_before", {}).get("enabled", False))  # (_weapon_told_before)


def _vehicle(ctx: Ctx, m) -> bool:
    """«في بيان», «خلال مؤتمر صحفي», «بيان له»: the statement carries a report, it is not one."""
    before = ctx.words_before(m.prefix_start, 1)
    if m.prefix in ("ب", "وب", "ف", "وف") or (before and before[-1] in ctx.v.vehicle):
        return True
    if not m.prefix and before and before[-1].lstrip("وف") in ctx.v.plain_report:
        return True  # «وأوضح بيان للوزارة أن الحصيلة…», «وقال بيان صادر عن…»: the statement reports, it is the subject
    if relayed.relayed(ctx, m):
        return True  # «بحسب بيان أصدرته…», «نقلاً عن بيان…», «بياناً ذكر فيه أن…»: where a report was read
    # «يتلو بيان الانشقاق», «بيان الانسحاب»: the statement of an act named right after it is how the
    # act was told, not a statement of its own
    t = ctx.m["triggers"].first_after(m.end, m.end + 4)
    return t is not None and not ctx.text[m.end:t.prefix_start].strip() and t.prefix.endswith("ال") and \
        any(i["type"] not in ("statement", "-") for i in (t.value if isinstance(t.value, list) else [t.value]))


def _drop_modifiers(ctx: Ctx, ms: list[Mention]) -> list[Mention]:
    """An adjective trigger right after another trigger noun modifies it («الشهداء من الضباط
    المنشقين»): the sentence is about the noun's event."""
    out = []
    for i, m in enumerate(ms):
        if m.pos == "adj":
            prev = [o for o in ms[max(0, i - 3):i] if o.si == m.si and o.type != m.type]
            if any(ctx.words_between(o.end, m.start) <= 4 for o in prev):
                continue
        out.append(m)
    return out


def speeches(ctx: Ctx, att, kept: list[Mention]) -> list[Mention]:
    """Political speech (types.json statement.speech): «قال وزير الخارجية إن بلاده لن تسمح…» is a
    statement when its sentence tells no asserted incident after the verb; the sentences that
    report an incident keep their speaker as its source instead. A threat or a warning
    («توعّدت الهيئة بالرد», «هدد وزير الدفاع بشن عملية») is a statement by an office or by a force
    of the actor list."""
    v = ctx.v
    by_sent: dict[int, list[Mention]] = {}
    for m in kept:
        by_sent.setdefault(m.si, []).append(m)
    out: list[Mention] = []
    seen: set[int] = set()
    for a in ctx.m["speech"].items:
        si = ctx.sent_of(a.start)
        nxt = ctx.words_after(a.end, 1)
        if si in seen or not nxt:
            continue
        verb = ffold(a.surface)
        if _as_said(ctx, a):
            continue  # «…، وفق ما أعلنت وزارة الدفاع»: the source of the report told before it
        if verb.removeprefix("و") in v.denial_verbs:
            d = _denial(ctx, att, a, si, by_sent.get(si, []), kept, out)
            if d is not None:
                seen.add(si)
                out.append(d)
            continue
        if verb in v.stance_verbs and nxt[0][:1] == "ب" and len(nxt[0]) > 3 and \
                ctx.text[a.prefix_start:a.start].startswith(("و", "ف")):
            # «خرجت مظاهرة في الحي، ونددت بحصار المدينة»: the object right after a verb joined by و, its subject
            # the one before (the protesters): what the act told said, no statement of its own
            continue
        stance = _stance(ctx, a, si)
        # «…، ودعا كل الوحدات إلى…», «وناشدت التدخل…»: a call joined to the clause that named its speaker
        joined = joined_call.speaker(ctx, att, a, si, _office)
        if not stance and verb in v.plain_report and _story_goes_on(ctx, a, si):
            continue  # «… . وقال المتحدث باسم الوزارة إن هذه الأنباء ملفقة»: the item's story told on, no statement
        if not stance and verb not in v.speech_verbs and verb not in v.threat_verbs and joined is None:
            continue  # («جددت», «أعربت» carry a stance only)
        # «وكان وزير الخارجية قد قال أمس إن…»: a recalled speech's speaker stands before the verb
        pre = _pluperfect_subject(ctx, a, si)
        office = _office(ffold(pre["surface"]).split()[0] if pre else nxt[0], v.speakers)
        force = not office and not pre and (verb in v.threat_verbs or stance) and \
            ctx.m["actors"].first_after(a.end, a.end + 3) is not None
        # «دعا الائتلاف في بيان له…»: what an organisation said in a statement it issued
        # («وقالت المنظمة في بيان إن المنشأة كانت تخدم…»: a plain report in a statement is a source speaking)
        issued = not office and not force and (stance or (verb not in v.plain_report or _content_stance(ctx, a, si))
                                               and any(a.end < x < ctx.sents[si].end and x - a.end < 80
                                                       for x in ctx.memo.get("vehicles", ())))
        # «دعا المجلس العسكري عناصر الجيش إلى…», «ودعا الدفاع المدني الأهالي إلى…», «هدد قيادي في فصيل بـ…»: a
        # call or a threat whose subject is a named body or an official (no crowd, no unnamed plural)
        called = joined
        if called is None and not office and not force and not issued and \
                (verb in v.call_verbs or verb in v.threat_verbs) and not _as_relative(ctx, att, a, si):
            called = _named_subject(ctx, att, a, si)
        if not office and not force and not issued and called is None:
            continue  # (checked before the source grammar runs: most reporting verbs are no office's)
        src = called
        if called is not None:
            pass
        elif issued:
            src = pre or next((s for s in att.of_sentence(si) if s["cue_start"] == a.prefix_start), None) or \
                att.subject_after(a.end, si)
            if src is None or ffold(src["surface"]).split()[0] in v.generic_heads or \
                    ffold(src["surface"]).split()[0] in v.crowd_speakers:
                continue  # «قال مصدر في بيان», «وطالب المحتجون في بيان»: no body that issues statements
            if stance and not src.get("canonical") and len(_before_stance(ctx, src)["surface"].split()) < 2:
                continue  # «أدان الفريق…» with nothing named before: no body named
        elif office:
            src = pre or next((s for s in att.of_sentence(si) if s["cue_start"] == a.prefix_start), None)
            if src is None:
                # «هدد وزير الدفاع بشن…», «وشدد وزير الخارجية على أن…»: the office right after the verb
                src = _speaker(ctx, a.end, ctx.sents[si].end)
            head = ffold(src["surface"]).split()[:1] if src else []
            if not head or not _office(head[0], v.speakers):
                continue
        here = by_sent.get(si, [])
        # («…، فيما قالت الشبكة إنها وثقت مقتل…»: another speaker's clause is not what this one said)
        end = _speech_end(ctx, att, a, si)
        if any(m.type == "statement" for m in here):
            continue
        # a stance announced («أعلن في بيان رفضه…», «نددت الوزارة بالقصف…») is a statement whatever
        # acts its sentence tells; a report of an act is that act's source
        # (a call or a threat says what is to be done: an act word after it is what it calls for, or another clause)
        callish = verb in v.call_verbs or verb in v.threat_verbs
        if not stance and not callish and any(m.modality == "asserted" and a.start < m.start < end for m in here):
            continue
        if verb not in v.threat_verbs and not stance and joined is None and (_tells_an_act(ctx, a.end, end, a.start) or
                                                          _retells(ctx, a, si, kept)):
            continue  # «أكدت الوزارة أن الضربات استهدفت…»: it reports an act, it is not a statement
        if verb not in v.threat_verbs and not stance and _will_do(ctx, a.end, end):
            continue  # «أكد أردوغان أن بلاده ستطلق عملية برية», «أعلنت الوزارة أنها ستتدخل»: an intention, no act
        if src is not None and _said_before(src, kept + out):
            continue  # «… . ودعت الوزارة المواطنين إلى…»: the body's statement told already (one statement)
        seen.add(si)
        m = Mention(a.start, a.end, a.surface, "statement", "verb", None, si, False, a.prefix_start)
        if src is None:  # «توعّدت هيئة تحرير الشام…»: the force right after the verb
            f = ctx.m["actors"].first_after(a.end, a.end + 3)
            src = {"surface": f.surface, "start": f.start, "end": f.end}
        src = _before_vehicle(ctx, src)  # «قال رئيس الائتلاف في مؤتمر صحفي»: the speaker ends before it
        if stance or joined is not None:  # («وأدانت الهيئة الغارة، وناشدت…»: the name ends before what it named)
            src = _before_stance(ctx, src)
            if verb in v.stance_verbs and _own_report(ctx, att, src, a, kept):
                if joined_call.open_after_comment():
                    seen.discard(si)  # («…، وناشدت المجتمع الدولي…»: a call after the comment is still heard)
                continue  # «وثق الفريق مقتل 3 في قصف…، وأدان الفريق استهداف…»: the report's own comment
        m.reported_by = {"surface": src["surface"], "canonical": src.get("canonical"), "start": src["start"],
                         "end": src["end"]}
        out.append(m)
    return out


def _pluperfect_subject(ctx: Ctx, a, si: int) -> dict | None:
    """«وكان وزير الداخلية الأردني قد صرّح أمس بأن…», «وكانت الإدارة الذاتية قد أعلنت في بيان…»: a speech verb right
    after «قد» in a sentence that opens with a pluperfect «كان» (cues.json `pluperfect`): its speaker is the words
    between the two (≤ `_PRE_WORDS`), the span; None for any other verb."""
    s = ctx.sents[si]
    head = ctx.text[s.start:a.prefix_start]
    words = head.split()
    if len(words) < 3 or ffold(words[-1]) != _QAD or ffold(words[0]) not in ctx.v.pluperfect or \
            len(words) - 2 > _PRE_WORDS:
        return None
    lo = s.start + head.index(words[0]) + len(words[0])
    hi = s.start + head.rindex(words[-1])
    seg = ctx.text[lo:hi]
    start = lo + len(seg) - len(seg.lstrip())
    end = lo + len(seg.rstrip().rstrip("،,"))
    return {"surface": ctx.text[start:end], "start": start, "end": end} if end > start else None


_QAD = ffold("قد")
_PRE_WORDS = 12


def _words_of(surface: str) -> set[str]:
    return {w.removeprefix("ال") for w in ffold(surface).replace("«", " ").replace("»", " ").split() if len(w) > 2}


def _said_before(src: dict, ms: list[Mention]) -> bool:
    """A statement of the same speaker told before: every name word of this one in the earlier speaker's
    («وزارة الدفاع السورية» … «الوزارة», «فريق منسقو استجابة سوريا» … «الفريق»; not «وزارة الخارجية الروسية» …
    «وزير الخارجية الإيراني»)."""
    mine = _words_of(src["surface"])
    return bool(mine) and any(m.type == "statement" and m.reported_by and m.start < src["start"] and
                              mine <= _words_of(m.reported_by["surface"]) for m in ms)


def _as_relative(ctx: Ctx, att, a, si: int) -> bool:
    """«…، الذي ناشد المنظمات…», «بحسب قيادي …، حذر من أن…»: a call told of a speaker named before it (a
    relative clause, or a verb right after a source's name and a comma), not a body's statement opening its clause."""
    w = ctx.words_before(a.prefix_start, 1)
    if w and w[-1] in _RELATIVES:
        return True
    return ctx.text[a.prefix_start - 2:a.prefix_start].strip() == "،" and \
        any(0 <= a.prefix_start - e <= 3 for _, e in att.spans(si))



def _named_subject(ctx: Ctx, att, a, si: int) -> dict | None:
    """The subject right after a call or threat verb when it names a body or an official: not a crowd
    (`crowd_speakers`), not a source with no name (`generic_heads`, an official excepted for a threat), not an
    unnamed plural («منظمات حقوقية», «فعاليات معارضة», «دبلوماسيون غربيون»: an indefinite plural head)."""
    v = ctx.v
    nxt = [w.strip(_PUNCT) for w in ctx.words_after(a.end, 2, limit=ctx.sents[si].end)]
    after = ctx.text[a.end:ctx.sents[si].end].split()[:1]
    raw = after[0].strip(_PUNCT) if after else ""
    if not nxt or not nxt[0] or nxt[0][:1] == "ب" or nxt[0] in _OBJECT_OPENERS or \
            (nxt[0][:2] != "ال" and raw.endswith(_OBJECT_PRONOUNS)):
        return None  # «مظاهرة طالبت برحيل…», «ودعا زملاءه إلى…», «ودعت جميع الأطراف»: no subject of its own
    if ffold(ctx.text[ctx.sents[si].start:a.prefix_start]).split()[:1] and \
            ffold(ctx.text[ctx.sents[si].start:a.prefix_start]).split()[0] in v.pluperfect:
        return None  # «وكان الوزير قد قال…، في حين دعت تركيا…»: a statement recalled, the item's background
    before = ctx.words_before(a.prefix_start, 1, floor=ctx.sents[si].start)
    if before and before[-1] in v.threat_not_after:
        return None  # «وسط هدوء حذر»: an adjective
    if before and ffold(a.surface)[:1] not in "وف" and \
            ctx.text[ctx.sents[si].start:a.prefix_start].rstrip()[-1:] not in "،,:؛-–)»\n" and \
            before[-1] not in _CLAUSE_OPENERS:
        return None  # «مظاهرة طالبت برحيل…», «بينهم طالب جامعي»: a word after a noun, no verb opening a clause
    src = att.subject_after(a.end, si) or _speaker(ctx, a.end, ctx.sents[si].end)
    if src is None:
        return None
    words = ffold(src["surface"]).replace("«", " ").split()
    if not words:
        return None
    head = words[0] if words[0] in v.crowd_speakers else words[0].removeprefix("و")
    if head in v.crowd_speakers or (head in v.generic_heads and ffold(a.surface).lstrip("و") not in v.threat_verbs):
        return None
    if head[:2] != "ال" and head.endswith(("ات", "ون", "ين")) and not src.get("canonical") and \
            not (len(words) > 1 and words[1][:2] == "ال"):
        return None  # an indefinite plural names no body
    if head.endswith(("ون", "ين")) and not src.get("canonical"):
        return None  # «المشيعون», «المحتجين»: people of the item, no body
    return src


_CLAUSE_OPENERS = frozenset(cue_words("mention_words", "call_openers"))
_OBJECT_OPENERS = frozenset(cue_words("mention_words", "call_objects"))


def _denial(ctx: Ctx, att, a, si: int, here: list[Mention], kept: list[Mention], out: list[Mention]):
    """types.json statement.speech `denial_verbs`: a denial that is the item's news (no mention told before it
    outside the headline, none already a statement) is a statement of the denier, at the place of the act it
    denies; a denial after an act told is the other side's telling (that act's business, no event)."""
    if ctx.headline_ends and ctx.sents[si].start < ctx.headline_ends[0]:
        return None  # (the headline's denial: the lead tells it again)
    first_body = ctx.headline_ends[0] if ctx.headline_ends else 0
    line = ctx.text.find("\n")
    if 0 < line and ctx.text[:line].rstrip()[-1:] not in ".!؟" and len(ctx.text[:line].split()) <= TITLE_WORDS:
        # a first line with no stop over the body («الدفاع الروسية تنفي قصف سوق… \n نفت وزارة…»): a headline
        if a.start < line:
            return None
        first_body = max(first_body, line)
    if any(m.start < a.start and m.start >= first_body for m in kept) or \
            any(m.type == "statement" for m in out):
        return None
    denied = next((m for m in here if m.modality == "denied" and m.start > a.end), None)
    if denied is None or any(m.modality == "asserted" and m.start > a.end for m in here):
        return None  # («نفت الوزارة أن تكون قواتها قصفت البلدة، واتهمت الفصائل بقصف…»: its own telling of an act)
    src = att.subject_after(a.end, si) or _speaker(ctx, a.end, ctx.sents[si].end)
    if src is None or ffold(src["surface"]).split()[0] in ctx.v.crowd_speakers:
        return None
    m = Mention(a.start, a.end, a.surface, "statement", "verb", None, si, False, a.prefix_start)
    src = _before_vehicle(ctx, src)
    m.reported_by = {"surface": src["surface"], "canonical": src.get("canonical"), "start": src["start"],
                     "end": src["end"]}
    m.denies = denied
    return m


def _story_goes_on(ctx: Ctx, a, si: int) -> bool:
    """«… . وقال وزير الإعلام إن الطائرة أقلعت من مطار الضمير في مهمة تدريبية», «ومن جهتها، قالت الوزارة إن دورية
    تابعة لها تعرضت لإطلاق نار», «وقال المتحدث إن المقاتلين يمشطون الأحياء»: a plain reporting verb that opens a
    sentence after the first with «و» (≤ `goes_on_reach` words of opener before it) tells the item's story on
    (a detail, a version, a denial of a rumour), no statement of its own. A statement after all: content that
    opens with a stance (`content_stance`), says what is to come or on what condition (`goes_on_future`), or a
    sentence opened as another matter (`goes_on_other`: «وفي سياق آخر، صرّح وزير الخارجية…»)."""
    if si == 0 or (ctx.headline_ends and ctx.sents[si].start < ctx.headline_ends[0]):
        return False
    s = ctx.sents[si]
    first = ctx.words_after(s.start, ctx.v.goes_on_reach + 1, limit=a.prefix_start)
    opener = first[0] if first else ffold(ctx.text[a.prefix_start:a.start])
    if not opener.startswith("و") or len(first) > ctx.v.goes_on_reach:
        return False
    if any(" ".join(first).find(w) >= 0 for w in ctx.v.goes_on_other):
        return False
    if _content_stance(ctx, a, si):
        return False
    if set(ctx.words_after(a.end, 8, limit=s.end)) & _THAT_HE:
        return False  # «وقالت الوزارة في بيان إنها ضربت…»: the doer's own telling (incidents: a telling of its act)
    return not any(w in ctx.v.goes_on_future for w in ctx.words_after(a.end, 40, limit=s.end))


def _content_stance(ctx: Ctx, a, si: int) -> bool:
    """types.json statement.speech `content_stance`: «قال … في بيان إنه يدعو…»: the reported content
    opens with a call, a demand, a refusal or a condemnation."""
    return any(w in ctx.v.content_stance for w in ctx.words_after(a.end, ctx.v.content_reach,
                                                                  limit=ctx.sents[si].end))


def _own_report(ctx: Ctx, att, src: dict, a, kept: list[Mention]) -> bool:
    """The speaker of a condemnation is a source of an act reported before it in the document (a
    name word shared, the article aside): the reporter comments on its own report (as «منددة
    بالشلل الدولي» closes a toll), it takes no stance of its own."""
    if not any(m.type in ctx.v.acts or m.type == "casualties" for m in kept if m.start < a.start):
        return False
    mine = {w.removeprefix("ال") for w in ffold(src["surface"]).split() if len(w) > 2}
    for si in range(ctx.sent_of(a.start) + 1):
        for b, e in att.spans(si):
            if e <= a.start and mine & {w.removeprefix("ال") for w in ffold(ctx.text[b:e]).split()}:
                return True
    return False


def _before_vehicle(ctx: Ctx, src: dict) -> dict:
    """A speaker's span ends before the statement noun it spoke in («في مؤتمر صحفي», «في بيان»)."""
    cut = [x for x in ctx.memo.get("vehicles", ()) if src["start"] < x < src["end"]]
    if not cut:
        return src
    toks = [t for t in ctx.tokens[ctx.tok_of(src["start"]):ctx.tok_of(cut[0]) + 1] if t.start < cut[0]]
    while toks and ffold(toks[-1].text) in _SPEAKER_STOP:
        toks.pop()  # («… في» before «مؤتمر صحفي»)
    if not toks:
        return src
    end = toks[-1].end
    return dict(src, surface=ctx.text[src["start"]:end], end=end)


def _before_stance(ctx: Ctx, src: dict) -> dict:
    """«أعلنت الحكومة التركية رفضها لأي عملية…», «وأدانت المنظمة الهجوم بشدة»: the speaker's name ends
    before the stance noun, the act it names or a date."""
    names = [(a.prefix_start, a.end) for a in ctx.m["actors"].starting(src["start"], src["end"])]
    acts = {t.prefix_start for t in ctx.m["triggers"].starting(src["start"], src["end"])
            if not ctx.in_org(t.start, t.end) and not any(a <= t.start and t.end <= b for a, b in names)} | \
        {d["start"] for d in ctx.dates.between(src["start"], src["end"])}
    for tok in ctx.tokens[ctx.tok_of(src["start"]):ctx.tok_of(src["end"])]:
        if tok.start > src["start"] and (ffold(tok.text).lstrip("و") in ctx.v.stance_objects or tok.start in acts):
            end = src["start"] + len(ctx.text[src["start"]:tok.start].rstrip(" ،,"))
            return dict(src, surface=ctx.text[src["start"]:end], end=end, canonical=None)
    return src


_PARALLEL = frozenset(cue_words("mention_words", "parallel"))


_AS_WHAT = frozenset(cue_words("mention_words", "as_what"))
_ACCORDING = frozenset(cue_words("mention_words", "according"))


def _as_said(ctx: Ctx, a) -> bool:
    """«وفق ما أعلنت الوزارة», «بحسب ما أكد المصدر», «حسبما قال»: the verb is inside an attribution
    phrase (the report's source), not a speech of its own."""
    w = ctx.words_before(a.prefix_start, 2)
    if w and w[-1] in _AS_WHAT:
        return True
    return len(w) == 2 and w[-1] in (fold_str("ما"), fold_str("لما")) and w[0] in _ACCORDING


def _stance(ctx: Ctx, a, si: int) -> bool:
    """types.json statement.speech `stance_*`: a condemnation verb, or a carrying verb («أعلن»,
    «أكد», «جدد») with a stance noun and its pronoun («رفضه», «إدانتها») ≤ `stance_reach` words
    after it in its sentence (a vehicle «في بيان» and a date may stand between)."""
    v = ctx.v
    verb = ffold(a.surface)
    if verb in v.stance_verbs:
        return True
    if verb not in v.stance_carriers and verb not in v.welcome_verbs:
        return False
    words = [w for w in ctx.words_after(a.end, 2 * v.stance_reach, limit=ctx.sents[si].end) if w.strip(_PUNCT)]
    if verb in v.welcome_verbs:  # «رحبت الخارجية بقرار…»: a measure welcomed, not a guest («رحب سموه بالوزير»)
        return any(w.strip(_PUNCT).lstrip("و") in v.welcomed for w in words[:v.stance_reach])
    return any(w.strip(_PUNCT).lstrip("و") in v.stance_objects for w in words[:v.stance_reach])


def _speech_end(ctx: Ctx, att, a, si: int) -> int:
    """Where what the speaker of the verb a says ends: at another speaker's reporting verb opened by
    «فيما/بينما/في حين» later in the sentence, else at the sentence end."""
    for s in att.of_sentence(si):
        cue = s.get("cue_start", -1)
        if cue > a.end and any(w in _PARALLEL for w in ctx.words_before(cue, 2, floor=a.end)):
            return cue
    return ctx.sents[si].end


def _tells_an_act(ctx: Ctx, start: int, end: int, verb_start: int) -> bool:
    """An act word after the reporting verb (a trigger of an act type with the words it needs, an
    attack word, or an act told before: «الضربات», «العملية»), recognised as a mention or not."""
    # an act that may come («لن تسمح بأي هجوم», «سترد إذا…») is what a statement says
    # («دعا الائتلاف المجتمع الدولي إلى توجيه ضربة…»: the speech verb itself may be a call)
    unreal = [c.end for c in ctx.m["modality"].starting(verb_start, end)
              if set(c.value if isinstance(c.value, list) else [c.value]) & _UNREAL]
    # («… احتجاجاً على استمرار الحملة الأمنية»: an act in a cause or a condition is not told)
    framed = scopes(ctx, ctx.sent_of(start))
    # («أعلنت الوزارة انتهاء العملية العسكرية»: the end of an act, right after a frame head, is no act told)
    if any(not any(u <= c.prefix_start for u in unreal) and not _inside(c, framed) and not framed_out(ctx, c)
           for c in ctx.m["anaphor_acts"].starting(start, end)):
        return True
    own = ctx.memo.get("own_tellings", ())
    for t in ctx.m["triggers"].starting(start, end):
        if any(u <= t.prefix_start for u in unreal):
            break
        if t.start in own:
            continue  # «… . وقالت الوزارة إنها ضربت مستودعات»: the doer retelling its act told before
        if _inside(t, framed) or framed_out(ctx, t):
            continue
        for i in (t.value if isinstance(t.value, list) else [t.value]):
            if (i["type"] == "attack" or i["type"] in ctx.v.acts) and \
                    (not i["needs"] or _needs(ctx, t.end, end, i["needs"])):
                return True
    # «أن عملية «المخلب - السيف» دمرت…»: a named operation
    return any(ffold(w.text) in _OPERATION and ctx.text[w.end:w.end + 2].lstrip()[:1] in "«\"“"
               for w in ctx.tokens[ctx.tok_of(start):ctx.tok_of(end)] if w.start >= start)


def _will_do(ctx: Ctx, start: int, end: int) -> bool:
    """The reported content opens with a future: «أن/إن» (≤ 10 words after the verb: its speaker between), then
    (its subject between, ≤ 2 words) a verb with «س» or «سوف» («أنها ستتدخل», «أن بلاده ستطلق…», «إن الحكومة
    سوف تعمل…»)."""
    words = [w for w in ctx.words_after(start, 14, limit=end) if w.strip(_PUNCT)]
    # (the speaker, «الرئيس رجب طيب أردوغان», may stand between the verb and «أن»)
    i = next((i for i, w in enumerate(words[:10]) if w in _THAT or w in _THAT_HE), None)
    if i is None:
        return False
    for w in words[i + 1:i + 4]:
        w = w.strip(_PUNCT)
        if w == _SAWFA or (w[:1] == "س" and w[1:2] in ("ي", "ت", "ن") and len(w) > 4 and not w.startswith(_S_NOUNS)):
            return True
    return False


_SAWFA = fold_str("سوف")
_S_NOUNS = cue_words("future_s_nouns", "prefixes")  # nouns that open like «سـ» + an imperfect


def _inside(h, spans: list[tuple[int, int]]) -> bool:
    return any(a <= h.prefix_start and h.end <= b for a, b in spans)


_THAT = complementisers("that", "and_that")


def _retells(ctx: Ctx, a, si: int, kept: list[Mention]) -> bool:
    """types.json statement.speech.act_subjects: «وقالت وزارة الدفاع في بيان إن قواتها الجوية
    استهدفت مقرات…» after the strikes were told: an official retelling of an act already told; so is
    an update on the operation going on (`ongoing_verbs`: «وقال المتحدث إن الفرق الهندسية تواصل
    تمشيط الأحياء»)."""
    if not any(m.type in ctx.v.acts and m.modality == "asserted" and m.start < a.start for m in kept):
        return False
    words = ctx.words_after(a.end, 12, limit=ctx.sents[si].end)
    i = next((i for i, w in enumerate(words) if w in _THAT), None)
    return i is not None and (any(bare_in(w, ctx.v.act_subjects) for w in words[i + 1:i + 3]) or
                              any(bare_in(w, ctx.v.ongoing_verbs) for w in words[i + 1:i + 4]))


_UNREAL = frozenset({"future", "hypothetical", "negated", "call"})
_OPERATION = frozenset(cue_words("mention_words", "operation"))


def _speaker(ctx: Ctx, pos: int, limit: int) -> dict | None:
    """«هدد وزير الدفاع التركي بشن…», «حذّر المبعوث الأممي من…»: the words after a threat verb up
    to its object (a word with ب, «من», «أن», or a stop word of the source grammar)."""
    toks = ctx.tokens[ctx.tok_of(pos):ctx.tok_of(pos) + 8]
    words: list = []
    for tok in toks:
        if tok.start < pos:
            continue
        f = ffold(tok.text)
        if tok.end > limit or not tok.text[:1].isalpha() or f in ctx.v.att_stop or f in _SPEAKER_STOP or \
                (words and f[:1] == "ب" and len(f) >= 3):
            break
        words.append(tok)
    if not words or len(words) > 6:
        return None
    return {"surface": ctx.text[words[0].start:words[-1].end], "start": words[0].start, "end": words[-1].end}


_SPEAKER_STOP = frozenset(cue_words("mention_words", "speaker_stop"))


def _office(word: str, speakers: frozenset[str]) -> bool:
    """«وزير», «والرئيس», «الوزارة»: the word, without a leading و or article, names an office."""
    for w in (word, word[1:] if word[:1] == "و" else ""):
        if w and (w in speakers or (w[:2] == "ال" and w[2:] in speakers)):
            return True
    return False


_PART_BREAKS = frozenset(cue_words("clause_words", "part"))


def parted(ctx: Ctx, lo: int, hi: int) -> bool:
    """A «فيما/بينما/في حين» between lo and hi: what follows is a story of its own. (tellings.cut differs on purpose:
    a join needs the last part word itself, and its joins.json list adds «كما», an «also» that may open another act.)"""
    return any(ffold(x.surface) in _PART_BREAKS for x in ctx.m["breaks"].starting(lo, hi))
