"""Incident resolution within one document: mentions -> incidents, every mention kept.

1. Deaths and injuries attach to the act that caused them: a casualty mention takes the nearest
   act of its sentence (types.json `acts`) unless a clause-break word («فيما», «بينما») parts them.
2. Acts told together are one incident: a territory change and the clashes it came through
   («سيطرت … بعد اشتباكات»), air and artillery strikes told as one attack («قصف مدفعي وغارات
   جوية»).
3. A mention joins an earlier incident of the same type when nothing contradicts it (figure,
   place, modality) and something ties it: the same sentence, the same non-null figure (a headline
   restated), or an anaphor (a definite noun with no new figure: «الهجوم», «الانشقاق»).
4. What a later part of a sentence or a later sentence tells (another incident, the other side's
   telling, a share, a report that goes on, the doer's own telling) is decided in tellings.py.
Only the last few incidents are compared, so the cost stays linear in the text.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Any, Callable

from ...arabic.normalize import fold_str
from . import arguments, bounds, clauses, frames, join_chooser, own_clause, rulings, tellings, toll_update, two_towns
from .context import Ctx
from .mentions import Mention
from .vocab import ffold, load_cues

_WINDOW = 8  # how many recent incidents a mention may join
_LEAD_REACH = 2  # sentences after a bare lead («انشقاق ضابط») in which its detailed telling may come
_REMOTE = tellings.REMOTE
_PART = frozenset(fold_str(w) for w in ("فيما", "بينما", "في حين", "كما"))
_PART_DEATHS = _PART | frozenset(fold_str(w) for w in ("قبل أن", "بعد أن"))
_ADDED = frozenset(fold_str(w) for w in ("إضافة إلى", "فضلاً عن", "فضلا عن"))  # (cues.json clause_breaks)


class Incident:
    __slots__ = ("mentions", "type", "deaths", "parts", "_main", "_best", "_round", "_dead", "_agg", "_days")

    def __init__(self, m: Mention) -> None:
        self.mentions = [m]
        self.type = m.type
        self.deaths: list[Mention] = []
        self.parts: list[Mention] = []  # later figures that break an aggregate down
        self._main: Mention | None = m
        # what join keeps up over the tellings (None: not kept, read over all tellings when asked)
        self._best: Mention | None = m  # the fullest telling
        self._round: list[Mention] | None = [m] if _round(m) else []  # the tellings with a round figure
        self._dead: bool | None = _dead_told(m)  # a figure of killed or injured told
        self._agg: bool | None = m.aggregate  # an aggregate telling
        self._days: dict[Any, list[Mention]] | None = {}  # the tellings dated by the text, by their day
        self._dated(m)

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        self.reset()

    def join(self, m: Mention) -> None:
        """add, keeping up in one step each what the join tests read over all tellings (resolve's join loop, where
        one incident told k times would otherwise read all k tellings for each one added: k^2). Exact while no
        telling already joined changes unless `changed` is called: resolve calls it where its loop changes one
        (its loop gives no joined telling a figure, a role, a death or an aggregate)."""
        self.mentions.append(m)
        self._main = None
        b = self._best
        if b is not None and _fullness(m) > _fullness(b):
            self._best = m  # (on a tie the earlier stays, as max over the list keeps the first)
        if self._round is not None and _round(m):
            self._round.append(m)
        if self._dead is False and _dead_told(m):
            self._dead = True
        if self._agg is False and m.aggregate:
            self._agg = True
        self._dated(m)

    def _dated(self, m: Mention) -> None:
        if self._days is not None and m.date[2] == "text":
            self._days.setdefault(m.date[0], []).append(m)

    def changed(self) -> None:
        """A telling already joined changed (its earlier, figure, place or date): what join keeps is read again over
        all tellings when next needed (the main read before stays until the next add, as ever)."""
        self._best = self._round = self._dead = self._agg = self._days = None

    def reset(self) -> None:
        """The tellings changed (one added, a list replaced): main is read again when next asked."""
        self._main = None
        self.changed()

    def rounds(self) -> list[Mention]:
        """The tellings whose figure is round (_round), in order."""
        return _kept(self._round, lambda: [o for o in self.mentions if _round(o)])

    def told_dead(self) -> bool:
        """A figure of killed or injured told with the incident so far (its tellings or their deaths)."""
        return _kept(self._dead, lambda: any(_dead_told(o) for o in self.mentions))

    def dated_apart(self, m: Mention) -> bool:
        """A telling dated by the text to a day other than m's, not the report of that act the day after
        (_dates_differ; m dated by the text): only the tellings of the other days are read."""
        days = self._days
        return _kept(None if days is None else any(
            not tellings.reported_after(o, m) for day, told in days.items() if day != m.date[0] for o in told),
            lambda: any(o.date[2] == "text" and o.date[0] != m.date[0] and not tellings.reported_after(o, m)
                        for o in self.mentions))

    def any_aggregate(self) -> bool:
        """A telling of the incident is an aggregate (a sum over a period)."""
        return _kept(self._agg, lambda: any(o.aggregate for o in self.mentions))

    @property
    def main(self) -> Mention:
        """The fullest telling. Remembered until a mention is added: later steps only give the
        main mention a place, which keeps it the fullest."""
        if self._main is None:
            b = self._best
            if b is None:
                b = self._best = max(self.mentions, key=_fullness)
            elif CHECK_BEST:
                assert b is max(self.mentions, key=_fullness), "Incident.join: a joined telling changed unseen"
            self._main = b
        return self._main


CHECK_BEST = False  # tests: what join keeps checked against a read over all tellings at each use


def _kept(kept: Any, read: Callable[[], Any]) -> Any:
    """What join kept, else a read over all tellings (under CHECK_BEST, both, compared)."""
    if kept is None:
        return read()
    if CHECK_BEST:
        assert kept == read(), "Incident.join: a joined telling changed unseen"
    return kept


def _dead_told(o: Mention) -> bool:
    return any(x.figure is not None and x.role in ("fatalities", "injured") for x in [o] + o.deaths)


def _round(m: Mention) -> bool:
    """A figure told round or open («نحو 70», «أكثر من 70»): one an exact count may make exact (_rounded_by)."""
    g = m.figure
    return g is not None and g.get("low") is not None and bool(g.get("approx") or g.get("high") is None)


def _fullness(m: Mention) -> tuple:
    return (not m.earlier, (m.figure is not None) * 2 + (m.place is not None) + (m.date[2] == "text"), -m.start)


def _told_before(ctx: Ctx, by_sent: dict[int, list[Mention]], si: int) -> int:
    """The sentence whose act a report going on in sentence si comes back to: the one before, or the one before
    that when the sentence between tells no act and no figure of its own («انفجرت سيارة مفخخة قرب مسجد المدينة.
    وأظهرت صور متداولة حطام السيارات. وقال مصدر طبي إن 11 شخصاً قتلوا»: a scene, then the toll)."""
    k = si - 1
    if k >= 1 and not any(x.type != "casualties" or x.figure is not None for x in by_sent.get(k, [])) and \
            by_sent.get(k - 1):
        return k - 1
    return k


def resolve(ctx: Ctx, ms: list[Mention]) -> list[Incident]:
    acts = ctx.v.acts
    by_sent: dict[int, list[Mention]] = {}
    for m in ms:
        by_sent.setdefault(m.si, []).append(m)
        m.report_day = tellings.report_day(ctx, m)
        tellings.date_recap(ctx, m)
        rs = tellings.recap_start(ctx, m) if m.recalled is None and m.date[2] != "text" and m.figure is None else -1
        if rs >= 0 and not tellings.recap_another(ctx, m) and not tellings.recap_of_a_report(ctx, m, rs):
            # (history unless it joins an act told before, _only_recalled; «وكانت عبوة أخرى قد انفجرت في المدينة
            # نفسها» names another act of the kind: an incident)
            m.recalled = "undated"
    for group in by_sent.values():
        _country_tolls(ctx, group)
        _failed_advances(ctx, group)
    ms = _attempt_only(ms)
    by_sent = {}
    for m in ms:
        by_sent.setdefault(m.si, []).append(m)
    for m in ms:
        if tellings.fight_led_to_taking(ctx, m, by_sent[m.si]):
            m.type = "territory_change"  # «دخلت وحدات الجيش مدينة X بعد معارك عنيفة»: the place taken
    ctx.memo["mentions_of"] = by_sent
    for m in ms:
        if m.aggregate and m.figure is not None and m.sub == "killed" and m.type in acts and \
                ffold(m.figure.get("counted") or "") not in ctx.v.acts_counted:  # («38 عملية اغتيال»: acts)
            # «تحييد 260 إرهابياً منذ انطلاق العملية»: the dead of a campaign summed over a period
            # are a toll, not one clash
            m.type, m.role = "casualties", "fatalities"
    means_of: dict[int, Mention | None] = {}
    for group in by_sent.values():
        told = [a for a in group if a.type in acts]
        for m in told:
            if clauses.kill_as_result(ctx, m, told):
                m.type, m.role = "casualties", "fatalities"  # «ما أسفر عن تحييد 28»: the act's dead
            elif m.figure is None and not m.deaths and clauses.serves(ctx, m, told) and \
                    not _other_doers(ctx, [x for x in told if x is not m and x.type != m.type], m):
                # «بعد هجوم بدأ بتفجير عربتين مفخختين», «اشتباكات ترافقت مع قصف مكثف على الحي»: the
                # means, the opening or the accompaniment of the act told before is part of its incident
                means_of[id(m)] = clauses.head_of(m, told)
        for m in group:
            arrest = _arrest_after_clash(ctx, m, group)
            if arrest is not None:
                means_of[id(m)] = arrest
    attached: set[int] = set()
    for si, group in by_sent.items():
        _running_tolls(ctx, group)
        for c in group:
            if c.type != "casualties":
                continue
            if toll_apart(ctx, c):
                continue  # «قُتل خمسة … في هجومين منفصلين»: the toll of separate incidents, no one act's dead
            if c.recalled == "dated":
                # «ويأتي القصف بعد يومين من مقتل أربعة عناصر بقذائف أطلقتها الفصائل قرب بلدة جورين»:
                # deaths recalled with their own day are their own act's (told right after them, its
                # means), never the news's
                own = _means_after(ctx, c, group)
                if own is not None:
                    own.deaths.append(c)
                    attached.add(id(c))
                continue
            cands = [a for a in group if a.type in acts and a.modality == c.modality
                     and a.aggregate == c.aggregate and (not _parted(ctx, a, c, _PART_DEATHS) or clauses.goes_with(ctx, c, a)
                                                         or _here(ctx, c, a))]
            if c.aggregate and cands:
                # «وثقت مقتل 300 مدني خلال الشهر، قضى معظمهم بالبراميل»: the causes of a toll summed
                # over a period are neither its owner nor incidents (clauses.cause_of)
                causes = [a for a in cands if clauses.cause_of(ctx, a, c)]
                attached.update(id(a) for a in causes)
                cands = [a for a in cands if a not in causes]
            # (an act told after the dead past «فيما/بينما» is a clause of its own, not theirs: «وقال ناشطون إن
            # عدد القتلى بلغ 22، فيما دمرت الغارات عشرة منازل»)
            own_acts = [a for a in group if a.type in acts and not (a.start > c.end and _parted(ctx, c, a, _PART_DEATHS))]
            if not cands and not own_acts:
                # «وأسفرت الهجمات عن مقتل 54», «قُتل اثنان على المحور ذاته»: the act told before
                s = ctx.sents[si]
                if ctx.m["anaphor_acts"].starting(s.start, s.end) or any(
                        _goes_on(ctx, s, x) for x in group if x.type == "casualties"):
                    # the lead act of the sentence before (not a part named in its breakdown)
                    cands = [a for k in (si - 1, si - 2) for a in by_sent.get(k, [])
                             if a.type in acts and a.modality == c.modality and a.aggregate == c.aggregate][:1]
            if not cands and not own_acts:
                # «انشق 11 مجنداً … وتعرضوا لإطلاق نار أدى إلى إصابة اثنين منهم»: the hurt of the people
                # counted before them
                cands = _of_them(ctx, c, group)
            if not cands:
                # «…، فيما قالت وزارة الدفاع الروسية إن طائراتها قتلت 40 مسلحاً»: the other side's count
                cands = tellings.counter_toll(ctx, c, group)
            if not cands and not own_acts and c.figure is not None and not c.aggregate and c.date[2] != "text" and \
                    tellings.counter_opened(ctx, c) and not tellings.own_phrase_place(ctx, c):
                # «… فقتلت 9 جنود وجرحت 11. أما الوكالة الرسمية فقالت إن 6 قتلوا», «في المقابل، ذكرت مصادر محلية أن
                # عدد القتلى بلغ تسعة»: the other side's count of the dead of the act told before, in a sentence of its
                # own that tells no act: that act's dead, its figure giving way to the one told first
                told = [a for k in range(si - 1, max(-1, si - 1 - _COUNTER_BACK), -1) for a in reversed(by_sent.get(k, []))
                        if a.type in tellings.FIGHT and a.modality == c.modality and not a.aggregate]
                if told and any(d.figure is not None for d in told[0].deaths):
                    cands = told[:1]
                    c.earlier = True
            if not cands and not own_acts and tellings.report_goes_on(ctx, c):
                # «… . وقال الناطق باسم الجبهة إن مقاتليها قتلوا أكثر من 30 عنصراً»: the report goes on,
                # the dead are the act's told in the sentence before
                # (not when an act there has dead of this kind already: a new toll, or another story)
                # (a protest fired on: its hurt told as the report goes on, when this sentence names no protest)
                kinds = tellings.FIGHT if any(x.type == "protest" for x in group) else tellings.HURT_IN
                before = [a for a in by_sent.get(_told_before(ctx, by_sent, si), []) if a.type in kinds and
                          a.modality == c.modality and not a.aggregate]
                # (the same figure told again, «قُتل 12 في هجوم… . وقال المرصد إن المهاجمين قتلوا 12», is a restatement)
                if not any(d.role == c.role and d.figure is not None and
                           not (c.figure is not None and _restates(d.figure, c.figure)) for a in before for d in a.deaths):
                    cands = before[:1]
            if not cands and not own_acts and c.aggregate and tellings.since_this_battle(ctx, c):
                # «سيطر التنظيم على مطار الطبقة بعد معارك… . وقال المرصد إن أكثر من 280 قتلوا منذ بدء الهجوم على
                # القاعدة الأسبوع الماضي»: the dead of the battle told before, counted since its onset a few days
                # back, are the taking's (or the clash's), not a toll summed over a period
                cands = [a for k in (si - 1, si - 2) for a in reversed(by_sent.get(k, []))
                         if a.type in ("territory_change", "armed_clash") and a.modality == c.modality and
                         not a.aggregate and not any(d.figure is not None and d.role == c.role for d in a.deaths) and
                         (c.place is None or a.place is not None and tellings.same_place(a.place, c.place))][:1]
                if cands:
                    c.aggregate = False
            if not cands and c.rubble:
                # «… . وانتشلت الفرق جثث ستة من تحت الأنقاض»: the dead of the strike told before
                cands = [a for k in range(si - 1, si - 1 - ctx.v.rubble_reach, -1) for a in reversed(by_sent.get(k, []))
                         if a.type in acts and a.modality == c.modality][:1]
            if not cands:
                # «أطلقت قوات الأمن النار على متظاهرين…، ما أدى إلى مقتل ثلاثة»: the protest's deaths
                cands = [a for a in group if a.type == "protest" and a.end <= c.prefix_start and
                         a.modality == c.modality and ctx.m["result"].starting(a.end, c.prefix_start + 1)]
            if not cands and c.figure is not None and ffold(c.figure.get("counted") or "") in \
                    tellings.joins_words("protesters") and not any(a.type in acts and a.type != "protest" for a in group):
                # «قُتل خمسة متظاهرين برصاص قوات الأمن التي أطلقت النار على مظاهرة خرجت من المسجد»: the protest's dead
                cands = [a for a in group if a.type == "protest" and a.modality == c.modality][:1]
            if not cands and not own_acts and not c.aggregate and c.recalled is None and not _time_of_another(ctx, c):
                # «لقي أربعة حتفهم حين فتحت قوات الأمن نيرانها على متظاهرين», «قُتل سبعة بنيران الأمن أثناء تفريق
                # تظاهرات», «فرّقت قوات الأمن بالرصاص متظاهرين، فأصيب عشرون»: the hurt by a force's fire told in a
                # protest's sentence, with no act of their own, fell at that protest: its dead (fire on a protest is
                # one protest event, README stop 30; «قُتل 17 خلال تظاهرات», no one firing, stays a toll: _setting)
                cands = sorted((a for a in group if a.type == "protest" and a.modality == c.modality and
                                not a.aggregate and _fired_on(a) and not _parted(ctx, a, c, _PART_DEATHS)),
                               key=lambda a: abs(a.start - c.start))[:1]
            if len(cands) > 1:
                # «… أدت إلى مقتل 12 عنصراً، فيما قُتل تسعة آخرون بغارة على بلدة صرين»: «others» after a part word
                # told with an act of their own clause (their means) are that act's dead, not more of the first's
                ce = ctx.clause(c.end)[1]
                theirs = [a for a in cands if c.end <= a.prefix_start < ce and not _parted(ctx, a, c, _PART_DEATHS)]
                if theirs and any(_parted(ctx, a, c, _PART_DEATHS) for a in cands if a not in theirs):
                    cands = theirs
            if cands:
                # «قصفت المدفعية البلدة، بعد اشتباك مع مسلحين، ما أدى إلى مقتل ستة»: an act told
                # as the time of another («بعد اشتباك») is not what the result clause goes back to
                cands = [a for a in cands if not _subordinate(ctx, a, c)] or cands
                # «اشتباكات في حي جوبر أسفرت عن مقتل سبعة، وأخرى في عين ترما»: the act told after the
                # deaths as another one is not theirs
                cands = [a for a in cands if not (a.another and a.start > c.start)] or cands
                # «… بعد يومين من سيطرة قوات النظام عليهما، في هجوم معاكس قتل خلاله 25»: an act recalled
                # with its own day owns only the dead of its own clause
                cands = [a for a in cands if not (a.recalled == "dated" and ctx.breaks_between(a.end, c.prefix_start))] \
                    or cands
                cands = tellings.since_owner(ctx, c, cands)  # «… منذ اندلاع المواجهات»: the clashes, not the taking
                a = clauses.owner(ctx, c, cands, [x for x in group if x.type in acts])
                a.deaths.append(c)
                attached.add(id(c))
            elif c.aggregate:
                # «ارتفع إلى 246 عدد القتلى منذ بدء التصعيد … جراء الغارات والقذائف»: the acts
                # named as the causes of a toll over a period are not one incident
                attached.update(id(a) for a in group if a.type in acts and a.anaphor and not a.places and
                                a.start > c.end and _caused_by(ctx, a))
    _hurt_with_the_dead(ctx, by_sent, acts, attached)
    ctx.memo["tolls_apart"] = {id(m) for m in ms if toll_apart(ctx, m)}  # (read by _joins: mostly none)
    incidents: list[Incident] = []
    tellings.mark_body_leads(ctx, ms)
    for m in ms:
        if id(m) in attached:
            continue
        target = None
        head = means_of.get(id(m))
        if head is not None:
            target = next((inc for inc in reversed(incidents[-_WINDOW:]) if head in inc.mentions), None)
            if target is not None and m.type == "explosion" and target.type not in ("territory_change", "explosion"):
                m.opened = True  # (an assault opened by a blast stays an armed clash; an attack by a bomb is the blast)
        for inc in reversed(incidents[-_WINDOW:]) if target is None else ():
            # (a later telling at a town of its own, the incident's body at another: two incidents, two_towns.py)
            # (a later mention in its sentence, in a clause of its own at a town of its own: another act, own_clause.py)
            said = own_clause.joins(ctx, inc, m, _joins(ctx, inc, m))
            if join_chooser.decide(ctx, inc, m, two_towns.joins(ctx, inc, m, said)):
                target = inc
                break
        whole = None if target is not None else (_aggregate_whole(incidents[-_WINDOW:], m) or
                                                 tellings.share_of(ctx, incidents[-_WINDOW:], m))
        total = None if target is not None or whole is not None else _detail_of(incidents[-_WINDOW:], m)
        if total is not None and _retold_finer(ctx, total, m):
            target, total = total, None
        if whole is not None:
            whole.parts.append(m)  # «تهدّم 200 ألف مبنى كلياً» after «نحو مليوني مبنى تضرر»
        elif total is not None:
            total.parts.extend(x for x in [m] + m.deaths if x.figure is not None)
        elif target is None:
            incidents.append(Incident(m))
        else:
            # its figure gives way to the later one (or, the other side's telling, to the first: tellings.py)
            m.earlier = m.earlier or _superseded(ctx, target, m)
            for o in _rounded_by(target, m):
                o.earlier = True  # «… ما يزيد على 52 ألف شخص. وأضاف أنه وثّق 52340 قتيلاً»: the exact count wins
                target.changed()
            target.join(m)
            target.type = "armed_clash" if m.opened or (m.type == "armed_clash" and target.type == "explosion" and
                                                        any(o.opened for o in target.mentions)) \
                else tellings.dominant(target.type, m.type) if not _advance_in_clash(ctx, target, m) else target.type
    for inc in incidents:
        inc.changed()  # (join's fullest is kept up only through the loop above, whose changes to tellings call it)
        for m in inc.mentions:
            inc.deaths.extend(m.deaths)
        if ctx.headline_ends and inc.mentions[0].start < ctx.headline_ends[0]:
            tellings.body_over_headline(inc, ctx.headline_ends[0])
        taken = [ffold(m.surface) for m in inc.mentions if m.type == "territory_change"]
        if inc.type == "territory_change" and any(m.type == "armed_clash" for m in inc.mentions) and \
                (all(w in ctx.v.withdrawal for w in taken) or inc.mentions[0].type == "armed_clash" and
                 any(w in ctx.v.withdrawal for w in taken) and
                 all(w in ctx.v.withdrawal or w in ctx.v.advance_words for w in taken)):
            # «انسحبوا من البلدة بعد اشتباكات قتل فيها تسعة»: the fighting; «هجوم … تمكنت خلاله الفصائل من التقدم
            # إلى تلة قبل أن تنسحب منها»: an attack whose advance was given up took nothing, a clash
            inc.type = "armed_clash"
        if _fight_told_alone(inc):
            inc.type = "armed_clash"
        if inc.type in acts and all(m.aggregate and m.anaphor for m in inc.mentions) and \
                any(d.figure is not None and d.role == "fatalities" and d.aggregate for d in inc.deaths) and \
                any(o is not inc and o.type == inc.type and o.mentions[0].si == inc.mentions[0].si and
                    o.mentions[0].start < inc.mentions[0].start for o in incidents):
            # «…، في حين وصل عدد ضحايا حملة البراميل منذ منتصف كانون الأول إلى أكثر من 700»: the dead
            # of a campaign named by its anaphor after an act of its kind in the sentence, summed over a
            # period, are a toll (an aggregate of casualties, as «تحييد 260 منذ انطلاق العملية» above)
            inc.type = "casualties"
            inc.mentions = sorted(inc.mentions + inc.deaths, key=lambda x: x.start)
            inc.deaths = []
            inc.reset()
    # «وكان الطيران قد ألقى براميل على قرية X، فقتل ثلاثة، تزامناً مع هجوم على قرية Y»: a recap told with its
    # figure is an incident, and so is the act told with it in its sentence (each at a place of its own)
    recapped = {m.si for inc in incidents if not _only_recalled(inc) for m in inc.mentions if m.recalled == "undated"}
    coded = _recalls_coded(ctx, incidents) if rulings.conf()["recalled"] else set()
    return _toll_parts(ctx, [inc for inc in incidents if not _only_recalled(inc) or id(inc) in coded or
                             all(m.si in recapped and m.recalled == "undated" for m in inc.mentions)])


def _recalls_coded(ctx: Ctx, incidents: list[Incident]) -> set[int]:
    """rulings.json `recalled` (the lead's stop-41 ruling): an incident told only in recaps («وكان/وكانت … قد») is
    coded when it is one act with a place of its own («وكان الطيران قد قصف البلدة الشهر الماضي»), unless an
    incident of its type told as news is already placed there (the same incident told again: the rules' joins
    took the recaps right after it), nor when it is told over a vague past or a period («طوال سنوات»). Every recap's record (kept for its figure as well) is background, with no
    date when the text gives no day. Returns the ids of the incidents kept."""
    c = rulings.conf()
    placed = {(o.type, clauses.place_key(x.place)) for o in incidents if not _only_recalled(o)
              for x in o.mentions if x.place is not None and x.recalled is None}
    out = set()
    for inc in incidents:
        if not all(m.recalled == "undated" for m in inc.mentions):
            for m in inc.mentions:
                if m.recalled == "undated" and m.date[2] == "text" and m.date[1] != "day":
                    m.date = (None, None, "none")  # (a recap's year or month joined to the news dates no news)
            continue  # (told as news too, or as history, «في المعارك الأخيرة»: the rules decide)
        for m in inc.mentions + inc.deaths:
            m.background = True
            if not (m.date[2] == "text" and m.date[1] == "day"):
                m.date = (None, None, "none")  # (not the page's day: the text gives the recalled act none)
        if _only_recalled(inc):
            own = next((m.place for m in inc.mentions if m.place is not None), None)
            if own is not None and (own.get("kind") or own.get("level")) not in c["wide_kinds"] and \
                    (inc.type, clauses.place_key(own)) not in placed and \
                    not any(frames.recall_is_vague(ctx, m, c["period_words"]) or rulings.not_one_act(ctx, m)
                            for m in inc.mentions):
                out.add(id(inc))
    return out


def _fight_told_alone(inc: Incident) -> bool:
    """joins.json `fight_told_alone`: «دارت في المدينة مواجهات أودت بحياة ثلاثة. … وسيطرت القوات على قرية
    مجاورة»: an incident typed a taking (tellings.dominant: a taking over its fighting) whose fullest telling —
    the one that gives the record its place and figure — is a fight, with no taking of the incident told in that
    telling's sentence, records the fight: the taking came from another sentence, so the place and the dead the
    record carries are the fight's, and the gold codes them as an armed clash. A taking told with its fight in
    one sentence («انتزعوا البلدة بعد معارك ضارية قُتل فيها عشرة») keeps the taking's type."""
    if inc.type != "territory_change" or not tellings.switched("fight_told_alone"):
        return False
    main = inc.main
    return main.type == "armed_clash" and \
        not any(m.type == "territory_change" and m.si == main.si for m in inc.mentions)


def _hurt_with_the_dead(ctx: Ctx, by_sent: dict[int, list[Mention]], acts, attached: set[int]) -> None:
    """«ووثّقت الشبكة سقوط 77 قتيلاً، فضلاً عن جرح 200», «سقط 12 متظاهراً قتلى بنيران الأمن، فيما جُرح أكثر من 30
    آخرين»: the wounded told right after the killed of their sentence (no act, no other death between them, no place
    of their own elsewhere) are the same toll's: they go where the killed went (the act that owns them, or the toll
    itself), never a `casualties` event of their own."""
    owner_of = {id(d): a for g in by_sent.values() for a in g if a.type in acts for d in a.deaths}
    earlier: tuple[list[int], list[float]] | None = None  # read once, when first asked (most items never ask)
    for group in by_sent.values():
        for i, c in enumerate(group):
            if c.type != "casualties" or id(c) in attached or c.role != "injured" or c.aggregate or c.deaths:
                continue
            k = next((x for x in reversed(group[:i]) if x.type == "casualties" or x.type in acts), None)
            if k is not None and k.type in acts and _also_hurt(ctx, k, c, group[i + 1:], acts):
                k.deaths.append(c)  # «وخلّف القصف أضراراً مادية، كما جُرح شخص»: the act's own hurt
                attached.add(id(c))
                continue
            if k is None or k.type != "casualties" or k.role not in ("fatalities", "both") or \
                    k.modality != c.modality or k.aggregate or any(d.role == "injured" for d in k.deaths):
                continue
            if c.place is not None and (k.place is None or not tellings.same_place(k.place, c.place)):
                continue  # («قُتل خمسة في حمص، فيما جُرح عشرة في حماة»: another place, another toll)
            owner = owner_of.get(id(k))
            if owner is not None and any(d.role == "injured" and d is not c for d in owner.deaths):
                continue
            if owner is None:
                earlier = earlier or _earlier_tolls(by_sent)
                if _part_of_an_earlier_toll(k, earlier):
                    continue  # («مقتل 41 … . وأشار إلى أن الحصيلة تشمل ستة معتقلين قضوا…، فيما أصيب 17»: the month's)
            (owner or k).deaths.append(c)
            attached.add(id(c))


def _earlier_tolls(by_sent: dict[int, list[Mention]]) -> tuple[list[int], list[float]]:
    """The tolls' sentences in order and the largest figure told up to each: built once, so asking for every wounding
    of a long item stays linear."""
    pairs = sorted((m.si, (m.figure or {}).get("low") or 0) for g in by_sent.values() for m in g
                   if m.type == "casualties")
    best: list[float] = []
    for _, low in pairs:
        best.append(max(low, best[-1]) if best else low)
    return [si for si, _ in pairs], best


def _part_of_an_earlier_toll(k: Mention, earlier: tuple[list[int], list[float]]) -> bool:
    """A toll told in an earlier sentence with a larger figure than k's: k may be its part (_toll_parts decides)."""
    low = (k.figure or {}).get("low")
    if low is None:
        return False
    sis, best = earlier
    i = bisect_left(sis, k.si)
    return i > 0 and best[i - 1] > low


def _also_hurt(ctx: Ctx, a: Mention, c: Mention, after: list[Mention], acts) -> bool:
    """A wounding joined to the act told before it in its sentence by «كما» alone (additive, not «فيما/بينما»),
    with no act after it in its clause and no place of its own: the act's hurt («كما جُرح شخص واحد»)."""
    breaks = [ffold(x.surface) for x in ctx.m["breaks"].starting(a.end, c.prefix_start)]
    if not breaks or any(b not in _ALSO for b in breaks) or a.modality != c.modality or a.aggregate:
        return False
    if c.place is not None and (a.place is None or not tellings.same_place(a.place, c.place)):
        return False
    ce = ctx.clause(c.end)[1]
    return not any(x.type in acts and x.start < ce for x in after)


_ALSO = frozenset(fold_str(w) for w in ("كما",))


def _advance_in_clash(ctx: Ctx, inc: Incident, m: Mention) -> bool:
    """«هجوم شنته الفصائل على مواقع القوات… . وتمكنت خلال الهجوم من التقدم إلى تلة قبل أن تنسحب منها»: an
    advance or a withdrawal told in a clash (its first telling a clash) is how the fighting went, not a taking:
    the clash keeps its type until a taking is told («وسيطرت على البلدة»)."""
    w = ffold(m.surface)
    return inc.type == "armed_clash" and m.type == "territory_change" and inc.mentions[0].type == "armed_clash" and \
        (w in ctx.v.advance_words or w in ctx.v.withdrawal)


def _other_doers(ctx: Ctx, ms: list[Mention], m: Mention) -> bool:
    """m names a doer of its own right by it (a known force: «قصف مدفعي لقوات النظام») and the acts ms name
    doers right by them, none of them m's."""
    mine = _own_agents(ctx, m)
    return bool(mine) and bool(theirs := {c for o in ms for c in _own_agents(ctx, o)}) and not mine & theirs


def _own_agents(ctx: Ctx, m: Mention) -> set[str]:
    """The known doers named right by m: just after it («شنّ الطيران الحربي الروسي», «قصف مدفعي لقوات
    النظام») or just before it («قوات النظام قصفت»), with no clause break between."""
    out = set()
    for a in m.actors:
        if a["role"] != "agent" or not a.get("canonical") or "start" not in a:
            continue
        lo, hi = (m.end, a["start"]) if a["start"] >= m.end else (a["end"], m.prefix_start)
        if a["start"] < m.end and a["end"] > m.start or \
                lo <= hi and ctx.words_between(lo, hi) <= 1 and not ctx.breaks_between(lo, hi):
            out.add(a["canonical"])
    return out


def _only_recalled(inc: Incident) -> bool:
    """«جثث عناصر قتلوا في المعارك الأخيرة»: an act told only as history and with no figure names
    no incident (the date of its sentence is another act's); so does an act told only in a recap «وكان/وكانت … قد»
    with no day or figure of its own, that joined no act told before («وكانت المدينة قد شهدت معارك عنيفة استمرت
    أشهراً»: background)."""
    return all(m.recalled in ("history", "undated") for m in inc.mentions) and \
        not any(x.figure is not None for m in inc.mentions for x in [m] + m.deaths)


def _country_tolls(ctx: Ctx, group: list[Mention]) -> None:
    """«وثقت الشبكة مقتل 45 مدنياً في سوريا أمس», «قُتل 38 في مختلف المحافظات برصاص الأمن
    والقصف»: deaths counted over the whole country (the place is the country, or cues.json
    `country_wide` words name all of it) are a toll summed over an area, an aggregate
    with no place; not one act placed at «سوريا». Not when an act of the sentence has a place
    of its own inside the country (then the deaths are that act's)."""
    for m in group:
        if m.type != "casualties" or m.aggregate or m.figure is None or m.role not in ("fatalities", "injured", "both"):
            continue
        country = m.place is not None and (m.place.get("kind") or m.place.get("level")) == "country" and \
            m.place.get("country") in (None, "SYR", "Syria")
        wide = _country_wide(ctx, m)
        if not country and not wide:
            continue
        wide = wide and _country_wide(ctx, m, strict=True)  # («في أنحاء مدينة دوما»: a town's, not the country's)
        # («قُتل 45 شخصاً في سوريا أمس بغارات على مدينة حلب»: the country named as where they fell, the
        # act's place inside it: that act's dead; «قُتل 127 في أنحاء متفرقة من البلاد، … حيث قضى 13 في
        # غارة على حي X»: deaths counted across the country are a sum whatever act of one place follows)
        own_dead = [c for c in group if c is not m and c.type == "casualties" and c.start > m.end and
                    not c.aggregate and c.role in ("fatalities", "injured", "both")]
        if not wide and any(a is not m and a.type in ctx.v.acts and a.place is not None and
                            (a.place.get("kind") or a.place.get("level")) != "country" and
                            clauses.same_story(ctx, a, m) and not any(c.end <= a.prefix_start for c in own_dead)
                            for a in group):
            continue  # (an act told with its own dead after the sum, «بينهم 20 سقطوا في غارة على X», is a part)
        m.aggregate = True
        m.places, m.place = [], None
        if m.date[2] == "text" and m.date[1] == "day":
            m.period = {"start": m.date[0], "end": m.date[0]}
        for c in own_dead:
            _part_as_figure(ctx, m, c)


def _part_as_figure(ctx: Ctx, whole: Mention, c: Mention) -> None:
    """«قُتل 70 في أنحاء البلاد، بينهم 11 قضوا بغارات على أريحا»: the part of a sum told right before a
    death verb of its own is the figure of those dead (of the act they fell in), and stays a part of the sum."""
    if c.figure is not None:
        return
    for b in whole.breakdown:
        if "end" in b and b["end"] <= c.prefix_start and ctx.words_between(b["end"], c.prefix_start) <= 2 and \
                not ctx.breaks_between(b["end"], c.prefix_start):
            q = next((q for q in ctx.quants.between(b["start"], b["end"]) if q["start"] == b["start"]), None)
            if q is not None:
                c.figure = bounds.bound(ctx, q)
            return


def _failed_advances(ctx: Ctx, group: list[Mention]) -> None:
    """types.json territory_change.failed_advance: «مقتل 11 عنصراً … خلال محاولتها التقدم نحو قرية
    الحويز»: an advance tried (attempted) that cost lives told in its sentence, or that was
    repelled, is fighting that happened: an asserted armed clash (the deaths then attach to it)."""
    v = ctx.v
    for m in group:
        if m.type != "territory_change" or m.modality not in ("attempted", "asserted") or \
                ffold(m.surface) not in v.advance_words:
            continue
        hurt = m.modality == "attempted" and any(
            c.type == "casualties" and c.modality == "asserted" and c.figure is not None for c in group)
        if hurt or _repelled(ctx, m):
            m.type, m.modality, m.sub = v.failed_advance_as, "asserted", None


def _repelled(ctx: Ctx, m: Mention) -> bool:
    """«تصدت الفصائل أمس لتقدم القوات», «أحبطت الجهات المختصة محاولة تسلل…» (a repel word ≤ 4
    words before, in its clause), «محاولات تقدم … ، تصدت لها الفصائل» (a repel word with a pronoun
    of the advance ≤ `repelled_reach` words after it, in its sentence)."""
    v = ctx.v
    cs = ctx.clause(m.start)[0]
    if any(_repel(w, v) for w in ctx.words_before(m.prefix_start, 4, floor=cs)):
        return True
    after = [w for w in ctx.words_after(m.end, v.repelled_reach + 2, limit=ctx.sents[m.si].end) if w[:1].isalpha()]
    return any(_repel(w, v) and i + 1 < len(after) and after[i + 1] in _ITS for i, w in enumerate(after))


def _repel(w: str, v) -> bool:
    return w in v.repel_words or w.lstrip("و") in v.repel_words or w.lstrip("ف") in v.repel_words


_ITS = frozenset(fold_str(w) for w in ("لها", "له", "لهم", "لهما", "لهن"))


def _attempt_only(ms: list[Mention]) -> list[Mention]:
    """types.json failed_advance `attempt_only`: «تسلل» is an event only as a repelled or costly
    attempt (then a clash, above); told alone it is dropped."""
    return [m for m in ms if m.sub != "attempt_only"]


def _country_wide(ctx: Ctx, m: Mention, strict: bool = False) -> bool:
    """A country_wide cue in m's clause; strict: one not followed by a place inside the country right after it
    («في أنحاء متفرقة من البلاد», not «في أنحاء مدينة دوما», «في عموم ريف إدلب»)."""
    cs, ce = ctx.clause(m.start)
    cues = ctx.m["country_wide"].starting(cs, ce)
    if not strict:
        return bool(cues)
    for c in cues:
        p = ctx.places.first_after(c.end, min(ce, c.end + 40))
        if p is None or (p.get("kind") or p.get("level")) == "country" or ctx.words_between(c.end, p["start"]) > 3:
            return True
    return False


_TIME_OF = frozenset(fold_str(w) for w in ("بعد", "عقب", "إثر", "اثر", "قبل", "إبان", "ابان"))


def _subordinate(ctx: Ctx, a: Mention, c: Mention) -> bool:
    """An act noun right after «بعد/عقب/قبل», before a result clause («ما أدى إلى…») that
    follows it."""
    if a.pos != "noun" or a.end > c.prefix_start:
        return False
    return _time_of_another(ctx, a) and bool(ctx.m["result"].starting(a.end, c.prefix_start))


def _caused_by(ctx: Ctx, a: Mention) -> bool:
    """A cause word («جراء», «بسبب», «نتيجة»…) right before the act noun (or before the act it
    is joined to by و)."""
    before = ctx.words_before(a.prefix_start, 3)
    return any(w in ctx.v.cause_preps for w in before[-1:]) or \
        (bool(before) and ctx.text[a.prefix_start:a.start].startswith("و") and
         any(w in ctx.v.cause_preps for w in before))


def _goes_on(ctx: Ctx, s, c: Mention) -> bool:
    """«… . وأسفر ذلك عن مقتل سبعة», «… . وقُتل في الغارات خمسة»: a sentence opened by a result
    verb, or by the death verb itself joined with و and naming no place of its own, goes on with
    the act told just before: its deaths are that act's."""
    if ctx.m["result"].starting(s.start, s.start + 3):
        return True
    if c.pos != "verb":
        return False
    if c.prefix_start - s.start <= 1 and ctx.text[c.prefix_start:c.start].startswith("و") and c.place is None:
        return True
    # «… . كما أصيب ستة آخرون بجروح», «وأصيب 14 آخرون»: the hurt counted as «others» of the dead told before
    opener = ctx.words_before(c.prefix_start, 2, floor=s.start)
    if not (c.prefix_start - s.start <= 1 and ctx.text[c.prefix_start:c.start].startswith("و") or
            opener and opener == [_AS_WELL]):
        return False
    return c.figure is not None and bool(ctx.words_after(c.figure["end"], 1, limit=s.end)) and \
        ctx.words_after(c.figure["end"], 1, limit=s.end)[0] in tellings.joins_words("others")


_AS_WELL = fold_str("كما")


_COUNTER_BACK = 2  # sentences back to the act whose dead the other side counts in a sentence of its own
_TOLL_REACH = 2  # sentences after a toll in which a placeless, dateless death count is a part of it


def _running_tolls(ctx: Ctx, group: list[Mention]) -> None:
    """«ارتفعت إلى N قتيلاً حصيلة المعارك الجارية في X منذ يوم Y», «سقوط أكثر من N قتيل في المواجهات المستمرة في X
    منذ أيام»: the dead of a fight running over a period, named by the toll's own phrase, are that fight's running
    toll (one aggregate of the act); so are the toll's own nouns before the act («عدد ضحايا المواجهات», «في حصيلة
    نشرها السبت، سقوط…»). group: one sentence's mentions."""
    for c in group:
        running = _running_setting(ctx, c, group) if c.type == "casualties" else None
        if running is None:
            continue
        for x in group:
            if x.type == "casualties" and (c.start <= x.start or x.figure is None) and x.start < running.prefix_start:
                x.aggregate, x.period = True, running.period


def _running_setting(ctx: Ctx, c: Mention, group: list[Mention]) -> Mention | None:
    """The act c's toll names as its own setting, when that act runs over a period and c does not: right after c's
    figure or its noun, past only a toll noun («203 قتلى حصيلة المعارك», «58 قتيلاً عدد ضحايا المواجهات») or a cause
    word («ألف قتيل في المواجهات التي…»), with no break between (cues.json toll_update `toll_nouns`, hurt_nouns
    `construct`, cause_preps)."""
    if c.aggregate or c.figure is None or c.role not in ("fatalities", "both"):
        return None
    lo = max(c.end, c.figure["end"])
    for a in group:
        if a.start < lo or not a.aggregate or a.type not in ctx.v.acts or a.modality != c.modality or not a.period:
            continue
        ws = ctx.words_before(a.prefix_start, _SETTING_REACH + 1, floor=lo)
        if ws and len(ws) <= _SETTING_REACH and not ctx.breaks_between(lo, a.prefix_start) and \
                all(w in _TOLL_NOUNS or w in ctx.v.cause_preps for w in ws):
            return a
        return None  # (only the first running act of the toll's modality after it)
    return None


_SETTING_REACH = 2  # words between a toll and the act it names («حصيلة المعارك», «في المواجهات»)
_TOLL_NOUNS = frozenset(fold_str(w) for w in load_cues().get("toll_update", {}).get("toll_nouns", []) +
                        load_cues().get("hurt_nouns", {}).get("construct", []) if " " not in w)


def _deaths_low(inc: Incident) -> float | None:
    for m in inc.mentions + inc.deaths:
        if m.figure is not None and m.role == "fatalities":
            return m.figure.get("low")
    return None


def _toll_parts(ctx: Ctx, incidents: list[Incident]) -> list[Incident]:
    """«قُتل نحو 180 شخصاً في مناطق متفرقة خلال يوم… . وأضاف أن 41 عنصراً قُتلوا بعبوات…»: after a
    death toll summed over a day or an area (an aggregate), deaths told with no place and no date
    of their own, fewer than the toll, are a part of it (its breakdown), not another incident; a
    count with a place of its own («ستة مقاتلين … قرب المطار») is an incident of its own. The same holds for a
    tally of arrests or defections over a period and the smaller counts of its kind after it, and for the shares a
    whole is spread over («وتوزع … بين …»: arguments.shared_out), whatever their noun."""
    out: list[Incident] = []
    toll: tuple[Incident, float, int] | None = None
    tally: tuple[Incident, float, int] | None = None
    for inc in incidents:
        ms = inc.mentions + inc.deaths
        low = _deaths_low(inc)
        count = _low(inc.mentions, "count") if inc.type in _CAMPAIGNS else None
        if count is not None and any(m.aggregate for m in inc.mentions):
            if tally is None or tally[0].type != inc.type or count >= tally[1] or \
                    min(m.si for m in ms) - tally[2] > _TOLL_REACH:
                tally = (inc, count, max(m.si for m in ms))
            out.append(inc)
            continue
        if tally is not None and count is not None and inc.type == tally[0].type and count < tally[1] and \
                min(m.si for m in ms) - tally[2] <= _TOLL_REACH and \
                not any(m.aggregate or _own_day(ctx, tally[0], m) or any(not _coarse(p) for p in m.all_places)
                        for m in ms) and all(m.modality == "asserted" for m in ms):
            # «رصدت الشبكة 213 عملية اعتقال خلال الشهر … . وحمّل التقرير «قسد» مسؤولية 107 حالات …، فيما اعتقلت هيئة تحرير
            # الشام تسعة أشخاص»: a smaller count of the same kind of act after a tally over a period, with no day and no
            # town of its own, is the tally's share (by doer, by kind), not an act
            tally[0].parts.extend(m for m in ms if m.figure is not None)
            tally = (tally[0], tally[1], max(tally[2], max(m.si for m in ms)))
            continue
        if (inc.type == "casualties" or inc.type in ctx.v.acts and inc.main.aggregate) and low is not None and \
                any(m.aggregate for m in inc.mentions):
            # (a smaller sum told within the reach of a larger one, «إضافة إلى 6 ضحايا قضوا بسبب التعذيب», is a sum
            # of its own: the larger stays the toll whose breakdown the report goes on with)
            if toll is None or low >= toll[1] or min(m.si for m in ms) - toll[2] > _TOLL_REACH:
                toll = (inc, low, max(m.si for m in ms))
            out.append(inc)
            continue
        whole = next((o for o in reversed(out[-_WINDOW:]) if any(x.figure is not None for x in o.mentions + o.deaths)),
                     None) if all(arguments.shared_out(ctx, m) for m in ms) else None
        if whole is not None and 0 <= min(m.si for m in ms) - max(x.si for x in whole.mentions + whole.deaths) <= \
                _TOLL_REACH:
            # «… إن 145 شخصاً قُتلوا اليوم. … ووزعت الشبكة الحصيلة على المحافظات: 38 لدمشق، … و10 لحمص، وقتيلاً واحداً
            # للاذقية», «وتوزعت المجازر بين X (N) وY (M)»: the shares a whole told before is spread over
            # (by place, side or doer) are its parts, whatever their noun names
            whole.parts.extend(m for m in ms if m.figure is not None)
            continue
        if toll is not None and low is not None and low < toll[1] and \
                min(m.si for m in ms) - toll[2] <= _TOLL_REACH and \
                not any(m.aggregate or m.places and not _share_place(toll[0], inc, m) or _own_day(ctx, toll[0], m)
                        for m in ms) and \
                not any(m.figure is not None and m.role != "fatalities" for m in ms) and \
                all(m.modality == "asserted" for m in ms):
            toll[0].parts.extend(m for m in ms if m.figure is not None)
            # (a report that breaks its toll down sentence after sentence: «وبحسب التقرير، قتلت قوات النظام 1707… .
            # وتسببت المواجهات بمقتل 417… . وأشار التقرير إلى مقتل 28…»: the reach runs from its last part)
            toll = (toll[0], toll[1], max(toll[2], max(m.si for m in ms)))
            continue
        out.append(inc)
    return out


def _own_day(ctx: Ctx, toll: Incident, m: Mention) -> bool:
    """m is dated by the text to a time of its own: not the toll's period, not the day the report came out («وبيّن
    تقرير الشبكة الذي صدر اليوم أن قوات النظام قتلت 21»)."""
    if m.date[2] != "text" or m.report_day or m.date[0] == (ctx.published or "")[:10]:
        return False
    return not any(o.date[2] == "text" and o.date[0] == m.date[0] for o in toll.mentions)


def _share_place(toll: Incident, inc: Incident, m: Mention) -> bool:
    """A toll of the dead alone («قُتل فيها 13 شخصاً») at a governorate or a region, under a toll over the country or
    over no place: a share of the sum by place («وتصدّرت دير الزور المحافظات … وقُتل فيها 13»), not an incident."""
    if inc.type != "casualties" or not all(_coarse(p) and (p.get("kind") or p.get("level")) != "country"
                                           for p in m.all_places):
        return False
    return all((p.get("kind") or p.get("level")) == "country" for o in toll.mentions for p in o.all_places)


_CAMPAIGNS = frozenset({"arrest", "defection", "desertion"})  # a total told first, then where
_DETAIL_REACH = 3  # sentences after a regional toll in which its details are told


def _low(ms, role: str) -> float | None:
    for x in ms:
        for y in [x] + x.deaths:
            if y.figure is not None and y.role == role:
                return y.figure.get("low")
    return None


def _detail_of(recent: list[Incident], m: Mention) -> Incident | None:
    """«قُتل 11 مدنياً في غارات على محافظة إدلب… . وأفاد المرصد عن قصف على قرية دير شرقي… ما
    تسبب بمقتل سبعة», «اعتقال 54 شاباً من ريف دمشق… . داهم بلدة ببيلا واعتقل منها 30»: a later
    telling of the same kind of act, at a place inside the governorate or region where a larger
    figure was told (or at no place), with a smaller figure of the same kind and no other date, is
    a detail of that total (its breakdown), not a second incident to add to it."""
    if m.list_of is not None or m.aggregate or m.modality != "asserted":
        return None
    role = "fatalities" if _low([m], "fatalities") is not None else "count"
    if role == "count" and m.type not in _CAMPAIGNS:
        return None  # «وقفات احتجاجية مماثلة في بلدتي…»: other protests, not parts of the first
    mine = _low([m], role)
    if mine is None and (m.figure is not None or m.anaphor or (m.type not in _REMOTE and m.type not in _CAMPAIGNS)):
        return None
    for inc in reversed(recent):
        if inc.type != m.type and not {inc.type, m.type} <= set(_REMOTE):
            continue
        lead = inc.mentions[0]
        place = next((o.place for o in inc.mentions if o.place), None)
        theirs = _low(inc.mentions, role)
        if place is None or not _coarse(place) or theirs is None or inc.any_aggregate() or \
                lead.modality != "asserted" or not 0 < m.si - inc.mentions[-1].si <= _DETAIL_REACH:
            continue
        if m.place is not None and not _coarse(m.place) and any(
                o.place is not None and not _coarse(o.place) and not tellings.same_place(o.place, m.place)
                for o in inc.mentions):
            # «قُتل 11 ببراميل على حي الشعار… . وفي حي الصالحين، قُتل ثلاثة ببرميل»: an incident told at a town or
            # a quarter has no breakdown at another: the second is an act of its own (a headline's total, «14
            # مدنياً في حلب», sums the two)
            continue
        if mine is not None and mine >= theirs:
            continue
        if m.place is not None and not (clauses.place_key(m.place) == clauses.place_key(place) or (
                place.get("admin1_en") and m.place.get("admin1_en") == place.get("admin1_en")) or (
                not place.get("admin1_en") and (place.get("kind") or place.get("level")) == "country")):
            continue
        if _dates_differ(inc, m):
            continue
        return inc
    return None


def _retold_finer(ctx: Ctx, total: Incident, m: Mention) -> bool:
    """«فككت القوات خلية في محافظة X، وألقت القبض على N من أفرادها. … داهمت الوحدات وكراً في مدينة Y»: a
    detail with no figure of its own, at a town inside the area where the act was told with its figure, is no part
    of a breakdown (a part is counted): it is the act told again where it happened, one incident. Not when its
    sentence goes on to count that town's share («داهمت بلدة يلدا واعتقلت منها 25»: a part, told by its raid)."""
    return m.place is not None and not _coarse(m.place) and m.type == total.type and not any(
        x.figure is not None for o in ctx.memo["mentions_of"].get(m.si, ()) if o.type == m.type
        for x in [o] + o.deaths)


def _aggregate_whole(recent: list[Incident], m: Mention) -> Incident | None:
    """An earlier aggregate of the same type counting the same noun, larger than m's figure (m is a share of it)."""
    if m.figure is None or m.figure.get("low") is None or m.list_of is not None:
        return None
    for inc in reversed(recent):
        if inc.type != m.type:
            continue
        if not m.aggregate and m.date[2] == "text" and m.date[1] == "day" and m.place is not None and \
                not any(o.place is not None for o in inc.mentions):
            # «… إن 120 ألف لاجئ عادوا هذا العام. وذكرت أن 250 منهم دخلوا أمس عبر معبر X»: an act of its own
            # day at a place of its own, under a sum over a period told at no place, is the day's act, not a share
            continue
        for o in inc.mentions:
            if o.aggregate and o.figure is not None and o.role == m.role and \
                    _noun(o.figure) == _noun(m.figure) and (o.figure.get("low") or 0) > m.figure["low"]:
                return inc
    return None


def _noun(q: dict) -> str:
    return ffold(q.get("counted") or "")


def _parted(ctx: Ctx, a: Mention, b: Mention, words: frozenset[str] | None = None) -> bool:
    """A clause-break word («فيما», «بينما», «في حين») between two mentions of one sentence."""
    words = words or _PART
    lo, hi = min(a.end, b.end), max(a.prefix_start, b.prefix_start)
    return any(ffold(x.surface) in words for x in ctx.m["breaks"].starting(lo, hi))


def _joins(ctx: Ctx, inc: Incident, m: Mention) -> bool:
    if m.list_of is not None or inc.main.list_of is not None:
        return False  # each place of a list is its own member of the group
    if _sum_of_its_own(inc, m):
        return False  # «… . وبهذا يصل عدد الغارات على البلدة منذ مطلع الشهر إلى 40»: a sum over a period of its own
    apart = ctx.memo.get("tolls_apart")
    if apart and (inc.type in ctx.v.acts or m.type in ctx.v.acts) and \
            (id(m) in apart or any(id(o) in apart for o in inc.mentions)):
        return False  # «قُتل خمسة في هجومين منفصلين. … الهجوم الأول طال…»: the toll of both is neither act's
    if _dated_opening(ctx, inc, m):
        return False  # «… . وفي الـ22 من آب الماضي أصاب استهداف بمسيّرة عربة…»: a sentence opened on a day of its own
    last = inc.mentions[-1]
    same_sent = last.si == m.si
    types = {inc.type, m.type}
    if tellings.headline_again(ctx, inc, m):
        if m.place is not None and not _places(inc, m, True):
            # «عقيد ينشق ويصل إلى تركيا» over «أعلن العقيد انشقاقه عن الفرقة المتمركزة في مدينة قطنا»: the body
            # tells where; a headline's other place is where he went, or a place its other act took
            for o in inc.mentions:
                o.places, o.place = [], None
            inc.changed()
        # «مقتل 10 مدنيين بغارات على ريف إدلب» (a headline line), then the body's first telling of that
        # kind of act with its own count («قُتل 12 مدنياً…»): one incident, the body's figure kept
        inc.type = m.type  # (the body says which strike the headline's «قصف» was)
        return True
    if tellings.headline_dead_again(ctx, inc, m) and _figures(inc, m)[0] and \
            (m.place is None or not any(o.place for o in inc.mentions) or _places(inc, m, False)):
        # «صواريخ تصيب مستشفى في ريف إدلب.. ومنظمة طبية: تسعة قتلى» (a headline line), then «… أصابت مستشفى في بلدة
        # كفرنبل، ما أسفر عن مقتل تسعة»: the deaths of the headline and the act of the lead are one incident, the act's
        inc.type = m.type if m.type != "casualties" else inc.type
        return True
    if inc.type == m.type and m.place is not None and _places(inc, m, same_sent) != "same" and \
            tellings.similar_after(ctx, m):
        return False  # «… . كما شهدت مدينة بنش مظاهرة مماثلة»: another act of the kind, at a place of its own
    if same_sent and tellings.apart(ctx, inc, last, m):
        # «…، كما نظم أهالي بلدة X وقفة», «فيما أعلن الجيش أنه شن في اليوم ذاته غارات», running clashes
        # and a town taken in their sentence: another incident (tellings.py)
        return False
    if same_sent and inc.type == "territory_change" and m.type == "armed_clash" and not _parted(ctx, last, m) and \
            not _two_days(ctx, inc, m) and tellings.fight_led_to_told(ctx, inc, m):
        # «بسطت القوات سيطرتها على قرى في منطقة X، إثر مواجهات»: the fight the taking came through; where the
        # taking names its places, the fight's (the area around them) is none of the record's
        if any(o.places for o in inc.mentions):
            m.places, m.place = [], None
        return True
    if same_sent and inc.type == m.type == "territory_change" and m.figure is None and last.modality == m.modality and \
            ffold(m.surface) in ctx.v.withdrawal and \
            set(ctx.words_after(m.end, _FROM_IT_REACH, limit=ctx.clause(m.end)[1])) & _FROM_IT:
        # «سيطرت الفصائل على المدينة بعد ساعات من انسحاب ما تبقى من قوات النظام منها»: the losers' withdrawal from the
        # place taken («منها»), told as the taking's time, is the taking's other side, not an act of its own
        return True
    if same_sent and inc.type == m.type == "territory_change" and m.figure is None and last.modality == m.modality and \
            m.recalled == "dated" and ffold(last.surface) in ctx.v.withdrawal and ffold(m.surface) not in ctx.v.withdrawal \
            and (m.place is None or _places(inc, m, True) == "same"):
        # «أعلن الجيش انسحاب قواته من مدينة حماة بعد ساعات من دخول مقاتلي الفصائل إلى أحيائها»: the other way round,
        # the winners' entry told as the time of the losers' withdrawal from the same place: one taking
        return True
    if m.another and inc.type == m.type and not m.anaphor and (not same_sent or ctx.breaks_between(last.end, m.prefix_start)):
        # «فيما قضت وحدة أخرى على 9…», «وأخرى في بلدة…»: another act of that type (the verb of
        # its own clause, «فيما استهدفت غارة أخرى», is the same telling)
        return False
    if inc.type != m.type and m.recalled != "dated" and all(o.recalled == "dated" for o in inc.mentions):
        # «استعادة السيطرة على البلدة بعد يومين من سيطرة قوات النظام عليها، في هجوم معاكس…»: the act
        # recalled with its own day takes no part of the news told after it
        return False
    if same_sent and types == _ASSAULT and last.modality == m.modality and _opening_blast(ctx, inc, last, m):
        return True  # «هاجموا السجن بعد تفجير سيارة مفخخة عند بوابته»: one assault
    if _superseded(ctx, inc, m):
        return True  # «وكانت حصيلة أولية تحدثت عن مقتل 8»: an earlier figure of the toll told before
    if _recap(ctx, inc, m):
        return True  # «… إلى 13 قتيلاً. وكانت سيارة مفخخة قد انفجرت مساء أمس وسط السوق»: the act told before, recalled
    rs = tellings.recap_start(ctx, m) if m.date[2] == "text" and m.date[1] == "day" else -1
    if rs > ctx.sents[m.si].start and last.end <= rs and (_dates_differ(inc, m) or (
            m.date[0] != (ctx.published or "")[:10] and not any(o.date[2] == "text" for o in inc.mentions))):
        # «وهذا هو الهجوم الثالث على القرية خلال أسبوع، إذ كانت القوات قد استهدفت يوم الجمعة الماضي منازل فيها»: a
        # recap opened in the middle of a sentence, on a day of its own, tells another act than the one before it
        # (at the place of that one when it says so: «منازل في القرية نفسها»)
        if inc.main.place is not None and inc.type == m.type and tellings.names_same_place(ctx, m):
            m.places, m.place = [inc.main.place], inc.main.place
        return False
    if m.si != last.si and tellings.recap_opened(ctx, m) and (tellings.recap_another(ctx, m) or (
            m.date[2] == "text" and m.date[1] == "day" and m.date[0] != (ctx.published or "")[:10] and
            not any(o.date[2] == "text" for o in inc.mentions))):
        # «… بهجوم على حاجز. وكان هجوم قد استهدف حاجزاً في البلدة ذاتها أمس»: a recap with a day of its own; «وكانت
        # عبوة أخرى قد انفجرت في المدينة نفسها», «وكان هجوم مماثل قد…»: another act of the kind
        return False
    if _two_days(ctx, inc, m):
        return False  # «انشق السفير اليوم الأربعاء، ليلتحق بزوجته التي انشقت بدورها أمس الثلاثاء»: two acts, two days
    if m.anaphor and m.type == "casualties" and inc.type in ctx.v.acts and \
            _has_deaths(inc) and m.si - last.si <= 2 and (m.place is None or _places(inc, m, True)):
        return True  # «قتل 7 بغارة… . وانتشلت الفرق الضحايا»: the victims told before
    if m.anaphor and m.type == "casualties" and (inc.type in ctx.v.acts or inc.type == "casualties") and \
            _has_deaths(inc) and 0 < m.si - last.si <= 2 and last.modality == m.modality and \
            not tellings.own_phrase_place(ctx, m):
        # «قُتل أربعة مدنيين مساء الاثنين… . وشيّع أهالي البلدة القتلى اليوم», «… أطلقوا النار على الضحايا قبل أن
        # يفروا نحو البادية»: the dead named again are the dead told before; the day and the place of their
        # sentence are another act's (the funeral, the attackers' flight)
        return True
    if m.partitive and m.type == "casualties" and inc.type in ctx.v.acts and m.breakdown and \
            0 < m.si - last.si <= 2 and last.modality == m.modality and m.place is None and \
            not _has_deaths(inc) and not tellings.other_day(inc, m):
        # «نفذت وحدة … عملية على تجمعات للإرهابيين …، أسفرت عن إيقاع أعداد منهم بين قتيل ومصاب. وأفاد مصدر
        # بأن من بين القتلى 11 إرهابياً»: the dead named as a part in the next sentence are the act's told before
        return True
    if m.anaphor and inc.type != m.type and types <= set(_REMOTE) and \
            (m.place is None or (not m.deaths and _places(inc, m, True) in ("same", "near") and
                                 (any(_coarse(o.place) for o in inc.mentions if o.place) or
                                  (m.place.get("kind") or m.place.get("level")) in _QUARTERS))) and \
            m.si - last.si <= 2 and last.modality == m.modality:
        # «وأدى القصف المستمر إلى إصابة 40» after air strikes: the bombardment told before;
        # «وتركز القصف على بلدات A وB» after strikes on their region, «واستهدف القصف حيي A وB»
        # after strikes on their city: where it fell
        return True
    if m.anaphor and (inc.type == m.type or types <= set(_REMOTE)) and m.si - last.si == 1 and \
            last.modality == m.modality and _result_of(ctx, m) and not tellings.other_day(inc, m):
        # «… . وذكر مصدر أن الاشتباك أسفر أيضاً عن مصادرة أسلحة … هرّبوها من لبنان», «وأدى القصف إلى دمار في
        # سوق المدينة المجاورة»: the act named again as the subject of what it led to is the act told before,
        # whatever place its result names
        return True
    if m.sub == "response" and inc.type in _REMOTE and m.type in _REMOTE and 0 < m.si - last.si <= 2 and \
            last.modality == m.modality and m.place is None and m.figure is None and m.date[2] != "text" and \
            tellings.doer_speaks(inc, m) and not ({a.get("canonical") for a in m.actors if a["role"] == "target"} &
                                                  {a.get("canonical") for o in inc.mentions for a in o.actors
                                                   if a["role"] == "agent"} - {None}):
        # «قُتل ستة جراء قصف إسرائيلي على قرية كويا… . وقال الجيش الإسرائيلي في بيان إنه «رد على مصادر النيران»»: the
        # doer telling its strike as an answer to fire, with no place, day or figure of its own, tells that strike
        # (not an answer that strikes a doer of the act: «وقالت الوزارة إن قواتها ردت بقصف مواقع النظام»)
        return True
    if m.sub == "response":
        # «… وأن قواته ردت على مصادر النيران وطاردت المهاجمين»: the answer told in the report of a clash, with no
        # place, day or figure of its own, is the other side of that clash (a clash has two); the answer to a
        # strike or a shelling is an act of its own («وأعلنت الوزارة أن قواتها ردت على مصادر النيران»)
        return inc.type == "armed_clash" and 0 <= m.si - last.si <= 1 and last.modality == m.modality and \
            m.place is None and m.figure is None and not any(d.figure is not None for d in m.deaths) and \
            m.date[2] != "text" and not m.aggregate
    if tellings.detail_goes_on(ctx, inc, m):
        # «… . وذكر المحافظ أن السيارة كانت مركونة قرب محال وانفجرت»: how the act told before happened (a count of its
        # own, «أن طائراتها دمرت 89 هدفاً», gives way when the act was told with its dead)
        m.earlier = m.earlier or (m.figure is not None and _has_deaths(inc))
        return True
    if tellings.retold_by_doer(ctx, inc, m):
        return True  # «… . وقال الجيش الإسرائيلي في بيان إنه ضرب آليات»: the doer tells its own act
    if same_sent and _counter_version(ctx, inc, m) or \
            m.si - last.si == 1 and tellings.counter_opened(ctx, m) and _counter_version(ctx, inc, m, next_sent=True):
        # («… . في حين ذكرت سانا أن مجموعة مسلحة أطلقت النار على عناصر حفظ النظام في الحي نفسه»: the other
        # side's telling opens the next sentence)
        tellings.other_telling(inc, m)
        return True
    if m.tally or inc.main.tally:
        return False  # a campaign's tally is not one of its acts
    if m.anaphor and m.aggregate and inc.type == m.type and not inc.main.aggregate and 0 < m.si - last.si <= 2 and \
            not (m.period or {}).get("start") and m.modality == last.modality and _updated(ctx, m) and \
            (m.place is None or _places(inc, m, False) == "same"):
        # «قُتل خمسة بقصف على بلدة سرمين مساء أمس. وتوفي طفل متأثراً بجراحه، ليرتفع عدد ضحايا القصف إلى ستة»: the
        # dead of the act named again («ضحايا القصف»), raised with no period of their own, are its toll updated,
        # not a sum over a period
        m.aggregate = False
        for d in m.deaths:
            d.aggregate = False
        return True
    if m.aggregate and m.type == "casualties" and inc.type in ctx.v.acts and not inc.main.aggregate and \
            0 <= m.si - last.si <= 2 and inc.mentions[0].si < m.si and not (m.period or {}).get("start") and \
            m.modality == last.modality and m.place is None and _raises(inc, m) and _updated(ctx, m) and \
            not _summed_since(ctx, m):
        # «قُتل ستة بغارات على المدينة. … وانتشلت الفرق جثتين، ليرتفع عدد القتلى إلى ثمانية»: the dead raised
        # with no act, place or period of their own, above the figure the act was told with, are its toll
        # updated, not a sum since some day («ليرتفع عدد القتلى منذ بدء الهجوم إلى 150» keeps its period)
        m.aggregate = False
        return True
    if m.aggregate and (m.figure is not None or any(d.figure is not None for d in m.deaths)) and \
            not any(o.aggregate and o.figure is not None for o in inc.mentions) and _has_figure(inc):
        # «قُتل أربعة بقذائف… ، مشيراً إلى أن عدد القذائف التي سقطت منذ صباح الثلاثاء تجاوز 70», «في حين
        # وصل عدد ضحايا حملة البراميل منذ منتصف كانون الأول إلى أكثر من 700»: a running count over a
        # period (its own figure or its dead's) is a sum of its own, not the figure of the incident told
        return False
    if m.aggregate and not inc.main.aggregate and m.figure is not None and \
            ffold(m.figure.get("counted") or "") in ctx.v.acts_counted:
        return False  # «قُتل فلان مساء أمس برصاص مسلحين، وفق تجمع أحصى خلال أيار 38 عملية اغتيال»: a sum of acts
    if same_sent and _adds_to(ctx, inc.main, m):
        return False  # «انشق لواء اليوم…، ليرتفع بذلك عدد المنشقين إلى 21»: one act and the sum it adds to
    if m.anaphor and m.pos == "noun" and inc.type != m.type and inc.type in ctx.v.acts and \
            ffold(m.surface) in ctx.v.attack_any_act and 0 <= m.si - last.si <= 2 and last.end <= m.start and \
            last.modality == m.modality and m.aggregate == inc.main.aggregate and \
            (m.place is None or _places(inc, m, True)):
        return True  # «انفجرت سيارة مفخخة… . وتبنى التنظيم الهجوم»: the attack told just before, whatever its type
    if m.anaphor and m.type == "armed_clash" and inc.type == "territory_change" and m.si - last.si == 1 and \
            last.modality == m.modality and m.aggregate == inc.main.aggregate and \
            (m.place is None or _places(inc, m, True)) and not tellings.own_span(ctx, m):
        # «سيطرت الفصائل على البلدة… . وقال قائد إن 60 عنصراً قُتلوا خلال المعركة»: the battle named in
        # the next sentence is the taking's, its dead the taking's (not when told with a span of its own)
        return True
    if same_sent and tellings.entered_and_took(ctx, inc, m) and last.modality == m.modality and \
            (m.place is None or _places(inc, m, True) == "same") and not _parted(ctx, last, m):
        return True  # «دخلت أرتال من الهيئة إلى مدينة عفرين وسيطرت عليها»: the entry is the taking's
    if same_sent and tellings.took_and_settled(ctx, inc, m) and last.modality == m.modality and \
            (m.place is None or _places(inc, m, True) in ("same", "near")) and not _parted(ctx, last, m):
        return True  # «دخلت وحدات من الجيش البلدة ورفعت العلم وبدأت بتثبيت نقاط فيها»: the takers holding it
    if same_sent and tellings.their_own_doing(ctx, last, m):
        return True  # «انشقوا عن الجيش… وانسحبوا بأسلحتهم من الحاجز»: how the defectors left
    if same_sent and m.type == "explosion" and m.pos == "noun" and last.type == "explosion" and m.figure is None and \
            last.end <= m.prefix_start and ctx.words_between(last.end, m.prefix_start) <= 1 and \
            not ctx.breaks_between(last.end, m.prefix_start):
        return True  # «بتفجير سيارتين مفخختين», «انفجار عبوة ناسفة»: the blast and what blew up, one mention's worth
    if same_sent and inc.type != m.type and last.type in ctx.v.acts and last.modality == m.modality and \
            tellings.describes(ctx, last, m):
        return True  # «شن الطيران عدواناً جوياً … استهدف عدداً من النقاط»: what the act told just before struck
    if inc.type != m.type:
        if not same_sent or _parted(ctx, last, m):
            return False
        if _setting(ctx, inc, m):
            pass  # «قُتل 17 شخصاً … خلال تظاهرات»: the protest is where the deaths happened
        elif types <= set(_REMOTE):
            # «قصف مدفعي وغارات جوية»: air and artillery told as one attack, not two far apart, nor two doers
            # («وترافقت الغارات الروسية مع قصف مدفعي لقوات النظام»: the regime's shelling is an act of its own;
            # with joins.json air_and_ground_apart on, a pair told with no toll is two acts, _air_and_ground)
            if ctx.words_between(last.end, m.prefix_start) > 6 or ctx.breaks_between(last.end, m.prefix_start) or \
                    _other_doers(ctx, inc.mentions, m) or _air_and_ground(ctx, inc, m):
                return False
        elif not types <= {"territory_change", "armed_clash"}:
            return False
    if last.modality != m.modality:
        return False
    if m.anaphor and inc.type != m.type and {inc.type, m.type} <= {"territory_change", "armed_clash"}:
        return m.place is None or bool(_places(inc, m, True))  # «خلال المعارك» after a takeover
    if inc.type == m.type and m.si - last.si == 1 and tellings.told_by_its_carrier(ctx, m) and \
            (m.place is None or _places(inc, m, False) == "same") and not tellings.other_day(inc, m):
        # «قُتل اثنان باستهداف طائرة مسيّرة سيارة… . وقال مصدر إن المسيرة أطلقت صاروخين على السيارة»: the
        # strike told again by its carrier (a figure there, «بثلاث غارات», «صاروخين», counts its strikes or
        # munitions, as the gold counts «ألقى ثمانية براميل»)
        return True
    if same_sent and _exact_after_vague(ctx, inc, m):
        # «غادر مئات المقاتلين البلدة …، ووصل عدد الخارجين حتى المساء إلى 2150 شخصاً»: the exact count of the
        # act's people told after its vague one is the same act; the vague figure gives way
        for o in inc.mentions:
            o.earlier = True
        inc.reset()
        return True
    if _counted_after(inc, m):
        # «خرجت قافلة جديدة من المهجرين من حي القدم. وتضم القافلة 1120 شخصاً»: the act's definite noun
        # in the next sentence counting what the act told before left uncounted is that act, with its figure
        return True
    if inc.type == m.type and 0 < m.si - last.si <= 2 and last.modality == m.modality and not m.another and \
            not m.aggregate and not inc.main.aggregate and inc.main.place is not None and \
            tellings.place_taken_up(ctx, m) and _figures(inc, m)[0] and not tellings.other_day(inc, m):
        # «أحكمت الفصائل سيطرتها على مدينة إدلب أمس. وقال مصدر إن المقاتلين دخلوا المدينة من أربعة محاور»: the place
        # taken up by its bare noun is the one told before, and the act there the one told before
        m.places, m.place = [inc.main.place], inc.main.place
        return True
    if tellings.named_again(ctx, inc, m) and not inc.main.aggregate and not tellings.other_day(inc, m) and \
            (m.place is None or _places(inc, m, False) == "same" or not tellings.own_phrase_place(ctx, m)):
        # «… . وأوضح المسؤول أن انشقاق الحمدان يرفع عدد الضباط المنشقين إلى 27»: the act named again by whom it
        # befell is the one told before (the running total it adds to is a sum of its own)
        m.aggregate = False
        return True
    if tellings.same_doer_again(ctx, inc, m) and _figures(inc, m)[0] and not tellings.other_day(inc, m) and \
            (m.place is None or _places(inc, m, False) == "same" or tellings.gone_to(ctx, m.place) or
             tellings.speakers_place(ctx, m)):
        # «اعتقلت دورية ستة شبان من بلدة X. … وأضاف أن الدورية اقتادتهم إلى فرع في مدينة Y»: the doer named again
        # goes on with its act (where it took them is no place of the act)
        return True
    if inc.type == m.type and 0 < m.si - last.si <= 2 and m.aggregate == inc.main.aggregate and \
            not any(d.figure is not None for d in m.deaths) and tellings.referring(ctx, m) and \
            not tellings.own_phrase_place(ctx, m):
        # «… . وفتحت الوزارة تحقيقاً في ملابسات الهجوم اليوم», «وشارك في المظاهرة وفود من قرى الريف»: the act named
        # again under a preposition or a noun is the act told before, whatever day or place its sentence tells
        return True
    if (m.anaphor or tellings.told_of_its_people(ctx, m)) and inc.type == m.type:
        # «الانشقاق», «القتلى», «هذا التقدم», «المعتقلين احتجزوا»: the incident already told, unless its
        # place differs, or its day («وتجددت الاشتباكات صباح اليوم» after the clashes of last night)
        # (a toll of it updated on a later day, «وتوفي طفل متأثراً بجراحه صباح اليوم، ليرتفع عدد ضحايا القصف إلى
        # ستة», is told on its own day: no other act)
        return (m.place is None or bool(_places(inc, m, True)) and not _another_town(ctx, inc, m) or
                _others_place(ctx, m) or _spread_to(ctx, m)) and \
            not (not same_sent and tellings.other_day(inc, m) and not _updated(ctx, m))
    if inc.type == m.type and not m.anaphor and tellings.also_another(ctx, inc, m):
        return False  # «سيطرت الفصائل على مقر الفوج 46. وقالت إنها سيطرت أيضاً على 12 قرية»: another taking
    fig_ok, fig_same = _figures(inc, m)
    if not fig_ok and not _other_figure(ctx, inc, m):
        return False  # (a figure of its own: another act, unless another source's count of the act told just before)
    place_ok = _places(inc, m, same_sent)
    if same_sent and not m.anaphor and (place_ok in (False, "near") or m.deaths or m.figure is not None) and \
            _parted(ctx, last, m):
        return False  # «مظاهرة في حماة، بينما أطلقت القوات النار على متظاهرين في حي القدم»: another story
    if same_sent and m.figure is not None and any(o.figure is not None and o.role == m.role for o in inc.mentions) and \
            _parted(ctx, last, m, _ADDED):
        # («قتل تسعة عناصر، إضافة إلى إصابة سبعة آخرين»: the injured added to the killed are the same act's)
        return False  # «عاد 500 ألف لاجئ…، إضافة إلى أكثر من مليون نازح عادوا…»: a figure added, not the same
    if place_ok in (False, "near") and not same_sent and inc.type == m.type and \
            (fig_same or m.anaphor or tellings.told_by_its_carrier(ctx, m)) and \
            0 < m.si - last.si <= 2 and last.modality == m.modality and not m.another and \
            not _dates_differ(inc, m) and _names_its_place(ctx, inc, m):
        # «قُتل 12 ببراميل على بنايتين في حي الشعار. … وأكد المرصد أن 12 قضوا بعد أن ألقى الطيران برميلين على بنايتين
        # في شارع X بحي Y»: the act told again (its figure, its anaphor or its carrier named again) at a
        # finer place that its clause sets inside the incident's is the act told before
        place_ok = "same"
    if not place_ok and not (same_sent and inc.type == m.type and (m.figure is None or not any(
            o.figure is not None for o in inc.mentions))):
        return False  # one sentence telling one act twice, once with its figure, is one act
    if same_sent or (fig_same and not _dates_differ(inc, m)):
        # (the same figure told again is a restatement, not when the text dates it to another time: «… اليوم،
        # ما أدى إلى إصابة اثنين. وكانت مسيّرة قد استهدفت الأسبوع الماضي منزلاً، ما أدى إلى إصابة طفلين»)
        return True
    # «مظاهرات في السويداء» (headline) and «خرج مئات المتظاهرين في مدينة السويداء»: the same
    # type at the same place with nothing contradicting it is the same incident (an act told with no losses is
    # not one told with its dead: «… ما أدى إلى مقتل ثلاثة. وبعد ساعات، اندلعت اشتباكات في البلدة ذاتها، دون
    # ورود أنباء عن خسائر»)
    if place_ok == "same" and not _dates_differ(inc, m) and not (_has_deaths(inc) and clauses.no_losses(ctx, m)):
        return True
    # «انشقاق ضابطين في درعا. أعلن ضابطان … انشقاقهما … في مدينة درعا»: a headline line (or a short
    # verbless first sentence that opens on the act noun) told again right below, its place the same
    # or inside the headline's governorate
    if place_ok == "near" and m.si - last.si == 1 and _lead_line(ctx, inc.mentions[0]) and not _dates_differ(inc, m):
        return True
    lead = inc.main
    # «أفادت مصادر بانشقاق قائد ميداني… . وأشارت قناة إلى أن قائد الفرقة… انشق عن…»: a lead that
    # gives neither figure nor place, then the telling with the detail, is one incident
    if lead.figure is None and not any(o.places or o.place for o in inc.mentions) and \
            m.si - last.si <= _LEAD_REACH and not _dates_differ(inc, m):
        return True
    # a lead with no figure at a region («حملة اعتقالات في ريف درعا»), then the detail at a town
    # of that region («اعتقلت 4 أشخاص من مدينة داعل»): one incident told coarse, then fine
    return place_ok == "near" and lead.figure is None and lead.place is not None and _coarse(lead.place) \
        and not _dates_differ(inc, m) and not _other_doers(ctx, inc.mentions, m) and \
        not _another_town(ctx, inc, m)  # («… طائرات روسية قصفت»)


def toll_apart(ctx: Ctx, m: Mention) -> bool:
    """A casualties mention whose figure spans separate incidents («خمسة … قُتلوا … في هجومين منفصلين»): the toll of them
    all, no one act's dead (separate_incidents.json `toll_apart`; arguments.over_incidents)."""
    f = m.figure
    if m.type != "casualties" or f is None or "start" not in f or not _toll_apart_on():
        return False
    memo = ctx.memo.setdefault("toll_apart", {})
    key = (f["start"], m.si)
    if key not in memo:
        memo[key] = arguments.over_incidents(ctx, f, ctx.sents[m.si])
    return memo[key]


def tolls_apart(ctx: Ctx, records: list[dict]) -> frozenset:
    """The ids of the casualties records whose figure spans separate incidents (toll_apart), which the learned death
    attacher leaves as they are."""
    if not _toll_apart_on():
        return frozenset()
    return frozenset(id(r) for r in records if r["type"] == "casualties" and r.get("quantity") and
                     arguments.over_incidents(ctx, r["quantity"], ctx.sents[ctx.sent_of(r["quantity"]["start"])]))


def _toll_apart_on() -> bool:
    return bool(arguments.separate_conf().get("toll_apart"))


def _sum_of_its_own(inc: Incident, m: Mention) -> bool:
    """A sum over a period of its own told in a later sentence than the incident's last telling (an aggregate mention
    whose period has a start, with a figure of its own or of its dead: «وبهذا يصل عدد الغارات على البلدة منذ مطلع
    الشهر إلى 40», «وخلال الأسبوع الفائت أحصى ناشطون مقتل 70 مدنياً بالقصف») is that sum, not the act told before
    named again (joins.json sum_apart): the gold codes such a sum as an event of its own, while the anaphor and
    named-again rules joined it to the act, whose record then took the sum's figure or lost the sum's type. The same
    sentence is left to the rules («… ليرتفع عدد المنشقين إلى 21»: _adds_to), and so is a sum joined to a sum."""
    if not tellings.switched("sum_apart") or not m.aggregate or m.si <= inc.mentions[-1].si or \
            inc.any_aggregate() or not (m.period or {}).get("start"):
        return False
    return m.figure is not None or any(d.figure is not None for d in m.deaths)


def _dated_opening(ctx: Ctx, inc: Incident, m: Mention) -> bool:
    """m's sentence, later than the incident's last telling, opens on a day fronted by «وفي» (tellings.opens_on_day:
    «وفي الـ22 من آب الماضي أصاب استهداف بمسيّرة عربة…», «وفي اليوم السابق قُتل مدنيان بغارات…») that dates m to a day
    which is neither the page's nor one the incident's tellings give: a day set as the sentence's topic opens another
    act (joins.json dated_opening_apart). tellings.other_day sees only days the text gives both sides, so an incident
    dated by the page alone took the earlier act in, with its day and place."""
    if not tellings.switched("dated_opening_apart") or m.si <= inc.mentions[-1].si or m.date[2] != "text" or \
            m.date[1] != "day" or not tellings.opens_on_day(ctx, m.si, m.date[0], m.prefix_start):
        return False  # (the opening of the sentence read first: one look, where the tellings of the incident are k)
    return not any(o.date[2] == "text" and o.date[0] == m.date[0] for o in inc.mentions)


def _two_days(ctx: Ctx, inc: Incident, m: Mention) -> bool:
    """m, told in a clause of its own after the incident's last telling in their sentence (a clause break between
    them) and not naming that act again (no anaphor), is dated by the text to another day than the incident
    (tellings.other_day: «قصفت المدفعية مساء الثلاثاء الماضي ريف درعا، ثم قصفت السبت الماضي وادي اليرموك», «أولى
    العمليتين جرت يوم 10 شباط …، بينما جرت الثانية في اليوم التالي»): two acts, one for each day (joins.json
    two_days_apart). The rules joined them when nothing else parted the clauses (the same place, no part word). Not
    a day the act began on («سيطرت على البلدة اليوم بعد معارك استمرت منذ فجر أمس», «بعد هجوم بدأ ليل أمس»: a word
    of joins.json day_onset_words between m and its day): the battle that led to the act told, one incident."""
    last = inc.mentions[-1]
    if not tellings.switched("two_days_apart") or m.si != last.si or m.anaphor or not tellings.other_day(inc, m) or \
            not ctx.breaks_between(last.end, m.prefix_start):
        return False
    cs, ce = ctx.clause(m.start)[0], ctx.clause(m.end)[1]
    onset = tellings.joins_words("day_onset_words")
    for d in ctx.dates.between(cs, ce):
        if d.get("value") == m.date[0] and d.get("start") is not None and d["start"] >= m.end:
            ws = ctx.words_after(m.end, ctx.words_between(m.end, d["start"]) + 1, limit=d["start"])
            if {w.removeprefix("و") for w in ws} & onset or set(ws) & onset:
                return False
    return True


def _other_figure(ctx: Ctx, inc: Incident, m: Mention) -> bool:
    """m tells the act of the sentence or two before again, with a count that differs from the incident's: the same
    type at the same place on the same day, neither a sum nor another act of the kind («قُتل سبعة بانفجار سيارة في
    مدينة X. وقال مسؤول إن السيارة انفجرت قرب السوق، وإن تسعة قتلوا»; «نزح 20 ألفاً … . غير أن مصدراً قدّر عدد النازحين
    بعشرة آلاف»). A second source's count of one act is not a second act: the rules refused any join whose figures
    differ, and the act was told twice (joins.json other_figure_same_act). Not in the incident's sentence (a list of
    tolls by place counts other acts there), nor with a word of similarity or of a new act after m («بغارات روسية
    مماثلة», «بقصف مدفعي جديد», «مجدداً»: joins.json new_act_words), nor when m's figure counts others («واعتقلت 12
    شاباً آخرين»: added to the act told before, not that act counted again; joins.json others), nor when m's sentence
    opens on a phrase of another story («وفي حادثة أخرى قُتل …», «وفي سياق منفصل»: a preposition first, a word of
    joins.json new_story in its first four words; a source named first, «وأفاد مصدر آخر بمقتل …», is a recount)."""
    last = inc.mentions[-1]
    if not tellings.switched("other_figure_same_act") or inc.type != m.type or not 0 < m.si - last.si <= 2 or \
            m.modality != last.modality or m.list_of is not None or m.another or m.tally or inc.main.tally or \
            m.recalled or m.partitive or m.aggregate or inc.main.aggregate:
        return False
    if _dates_differ(inc, m) or tellings.other_day(inc, m) or _places(inc, m, False) != "same":
        return False
    first = ctx.words_after(ctx.sents[m.si].start, 4, limit=m.prefix_start)
    if first and first[0] in _STORY_PREPS and set(first) & tellings.joins_words("new_story"):
        return False  # («وفي حادثة أخرى قُتل …»: another story; review43)
    end = ctx.clause(m.end)[1]
    if set(ctx.words_after(m.end, 2, limit=end)) & (tellings.joins_words("similar_words") |
                                                    tellings.joins_words("new_act_words")):
        return False
    return not any(set(ctx.words_after(x.figure["end"], 2, limit=end)) & tellings.joins_words("others")
                   for x in [m] + m.deaths if x.figure is not None and x.figure.get("end") is not None)


# a preposition opening a sentence that says another story in its first words («وفي حادثة أخرى», «وعلى صعيد آخر»)
_STORY_PREPS = frozenset(ffold(w) for w in ("في", "وفي", "على", "وعلى", "من", "ومن"))


def _air_and_ground(ctx: Ctx, inc: Incident, m: Mention) -> bool:
    """An air strike and a shelling joined by «و» in a sentence that tells no dead or hurt are two acts (joins.json
    air_and_ground_apart): the gold's writers code air and ground weapons told in one sentence as an airstrike and
    a shelling event («تعرضت البلدات لغارات جوية وقصف مدفعي»), while a toll the pair caused («قُتل ثلاثة بغارات وقصف
    مدفعي») is one incident's, whose dead cannot be shared out between them, and missiles that are the strike's
    means («عدواناً جوياً بعدة صواريخ», «صواريخ أطلقتها طائرات مسيّرة») are no second weapon."""
    if not tellings.switched("air_and_ground_apart") or m.deaths or _has_deaths(inc) or \
            not any(w.startswith(_AND) for w in ctx.text[inc.mentions[-1].end:m.start].split()):
        return False
    here = ctx.clause(m.start)
    return not any(o.type == "casualties" and ctx.clause(o.start) == here
                   for o in ctx.memo.get("mentions_of", {}).get(m.si, ()))


_AND = "و"  # the conjunction on the word that names the second weapon («وقصف», «وما يزيد على 60 قذيفة»)


_LEAD_WORDS = 10  # a first sentence this short that opens on its act noun reads as a headline


def _exact_after_vague(ctx: Ctx, inc: Incident, m: Mention) -> bool:
    """m, of inc's type in the same sentence, counts exactly what a number reached (bounds.number_reached)
    where every count of the incident so far is vague («مئات», «آلاف»)."""
    if m.figure is None or m.role != "count" or inc.type != m.type or bounds.vague(m.figure) or \
            inc.mentions[-1].modality != m.modality or m.aggregate != inc.main.aggregate:
        return False
    told = [o.figure for o in inc.mentions if o.figure is not None and o.role == "count"]
    return bool(told) and all(bounds.vague(f) for f in told) and bounds.number_reached(ctx, m.figure)


def _counted_after(inc: Incident, m: Mention) -> bool:
    """m is the definite noun of inc's act told in the next sentence with a count (a figure of role
    "count") where the incident has none, no place and no day of its own against it."""
    last = inc.mentions[-1]
    return m.pos == "noun" and m.definite and m.figure is not None and m.role == "count" and \
        inc.type == m.type and m.si - last.si == 1 and last.modality == m.modality and \
        m.aggregate == inc.main.aggregate and not m.another and \
        not any(o.figure is not None and o.role == "count" for o in inc.mentions) and \
        (m.place is None or bool(_places(inc, m, False))) and not tellings.other_day(inc, m)


def _result_of(ctx: Ctx, m: Mention) -> bool:
    """m is the subject of a verb of result right after it («الاشتباك أسفر») or right before it («وأدى القصف»)."""
    if ctx.m["result"].starting(m.end, m.end + 3):
        return True
    return any(r.end >= m.prefix_start - 2 for r in ctx.m["result"].starting(max(0, m.prefix_start - 14), m.prefix_start))


def _lead_line(ctx: Ctx, m: Mention) -> bool:
    """m tells the first sentence of the text as a headline: a headline line, or a short sentence that
    opens on m, a noun (no verb before it: «مقتل 10 مدنيين بغارات…», «انشقاق ضابطين في درعا»)."""
    if m.si != 0:
        return False
    if ctx.headline(0):
        return True
    s = ctx.sents[0]
    return m.pos == "noun" and m.prefix_start - s.start <= 1 and ctx.words_between(s.start, s.end) <= _LEAD_WORDS


_ASSAULT = frozenset({"armed_clash", "explosion"})
_FROM_IT = frozenset(fold_str(w) for w in ("منها", "منه", "منهما"))
_FROM_IT_REACH = 7  # words from a withdrawal to its «منها» («انسحاب ما تبقى من قوات النظام منها»)


def _opening_blast(ctx: Ctx, inc: Incident, last: Mention, m: Mention) -> bool:
    """types.json `opening_blast`: a blast told in an assault's sentence after «بعد/عقب/إثر», or as
    its means («بتفجير»), or followed by the assault («تلاه هجوم»), opened that assault: one
    incident, an armed clash (`opened` marks it). The same blast told again right after («تفجير
    سيارة مفخخة») goes with it."""
    if _parted(ctx, last, m):
        return False
    v = ctx.v
    if m.type == "explosion":
        if any(o.opened and o.si == m.si and ctx.words_between(o.end, m.prefix_start) <= 2 for o in inc.mentions):
            m.opened = True
            return True
        before = ctx.words_before(m.prefix_start, 1)
        if m.pos == "noun" and m.figure is None and (ctx.text[m.prefix_start:m.start].endswith("ب") or (
                before and before[0].lstrip("و") in v.before_blast)):
            m.opened = True
            return True
        return False
    # the assault after the blast: «انفجرت سيارة مفخخة عند الحاجز، تلاها هجوم…»
    if any(o.figure is not None for o in inc.mentions) or ctx.words_between(last.end, m.prefix_start) > 20:
        return False
    before = ctx.words_before(m.prefix_start, 2)
    # («هاجم عناصر التنظيم بسيارة مفخخة حاجزاً…، واندلعت اشتباكات»: an attack word typed a blast by its bomb,
    # then fighting in its sentence: the bomb opened an assault)
    if any(w.lstrip("و") in v.after_blast for w in before) or \
            not m.anaphor and any(o.type == "explosion" and o.si == m.si and o.end <= m.prefix_start and
                                  ffold(o.surface) in v.attack_fallback for o in inc.mentions):
        for o in inc.mentions:
            o.opened = True
        return True
    return False


def _adds_to(ctx: Ctx, a: Mention, b: Mention) -> bool:
    """One act told with no figure and, in its sentence, a running total with a figure
    («ليرتفع بذلك عدد…», cues.json period.running_total): two things, not one («دخول قوات النظام
    إلى المدينة…، ليرتفع إلى 35 عدد البلدات التي سيطرت عليها»)."""
    if a.aggregate == b.aggregate:
        return False
    total, act = (a, b) if a.aggregate else (b, a)
    if total.figure is None or act.figure is not None:
        return False
    cs, ce = ctx.clause(total.start)
    return any(ffold(c.surface) in ctx.v.running_total for c in ctx.m["period"].starting(cs, ce))


_ROUND_REACH = 1.25  # an exact count above a round lower bound by at most this factor counts the same dead


def _rounded_by(inc: Incident, m: Mention) -> list[Mention]:
    """The mentions of inc whose figure m's exact count makes exact: told round before it («ما يزيد على 70»,
    «نحو 73 ألفاً», «أكثر من ستة آلاف»), in the same role, bounding m's count from below and close to it (the
    dead counted round, then one by one: sets 66 ie08/ie10, 67 if18)."""
    f = m.figure
    if f is None or m.earlier or f.get("approx") or f.get("low") is None or f.get("high") != f.get("low"):
        return []
    v = f["low"]
    out = []
    for o in inc.rounds():
        g = o.figure
        if g is None or o.role != m.role:
            continue
        hi = g.get("high")
        if g["low"] <= v <= (hi if hi is not None and hi > g["low"] else g["low"] * _ROUND_REACH):
            out.append(o)
    return out


def _superseded(ctx: Ctx, inc: Incident, m: Mention) -> bool:
    """A toll told with «حصيلة أولية/سابقة» (cues.json superseded) ≤ 2 sentences after an incident
    with deaths is an earlier figure of that incident; so is a smaller toll told as a past state after the
    incident's toll was told risen (_was_before)."""
    return m.type == "casualties" and 0 < m.si - inc.mentions[0].si <= 2 and \
        inc.mentions[-1].modality == m.modality and _has_deaths(inc) and \
        bool(ctx.m["superseded"].starting(ctx.sents[m.si].start, ctx.sents[m.si].end)) or _was_before(ctx, inc, m)


def _was_before(ctx: Ctx, inc: Incident, m: Mention) -> bool:
    """«ارتفعت حصيلة القتلى جراء البراميل … إلى 52. وكان المرصد قد أفاد مساء أمس بمقتل 31», «… ارتفاع عدد القتلى إلى
    27، وكان قد أفاد صباحاً بمقتل 19», «… إلى 48، بعد أن كانت الحصيلة 20 قتيلاً»: a toll told as a past state (a
    pluperfect «وكان/وكانت … قد», or «بعد أن/بعدما كان», before it in its clause or opening its sentence), smaller than
    the incident's toll of its kind told before it as risen (toll_update.is_update), at no other place, is that toll's earlier
    figure: one incident, the risen toll stands."""
    f = m.figure
    if m.type != "casualties" or f is None or f.get("low") is None or m.aggregate or m.role not in ("fatalities",
                                                                                                   "injured"):
        return False
    if not 0 <= m.si - inc.mentions[-1].si <= 2 or inc.mentions[-1].modality != m.modality or \
            m.place is not None and _places(inc, m, False) != "same":
        return False
    risen = [x for o in inc.mentions for x in [o] + o.deaths if x.figure is not None and x.role == m.role and
             x.figure["end"] <= m.prefix_start and (x.figure.get("low") or 0) > f["low"] and
             (toll_update.is_update(ctx, x) or toll_update.risen_to(ctx, x.figure))]
    return bool(risen) and _told_as_past(ctx, m, max(x.figure["end"] for x in risen))


def _told_as_past(ctx: Ctx, m: Mention, floor: int) -> bool:
    """m's clause (or its sentence, after floor) tells a past state: «وكان/وكانت» then «قد» before m, or «بعد أن/بعدما»
    then «كان/كانت», with no part word («فيما/بينما») between it and m."""
    lo = max(floor, ctx.sents[m.si].start)
    ws = ctx.words_before(m.prefix_start, _PAST_REACH, floor=lo)
    openers = tellings.joins_words("recap_openers")
    for k, w in enumerate(ws):
        if w in openers and (_QAD in ws[k + 1:] or k and (ws[k - 1] in _AFTER_THAT or
                                                         k > 1 and f"{ws[k - 2]} {ws[k - 1]}" in _AFTER_THAT)):
            start = ctx.tok_starts[bisect_left(ctx.tok_starts, m.prefix_start) - len(ws) + k]
            return tellings.cut(ctx, start, m.prefix_start) is None
    return False


_PAST_REACH = 10  # words from «وكان» to the earlier toll («وكان المرصد قد أفاد مساء أمس بمقتل 31»)
_QAD = fold_str("قد")
_AFTER_THAT = frozenset(w for v in clauses.AFTER_THAT for w in (v, "و" + v))  # the clause rules' list, with «و»


def _updated(ctx: Ctx, m: Mention) -> bool:
    """m, or a death told with it, is a toll update («ليرتفع عدد ضحايا القصف إلى ستة»: toll_update.is_update)."""
    return any(toll_update.is_update(ctx, x) for x in [m] + m.deaths if x.figure is not None)


def _recap(ctx: Ctx, inc: Incident, m: Mention) -> bool:
    """«ارتفعت حصيلة ضحايا التفجير … إلى 13 قتيلاً. وكانت سيارة مفخخة قد انفجرت مساء أمس وسط السوق», «وكان
    الدفاع المدني قد أعلن في حصيلة أولية مقتل ثمانية، متهماً قوات النظام بقصف السوق»: a sentence that opens as a
    recap («وكان/وكانت … قد», tellings.recap_opened) one or two sentences after an incident, telling the same kind
    of act at its place (or at none), on no other day and with no other figure, recalls that incident, not a new
    one. A figure of its own gives way only when the recap names it an earlier toll (cues.json superseded):
    then it and its deaths' figures are earlier tellings. Another act of the kind («اشتباكات مماثلة», «غارة
    أخرى»), another place or another day is another incident («وكانت المدينة ذاتها قد تعرضت السبت الماضي
    لغارة…»)."""
    last = inc.mentions[-1]
    if m.type != inc.type or m.another or m.aggregate or inc.main.aggregate or m.modality != last.modality or \
            not 0 < m.si - last.si <= 2 or not tellings.recap_opened(ctx, m) or _dates_differ(inc, m):
        return False
    if m.place is not None and _places(inc, m, False) != "same":
        return False
    if m.date[2] == "text" and not any(o.date[2] == "text" for o in inc.mentions):
        return False  # («… بهجوم على حاجز. وكان هجوم قد استهدف حاجزاً في البلدة أمس»: a day of its own, none told before)
    if tellings.recap_another(ctx, m):
        return False  # «وكان هجوم مماثل قد…», «وكانت غارة أخرى قد…»: another act of the kind
    fig_ok, _ = _figures(inc, m)
    if fig_ok:
        return True
    s = ctx.sents[m.si]
    if not ctx.m["superseded"].starting(s.start, s.end):
        return False
    for x in [m] + m.deaths:
        x.earlier = True
    return True


def _arrest_after_clash(ctx: Ctx, m: Mention, group: list[Mention]) -> Mention | None:
    """«ألقت قوى الأمن القبض على ثمانية أشخاص …، بعد اشتباك قصير أصيب فيه عنصر»: a clash with no
    count of its own told after «بعد/عقب/إثر» in the sentence of an arrest is how the arrest went, one
    incident (the arrest)."""
    if m.type != "armed_clash" or m.pos != "noun" or m.figure is not None or \
            any(c.type == "casualties" and c.figure is not None and c.start > m.end for c in group):
        return None  # («… بعد اشتباكات قتل فيها اثنان»: a clash with its dead is an incident of its own)
    if not _time_of_another(ctx, m):
        return None
    return next((a for a in reversed(group) if a.type == "arrest" and a.end <= m.prefix_start and
                 a.modality == m.modality), None)


def _means_after(ctx: Ctx, c: Mention, group: list[Mention]) -> Mention | None:
    """The act told right after a recalled death, in its clause («مقتل أربعة … بقذائف أطلقتها…»): it
    is recalled with it (background, another act than the news)."""
    ce = ctx.clause(c.end)[1]
    own = [a for a in group if a.type in ctx.v.acts and c.end <= a.prefix_start < ce]
    for a in own:
        a.recalled, a.another, a.background = c.recalled, True, True
    there = {clauses.place_key(p) for x in own + [c] for p in x.all_places}
    for o in group:
        # («ويأتي القصف بعد يومين من مقتل … قرب بلدة جورين»: the act the news is set against has its
        # place; the anaphor of the news before it has none of its own)
        if o.anaphor and o.end <= c.prefix_start and o.place is not None and clauses.place_key(o.place) in there:
            o.places, o.place = [], None
    return own[0] if own else None


def _here(ctx: Ctx, c: Mention, a: Mention) -> bool:
    """types.json casualties `here_words`: «…، فيما أصيب سائق دراجة نارية كان يمر بالمكان»: the
    hurt after «فيما» at the place of the act a told before it (a word of «the place» in its clause)."""
    if a.end > c.prefix_start or a.si != c.si:
        return False
    ce = ctx.clause(c.end)[1]
    words = ctx.words_after(c.end, 12, limit=ce)
    return any(w in ctx.v.here_words or " ".join(words[i:i + 2]) in ctx.v.here_words for i, w in enumerate(words))


def _of_them(ctx: Ctx, c: Mention, group: list[Mention]) -> list[Mention]:
    """types.json casualties `of_them`: a death or injury figure followed by «منهم» is a part of the
    people counted by the last mention of the sentence before it with a figure (any type)."""
    if c.figure is None or c.aggregate:
        return []
    after = ctx.words_after(c.figure["end"], 1, limit=ctx.sents[c.si].end)
    if not after or after[0] not in ctx.v.of_them:
        return []
    return [a for a in group if a.end <= c.prefix_start and a.type not in ("casualties", "statement") and
            a.figure is not None and a.modality == c.modality and not a.aggregate][-1:]


_FIGHTING = frozenset({"armed_clash", "shelling", "airstrike", "explosion"})
_TOLD_FIGHTING = _FIGHTING | {"casualties", "protest"}


def _counter_version(ctx: Ctx, inc: Incident, m: Mention, next_sent: bool = False) -> bool:
    """«قال ناشطون إن قوات الأمن أطلقت النار على متظاهرين في جاسم…، في حين قالت سانا إن مسلحين
    هاجموا حاجزاً في المدينة»: the other side's telling of the same day (a clause opened by
    «فيما/بينما/في حين» and a reporting verb of another source), fighting at the same place or at
    no place of its own, with no date of its own, is the incident told before, not a second one; so
    is a telling of the same kind of act with a figure of its own («في حين قالت موسكو إن طائراتها
    نفذت 20 طلعة»: that figure gives way to the ones told first, tellings.other_telling)."""
    last = inc.mentions[-1]
    told = m.figure is not None or (any(d.figure is not None for d in m.deaths) if next_sent else m.deaths)
    if told and m.type != inc.type and \
            not (next_sent and m.sub == "killed" and _has_deaths(inc) and not m.deaths):
        # (the other side's telling with a figure of its own tells the same kind of act; in a sentence of its
        # own, its count of the dead of an act told with its dead: «في المقابل، قالت الوزارة إن قواتها حيّدت 12»)
        return False
    if not (m.type in _FIGHTING and inc.type in _TOLD_FIGHTING or m.type == inc.type == "territory_change") or \
            m.aggregate or inc.any_aggregate() or m.modality != "asserted" or \
            last.modality != "asserted" or last.end > m.prefix_start:
        return False
    if m.place is not None and _places(inc, m, True) != "same":
        return False
    if not next_sent:
        cut = [x for x in ctx.m["breaks"].starting(last.end, m.prefix_start) if ffold(x.surface) in _PART]
        if not cut or not any(w.lstrip("و").startswith(ctx.v.att_verbs)
                              for w in ctx.words_after(cut[-1].end, 2, limit=m.prefix_start)):
            return False
    theirs = (inc.main.reported_by or {}).get("surface")
    return (m.reported_by or {}).get("surface") != theirs and not _dates_differ(inc, m)


def _has_figure(inc: Incident) -> bool:
    """A figure of any role told with the incident so far (its mentions or their deaths)."""
    return any(x.figure is not None for o in inc.mentions for x in [o] + o.deaths)


def _summed_since(ctx: Ctx, m: Mention) -> bool:
    """A period cue of cues.json other than a running total's verb in m's clause («منذ مطلع العام», «خلال
    الشهر»): m sums over a span of its own."""
    cs, ce = ctx.clause(m.start)
    return any(ffold(c.surface) not in ctx.v.running_total for c in ctx.m["period"].starting(cs, ce))


def _raises(inc: Incident, m: Mention) -> bool:
    """m's killed or injured figure is not below the incident's of the same role told so far (a toll raised, or
    the final toll a headline told first reached)."""
    if m.figure is None or m.figure.get("low") is None:
        return False
    told = [x for o in inc.mentions for x in [o] + o.deaths if x.role == m.role and x is not m]
    theirs = [x.figure.get("low") for x in told if x.figure is not None and x.figure.get("low") is not None]
    if not theirs:
        return any(x.type == "casualties" for x in told)  # («ما أدى إلى مقتل شخص»: one, told with no numeral)
    return m.figure["low"] >= max(theirs)


def _has_deaths(inc: Incident) -> bool:
    """A figure of killed or injured told with the incident so far (its mentions or their deaths)."""
    return inc.told_dead()


_SETTING_PREPS = frozenset(fold_str(w) for w in ("خلال", "أثناء", "اثناء", "إبان", "خلالها"))


def _setting(ctx: Ctx, inc: Incident, m: Mention) -> bool:
    """A protest noun after «خلال/أثناء» in the clause of deaths told just before it is the
    setting of those deaths, not a second incident (one event, as ACLED codes deaths at a protest)."""
    if inc.type != "casualties" or m.type != "protest" or m.pos != "noun" or m.figure is not None:
        return False
    last = inc.mentions[-1]
    before = ctx.words_before(m.prefix_start, 1)
    return bool(before) and before[0].lstrip("و") in _SETTING_PREPS and \
        ctx.breaks_between(last.end, m.prefix_start) == 0


def _names_its_place(ctx: Ctx, inc: Incident, m: Mention) -> bool:
    """m's place and a place of the incident are one place named at two grains, as one of the two sentences binds
    them: m's sentence sets m's place inside the incident's («في شارع X بحي Y», «قرب المفرق …، على
    الطريق بين القامشلي والمالكية»), or the incident's sentence sets its place inside m's («قرب قرية خربة عمو شرقي
    مدينة القامشلي», then «… على طريق القامشلي – المالكية»)."""
    if m.place is None or "start" not in m.place:
        return False
    if m.place["end"] <= m.prefix_start and tellings.cut(ctx, m.place["end"], m.prefix_start) is not None:
        return False  # («… قرى حول بلدة X شرق مدينة Y، فاندلعت معارك…، في حين قصفت الطائرات تلك
        # القرى»: a place told before a part word is the other clause's; m names none of its own)
    theirs = [p for o in inc.mentions for p in o.all_places if "start" in p]
    if any(tellings.same_place(p, q) for p in _bound_to(ctx, m.place, m.si) for q in theirs):
        return True
    return any(tellings.same_place(m.place, p) for o in inc.mentions for q in o.all_places if "start" in q
               for p in _bound_to(ctx, q, o.si))


def _bound_to(ctx: Ctx, p: dict, si: int) -> list:
    """The places named after p in its sentence up to a part word («فيما», «كما»): where p lies, as the sentence
    goes on to say (the country left out: every place lies in it)."""
    ce = ctx.sents[si].end
    cut = [x for x in ctx.m["breaks"].starting(p["end"], ce) if ffold(x.surface) in _PART]
    ce = cut[0].start if cut else ce
    return [q for q in ctx.places.between(p["end"], ce) if (q.get("kind") or q.get("level")) != "country"]


def _another_town(ctx: Ctx, inc: Incident, m: Mention) -> bool:
    """«قصف على قرى منطقة X… . وقال المراسل إن القذائف سقطت على بلدة Y فقتلت اثنين. وأضاف أن القصف طال أيضاً مركز
    بلدة Z»: once the incident is told at a town (or a quarter), the act told at another town of its area is
    another incident, even named by its anaphor; the area-wide lead holds the first detail only. Not the same act
    spreading to a place («امتدت الاشتباكات إلى حي الأشرفية»), a list that takes the incident's place up again
    («سقطت على القرية وعلى قريتي X وY»), a place that is another act's of the sentence («وتزامن القصف مع محاولات تقدم
    على جبهة X»), nor a place one of the two sentences binds to the incident's («في شارع كذا بحي كذا»)."""
    if m.place is None or not _fine(m.place) or m.place.get("start", -1) < ctx.sents[m.si].start or \
            tellings.told_by_its_carrier(ctx, m):
        return False  # (a place from another sentence is no place m tells; the carrier named again is the same act)
    fine, mine = [], m.all_places
    for p in (p for o in inc.mentions for p in o.all_places if _fine(p)):
        if any(tellings.same_place(p, q) for q in mine):
            return False  # (m's own town: read up to the first, so an incident told many times there costs one look)
        fine.append(p)
    if not fine:
        return False
    if (m.place.get("kind") or m.place.get("level")) == "neighbourhood" and \
            any((p.get("kind") or p.get("level")) in _TOWNS for p in fine) and _takes_up_a_town(ctx, m):
        return False  # («… التي ألقيت على حي X وحي Y شمال شرقي المدينة»: quarters of the town told before, by its noun)
    lo = m.end if m.end <= m.place["start"] else ctx.sents[m.si].start
    if any(w.lstrip("و") in _TOWARD for w in ctx.words_before(m.place["start"], 4, floor=lo)):
        return False  # («امتدت الاشتباكات إلى أطراف بلدة X»: where the act spread)
    part = tellings.cut(ctx, ctx.sents[m.si].start, min(m.prefix_start, m.place["start"]))
    if _bare_place_noun(ctx, part.end if part is not None else ctx.sents[m.si].start, m.place["start"]):
        return False  # (a bare noun of another part, «سقطت في أحياء المدينة، … فيما طال القصف أيضاً قرية X», is not m's)
    if any(o.si == m.si and o.type not in (m.type, "casualties") and o.place is not None and
           tellings.same_place(o.place, m.place)
           for o in ctx.memo.get("mentions_of", {}).get(m.si, ())):
        return False
    return not _names_its_place(ctx, inc, m)


def _spread_to(ctx: Ctx, m: Mention) -> bool:
    """«وقالت المصادر إن القصف امتد إلى قرى X وY في ريف Z»: the act named again as reaching a place
    (a word toward it between them), with no dead told in its sentence, is the act told before over more places; dead
    of their own («وامتد القصف إلى أحياء في القامشلي، فقُتل رجلان») tell the act there as one of its own."""
    p = m.place
    if p is None or p.get("start", -1) < m.end or m.deaths or ctx.words_between(m.end, p["start"]) > 4:
        return False
    if any(o.type == "casualties" for o in ctx.memo.get("mentions_of", {}).get(m.si, ())):
        return False
    return any(w.lstrip("و") in _TOWARD for w in ctx.words_before(p["start"], 4, floor=m.end))


def _others_place(ctx: Ctx, m: Mention) -> bool:
    """«وأفاد المراسل بأن التظاهرة بدأت حين احتجز حاجز عدداً من الأهالي قرب منطقة X في القرية»: the place of the
    anaphor's sentence is told after another act of the sentence that stands between them: that act's place, none
    of the act named again."""
    p = m.place
    if p is None or p.get("start", -1) < m.end:
        return False
    return any(o is not m and o.type not in (m.type, "casualties") and m.end <= o.start and o.end <= p["start"]
               for o in ctx.memo.get("mentions_of", {}).get(m.si, ()))


_TOWNS = ("locality", "city")


def _takes_up_a_town(ctx: Ctx, m: Mention) -> bool:
    """m's part of its sentence (between the part words around it) names a place by a bare noun that no name follows
    («في المدينة», «شمال شرقي المدينة»: joins.json same_place_nouns): the place told before, taken up."""
    s = ctx.sents[m.si]
    before = tellings.cut(ctx, s.start, m.prefix_start)
    after = tellings.cut(ctx, m.end, s.end)
    return _bare_place_noun(ctx, before.end if before is not None else s.start,
                            after.start if after is not None else s.end)


def _bare_place_noun(ctx: Ctx, lo: int, hi: int) -> bool:
    """A bare place noun between lo and hi that no name follows («سقطت على القرية وعلى قريتي…»): a place told
    before, taken up again (joins.json same_place_nouns; «بلدة إبلين» names a place of its own)."""
    nouns = tellings.joins_words("same_place_nouns")
    for j in range(bisect_left(ctx.tok_starts, lo), bisect_left(ctx.tok_starts, hi)):
        if ctx.ftoks[j].lstrip("وبل") in nouns or ctx.ftoks[j].removeprefix("و") in nouns:
            end = ctx.tok_ends[j]
            if not ctx.places.between(ctx.tok_starts[j], end + 1) and ctx.places.first_after(end, end + 3) is None:
                return True
    return False


def _fine(p: dict) -> bool:
    """A town, a quarter or a site: a place that holds no other town."""
    return (p.get("kind") or p.get("level")) in _FINE


_FINE = frozenset({"locality", "neighbourhood", "facility", "camp", "border crossing", "city"})
_TOWARD = frozenset(fold_str(w) for w in ("إلى", "الى", "حتى", "نحو", "باتجاه"))


def _time_of_another(ctx: Ctx, c: Mention) -> bool:
    """c is told as the time of something else, right after «بعد/عقب/إثر/قبل» («وتأتي الاحتجاجات بعد مقتل شاب»:
    the death a protest answers, not one at it)."""
    before = ctx.words_before(c.prefix_start, 1)
    return bool(before) and before[0].lstrip("و") in _TIME_OF


def _fired_on(a: Mention) -> bool:
    """A force named before the protest a acts on it (actors.py makes it the protest's target: «فتحت قوات الأمن
    النار على متظاهرين», «بنيران الأمن أثناء تفريق تظاهرات»); one named after it is what it is against
    («تظاهرات مناهضة للرئيس»)."""
    return any(x["role"] == "target" and x.get("canonical") and "start" in x and x["start"] < a.start for x in a.actors)


def _figures(inc: Incident, m: Mention) -> tuple[bool, bool]:
    """(compatible, restated): the figures of m (and the deaths attached to it) against the
    incident's, role by role (the killed and the injured of one attack are two figures)."""
    mine = [(x.role, x.figure) for x in [m] + m.deaths if x.figure is not None and not x.earlier]
    if not mine:
        return True, False
    same = False
    for role, f in mine:
        # (their figures read one by one up to the first of the role: an incident told many times costs one look)
        for r2, g in ((x.role, x.figure) for o in inc.mentions for x in [o] + o.deaths if x.figure is not None):
            if r2 == role:
                if not _restates(g, f):
                    return False, False
                same = True
                break
    return True, same


def _restates(a: dict, b: dict) -> Any:
    """The same figure, or a vague one that holds a precise one («عشرات» and «35»)."""
    al, ah, bl, bh = a.get("low"), a.get("high"), b.get("low"), b.get("high")
    if (al, ah) == (bl, bh):
        return True
    def holds(lo, hi, x_lo, x_hi):
        return lo is not None and x_lo is not None and lo <= x_lo and (hi is None or (x_hi is not None and x_hi <= hi))
    vague_a = ah != al or a.get("approx")
    vague_b = bh != bl or b.get("approx")
    return (vague_a and holds(al, ah, bl, bh)) or (vague_b and holds(bl, bh, al, ah))


def _places(inc: Incident, m: Mention, same_sent: bool):
    if m.place is None:
        return "none"
    key = clauses.place_key(m.place)
    seen = False
    for o in inc.mentions:
        for p in o.all_places:
            seen = True
            if clauses.place_key(p) == key or tellings.same_place(p, m.place):
                return "same"
            if p.get("admin1_en") and p.get("admin1_en") == m.place.get("admin1_en") and (
                    same_sent or _coarse(p) or _coarse(m.place)):
                return "near"  # «ريف درعا الغربي» in the headline, «طفس بريف درعا» in the body
            if _country_part(p) and m.place.get("admin1_en") and p.get("country") == m.place.get("country"):
                return "near"  # «غارة جوية في شمال غرب سوريا», then «… استهدفت سيارة قرب قرية X شمالي إدلب»
    return "none" if not seen else False


def _dates_differ(inc: Incident, m: Mention) -> bool:
    """Both dated by the text, to different dates (a report's own day is no date of its act: tellings.report_day)."""
    return m.date[2] == "text" and inc.dated_apart(m)


_QUARTERS = ("neighbourhood", "facility", "camp")


def _country_part(p: dict) -> bool:
    """The country, or a bearing of it that names no governorate («شمال غرب سوريا», «شرق البلاد»)."""
    return (p.get("kind") or p.get("level")) in ("country", "region") and not p.get("admin1_en") and \
        bool(p.get("country"))


def _coarse(p: dict) -> bool:
    return (p.get("kind") or p.get("level")) in ("governorate", "region", "district", "country")
