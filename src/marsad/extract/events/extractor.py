"""The events pipeline component: mentions -> modality -> arguments -> attribution -> actors ->
incidents -> contract v2 records (one per incident; one per place, tied by `group`, when one act
is told for a list of places)."""
from __future__ import annotations

from typing import Any

from ...document import Document
from . import actors as actors_mod
from . import air_agent, arguments, battle_dead, blast_dead, bounds, civil_site, coarse_told, convoy_count, deaths, described, \
    event_filter, event_tagger, fighters_dead, figure_chooser, finer_place, frames, gapped, groups, incidents, join_chooser, \
    lead_source, list_first, mentions, modality, place_chooser, place_part, place_split, protest_dead, protest_tolls, routes, \
    source_chooser, splitter, spread_sum, strike_parts, tellings, told_bound, told_dead, toll_update, tolls, vague_told
from . import mouthpiece
from . import launched
from . import curfew
from . import pronoun_place
from . import same_quarter
from . import own_clause
from . import ref_town
from . import town_tolls
from .attribution import Attribution, _public, announced_by, canonical_source
from .context import Ctx
from .vocab import cue_words, counted_class, counted_gloss, ffold, load_cues, vocab

NOT_HAPPENED = frozenset({"negated", "denied", "future", "hypothetical", "call", "attempted"})


def happened(event: dict) -> bool:
    return event.get("modality", "asserted") not in NOT_HAPPENED


class EventExtractor:
    """Pipeline component: adds contract v2 event records to ``doc["events"]``."""

    def __init__(self) -> None:
        self.v = vocab()

    def __call__(self, doc: Document) -> None:
        for rec in self.extract(doc):
            doc.add("events", rec)

    def extract(self, doc: Document, ctx: Ctx | None = None) -> list[dict]:
        if not doc.text.strip():
            return []
        ctx = ctx or Ctx(doc, self.v)
        mentions.event_words(ctx)  # the trigger hits every later step reads: those read where they stand
        att = Attribution(ctx)
        found = event_tagger.mend(ctx, mentions.find(ctx))  # a learned tagger may retype or add (event_tagger.py)
        found = own_clause.reach_mentions(ctx, found)  # «…، كما طالت بلدة X»: the act again at a town of its own
        kept: list[mentions.Mention] = []
        for m in found:
            mod = modality.classify(ctx, m)
            if mod is None:
                continue  # a state, a habit or an aim
            m.modality = "future" if m.future and mod == "asserted" else mod
            kept.append(m)
        kept.extend(mentions.speeches(ctx, att, kept))
        kept = launched.refine(ctx, att, kept)  # «أعلن الجيش إطلاق معركة…»: a decision, a statement
        kept = curfew.refine(ctx, att, kept)  # «فرضت السلطات حظر التجول»: a decision, a statement
        kept = _no_disasters(ctx, kept)
        by_sent: dict[int, list] = {}
        for m in kept:
            by_sent.setdefault(m.si, []).append(m)
        ready: list[mentions.Mention] = []
        for si in sorted(by_sent):
            # «أعلن خمسة جنود انشقاقهم»: a span holding a noun with a pronoun of its own names the
            # actors of that act, not a source (its figure is theirs)
            # «أعلن أكثر من 60 عنصراً انشقاقهم»: a "source" that is a figure counts those who acted
            counted = _figure_sources(ctx, att, si, by_sent[si])
            # («أعلن ستة ضباط من مرتبات الفرقة 11 انشقاقهم»: a unit's number may stand between them)
            blocked = [(a, b) for a, b in att.spans(si) if (a, b) not in counted and not any(
                a < m.start and (m.prefix_start <= b + 2 or b <= m.prefix_start and ctx.words_between(b, m.prefix_start) <= 2
                                 and not ctx.breaks_between(b, m.prefix_start)) and m.surface.endswith(_OWN_PRONOUN) and
                m.pos == "noun" for m in by_sent[si])]
            # a cause or a destination («رداً على قذائف أطلقها التنظيم على ولاية كليس»): its
            # triggers, figures and places are not the news (frames.py)
            blocked += frames.scopes(ctx, si)
            # a trigger inside a source's name («رصد مكتب توثيق الشهداء») is no mention
            here = [m for m in by_sent[si] if not any(a < m.start and m.end <= b for a, b in blocked)] \
                if blocked else list(by_sent[si])  # (most sentences block nothing: no test per mention)
            ms = arguments.assign_figures(ctx, here, blocked)
            for m in ms:
                if m.figure is not None and tellings.dual(m.figure):
                    m.figure = None  # «قُتل عنصران»: a dual noun is no figure of the event (joins.json two_numerals)
            ms = _the_dead_not_the_crowd(ctx, ms)
            for m in ms:
                if m.type == "other" and m.figure is None and m is ms[-1]:
                    q = arguments.carried_next(ctx, m, by_sent.get(si + 1, []))
                    if q is not None:  # «… . وأفاد مراسلنا بأن 25 حافلة أقلت 1580 شخصاً»: the convoy's people
                        m.figure, m.role = bounds.bound(ctx, q), "count"
            for m in ms:
                if m.type == "casualties" and m.pos == "verb" and m.figure is None:
                    _of_them_figure(ctx, m)
            # (a running total told by its cue alone, «ليصل عدد الكيانات إلى…», with no figure of its own: nothing)
            ms = [m for m in ms if not _hit_things(ctx, m) and not (m.total and m.figure is None)]
            for m in ms:
                _retype(ctx, m)
            # «توزعت بين 40 غارة جوية و6 هجمات برية»: a trigger naming a part of a breakdown is no event
            ends = [b["end"] for m in ms for b in m.breakdown if "end" in b]
            # («، بينهم طفلان، وأصيب 14 آخرون»: a verb after the aside's comma is an act of its own)
            if ends:
                ms = [m for m in ms if not any(0 <= m.prefix_start - e <= 2 and not ctx.breaks_between(e, m.prefix_start)
                                               for e in ends) or _dead_of_a_part(ctx, m, ms) or _means_after_part(ctx, m)]
            for m in ms:
                if m.partitive and m.figure is not None:
                    m.breakdown.append({"of": m.role, "low": m.figure.get("low"), "high": m.figure.get("high"),
                                        "counted": m.figure.get("counted"), "surface": m.figure["surface"]})
                    m.figure = None
            ctx.memo["blocked", si] = blocked
            places = arguments.usable_places(ctx, si, blocked)
            last_of: dict[str, mentions.Mention] = {}
            for m in ms:
                borrowed = False
                m.places = arguments.choose_place(ctx, m, frames.own_places(ctx, m, places), last_of.get(m.type))
                m.place = m.places[0] if m.places else None
                if m.denies is not None:
                    # «نفت الوزارة ما تداولته صفحات عن قصف سوق في مدينة X»: a denial is placed where the act it
                    # denies was said to be
                    # (in the clause that tells it: «…، مؤكدة أنه يتابع مهامه في الميدان» is what the denier says)
                    # m.denies was placed before m: speeches() appends statements after the acts (kept's order)
                    # and sentences run in order; a loop that reorders ms must place denials in a pass after it
                    cut = ctx.clause(m.denies.start)[1]
                    m.places = [p for p in m.denies.places if p["start"] < cut]
                    m.place = m.places[0] if m.places else None
                if m.place is not None and (held := arguments.anaphor_held(ctx, m, m.places)):
                    m.places, m.place = held, held[0]  # «… في البلدة بريف X»: the town the noun stands for
                same = _same_places(ctx, m, ms, ready) if ctx.sent_words(si) & _SAME_WORDS else None
                if same:
                    m.places, m.place = same, same[0]  # «… مع قصف مدفعي على البلدات ذاتها»: the towns told before
                if m.place is None and arguments.went_to(ctx, m):
                    continue  # «قبل أن ينسحب المهاجمون باتجاه البادية»: no place changed hands
                if m.place is None and (m.type in ctx.v.acts or m.type == "other") and m.sub != "response":
                    # «قصفت المدفعية بلدة كويا، بعد اشتباك مع مسلحين من أبناء البلدة»: an act of the
                    # same sentence with no place of its own happened where the one before did
                    # (not across «فيما/بينما»: a parallel story has places of its own)
                    # (an exit or a displacement goes with a town taken or entered, not with the toll
                    # of a strike: «بعد انتشال جثامين جديدة» is that strike's dead)
                    near = next((o for o in reversed(ms[:ms.index(m)]) if o.place and o.type in ctx.v.acts
                                 and (m.type != "other" or o.type == "territory_change")
                                 and arguments.level(o.place) == 1 and
                                 (not arguments.part_between(ctx, o.end, m.prefix_start) or
                                  pronoun_place.tied(ctx, m))), None)
                    if near is not None:
                        m.places, m.place = [near.place], near.place
                        borrowed = True
                    elif (town := pronoun_place.town_before(ctx, m, att.spans(si))) is not None:
                        m.places, m.place = [town], town  # «… جنوب غرب X، في حين بقيت الطائرات تلقي البراميل على أحياء فيها»
                        borrowed = True
                if m.place is None and m.type == "agreement":
                    # «توصلت اللجنة المركزية في درعا البلد والجانب الروسي… إلى اتفاق»: the place its
                    # parties are named with is the place the deal is about
                    own = [p for p in places if p["end"] <= m.prefix_start and not p["_country"]]
                    named = arguments.named_party_place(ctx, m, blocked)
                    if named and (not own or arguments.holds(own[0], named[0])):
                        own = named  # «أعلن المجلس المحلي لمدينة X التوصل إلى اتفاق»: the party's own town
                    if own:
                        m.places, m.place = own[:1], own[0]
                elif m.type == "agreement" and len(m.places) == 1:
                    # «أعلن المجلس العام لحيي X وY في حلب التوصل إلى اتفاق»: the rules took the city that holds
                    # the speaking party's own quarter
                    named = arguments.named_party_place(ctx, m, blocked)
                    if named and arguments.holds(m.places[0], named[0]):
                        m.places, m.place = named, named[0]
                last_of[m.type] = m
                arguments.date_and_period(ctx, m)
                if (borrowed or m.place is not None and m.place.get("_told_before")) and m.aggregate:
                    # «… سيطر على مدينة تل أبيض، وأضافت أن عدد الذين تم تحييدهم منذ بدء العملية بلغ
                    # 415»: a sum over a period is not at the place of the act told before it
                    m.places, m.place = [], None
                elif m.aggregate and m.places and \
                        (kept_places := arguments.running_total_place(ctx, m, m.places, places)) is not None:
                    # «… بعد انشقاقهم قرب بلدة X، ليرتفع إلى 2100 عدد المنشقين الذين دخلوا البلاد منذ…»:
                    # a total of arrivals from many places is not at the place of the act told before it
                    m.places, m.place = kept_places, kept_places[0] if kept_places else None
                elif m.aggregate and arguments.a_parts_place(ctx, m):
                    m.places, m.place = [], None  # (a distribution by place is a breakdown of the sum)
                elif RANKED_PLACE and m.aggregate and arguments.a_ranked_place(ctx, m):
                    m.places, m.place = [], None  # («وتصدرت محافظة دمشق المحافظات بـ64 حالة»: a part ranked)
                elif arguments.over_a_list(ctx, m, places):
                    m.places, m.place = [], None  # (a sum over a list of areas: no single place)
                    ctx.memo.setdefault("no_single_place", set()).add(m.start)
                elif m.aggregate and any(p.get("_share") for p in m.places):
                    # «… 1840 برميلاً خلال الشهر، تركز معظمها على محافظتي درعا وريف دمشق»: where a share fell
                    m.places = [p for p in m.places if not p.get("_share")]
                    m.place = m.places[0] if m.places else None
                m.background = modality.background(ctx, m)
                # a speech mention knows its speaker (mentions.speeches)
                rep = m.reported_by or att.for_mention(si, m.start)
                if rep is not None and (rep.get("start"), rep.get("end")) in counted:
                    rep = next((_public(a) for a in att.of_sentence(si)[::-1] if a["cue_start"] <= m.start
                                and (a["start"], a["end"]) not in counted), None)
                rep = att.named_later(rep or att.from_next(si))  # («هيئة لرصد النزاع» … «المرصد السوري»: named)
                if rep is None and m.type in _SELF_REPORTED and m.type != "agreement" and m.pos == "verb":
                    rep = att.subject_after(m.end, si)  # «أفتت رابطة…»: who made it says so
                m.reported_by = canonical_source(ctx, rep)
                m.actors = actors_mod.find(ctx, m)
                _carry_agent(ctx, m, ready)
                actors_mod.carry_to_total(ctx, m, ready)
                if m.reported_by is None and m.type in _SELF_REPORTED:
                    # «مدّد الاتحاد الأوروبي العقوبات»: who decided it is who says so
                    ag = next((a for a in m.actors if a["role"] == "agent" and "start" in a), None)
                    # (a party that reached a deal is no source of it; one that announced it is: «هدنة أعلنتها موسكو»)
                    if ag is not None and (m.type != "agreement" or announced_by(ctx, ag["start"])):
                        m.reported_by = {"surface": ag["surface"], "canonical": ag.get("canonical"),
                                         "start": ag["start"], "end": ag["end"]}
                ready.append(m)
        ready.sort(key=lambda m: (m.start, (m.figure or {}).get("start", 0)))
        incs = tolls.cause_typed(ctx, tolls.split_running(ctx, tolls.join(ctx, incidents.resolve(ctx, ready))))
        incs = splitter.split(ctx, incs)  # a learned split may call one incident several (splitter.py; off unless its file says on)
        out: list[dict] = []
        last_place: dict[str, list] = {}
        last_rec: dict[int, list] = {}
        for n, inc in enumerate(incs):
            if _vague(inc) and inc.deaths and inc.main.pos == "verb" and not any(m.places for m in inc.mentions):
                # «… . وقصفت قوات النظام الأحياء الشرقية بقذائف الهاون، ما أدى إلى مقتل طفلين»: a strike with its
                # dead (a dual: no figure) is an incident when the sentence before gives its place
                before = _place_from_before(ctx, att, inc)
                if before:
                    inc.main.places, inc.main.place = before, before[0]
            if _vague(inc) or all(m.anaphor for m in inc.mentions) and inc.mentions[0].pos == "adj" and \
                    not any(d.figure is not None for d in inc.deaths):  # («النار على المتظاهرين، ما أدى إلى مقتل ستة»)
                continue  # «معظم المنشقين» with nothing told before: a reference, not an incident
            if inc.type == "casualties" and all((m.relative or _of_the_remains(ctx, m)) and m.figure is None
                                                for m in inc.mentions) and \
                    not any(d.figure is not None for d in inc.deaths):
                continue  # «رفات 23 شخصاً يرجح أنهم من المعتقلين الذين قتلوا…»: who they were, not a new toll
            main = inc.main
            # «المجزرة»: the place of the one told before; «خلال المعارك» after a takeover: its battle
            told = last_place.get(inc.type) or (last_place.get("territory_change") if inc.type == "armed_clash"
                                                else None)
            if told and not any(m.places for m in inc.mentions) and \
                    any(m.definite and m.pos == "noun" for m in inc.mentions) and \
                    not (AGGREGATE_NOT_TOLD_BEFORE and any(m.aggregate for m in inc.mentions)):
                # (a sum over a period, «وفي الشهر الفائت أحصى المرصد مقتل 312 مدنياً بالغارات الجوية»: its
                # definite noun names the kind of act, not the one told before; its place is not that act's)
                main.places = told
                main.place = main.places[0]
            if not any(m.places for m in inc.mentions):
                nxt = _place_from_next(ctx, att, main) or _place_from_before(ctx, att, inc)
                if nxt:
                    main.places, main.place = nxt, nxt[0]
            inc_places = next((m.places for m in [main] + inc.mentions if m.places), None)
            if inc_places:
                last_place[inc.type] = inc_places
            recs = _records(ctx, inc, n, att)
            out.extend(recs)
            for si in {m.si for m in inc.mentions}:
                last_rec.setdefault(si, []).insert(0, recs[0])
        groups.group_lists(incs, out)
        out.extend(groups.place_lists(ctx, att, set(by_sent), last_rec))
        place_chooser.refine(ctx, att, out)  # a learned chooser may prefer another place (place_chooser.py)
        list_first.refine(ctx, out)  # and a later member of a list of places the list's first (list_first.py)
        launched.place(ctx, out)  # and an announced launch's statement the ground it is launched on
        curfew.place(ctx, out)  # and a curfew's statement the ground it is laid on
        finer_place.refine(ctx, out)  # and a later telling's place inside the chosen area (finer_place.py)
        civil_site.refine(ctx, out)  # and a civil building's town told with it for the building (civil_site.py)
        same_quarter.refine(ctx, out)  # and a city's quarter told as a quarter after it in its sentence (same_quarter.py)
        ref_town.refine(ctx, out)  # and a town told as a locating phrase's reference the spot told next (ref_town.py)
        told_bound.refine(ctx, out)  # and the at-least bound another telling gives its figure (told_bound.py)
        battle_dead.refine(ctx, out)  # and a taking the dead of its fighting told later (battle_dead.py)
        gapped.refine(ctx, out)  # and a further object with a place of its own after the act's place (gapped.py)
        spread_sum.refine(ctx, out)  # and a figure told over many places is a sum, not an incident (spread_sum.py)
        place_part.refine(ctx, out)  # and a total told later split by place the part at its place (place_part.py)
        vague_told.refine(ctx, att, out)  # and a vague toll the count a later telling gives inside it (vague_told.py)
        blast_dead.refine(ctx, out)  # and a figureless explosion the dead its own sentence tells (blast_dead.py)
        convoy_count.refine(ctx, out)  # and a figureless convoy the people a later sentence counts (convoy_count.py)
        told_dead.refine(ctx, out)  # and a figureless act the dead another sentence tells of it (told_dead.py)
        figure_chooser.refine(ctx, att, out)  # and another figure (figure_chooser.py; off unless its file says on)
        source_chooser.refine(ctx, att, out)  # and another source (source_chooser.py; off unless its file says on)
        lead_source.refine(ctx, att, out)  # and a next sentence's opening source for the outlet's (lead_source.py)
        mouthpiece.refine(ctx, att, out)  # and a group's own agency for the group's claims (mouthpiece.py)
        source_chooser.refine(ctx, att, out, late=True)  # (the structure model chooses over lead_source's choice)
        for r in out:
            r.pop("_no_place", None)
        out.sort(key=lambda r: (r["start"], r["end"]))
        out = strike_parts.prune(ctx, out)  # a strike's own blast or air defence told as an act (strike_parts.py)
        out = described.prune(ctx, out)  # and people described («على لاجئين»), no movement of theirs (described.py)
        out = air_agent.refine(ctx, out)  # an air force's attack told by a neutral word is an air strike (air_agent.py)
        out = join_chooser.merge(ctx, out)  # a learned join may call two records one incident (join_chooser.py)
        out = event_filter.prune(ctx, out)  # a learned filter may drop a non-act (event_filter.py)
        out = event_tagger.prune(ctx, out)  # and the learned tagger a record its sentence does not tell
        # a learned attacher gives deaths to their act (deaths.py); a toll of separate incidents is none of theirs
        out = deaths.attach(ctx.doc.text, out, hold=incidents.tolls_apart(ctx, out))
        out = coarse_told.merge(ctx, out)  # one act told at an area and at a place inside it is one record
        out = protest_tolls.refine(ctx, out)  # a protest day's toll town by town: a protest per town
        out = protest_dead.merge(ctx, out)  # and a protest's dead told beside it are its dead (protest_dead.py)
        out = town_tolls.refine(ctx, out)  # and a toll told town by town a record per town (town_tolls.py)
        out = fighters_dead.refine(ctx, out, incidents.tolls_apart(ctx, out))  # and fighters killed, no other cause: their clash
        return place_split.split(ctx, out)  # and a learned copy at another town of its sentence (off unless on)


RANKED_PLACE = True  # (stop 37, place4: --fix ranked)
AGGREGATE_NOT_TOLD_BEFORE = True  # (stop 37, place4: the gate in bench_figure_fixes --fix aggtold)
_RANK = {"locality": 0, "neighbourhood": 0, "facility": 0, "camp": 0, "border crossing": 0, "city": 1,
         "subdistrict": 2, "district": 2, "region": 3, "governorate": 4, "country": 5}
_OWN_PRONOUN = ("ه", "ها", "هم", "هما", "هن")
_SELF_REPORTED = frozenset({"statement", "sanction", "agreement"})
_NEEDS_ANCHOR = frozenset({"armed_clash", "airstrike", "shelling", "explosion", "territory_change", "protest",
                           "casualties", "other"})


_DISASTER_TYPES = frozenset({"casualties", "other"})


def _figure_sources(ctx: Ctx, att: Attribution, si: int, ms: list) -> set[tuple[int, int]]:
    """Source spans of sentence si that lie inside a figure («أعلن أكثر من 60 عنصراً انشقاقهم»:
    «أكثر من» is the bound of who acted, not who says so), or that open on a figure whose people's act
    noun follows in its clause («أعلن تسعة من عناصر الشرطة في مخفر بلدة الحراك انشقاقهم»: who acted, past
    the place their post is at, not who says so)."""
    out = set()
    for a, b in att.spans(si):
        qs = ctx.quants.covering(a, 30)
        if any(q["start"] <= a and b <= q["end"] for q in qs):
            out.add((a, b))
        elif any(q["start"] == a and q.get("low") is not None for q in qs) and any(
                m.pos == "noun" and m.surface.endswith(_OWN_PRONOUN) and b <= m.prefix_start and
                ctx.words_between(b, m.prefix_start) <= _FIGURE_LED_REACH and not ctx.breaks_between(b, m.prefix_start)
                for m in ms):
            out.add((a, b))
    return out


_FIGURE_LED_REACH = 8  # words from a figure-led span to its people's act noun («… في مخفر بلدة X بريف Y انشقاقهم»)


def _the_dead_not_the_crowd(ctx: Ctx, ms: list[mentions.Mention]) -> list[mentions.Mention]:
    """«وقالت اللجان إن أربعة محتجين قتلوا برصاص الأمن»: a figure of protesters that is the subject of a death or
    hurt verb right after it counts the dead, not a protest: the verb takes it, the noun is no protest."""
    gone = []
    for m in ms:
        if m.type != "protest" or m.pos not in ("noun", "adj") or m.figure is None or not (m.figure["start"] < m.start):
            continue
        c = next((c for c in ms if c.type == "casualties" and c.pos == "verb" and c.figure is None and
                  c.prefix_start >= m.end and ctx.words_between(m.end, c.prefix_start) <= 1 and
                  not ctx.breaks_between(m.end, c.prefix_start)), None)
        if c is not None:
            c.figure, m.figure = m.figure, None
            gone.append(m)
    return [m for m in ms if m not in gone] if gone else ms


def _of_them_figure(ctx: Ctx, m: mentions.Mention) -> None:
    """«… قُتل 65 شخصاً في أنحاء البلاد. وأوضح المرصد أن 20 منهم قضوا في قصف على مدينة دوما»: a figure «of them»
    right before a death verb counts those dead (a part of the toll told before, and the dead of their own act)."""
    ws = ctx.words_before(m.prefix_start, 1, floor=ctx.sents[m.si].start)
    if not ws or ws[0] not in ctx.v.of_them:
        return
    q = next(iter(reversed(ctx.quants.between(max(ctx.sents[m.si].start, m.prefix_start - 30), m.prefix_start))), None)
    if q is not None and q.get("low") is not None and ctx.words_between(q["end"], m.prefix_start) <= 2 and \
            counted_class(q.get("counted")) in ("person", "unknown", None):
        m.figure = bounds.bound(ctx, q)


def _dead_of_a_part(ctx: Ctx, m: mentions.Mention, ms: list[mentions.Mention]) -> bool:
    """«…، بينهم 11 قضوا بغارات على مدينة أريحا»: a death verb right after a part of a figure, whose
    clause then names the act they fell in, tells those dead (incidents._part_as_figure), not a part's noun."""
    if m.type != "casualties" or m.pos != "verb":
        return False
    ce = ctx.clause(m.end)[1]
    return any(a.type in ctx.v.acts and m.end <= a.prefix_start < ce for a in ms)


def _means_after_part(ctx: Ctx, m: mentions.Mention) -> bool:
    """«استشهد أربعة مدنيين بينهم طفلان بغارة جوية على…»: an act word opened by the preposition «ب» (its
    means or cause: «بغارة», «بقصف», «بانفجار») is no part's counted noun («40 غارة»), whatever part comes
    right before it (a dual part, «طفلان», is its own noun: the act follows it with no word between)."""
    return m.type in ctx.v.acts and ctx.text[m.prefix_start:m.start].lstrip("وف").startswith("ب")


_SAME_WORDS = tellings.joins_words("same_places_words") | tellings.joins_words("same_place_words")


def _same_places(ctx: Ctx, m: mentions.Mention, ms: list, ready: list) -> list[dict]:
    """«وترافقت الغارات مع قصف مدفعي لقوات النظام على البلدات ذاتها»: a plural noun of places named as the
    same ones (joins.json same_places_*) in m's clause after it: the places of the last act told before it
    with a list of places. «وكان المخفر نفسه قد تعرض لهجوم»: a place noun named as the same one (joins.json
    same_place_*) in m's clause, m with no place of its own: the place of the last act told before it."""
    before = ms[:ms.index(m)] + ready[-8:]
    cs, ce = ctx.clause(m.start)[0], ctx.clause(m.end)[1]
    ws = ctx.words_after(m.end, 8, limit=ce)
    nouns, same = tellings.joins_words("same_places_nouns"), tellings.joins_words("same_places_words")
    if any(_bare(w) in nouns and k + 1 < len(ws) and ws[k + 1] in same for k, w in enumerate(ws)):
        return next((list(o.places) for o in sorted(before, key=lambda o: -o.start) if len(o.places) > 1 and
                     o.type in ctx.v.acts), [])
    if m.place is not None:
        return []
    one, same1 = tellings.joins_words("same_place_nouns"), tellings.joins_words("same_place_words")
    ws = ctx.words_before(m.prefix_start, ctx.words_between(cs, m.prefix_start) + 1, floor=cs)[-8:] + ws
    if not any(_bare(w) in one and k + 1 < len(ws) and ws[k + 1] in same1 for k, w in enumerate(ws)):
        return []
    # (an act of the same kind at the same place is left to the joins: it may be the one told again)
    told = [o for o in before if o.places and o.si >= m.si - 2 and o.type not in ("statement", m.type)]
    return list(max(told, key=lambda o: o.start).places[:1]) if told else []


def _bare(w: str) -> str:
    return w.lstrip("و").removeprefix("ب").removeprefix("ل").removeprefix("ف")


def _no_disasters(ctx: Ctx, ms: list[mentions.Mention]) -> list[mentions.Mention]:
    """cues.json not_conflict: the dead of an earthquake or a road accident are no conflict
    casualties. A casualties or other mention goes when its sentence names a disaster and no act
    of war, or follows right after such a sentence with no act of its own."""
    cues = ctx.m["not_conflict"]
    if not cues.items:
        return ms
    acts = ctx.v.acts
    with_act = {m.si for m in ms if m.type in acts}
    struck = {ctx.sent_of(c.start) for c in cues.items} - with_act
    gone = struck | {si + 1 for si in struck if si + 1 not in with_act}
    return [m for m in ms if not (m.type in _DISASTER_TYPES and m.si in gone)]


def _vague(inc: incidents.Incident) -> bool:
    """An act with no place, no figure and no date of its own cannot be counted by anyone
    («معركة الشام باتت مصيرية»): it is talk about the war, not an incident; so is an `other`
    («ملف النزوح»): displacement as a topic."""
    if inc.type not in _NEEDS_ANCHOR:
        return False
    if any(m.sub == "response" and m.modality == "asserted" for m in inc.mentions):
        return False  # «وقالت الوزارة إن قواتها ردّت بقصف مدفعي على مواقع…»: the answer to an act told is anchored by it
    ms = inc.mentions + inc.deaths
    return not any(m.places or m.figure is not None or m.date[2] == "text" for m in ms)


def _monthly_toll(inc: incidents.Incident, date_m, places: list, fatalities) -> bool:
    if inc.type != "casualties" or fatalities is None or date_m.date[2] != "text" or \
            date_m.date[1] not in ("month", "year"):
        return False
    return not places or all((p.get("kind") or p.get("level")) == "country" for p in places)


def _hit_things(ctx: Ctx, m: mentions.Mention) -> bool:
    """«وأصيب ثلاثمئة ألف مسكن بأضرار»: damage to things, not people injured."""
    if m.type != "casualties" or m.figure is not None:
        return False
    q = ctx.quants.first_after(m.end, m.end + 25)
    return q is not None and counted_class(q.get("counted")) not in ("person", "unknown", None)


_WEAPON_TYPES = ("airstrike", "shelling")


def _retype(ctx: Ctx, m: mentions.Mention) -> None:
    """types.json `retype`: «71 ضابطاً فرّوا إلى تركيا» counts officers, so it is a defection;
    casualties `by_weapon`: «ارتكبت الطائرات الحربية مجزرة» is an airstrike."""
    if m.type == "casualties" and ffold(m.surface) in ctx.v.by_weapon:
        cs = ctx.clause(m.start)[0]
        words = set(ctx.words_before(m.prefix_start, 8, floor=cs))
        typ = next((t for t, cues in ctx.v.attack_contexts if t in _WEAPON_TYPES and words & cues), None)
        if typ is not None:
            m.type = typ
            return
    cues = ctx.v.types[m.type].get("retype_cues")
    if cues:
        sent_words = ctx.sent_words(m.si)
        typ = next((t for t, ws in cues.items() if any(ffold(w) in sent_words for w in ws)), None)
        if typ is not None:
            m.type = typ  # «خطفت عصابة تاجراً وطالبت ذويه بفدية»: a kidnapping for money, not a detention
            return
    if m.figure is None or not m.figure.get("counted"):
        return
    if _REMAINS & set(ctx.words_before(m.figure["start"], 2)):
        return  # «عثرت على رفات 15 عسكرياً»: the bodies of soldiers found, not soldiers who left
    skip = ctx.v.types[m.type].get("retype_not")
    if skip and ffold(m.surface).removeprefix("ال") in {ffold(w).removeprefix("ال") for w in skip}:
        return  # types.json `retype_not`: «أفرج عن أربعة عناصر»: a release counts soldiers, and stays what it is
    noun = ffold(m.figure["counted"])
    for typ, nouns in ctx.v.types[m.type].get("retype", {}).items():
        folded = {ffold(n) for n in nouns}
        # («ستة من عناصره فرّوا إلى…»: the counted noun with its possessive)
        if noun in folded or any(noun.endswith(p) and noun[:-len(p)] in folded for p in _POSSESSIVES):
            m.type = typ
            return


_POSSESSIVES = ("هما", "هم", "ها", "ه")


_REMAINS = frozenset(ffold(w) for w in load_cues().get("remains_nouns", {}).get("nouns", []))


def _of_the_remains(ctx: Ctx, m: mentions.Mention) -> bool:
    """«عثر الدفاع المدني على مقبرة تضم رفات أشخاص قتلوا خلال سيطرة…», «جثث مدنيين أُعدموا»: a death verb
    right after the indefinite noun a remains noun governs (≤ 2 words between, in its clause) is a clause that
    says who the remains were (a relative clause with no pronoun), no toll told."""
    if m.type != "casualties" or m.pos != "verb":
        return False
    cs = ctx.clause(m.prefix_start)[0]
    ws = ctx.words_before(m.prefix_start, 3, floor=cs)
    return any(w.lstrip("و") in _REMAINS for w in ws[-3:-1]) and not ws[-1].startswith("ال")
_NO_CARRY = frozenset({"casualties", "defection", "desertion", "statement"})


def _carry_agent(ctx: Ctx, m: mentions.Mention, ready: list[mentions.Mention]) -> None:
    """«استقدمت قوات النظام تعزيزات… . وقصفت بالمدفعية بلدة…»: a verb that opens its sentence
    with و and names no subject goes on with the subject of the act told last in the sentence
    before (the agent of a death verb or a defection is another matter: not carried)."""
    if m.pos != "verb" or m.type in _NO_CARRY or m.si == 0 or any(a["role"] == "agent" for a in m.actors):
        return
    if m.prefix_start - ctx.sents[m.si].start > 1 or not ctx.text[m.prefix_start:m.start].startswith("و"):
        return
    for r in reversed(ready):
        if r.si < m.si - 1:
            return
        if r.si == m.si - 1 and r.type not in _NO_CARRY:
            ag = next((a for a in r.actors if a["role"] == "agent" and a.get("canonical")), None)
            if ag is not None:
                m.actors.insert(0, dict(ag))
            return


def _place_from_next(ctx: Ctx, att: Attribution, m: mentions.Mention) -> list[dict]:
    """«أعلن المجند وليد القشعمي انشقاقه… . وذكر القشعمي أنه… في بلدة حرستا»: the next sentence
    that names the same person goes on with the story and may give the place."""
    if m.si + 1 >= len(ctx.sents):
        return []
    titles = ctx.v.lexicons["titles"]
    # a person's own name (not a force of the actor list: «قوات النظام» is in every other sentence)
    names = {w for a in m.actors if a["role"] in ("agent", "source") and not a.get("canonical")
             for w in ffold(a["surface"]).split() if len(w) > 3 and w not in titles}
    s = ctx.sents[m.si + 1]
    # «أعلن ستة ضباط انشقاقهم… . وقال أحدهم إنهم التحقوا بالكتيبة في مدينة X»: one of the act's people goes on
    # with the story (joins.json one_of_them, right after the opening reporting verb)
    first = ctx.words_after(s.start, 3, limit=s.end)
    theirs = len(first) >= 2 and first[0].lstrip("و").startswith(ctx.v.att_verbs) and \
        first[1].rstrip("،,") in tellings.joins_words("one_of_them") and m.type in tellings.LEAVERS | {"arrest", "protest"}
    if not names and not theirs:
        return []
    words = {w.lstrip("و") for w in ffold(ctx.text[s.start:s.end]).split()}
    if not theirs and not names & words:
        return []
    ps = arguments.usable_places(ctx, m.si + 1, att.spans(m.si + 1))
    ps = [p for p in ps if p["_loc"] and not p["_country"] and not p["_origin"]]
    return ps[:1]


_NEW_STORY = frozenset(cue_words("extractor_words", "new_story"))
# (a deployment too: «وقالت الوزارة إنها شرعت في نشر وحدات للفصل بين المتقاتلين» after a headline or a sentence
# naming the one town it is about; stop 37, place4: --fix reinf)
_LOCATED = ("airstrike", "shelling", "explosion", "armed_clash", "arrest", "reinforcement")


def _place_from_before(ctx: Ctx, att: Attribution, inc: incidents.Incident) -> list[dict]:
    """«شهدت مدينة جاسم توتراً منذ الصباح. وقصفت قوات النظام الأحياء الشرقية بالهاون»: a strike or
    a clash whose sentence names no place at all happened where the sentence before (or the
    headline) says, when that sentence names one place only and this one opens no other story
    («وفي سياق آخر», «من جهة أخرى»)."""
    main = inc.main
    if inc.type not in _LOCATED or main.modality != "asserted" or main.sub == "response" or main.si == 0 or \
            any(m.aggregate for m in inc.mentions):
        return []
    si = main.si
    if any(not p["_country"] for p in arguments.usable_places(ctx, si, att.spans(si))):
        return []
    s = ctx.sents[si]
    if set(ctx.words_after(s.start, 4, limit=main.prefix_start)) & _NEW_STORY:
        return []
    # the nearest sentence before that names a place (sentences of talk or background with none between:
    # «… في مدينة X. وقالت مصادر إن الحملة تستهدف مطلوبين. واعتقلت القوات 12 شخصاً»), else the headline
    back = list(range(si - 1, max(-1, si - 1 - _BACK_REACH), -1))
    for k in back + ([0] if si > 1 and ctx.headline(0) and 0 not in back else []):
        ps = [p for p in arguments.usable_places(ctx, k, att.spans(k))
              if p["_loc"] and not p["_country"] and not p["_origin"] and not p["_road"]]
        if len(ps) == 1:
            return ps
        if ps:
            return []
    return []


_BACK_REACH = 3  # sentences back to the one that names the act's place


def _range(q: dict | None) -> dict | None:
    if q is None:
        return None
    return {"low": q.get("low"), "high": q.get("high"), "approx": bool(q.get("approx"))}


def _records(ctx: Ctx, inc: incidents.Incident, n: int, att: Attribution) -> list[dict]:
    main = inc.main
    ms = sorted(inc.mentions + inc.deaths, key=lambda m: m.start)
    count = fatalities = injured = None
    breakdown: list[dict] = []
    for m in [main] + [x for x in inc.mentions if x is not main and not x.earlier]:
        if m.figure is not None and m.role == "count" and count is None:
            count = m.figure
        if m.figure is not None and (m.type == "casualties" or m.sub in ("killed", "injured")):
            if m.role == "fatalities" and fatalities is None:
                fatalities = m.figure
            elif m.role == "injured" and injured is None:
                injured = m.figure
            elif m.role == "both" and count is None:
                count = m.figure
        breakdown.extend(m.breakdown)
    # (an earlier toll of the incident, «وكان … قد أعلن في حصيلة أولية», only when no other is told)
    for d in sorted(inc.deaths, key=lambda d: d.earlier):
        if d.figure is None:
            continue
        if d.role == "fatalities" and fatalities is None:
            fatalities = d.figure
        elif d.role == "injured" and injured is None:
            injured = d.figure
        breakdown.extend(d.breakdown)
    for part in inc.parts:
        if part.figure is not None:
            breakdown.append({"of": part.role, "low": part.figure.get("low"), "high": part.figure.get("high"),
                              "counted": part.figure.get("counted"), "surface": part.figure["surface"]})
    # «ارتفع عدد القتلى إلى 39»: the latest toll the text gives replaces the first
    latest: dict[str, mentions.Mention] = {}
    for d in inc.deaths or ():
        if toll_update.is_update(ctx, d) and (d.role not in latest or d.start > latest[d.role].start):
            latest[d.role] = d
    for d in inc.mentions:
        if d.type == "casualties" and toll_update.is_update(ctx, d) and (d.role not in latest or d.start > latest[d.role].start):
            latest[d.role] = d
    if "fatalities" in latest:
        fatalities = latest["fatalities"].figure
    if "injured" in latest:
        injured = latest["injured"].figure
    if fatalities is None or injured is None:
        # «30 قتيلاً وجريحاً، بينهم 8 قتلى»: the killed (or injured) named inside a joint figure
        for b in breakdown:
            hurt = ctx.v.hurt_nouns.get(ffold(b.get("counted") or ""))
            if hurt == "killed" and fatalities is None:
                fatalities = dict(b, approx=False)
            elif hurt == "injured" and injured is None:
                injured = dict(b, approx=False)
    if fatalities is None and count is None:
        # «… إيقاع أعداد منهم بين قتيل ومصاب. وأفاد مصدر بأن من بين القتلى 11 إرهابياً»: an act whose dead are
        # told with no figure but a part of them: the part is the one figure the text gives of them
        told_part = next((b for m in inc.mentions if m.partitive and m.sub == "killed" for b in m.breakdown
                          if b.get("of") == "fatalities" and b.get("low") is not None), None)
        if told_part is not None:
            fatalities = {k: told_part[k] for k in ("low", "high", "surface", "start", "end", "counted") if k in told_part}
    if fatalities is None and count is None:
        # «سقط 66 قتيلاً وجريحاً في قصف …», «أوقع الانفجار 13 قتيلاً وجريحاً»: a joint figure of the act's
        # killed and wounded, with no dead of their own told, is the one figure the text gives of the act
        joint = next((d for d in [*inc.mentions, *inc.deaths] if d.role == "both" and d.figure is not None
                      and not d.earlier), None)
        if joint is not None:
            count = joint.figure
    if inc.type == "casualties" and count is None:
        # the injured are never the figure (events_probe README, stop 30): a toll of wounded only keeps them in
        # `injured`; the contract's `count` holds no wounded
        count = fatalities
    # the lead names the place (the first telling with one); an anaphor's place is often of
    # something else («أن المنشقين خشوا… في بلدة نصيب»)
    placed = [m for m in inc.mentions if m.place and not m.anaphor] or [m for m in ms if m.place and not m.anaphor] \
        or ([main] if main.place else [])  # an anaphor given the place of the incident it refers to
    if any(m.aggregate or m.figure is not None for m in inc.mentions):
        # «… مقتل 219 مدنياً في عموم سوريا، … مقتل 173 منهم، سقط معظمهم في محافظتي إدلب وحماة»: where a
        # share of a sum fell is a breakdown by place, never the sum's place; so for a day's toll with its figure
        # («قُتل 90 شخصاً أمس في مناطق عدة، أكثرهم في مدينة X»: stop 33, sets 67, 71, 72), the whole is not where
        # most of it fell (dropped here, after the joins, so a toll that named a share still joins as it did)
        placed = [m for m in placed if not m.place.get("_share")]  # type: ignore[union-attr]
    # «تعزيزات تركية إلى جبل الزاوية» + «دخل رتل … عبر معبر كفرلوسين»: the way a movement went by is
    # not its place when another telling says where it went (routes.py)
    gone_by = [m for m in placed if (m.place.get("_motion") or ("",))[0] == routes.VIA]  # type: ignore[union-attr]
    if gone_by:
        placed = [m for m in placed if m not in gone_by] or \
            [m for m in inc.mentions if m.place and (m.place.get("_motion") or ("",))[0] != routes.VIA] or placed
    place_m = min(placed, key=lambda m: (_RANK.get(m.place.get("kind") or m.place.get("level"), 1), m.start),  # type: ignore[arg-type, union-attr]
                  default=None)  # the most specific place told, the earliest of equals
    lead_place = place_m.place if place_m is not None and len(place_m.places) == 1 else None
    inner_told: list = []
    # («غارات … على مواقع في شمال سوريا والعراق. … واستهدف بعضها قرى في محيط مدينة عين العرب»: a lead over a list
    # of areas, the telling inside the first)
    if lead_place is None and place_m is not None and place_m.place is not None and len(place_m.places) > 1 and \
            arguments.level(place_m.place) >= 3:
        lead_place = place_m.place
    if lead_place is not None and not any(m.aggregate for m in inc.mentions):
        # «اعتقلت قوات الأمن خمسة أشخاص في ريف حمص الغربي. وقالت مصادر إن الاعتقالات جرت في قرية X»: a
        # telling by an anaphor that names a place inside the area the lead gave tells where in it the
        # act was (a place outside that area may be another thing's: «خشوا … في بلدة نصيب»)
        # (a list told so, «القذائف سقطت على قريتي X وY», «وتركز القصف على بلدات X وY وZ», the lead's area holding its
        # first: its first, the events probe README's «a list of villages (the first)», which the paraphrase gold
        # follows (stop 37 lifted the stop-31 guard that kept the area for three or more); the people's own towns,
        # «وشارك فيها وفود من بلدات X وY», are not where it was)
        inner = inner_told = [m for m in inc.mentions if m.anaphor and m.places
                              and not m.places[0].get("_origin") and arguments.holds(lead_place, m.places[0])]
        if inner:
            place_m = min(inner, key=lambda m: (_RANK.get(m.places[0].get("kind") or m.places[0].get("level") or "", 1),
                                                m.start))
    places = place_m.places if place_m else []
    if place_m is not None and place_m in inner_told and len(places) > 1:
        places = places[:1]  # (the pair's first: where in the lead's area the act was, one act)
    # (the day of the act before the day a report of it came out: tellings.report_day)
    date_m = next((m for m in [main] + ms if m.date[2] == "text" and not m.report_day), None) or \
        next((m for m in [main] + ms if m.date[2] == "text"), main)
    # («… اعتقلت 11 شخصاً يشتبه بمشاركتهم في الهجوم، بحسب مصدر أمني»: the act named in passing in a later
    # sentence is not what that sentence's source reports)
    # («ناشطون: أكثر من ألفي قتيل…» over «ذكر المرصد … أن المعارك خلّفت أكثر من N قتيل»: the body's teller over a
    # headline's label; set 71, and set 67's «المعارضة السورية:» headline)
    told_by = [m for m in [main] + ms if m.reported_by and not (m.si != main.si and att.in_passing(m.prefix_start))]
    rep = next((m.reported_by for m in told_by if not ctx.headline(m.si)), None) or \
        next((m.reported_by for m in told_by), None) or att.fallback()
    actors, seen = [], set()
    told = [main] + [m for m in ms if m in inc.mentions]
    act_roles = {a["role"] for m in told for a in m.actors}
    # «سيطر مقاتلو العشائر على البلدة بعد انسحاب «قسد» منها إثر اشتباكات»: the force a taking's lead
    # names as the one that lost the place is not also its agent through the withdrawal's or the
    # fighting's own mention
    taken_from = {a["start"] for a in main.actors if a["role"] == "target"} if \
        main.type == "territory_change" and ffold(main.surface) not in ctx.v.withdrawal else set()
    for m in told + [m for m in ms if m not in told]:
        deaths = m not in told
        for a in m.actors:
            k = (a["start"], a["role"])
            # «اشتباكات بين X و Y … أسفرت عن مقتل خمسة»: the act's roles stand; a death mention's
            # actors only fill a role the act has none for
            if k not in seen and not (deaths and a["role"] in act_roles) and \
                    not (m is not main and a["role"] == "agent" and a["start"] in taken_from):
                seen.add(k)
                actors.append({"surface": a["surface"], "role": a["role"], "canonical": a.get("canonical")})
    # (an aggregate is a figure summed over a period: «يتصاعد القصف على القرى منذ أسبوعين», «تتواصل
    # الاشتباكات منذ يومين» with no figure at all are acts going on, not sums — contract, `kind`)
    agg = any(m.aggregate for m in inc.mentions if m.figure is not None) or \
        (main.aggregate and count is None and (fatalities is not None or injured is not None))
    period = next((m.period for m in inc.mentions if m.period), None) if agg else None
    stock = ctx.v.types[inc.type].get("stock_at")
    if not agg and stock and count is not None and (count.get("low") or 0) >= stock and \
            not (date_m.date[2] == "text" and date_m.date[1] == "day"):
        agg = True  # «يستضيف الأردن 1.2 مليون لاجئ»: a stock, not an incident
    elif not agg and _monthly_toll(inc, date_m, places, fatalities):
        # «وثقت الشبكة مقتل 260 مدنياً في تشرين الثاني»: a toll of a month or a year for no
        # place (or the whole country) is a sum over that period, not one incident
        agg, period = True, {"start": date_m.date[0], "end": date_m.date[0]}
    # (the towns of a taking, «سيطرت الفصائل على 14 بلدة وقرية», are its figure: types.json lets territory_change
    # count localities, and the gold conventions take an act's own count when no dead are numbered; stop 36 undid
    # a rule that dropped them, written for one set's two events against 18 seen and development gold events)
    counted = (count or fatalities or {}).get("counted") if (count or fatalities) else None
    day = (date_m.date[0], date_m.date[1], date_m.date[2] if date_m.date[2] != "none" else None) \
        if not agg or date_m.date[2] == "text" else (None, None, date_m.date[2] if date_m.date[2] != "none" else None)
    if day[2] == "published" and not agg:
        told_day = arguments.context_date(ctx, main)
        if told_day is not None:
            # «وأضاف المصدر أن سلاح الجو استهدف…»: the report goes on, on the day it told
            day = (told_day["value"], told_day.get("grain"), "text")
    if agg and period and period.get("start") and period["start"] == period.get("end") and \
            len(period["start"]) in (4, 7):
        # «وثقت … خلال شهر كانون الثاني الماضي» in a report dated today: the sum's date is its month
        day = (period["start"], "month" if len(period["start"]) == 7 else "year", "text")
    conf = 0.5 + 0.1 * (count is not None or fatalities is not None) + 0.1 * bool(places) + \
        0.1 * (rep is not None and not rep.get("outlet")) + 0.05 * (date_m.date[2] == "text") + \
        0.05 * (len(ms) > 1)
    base: dict[str, Any] = {
        "_main": main,
        "kind": "aggregate" if agg else "incident",
        "type": inc.type,
        "subtype": _subtype(ctx, inc),
        "start": main.start, "end": main.end, "trigger": main.surface,
        "mentions": [{"start": m.start, "end": m.end, "surface": m.surface} for m in ms],
        "group": None,
        "count": _range(count), "fatalities": _range(fatalities), "injured": _range(injured),
        "breakdown": breakdown,
        "actors": actors,
        "place": None,
        "date": day[0],
        "date_grain": day[1],
        # the contract knows `text` and `published`; an undated event has no source for its date
        "date_source": day[2],
        "period": period,
        "reported_by": rep,
        "reported_by_source": ("outlet" if rep and rep.get("outlet") else "text") if rep else "none",
        "modality": main.modality,
        "background": main.background,
        "confidence": round(min(conf, 0.95), 2),
        # marsad's own fields (the store and the views use them)
        "counted": counted, "counted_en": counted_gloss(counted),
        "quantity": ({"start": (count or fatalities)["start"], "end": (count or fatalities)["end"],  # type: ignore[index]
                      "surface": (count or fatalities)["surface"]} if "start" in (count or fatalities or {}) else None),  # type: ignore[index]
        "sentence_start": ctx.sents[main.si].start, "sentence_end": ctx.sents[main.si].end,
    }
    if len(places) <= 1:
        base["place"] = arguments.clean_place(places[0]) if places else None
        if not places and any(x.start in ctx.memo.get("no_single_place", ()) for x in inc.mentions):
            base["_no_place"] = True  # (the rules found a list of areas: no learned place either)
        return [base]
    out = []
    gid = f"g{n}"
    for i, p in enumerate(places):
        rec = dict(base, place=arguments.clean_place(p), group=gid)
        if i:  # the figures belong to the act as a whole: told once, on the first place
            rec.update(count=None, fatalities=None, injured=None, breakdown=[], quantity=None)
        out.append(rec)
    return out


def _subtype(ctx: Ctx, inc: incidents.Incident) -> str | None:
    spec = ctx.v.types[inc.type]
    if inc.type == "territory_change":
        gov = any(a.get("canonical", "") and a.get("canonical", "").startswith("Syrian government")
                  and a["role"] == "agent" for m in inc.mentions for a in m.actors)
        return (spec.get("acled_government") if gov else spec["acled"])[1]
    if inc.type == "casualties":
        subs = {m.sub for m in inc.mentions}
        return "killed" if "killed" in subs else "injured" if "injured" in subs else None
    return spec["acled"][1]
