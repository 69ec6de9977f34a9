"""The event vocabulary, read once from data/events: types.json (the only list of types, their
triggers, ACLED mapping and argument rules), cues.json (modality, attribution, scope cues),
actors.json (canonical actors and sources), counted.tsv (what a counted noun is)."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import ahocorasick

from ...arabic.inflect import accusative, expand, expand_parts
from ...arabic.lexicon import Lexicon
from ...arabic.normalize import fold_str

DATA = Path(__file__).resolve().parents[2] / "data" / "events"

_FOLDED: dict[str, str] = {}
_FOLD_MEMO_MAX = 100_000


def ffold(s: str) -> str:
    """fold_str of a word, remembered: the same words come back in every sentence and document
    (a bounded memo, cleared when full, so memory stays flat over a long run)."""
    f = _FOLDED.get(s)
    if f is None:
        if len(s) > 40:
            return fold_str(s)  # a stretch of text, not a word: seldom seen twice
        if len(_FOLDED) >= _FOLD_MEMO_MAX:
            _FOLDED.clear()
        f = _FOLDED[s] = fold_str(s)
    return f


@lru_cache(maxsize=None)
def _json(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def load_types() -> dict:
    return _json("types.json")


def load_cues() -> dict:
    return _json("cues.json")


@lru_cache(maxsize=None)
def complementisers(*parts: str) -> frozenset[str]:
    """The folded «أن/إن/بأن» words of cues.json `complementisers`: `that` and the joined forms
    named (`and_that`, `and_by_that`, `so_that`), the one list every site reads."""
    c = load_cues()["complementisers"]
    return frozenset(fold_str(w) for p in parts for w in c[p])


def fold_phrases(phrases) -> tuple[str, ...]:
    """Each phrase folded word by word (spaces made single), for `startswith`/`in` tests on joined folded words."""
    return tuple(" ".join(ffold(x) for x in p.split()) for p in phrases)


def cue_words(key: str, field: str, fold: bool = True) -> tuple[str, ...]:
    """cues.json ``key``'s list ``field``, each word folded (``fold``) or as written (raw text keys)."""
    return tuple(fold_str(w) if fold else w for w in load_cues()[key][field])


WORD_PUNCT = ".,،؛;:!?؟\"'«»()[]“”-"  # marks stripped from a word's ends before it is looked up


def bare_in(w: str, words: frozenset[str]) -> bool:
    """The folded word, or the word without a proclitic (و ف ب ل ال and their pairs), is in words
    (one look-up in the list with every proclitic form, made once per list). Here, not in mentions.py
    or frames.py, because both read it and neither should import the other for it."""
    forms = _WITH_CLITICS.get(id(words))
    if forms is None:
        forms = _WITH_CLITICS[id(words)] = (words, words | frozenset(
            p + x for p in cue_words("mention_words", "proclitics") for x in words if len(x) > 1))
    return w.strip(WORD_PUNCT) in forms[1]


_WITH_CLITICS: dict[int, tuple] = {}  # id(list) -> (the list, kept alive so the id stays its own; its forms)


def load_frames() -> dict:
    """frames.json, less the frames switched off (`enabled` false: the lead's switch of a frame added in a stop)."""
    data = _json("frames.json")  # (cached: a new dict, the cached one left as read)
    return dict(data, frames={name: spec for name, spec in data["frames"].items() if spec.get("enabled", True)})


def load_actors() -> dict:
    # actors.json with nationality-adjective and dated aliases expanded (probe's actor_names)
    from .actor_names import expanded

    return expanded()


EVENT_TYPES = tuple(load_types()["types"])


@lru_cache(maxsize=1)
def counted_table() -> dict[str, tuple[str, str]]:
    """Folded counted noun -> (English gloss, class)."""
    out = {}
    for line in (DATA / "counted.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            r = line.split("\t")
            out[fold_str(r[0])] = (r[1], r[2])
    return out


@lru_cache(maxsize=1)
def singular_nouns() -> tuple[str, ...]:
    """The singulars of the quantity layer's counted nouns (data/quantities/counted.tsv, first column)."""
    path = DATA.parent / "quantities" / "counted.tsv"
    return tuple(r.split("\t")[0].strip() for r in path.read_text(encoding="utf-8").splitlines()
                 if r.strip() and not r.startswith("#"))


def counted_gloss(noun: str | None) -> str | None:
    hit = counted_table().get(ffold(noun)) if noun else None
    return hit[0] if hit else None


def counted_class(noun: str | None) -> str | None:
    """person / vehicle / munition / strike / locality / building / incident, 'unknown', or None."""
    if not noun:
        return None
    f = ffold(noun)
    t = counted_table()
    hit = t.get(f) or t.get(f[2:] if f.startswith("ال") else "ال" + f)
    return hit[1] if hit else thing_class(f) or "unknown"


@lru_cache(maxsize=1)
def _things() -> dict[str, str]:
    """figure_things.json's table (things_table), read once."""
    return things_table(_json("figure_things.json"))


def things_table(raw: dict) -> dict[str, str]:
    """figure_things.json: folded noun -> class, for the switches that are on (`things`, `times`)."""
    out: dict[str, str] = {}
    if raw.get("things", {}).get("enabled", False):
        out.update({fold_str(w): c for w, c in raw["things"].get("classes", {}).items()})
    if raw.get("times", {}).get("enabled", False):
        out.update({fold_str(w): raw["times"]["class"] for w in raw["times"].get("words", [])})
    return out


def thing_class(folded: str) -> str | None:
    """The class of a folded noun of things no act of people counts (figure_things.json), else None; the
    article, «و» and «ب» stripped («ومروحيتين», «المناطق»)."""
    things = _things()
    if not things:
        return None
    for w in (folded, folded.lstrip("وب")):
        for x in (w, w[2:] if w.startswith("ال") else w):
            if x in things:
                return things[x]
    return None


def counts_for(v, etype: str | None, counted: str | None) -> bool:
    """Whether a figure of `counted` is what an act of `etype` counts (its `count`) rather than its dead or wounded
    (`fatalities`): the type's `count` classes in types.json; a killed/injured noun is never an act's count."""
    if v.hurt_nouns.get(ffold(counted or "")) is not None:
        return False
    cls = counted_class(counted)
    allowed = v.types.get(etype, {}).get("count", [])
    return cls in allowed or (cls in (None, "unknown") and None in allowed)


def _words(ws) -> frozenset[str]:
    return frozenset(fold_str(w) for w in ws)


def after_hedges() -> list[tuple[str, str]]:
    """(hedge, effect) for the hedges that follow a figure's noun (data/quantities/hedges.tsv,
    "after": the quantity layer's own list; the lexicon here and bounds.py read it)."""
    path = DATA.parent / "quantities" / "hedges.tsv"
    return [(r[0], r[1].strip()) for r in (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines())
            if len(r) >= 3 and r[2].strip() == "after" and not r[0].startswith("#")]


def _lex(terms, value=None) -> Lexicon:
    lx = Lexicon()
    for t in terms:
        lx.add(t, value if value is not None else t)
    return lx.finalize()



def _anaphors(terms: list[str]) -> Lexicon:
    """cues.json `anaphora`, each noun also in its «لـ» form, whose article's alif is dropped in writing
    («للبلدة», «للمدينة»: «تعزيزات للبلدة», «الأطراف الشرقية للمدينة»); every form's value is the noun."""
    lx = Lexicon()
    for t in terms:
        lx.add(t, t)
        if t.startswith("ال"):
            lx.add("لل" + t[2:], t)
    return lx.finalize()


def _reporting_forms(lemmas: dict[str, str]) -> list[str]:
    """cues.json `attribution.verb_lemmas`: the third-person written forms of each reporting verb (marsad.arabic.inflect),
    first and second person left out («قلنا», «أفدتم»: a quote's speaker, no source named)."""
    out = []
    for lemma, spec in lemmas.items():
        own = fold_str(lemma)
        for f in expand(lemma, spec):
            if f in (own, own + "ا") or not (f.endswith(("تم", "تن", "نا", "ين", "يت")) or
                                            (f.endswith("ن") and not f.endswith(("ون", "ان")))):
                out.append(f)
    return out

def _with_flagged(types: dict) -> dict:
    """types.json's types with the triggers and lemmas of each enabled `flagged_triggers` entry added to its type (a
    set of wordings a gate can switch off by its `enabled`, e.g. «ترك الجيش النظامي»: a defection, stop 38; a whole
    word family by its lemmas, «استرجع/استرجاع», stop 39). An entry's lemma replaces the type's own of that name (its
    spec loosened or narrowed: «اقتاد» without its needed words)."""
    out = dict(types["types"])
    for extra in types.get("flagged_triggers", {}).values():
        if extra.get("enabled") and extra.get("type") in out:
            spec = out[extra["type"]]
            out[extra["type"]] = dict(spec, triggers={**spec["triggers"], **extra.get("triggers", {})},
                                      lemmas={**spec.get("lemmas", {}), **extra.get("lemmas", {})})
    return out


class Vocab:
    """Every lexicon the events stage uses, built once per process. All cue lists go into one
    automaton too, so a document is scanned once (see context.Ctx)."""

    def __init__(self, types: dict | None = None, cues: dict | None = None) -> None:
        # (`types`, `cues`: another types.json or cues.json for a test of a mechanism, handed in rather than patched
        # into this module: compiled with mypyc, a call to load_types is bound at build time and a patch is never seen)
        types, cues = types if types is not None else load_types(), cues if cues is not None else load_cues()
        self.types = _with_flagged(types)
        lists = _not_after_lists(types)
        self.triggers = Lexicon()
        typed = [*self.types.items(), ("attack", types["attack"])]
        listed = {fold_str(f) for _, spec in typed for f in spec["triggers"]}
        # («احتجاجاً على», «فراراً من»: an accusative that heads a frame is that frame, frames.json)
        listed |= {fold_str(h) for f in load_frames()["frames"].values() for h in f["heads"] if " " not in h}
        by_hand = set(listed) | {fold_str(f) for f in types["not_events"]}
        for typ, spec in typed:
            for form, desc in spec["triggers"].items():
                info = _trigger_info(typ, desc, lists)
                self.triggers.add(form, info)
                acc = _accusative(form, info)
                if acc is not None and acc not in listed:
                    self.triggers.add(acc, info)  # «إن انفجاراً هز المدينة», «نفذت اقتحاماً»
                    by_hand.add(acc)
        # `lemmas`: every written form of each lemma (marsad.arabic.inflect); a form listed by hand
        # anywhere (triggers, not_events, frame heads) is read as listed, never as generated
        self.lemma_forms = 0
        families: list[dict[str, str]] = []  # each lemma's forms and their parts, for the word lists (_lemma_lists)
        for typ, spec in typed:
            mine: set[str] = set()
            infos: dict[str, dict] = {}  # one description, one (read-only) info for all its forms
            for lemma, lspec in spec.get("lemmas", {}).items():
                forms = expand_parts(lemma, lspec)
                families.append({f: p for f, (_, p) in forms.items()})
                for form, (desc, _) in forms.items():
                    if form not in by_hand and form not in mine:
                        mine.add(form)
                        if desc not in infos:
                            infos[desc] = _trigger_info(typ, desc, lists)
                        self.triggers.add(form, infos[desc])
            self.lemma_forms += len(mine)
        for form in types["not_events"]:
            self.triggers.add(form, {"type": "-", "pos": "noun", "sub": None, "needs": ()})
        self.triggers.finalize()
        self.acts = frozenset(t for t, spec in self.types.items() if spec.get("acts"))  # deaths attach to these
        self.attack_contexts = _attack_contexts(types["attack"])
        self.attack_chemical = bool(types["attack"].get("chemical", {}).get("enabled"))
        self.attack_cue_words: frozenset[str] = frozenset().union(*(cues for _, cues in self.attack_contexts))
        self.attack_fallback = {fold_str(k): v for k, v in types["attack"].get("fallback", {}).items()}
        self.attack_any_act = _words(types["attack"].get("any_act", []))
        self.air_forces = _words(types["attack"].get("air_forces", []))
        self.air_nations = _words(types["attack"].get("air_nations", []))
        self.attack_by_agent = dict(types["attack"].get("by_agent", {}))
        self.air_force_agents = frozenset(types["attack"].get("air_force_agents", []))
        self.agent_reach = types["attack"].get("agent_reach", 8)
        self.carry_out = _words(types["attack"].get("carry_out", []))
        self.ground_doers = _words(types["attack"].get("ground_doers", []))
        self.overflight = _words(types["attack"].get("overflight", []))
        self.target_words = _words(types["attack"].get("target_words", []))
        self.overflight_reach = types["attack"].get("overflight_reach", 4)
        self.name_heads = _words(types.get("name_heads", []))
        cas = self.types["casualties"]
        self.here_words = _words(cas.get("here_words", []))
        self.of_them = _words(cas.get("of_them", []))
        oth = self.types["other"]
        self.rubble_triggers = _words(oth.get("rubble_triggers", []))
        self.rubble_words = _words(oth.get("rubble_words", []))
        self.rubble_reach = oth.get("rubble_reach", 2)
        self.missile_words = _words(types["attack"].get("missile_words", []))
        self.drop_verbs = _words(types["attack"].get("drop_verbs", []))
        self.naval_words = _words(types["attack"].get("naval_words", []))
        self.explosive_means = _words(types["attack"].get("explosive_means", []))
        self.subject_reach = types["attack"].get("subject_reach", 6)
        self.attack_anaphor_reach = types["attack"].get("anaphor_reach", 2)
        sp = self.types["statement"].get("speech", {})
        self.speech_verbs = _words(sp.get("verbs", []))
        self.speakers = _words(sp.get("speakers", []))
        self.threat_verbs = _words(sp.get("threat_verbs", []))
        self.call_verbs = _words(sp.get("call_verbs", []))
        self.denial_verbs = _words(sp.get("denial_verbs", []))
        self.threat_not_after = _words(sp.get("threat_not_after", []))
        self.stance_verbs = _words(sp.get("stance_verbs", []))
        self.stance_carriers = _words(sp.get("stance_carriers", []))
        self.welcome_verbs = _words(sp.get("welcome_verbs", []))
        self.welcomed = _words(sp.get("welcomed", []))
        self.stance_objects = _words(sp.get("stance_objects", []))
        self.stance_reach = sp.get("stance_reach", 8)
        self.plain_report = _words(sp.get("plain_report", []))
        self.crowd_speakers = _words(sp.get("crowd_speakers", []))
        self.content_stance = _words(sp.get("content_stance", []))
        self.content_reach = sp.get("content_reach", 8)
        self.goes_on_reach = sp.get("goes_on_reach", 3)
        self.goes_on_other = tuple(" ".join(ffold(w).split()) for w in sp.get("goes_on_other", []))
        self.goes_on_future = _words(sp.get("goes_on_future", []))
        held = types.get("held", {})
        self.held_verbs = _words(held.get("verbs", []))
        self.held_detainees = _words(held.get("detainees", []))
        self.held_reach = held.get("reach", 2)
        de = types.get("deal_entry", {})
        self.deal_entry = _words(de.get("triggers", []))
        self.deal_words = tuple(" ".join(fold_str(w).split()) for w in de.get("deal_words", []))
        self.deal_entry_as = de.get("as", "reinforcement")
        self.deal_reach = de.get("reach", 30)
        self.deal_handover = _words(de.get("handover", []))
        self.entry_convoy = _words(de.get("convoy", []))
        tr = types.get("trend", {})
        self.trend_verbs = _words(tr.get("verbs", []))
        self.witness_verbs = _words(tr.get("witness_verbs", []))
        self.trend_reach = tr.get("reach", 3)
        self.habit_verbs = _words(tr.get("habit_verbs", []))
        self.trend_since_reach = tr.get("since_reach", self.trend_reach)
        self.trend_short_units = _words(tr.get("short_units", []))
        self.act_subjects = _words(sp.get("act_subjects", []))
        self.ongoing_verbs = _words(sp.get("ongoing_verbs", []))
        wd = self.types["territory_change"].get("withdrawal", {})
        self.withdrawal = _words(wd.get("triggers", []))
        self.withdrawal_to = _words(wd.get("to", []))
        self.hurt_nouns = {fold_str(w): k for k in ("killed", "injured") for w in cues["hurt_nouns"][k]}
        self.government_words = [fold_str(w) for w in types["government_actor_words"]]
        self.by_weapon = _words(self.types["casualties"].get("by_weapon", []))
        self.dead_heads = _words(self.types["casualties"].get("of_the_dead", []))
        wnd = self.types["casualties"].get("wounded", {})
        self.wounded_words = _words(wnd.get("words", []))
        self.wounded_marks = tuple(fold_str(w) for w in wnd.get("marks", []))
        ab = self.types["casualties"].get("abducted", {})
        self.abduction_words = _words(ab.get("words", []))
        self.body_words = _words(ab.get("bodies", []))
        self.dead_not_described = _words(self.types["casualties"].get("not_described", []))
        self.hurt_moved = _words(self.types["casualties"].get("hurt_moved", []))
        self.hurt_moved_reach = self.types["casualties"].get("hurt_moved_reach", 5)
        self.hit_verbs = _words(self.types["casualties"].get("hit_verbs", []))
        self.hit_classes = frozenset(self.types["casualties"].get("hit_classes", []))
        self.hit_things = _words(self.types["casualties"].get("hit_things", []))
        self.hit_reach = self.types["casualties"].get("hit_reach", 3)
        self.toll_words = _words(types.get("dead_categories", {}).get("toll_words", []))
        heard = types.get("heard", {})
        self.heard_types = frozenset(heard.get("types", []))
        self.sound_words = _words(heard.get("sound_words", []))
        self.what_exploded = _words(heard.get("what_exploded", []))
        self.heard_reach = heard.get("reach", 3)
        acted = types.get("acted_on", {})
        self.acted_types = frozenset(acted.get("types", []))
        self.acted_craft = _words(acted.get("craft", []))
        self.acted_downing = _words(acted.get("downing", []))
        self.acted_disposal = _words(acted.get("disposal", []))
        self.acted_engineers = _words(acted.get("engineers", []))
        self.acted_munitions = _words(acted.get("munitions", []))
        self.acted_mishaps = _words(acted.get("mishaps", []))
        self.acted_reach = acted.get("reach", 6)
        asn = types.get("assassination", {})
        self.assassination = _words(asn.get("words", []))
        self.assassination_as = asn.get("as", "armed_clash")
        self.acts_counted = _words(asn.get("acts_counted", []))
        self.executions = _words(asn.get("executions", []))
        self.execution_marks = _words(asn.get("execution_marks", []))
        self.execution_reach = asn.get("execution_reach", 4)
        bg = types.get("by_gunmen", {})
        self.fire_words = _words(bg.get("fire_words", []))
        self.gunmen = _words(bg.get("gunmen", []))
        self.gunmen_reach = bg.get("reach", 3)
        self.fire_fillers = _words(bg.get("fire_fillers", []))
        self.cause_openers = _words(bg.get("cause_openers", []))
        self.apposition_heads = _words(bg.get("apposition_heads", []))
        self.fire_verbs = _words(bg.get("fire_verbs", []))
        self.fire_objects = _words(bg.get("fire_objects", []))
        self.fire_verb_reach = bg.get("verb_reach", 8)
        self.doer_endings = tuple(ffold(x) for x in bg.get("doer_endings", []))
        self.doer_fighters = _words(bg.get("doer_fighters", []))
        self.doer_reach = bg.get("doer_reach", 20)
        self.doer_object_reach = bg.get("doer_object_reach", 8)
        self.doer_skip = _words(bg.get("doer_skip", []))
        self.doer_not_object = _words(bg.get("doer_not_object", []))
        self.doer_fights = frozenset(bg.get("doer_fights", []))
        rf = types.get("refused", {})
        self.refusal_words = _words(rf.get("words", []))
        self.refusal_reach = rf.get("reach", 14)
        fa = self.types["territory_change"].get("failed_advance", {})
        self.advance_words = _words(fa.get("triggers", []))
        self.repel_words = _words(fa.get("repelled", []))
        self.failed_advance_as = fa.get("as", "armed_clash")
        self.repelled_reach = fa.get("repelled_reach", 8)
        self.after_raid = _words(wd.get("after_raid", []))
        self.after_search = _words(wd.get("after_search", []))
        self.leaving_joined = frozenset(" ".join(ffold(x) for x in w.split()) for w in wd.get("joined_by", []))
        self.leaving_after = _words(wd.get("leaving_after", []))
        cs = self.types["territory_change"].get("control_share", {})
        self.share_verbs = _words(cs.get("verbs", []))
        self.share_words = _words(cs.get("shares", []))
        self.share_wholes = _words(cs.get("wholes", []))
        self.share_reach = cs.get("reach", 10)
        self.response_verbs = _words(types.get("response", {}).get("verbs", []))
        self.accuse_verbs = _words(types.get("accusation", {}).get("verbs", []))
        sm = types.get("standing_measure", {})
        self.standing_types = frozenset(sm.get("types", []))
        self.standing_verbs = _words(sm.get("verbs", []))
        self.standing_reach = sm.get("reach", 2)
        fi = types.get("flight_idiom", {})
        self.idiom_flight = _words(fi.get("triggers", []))
        self.idiom_verbs = _words(fi.get("verbs", []))
        self.idiom_reach = fi.get("reach", 3)
        gm = types.get("ground_means", {})
        self.ground_fire = _words(gm.get("fire_words", []))
        self.ground_ambush = _words(gm.get("ambush_words", []))
        self.ground_types = frozenset(gm.get("types", []))
        self.ground_generic = _words(gm.get("generic", []))
        self.ground_reach = gm.get("reach", 4)
        self.ambush_reach = gm.get("ambush_reach", 10)
        self.ground_use = _words(gm.get("use_verbs", []))
        self.ground_use_reach = gm.get("use_reach", 6)
        de = types.get("destroy", {})
        self.destroy_verbs = _words(de.get("verbs", []))
        self.destroy_weapons = _words(de.get("weapons", []))
        self.destroy_not_after = _words(de.get("not_after", []))
        self.destroy_reach = de.get("reach", 6)
        ob = types.get("opening_blast", {})
        self.before_blast = _words(ob.get("before_blast", []))
        self.after_blast = _words(ob.get("after_blast", []))
        rec = cues.get("recalled", {})
        self.recalled_adjectives = _words(rec.get("adjectives", []))

        mod = cues["modality"]
        self.mod_window = {k: v["window"] for k, v in mod.items()}
        self.mod_as = {k: v.get("as", k) for k, v in mod.items()}  # «أي»: read as hypothetical
        self.imperfect = tuple(mod["qad_imperfect"]["imperfect_prefixes"])
        self.pluperfect = _words(mod["qad_imperfect"]["pluperfect"])
        self.content_cues = _words(mod["hypothetical"].get("content_cues", []))
        self.neg_bound = _words(mod["negated"].get("bound_words", []))
        self.reference_window = cues["not_event"].get("reference_window", 2)
        self.reference_types = frozenset(cues["not_event"].get("reference_types", []))
        self.reference_right_before = _words(cues["not_event"].get("reference_right_before", []))
        self.carriers = _words(cues.get("carrier_words", {}).get("cues", []))
        self.fired_from = _words(cues.get("fired_from", {}).get("cues", []))
        self.decree_words = _words(mod["hypothetical"].get("decree_words", []))
        self.past_endings = tuple(mod["qad_imperfect"]["past_endings"])
        self.precedence = cues["modality_precedence"]
        modality = Lexicon()
        for kind, spec in mod.items():
            if not spec.get("enabled", True):
                continue  # (a cue kind switched off in data: cues.json modality.pilotless)
            for c in spec["cues"]:
                modality.add(c, kind)
        self.not_event_window = cues["not_event"]["window"]
        self.aim_window = cues["not_event"]["aim_window"]
        through = cues["not_event"].get("aim_through", {})
        self.aim_through = through.get("enabled", False)  # (cues.json not_event.aim_through: «سعياً إلى انتزاع…»)
        self.aim_between = _words(through.get("between", [])) if self.aim_through else frozenset()
        self.habit_after_window = cues["not_event"].get("habit_after_window", 3)
        self.copulas = _words(w for c in cues["not_event"].get("copulas", []) for w in c.split()[-1:])
        self.copula_reach = cues["not_event"].get("copula_reach", 3)

        att = cues["attribution"]
        attl = Lexicon()
        for c in att["prep"]:
            attl.add(c, "prep")
        for c in att["verb"]:
            attl.add(c, "verb")
        more = att.get("more_verb_lemmas", {})  # (stop 47: «شرح», «نبّه»; off with its `enabled`)
        carry = att.get("carry_verb_lemmas", {})  # (stop 47: «رجّح»; off with its `enabled`)
        lemmas = {**att.get("verb_lemmas", {}), **(more.get("lemmas", {}) if more.get("enabled") else {}),
                  **(carry.get("lemmas", {}) if carry.get("enabled") else {})}
        for c in _reporting_forms(lemmas):
            attl.add(c, "verb")
        self.att_stop = _words(att["stop"])
        self.att_max = att["max_words"]
        self.lead_nouns = _words(att["lead_nouns"])
        self.generic_heads = _words(att["generic_heads"])
        self.source_adjectives = _words(att["source_adjectives"])
        self.relative_ma = _words(att["relative_ma"])
        self.att_verbs = tuple(fold_str(w) for w in att["verb"])
        self.carry = att["carry_sentences"]
        self.title_heads = _words(att.get("title_heads", []))
        self.relay_verbs = _words(att.get("relay_verbs", []))
        self.relay_words = _words(att.get("relay_words", []))

        self.subset = _words(cues["subset_words"])
        self.total_words = _words(cues["total_words"])
        self.another = _words(cues["another_words"])
        self.directions = _words(cues["direction_adjectives"])
        self.origin_words = _words(cues["origin_words"])
        self.place_nouns = _words(cues["place_list"]["place_nouns"])
        self.container = _words(cues["container_cues"])
        self.cause_preps = _words(cues["cause_preps"]["cues"])
        self.vehicle = _words(cues["vehicle"]["cues"])
        self.continuation = _words(cues["continuation_verbs"]["cues"])
        self.period_start = _words(cues["period"]["start_words"])
        self.period_end = _words(cues["period"]["end_words"])
        self.same_day = _words(cues["period"].get("same_day", []))
        self.running_total = _words(cues["period"].get("running_total", []))
        self.ranking = _words(cues["period"].get("ranking", []))
        self.anaphor_acts = _words(cues["anaphor_acts"]["cues"])
        self.bound_over = _words(cues["bound_verbs"]["over"])
        self.bound_under = _words(cues["bound_verbs"].get("under", []))
        self.number_nouns = _words(cues["bound_verbs"]["number_nouns"])
        self.negation = _words(cues["bound_verbs"]["negation"])
        self.road_words = _words(cues.get("roads", {}).get("words", []))
        self.road_forms = tuple(cues.get("roads", {}).get("words", []))  # as written, for a quick test
        self.road_between = _words(cues.get("roads", {}).get("between", []))

        # name -> lexicon; each list is longest-match resolved on its own
        self.lexicons: dict[str, Lexicon] = {
            "modality": modality, "att": attl,
            "not_event": _lex(cues["not_event"]["cues"]),
            "aim": _lex(cues["not_event"]["aim_cues"] +
                        (cues["not_event"].get("aim_through", {}).get("cues", []) if self.aim_through else [])),
            "habit_after": _lex(cues["not_event"].get("habit_after", [])),
            "reference": _lex(cues["not_event"].get("reference_cues", [])),
            "predicates": _lex(cues["not_event"].get("predicates_after", [])),
            "superseded": _lex(cues.get("superseded", {}).get("cues", [])),
            "result": _lex(cues.get("result_words", {}).get("cues", [])),
            "state": _lex(cues["not_event"]["clause_cues"]),
            "population": _lex(cues["population_cues"]["cues"]),
            "breaks": _lex(cues["clause_breaks"]),
            "partitive": _lex(cues["partitive_before"]),
            "titles": _lex(cues["titles"]),
            "period": _lex(cues["period"]["cues"]),
            "both": _lex(cues["both_words"]["cues"]),
            "both_before": _lex(cues["both_words"].get("before", [])),
            "not_here": _lex(cues["place_not_here"]["cues"]),
            "anaphora": _anaphors(cues["anaphora"]),
            "anaphor_acts": _lex(cues["anaphor_acts"]["cues"]),
            "not_conflict": _lex(cues.get("not_conflict", {}).get("cues", [])),
            "funeral": _lex(cues.get("funeral", {}).get("cues", [])),
            "speech": _lex(list(dict.fromkeys(sp.get("verbs", []) + sp.get("threat_verbs", []) + sp.get("stance_verbs", []) +
                                              sp.get("stance_carriers", []) + sp.get("welcome_verbs", []) +
                                              sp.get("call_verbs", []) + sp.get("denial_verbs", [])))),
            "another": _lex(cues["another_words"]),
            "amid": _lex(types.get("amid", {}).get("words", [])),
            "country_wide": _lex(cues.get("country_wide", {}).get("cues", [])),
            "spread": _lex(cues.get("spread_places", {}).get("cues", [])),
            # gates of the argument rules (bounds.py, clauses.py, arguments.py): a sentence with no hit
            # skips the rule without reading its words
            "hedge_after": _lex([h for h, _ in after_hedges()]),
            "means_before": _lex(cues.get("clause_roles", {}).get("means_before", [])),
            "accompanying": _lex(cues.get("clause_roles", {}).get("accompanying", [])),
            "campaign_launch": _lex(cues.get("campaign_launch", {}).get("verbs", [])),
            "frame_heads": _frame_heads(load_frames()),
        }
        actors = Lexicon()
        for a in load_actors()["actors"]:
            for al in a["aliases"]:
                actors.add(al, a)
        sources = Lexicon()
        for s in load_actors()["sources"]:
            for al in s["aliases"]:
                sources.add(al, s)
        for a in load_actors()["actors"]:
            for al in a["aliases"]:
                sources.add(al, a)
        self.lexicons["actors"] = actors.finalize()
        self.source_names = sources.finalize()
        # One automaton over every list (the source names too): a document is scanned once
        # (context.scan). Each folded key carries, per list it is in, its value (a list of
        # values when the list holds the key several times), lists in first-seen order.
        keys: dict[str, dict[str, list]] = {}
        for name, lx in [("triggers", self.triggers)] + list(self.lexicons.items()) + [("sources", self.source_names)]:
            for key, vals in lx._values.items():
                per = keys.setdefault(key, {})
                per.setdefault(name, []).extend(vals)
        self.scan_names = ("triggers", *self.lexicons, "sources")
        self.scan_proclitics = Lexicon().proclitics
        self.scan = ahocorasick.Automaton()
        for key, per in keys.items():
            self.scan.add_word(key, (key, tuple((name, vs[0] if len(vs) == 1 else vs) for name, vs in per.items())))
        self.scan.make_automaton()
        self._lemma_lists(families)

    def _lemma_lists(self, families: list[dict[str, str]]) -> None:
        """A word list that names two forms or more of a lemma («ألقت، ألقاها» in `drop_verbs`, «اغتال،
        اغتالت، اغتيل» in `assassination`) names the lemma in those parts (past, passive, plural …): every
        form it generates in those parts joins the list, so «ألقتا، اغتالوه» are treated as the forms
        written there, and no imperfect or dual joins a list that named none. One form alone («تصدي»,
        «معركة») may be another word's: such a list is left as written."""
        index: dict[str, list[int]] = {}
        for i, fam in enumerate(families):
            for f in fam:
                index.setdefault(f, []).append(i)

        def widen(ws: frozenset[str]) -> frozenset[str]:
            hits: dict[int, list[str]] = {}
            for w in ws:
                for i in index.get(w, ()):
                    hits.setdefault(i, []).append(w)
            extra: set[str] = set()
            for i, hit in hits.items():
                if len(hit) >= 2:
                    named = {families[i][f] for f in hit}
                    extra.update(f for f, p in families[i].items() if p in named)
            return ws | extra if extra - ws else ws
        # (dir, not vars: compiled with mypyc, a Vocab keeps its attributes in slots and has no __dict__)
        for name in dir(self):
            val = getattr(self, name, None)
            if isinstance(val, frozenset) and val and all(isinstance(w, str) for w in val):
                setattr(self, name, widen(val))
        self.attack_contexts = [(t, widen(ws)) for t, ws in self.attack_contexts]
        self.attack_cue_words = frozenset().union(*(ws for _, ws in self.attack_contexts))


def _frame_heads(data: dict) -> Lexicon:
    """frames.json: each head word with the names of the frames it opens."""
    lx = Lexicon()
    for name, spec in data["frames"].items():
        for h in spec["heads"]:
            lx.add(h, name)
    return lx.finalize()


def _accusative(form: str, info: dict) -> str | None:
    """The indefinite accusative of a one-word noun trigger listed by hand («انفجار» → «انفجاراً»,
    folded «انفجارا»; the rule: marsad.arabic.inflect.accusative)."""
    return accusative(form) if info["pos"] == "noun" else None


def _attack_contexts(attack: dict) -> list[tuple[str, frozenset[str]]]:
    """types.json attack `contexts`: each type with the words near an attack word that give it that type, in the
    order they are tried. With `chemical` on (stop 43), its words are taken from shelling's and make an explosion,
    tried after the air and artillery words: «هجوم بالسلاح الكيميائي على البلدة», a chemical attack with no weapon
    told, is ACLED's chemical-weapon sub-event (Explosions/Remote violence), the gold's `explosion`, not a shelling;
    one told with its aircraft or its shells keeps their type."""
    ch = attack.get("chemical", {})
    gas = _words(ch.get("words", [])) if ch.get("enabled") else frozenset()
    out: list[tuple[str, frozenset[str]]] = []
    for t, ws in attack["contexts"].items():
        out.append((t, _words(ws) - gas))
        if t == "shelling" and gas:
            out.append(("explosion", gas))
    return out


def _not_after_lists(types: dict) -> dict[str, tuple[str, ...]]:
    """types.json `not_after`: each named closed list of words a trigger's `notafter=NAME` may not stand right after,
    folded; none while the file's `enabled` is false (the key is then read and ignored)."""
    na = types.get("not_after", {})
    if not na.get("enabled"):
        return {}
    return {k: tuple(fold_str(w) for w in v) for k, v in na.get("lists", {}).items()}


def _trigger_info(typ: str, desc: str, lists: dict[str, tuple[str, ...]] | None = None) -> dict:
    parts = desc.split()
    notafter: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    sub = None
    back = False
    before: tuple[str, ...] = ()
    prior: tuple[str, ...] = ()
    reach = _NEEDS_REACH
    future = False
    for p in parts[1:]:
        if p == "future":
            future = True  # a form of a lemma's future («سيعتقلون»): told as to come (inflect)
        elif p.startswith("reach="):
            reach = int(p[6:])  # «مرسوماً … يعفى بموجبه … مرتكبو جرائم الفرار»: a decree's content runs long
        elif p.startswith("needs="):
            needs = tuple(fold_str(w.replace("_", " ")) for w in p[6:].split("|") if w)  # «في_القصف»: a phrase
        elif p.startswith("notafter="):
            # «تصاعدت عمليات خطف في …»: a plural noun of habit right before the act's word tells a trend, not an act
            notafter = tuple(w for name in p[9:].split("|") if name for w in (lists or {}).get(name, ()))
        elif p == "back":
            back = True  # the needed word may come before the verb too: its subject («وحدات من الجيش انتشرت»)
        elif p.startswith("before="):
            # «حين سقطت ستة صواريخ على…», «عندما أصابت ثلاثة صواريخ مستشفى»: a verb the noun is the subject of,
            # before it (not «أطلقت الطائرات صواريخ»: the launcher's object is its strike's)
            before = tuple(fold_str(w) for w in p[7:].split("|") if w)
        elif p.startswith("prior="):
            # «قبل أن يعتقلوا أربعة شبان»: an imperfect told as past only right after these words
            prior = tuple(fold_str(w.replace("_", " ")) for w in p[6:].split("|") if w)
        else:
            sub = p
    info = {"type": typ, "pos": parts[0], "sub": sub, "needs": needs, "back": back, "reach": reach, "prior": prior}
    if before:
        info["before"] = before
    if future:
        info["future"] = True
    if notafter:
        info["notafter"] = notafter
    return info


_NEEDS_REACH = 90  # characters after a trigger where the words it needs are looked for (its clause's reach)


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    return Vocab()
