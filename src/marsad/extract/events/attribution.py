"""reported_by: who the text says the report comes from.

Source grammar: a reporting verb and its subject («قال المرصد», «أفادت مصادر محلية», «أعلن
الجيش الحر», «نقلت صفحات… عن عضو»), or a preposition and its object («بحسب المرصد», «وفقاً
للشبكة», «حسب ما أفاد به الدفاع المدني», «وفق توثيق المرصد», «نقلاً عن وكالة…»). The source is a
whole entity span (an ORG/PER entity or a known source name is never cut short), a quoted name, or
a generic head and its adjectives («مصادر محلية», «مصدر صحفي»). A sentence opening with a
subjectless reporting verb («وأضاف أن…») keeps the source before it. With no source in the text,
the outlet is the fallback, flagged `outlet: true`.
"""
from __future__ import annotations

from bisect import bisect_left
from datetime import date
from functools import lru_cache

from ...arabic.normalize import fold_str
from ...arabic.tokens import Token
from . import statement_owner, topic_source
from .actor_names import pick
from .arguments import _in_name, holds
from .context import Ctx
from .vocab import complementisers, counted_class, cue_words, ffold, load_cues

_TRIM = set(" \t\n،,؛;:.!?؟\"'«»“”()[]-–—")
_QUOTE_CLOSE = {"“": "”", "«": "»", "\"": "\"", "”": "”"}  # («” مراسلنا ”»: a site that opens with the closing mark)
_OUTLET_HEADS = frozenset(cue_words("actor_words", "media_heads"))
_PART = frozenset(cue_words("clause_words", "part"))
# words that open a clause of its own news after a speaker's report («وذلك بعد ساعات من هجوم…»)
_OWN_CLAUSE = frozenset(cue_words("attribution_words", "own_clause"))
_COMPLEMENT = complementisers("that")
_SO_THAT = complementisers("so_that")
_FLED = cue_words("attribution_words", "fled")
_WHITHER = frozenset(cue_words("argument_words", "to"))
_SETTLEMENT_HEADS = frozenset(cue_words("attribution_words", "settlement_heads"))
_ACT_PREPS = frozenset(cue_words("attribution_words", "act_preps"))
_CLITICS = frozenset(cue_words("attribution_words", "clitics"))
_OF = frozenset(cue_words("attribution_words", "of"))
_OWN = ("ها", "ه", "هم", "ي")  # «مصادرها», «مراسليه»: a pronoun that points back to the relaying outlet
# who a source told («لمراسل سانا», «لموقع…»): the recipient, never part of the source's name
_RECIPIENTS = _OUTLET_HEADS | frozenset(cue_words("attribution_words", "recipients"))
_ISSUED = frozenset(cue_words("attribution_words", "issued"))
_RELAYING = frozenset(cue_words("attribution_words", "relaying"))
_NOUN_PREPS = frozenset(ffold(w) for w in cue_words("attribution_words", "noun_preps"))
_RELAY_PREPS = frozenset(cue_words("attribution_words", "relay_preps"))  # «نقلاً عن», «استناداً إلى»
_REPORTERS = frozenset(cue_words("attribution_words", "reporters"))
# «وفق توثيقات المرصد», «بحسب حصيلة الشبكة»: figures owned by the source named after them
_OWNED_FIGURES = frozenset(cue_words("attribution_words", "owned_figures"))
_ISSUING = cue_words("attribution_words", "issuing")
# «عن مصدر عسكري قوله إن…»
# «…، بحسب تعبيرها», «وفق وصفه»: whose wording, no one's report
_SAYING = frozenset(cue_words("attribution_words", "saying"))
# «ووثقت فيه», «ورصد فيها»: a pronoun after the verb points back to the report, never a source's name
_POINTING = frozenset(cue_words("attribution_words", "pointing"))
_ACCUSE = (fold_str("اتهم"),)
_TO_IT = frozenset(cue_words("attribution_words", "to_it"))
_FRAMING = frozenset(cue_words("source_words", "framing"))  # a frame, a time or a cause of the news (cues.json)
_POSTED = frozenset(fold_str(a + w) for a in ("", "ال") for w in cue_words("source_words", "posted", fold=False))
# prepositions of a time before or after, or of a cause: an act's noun under one is named in passing («بعد الهجوم»,
# «بتورطهم في الهجوم»); «خلال المعارك» (during) is inside the act told, no other time
_IN_PASSING = frozenset(cue_words("attribution_words", "in_passing"))
# the pronoun on an act's noun that points back at who announced it («انشقاقه», «سيطرتها», «انضمامهم»)
_OWN_ACT_PRONOUNS = cue_words("attribution_words", "own_act_pronouns")
_DENYING = cue_words("attribution_words", "denying")
_OPENERS = frozenset(cue_words("attribution_words", "openers"))
_NAME_ADJS = frozenset(cue_words("attribution_words", "name_adjs"))
_DOCUMENTS = frozenset(cue_words("attribution_words", "documents"))
_LEARNED = frozenset(cue_words("attribution_words", "learned"))


def _lemma_guard(key: str, words_key: str) -> dict:
    """cues.json attribution.`key` (read once into _LEMMA_GUARD): its lemmas' reporting forms and its `words_key` list,
    both empty when the switch or the list is off."""
    if key not in _LEMMA_GUARD:
        from .vocab import _reporting_forms
        c = load_cues().get("attribution", {}).get(key, {})
        on = bool(c.get("enabled")) and bool(c.get(words_key))
        _LEMMA_GUARD[key] = {"forms": frozenset(_reporting_forms(c.get("lemmas", {}))) if on else frozenset(),
                             "words": frozenset(fold_str(w) for w in c.get(words_key, ())) if on else frozenset()}
    return _LEMMA_GUARD[key]


_LEMMA_GUARD: dict = {}  # (tests set an entry)


def _more_verb_noun(before: str, surface: str) -> bool:
    """cues.json attribution.more_verb_lemmas `nouns_after` (review47 F5): a form of those lemmas right after one of
    these words is their verbal noun («وفي شرح للوضع الميداني، …», «خلال شرح»), no reporting verb; empty: as before."""
    g = _lemma_guard("more_verb_lemmas", "nouns_after")
    return before in g["words"] and ffold(surface).removeprefix("و") in g["forms"]


def _carry_idiom(after: list, surface: str) -> bool:
    """cues.json attribution.carry_verb_lemmas `not_before` (review47 F6): a form of those lemmas followed by one of
    these words is an idiom, no reporting verb («رجحت كفة القوات الحكومية»: that side prevailed); empty: as before."""
    g = _lemma_guard("carry_verb_lemmas", "not_before")
    return bool(after) and after[0] in g["words"] and ffold(surface).removeprefix("و") in g["forms"]
# «وأضاف المصدر», «وأوضحت اللجان», «وأشار التجمع»: one word with the article names a source named
# in full before it («مصدر ميداني», «لجان التنسيق المحلية», «تجمع أحرار حوران»)
_ANAPHOR_MAX_WORDS = 1
_WENT_ON = frozenset(cue_words("attribution_words", "went_on"))
# verbs of documenting: their object is a tally, and a «فيما» clause adds to the same tally
_TALLYING = cue_words("attribution_words", "tallying")
_AS = frozenset(cue_words("attribution_words", "as"))
# a rank before a person's name and the body he serves in («النقيب في الشرطة فلان»)
_RANKS = frozenset(cue_words("attribution_words", "ranks"))
# people who belong to a body named after «في/من» («قادة في الفصائل», «عضو في اللجنة»)
_MEMBER_HEADS = frozenset(cue_words("attribution_words", "member_heads")) | _RANKS
# «ظهر/أطل X في تسجيل مصور … معلناً …»: who appears in a recording or a speech and announces in it
_APPEAR = frozenset(cue_words("attribution_words", "appear"))
_RECORDINGS = frozenset(cue_words("attribution_words", "recordings"))
_ANNOUNCING = frozenset(cue_words("attribution_words", "announcing"))
_OFFICE = fold_str("مكتب")
_HOW_DONE = frozenset({"munition", "strike"})
# the words of one fight or strike, typed apart by the words around them («استهداف», «صاروخين», «طائرة مسيّرة»)
_FIGHTING = frozenset({"attack", "airstrike", "shelling", "explosion", "armed_clash"})
_SAME = frozenset(cue_words("source_words", "same"))
_NOT_WORDS = frozenset(cue_words("attribution_words", "not_words"))  # «حصيلة غير نهائية»: «not» before an adjective
_WHICH = frozenset(cue_words("attribution_words", "which"))
_STATE_OPENERS = frozenset(cue_words("attribution_words", "state_openers"))
_PUBLISHING = cue_words("publishing_verbs", "stems")  # «تسجيل مصور نشره/بثه ناشطون»
_PAGES = frozenset(cue_words("attribution", "page_heads"))  # «صفحة», «حساب», «معرفات»: whose page, whose account
_PAGE_ADJS = frozenset(cue_words("attribution_words", "page_adjs"))
_LATEST = frozenset(cue_words("attribution_words", "latest"))
# «أنها», «بأنه»: «that» with the pronoun of a subject named before, never a name
_THAT_PRONOUN = frozenset(fold_str(p + w) for p in ("", "ب")
                          for w in cue_words("attribution_words", "that_pronoun", fold=False))
# one person named by a role, whose own name may follow («القيادي في الفصائل أبو أحمد…»)
_PERSON_HEADS = frozenset(cue_words("attribution_words", "person_heads")) | _RANKS
# a body whose quoted name follows it is one name with it («المتحدث باسم حملة «غضب الفرات»»)
_NAMED_BODIES = frozenset(cue_words("attribution_words", "named_bodies"))


def _issue_words() -> tuple[frozenset, ...]:
    """cues.json attribution: issuing verbs, the documents they issue, the words before a
    reporting verb that make it report nothing («طالباً عدم نشر اسمه»), the openers of a
    sentence that sums up the report before it («وبذلك يرتفع…»), the documents that enact
    rather than tell («مرسوم», «قرار»), and the heads of a department named with its body."""
    global _ISSUE_WORDS
    if _ISSUE_WORDS is None:
        att = load_cues()["attribution"]
        _ISSUE_WORDS = tuple(frozenset(fold_str(w) for w in att.get(k, ())) for k in
                             ("issue_verbs", "issued_documents", "not_reporting", "sum_openers",
                              "enacting_documents", "department_heads", "context_openers", "context_pointers",
                              "fronted_openers", "named_only_verbs", "rule_documents"))
        _ISSUE_WORDS = (_ISSUE_WORDS[0] | present_issuing(), *_ISSUE_WORDS[1:])
    return _ISSUE_WORDS


@lru_cache(maxsize=1)
def present_issuing() -> frozenset[str]:
    """cues.json `present_issuing` (stop 47, finds47): the present-tense forms of the issuing verbs («يصدر», «ويصدر»,
    «تصدر») issue as the past forms do («وتصدر الهيئة بياناً…»: a dispatch's present tense); empty when off. A
    negated form («لم يصدر أي بيان») is no issuing: the issuing verb must open its sentence (after «و»)."""
    c = load_cues().get("present_issuing") or {}
    return frozenset(fold_str(w) for w in c.get("words", ())) if c.get("enabled") else frozenset()


@lru_cache(maxsize=1)
def present_negations() -> frozenset[str]:
    """cues.json `present_issuing` `negations`: the words before a present form that say nothing was issued."""
    return frozenset(fold_str(w) for w in (load_cues().get("present_issuing") or {}).get("negations", ()))


_ISSUE_WORDS: tuple | None = None
_CAME = frozenset(cue_words("attribution_words", "came"))  # «وجاء في بيان…», «وورد في التقرير…»
_MEDIUM_PREPS = frozenset(cue_words("attribution_words", "medium_preps"))  # «نشرته على فيسبوك», «عبر حسابها», «في تصريح»
_TEXT_OF = frozenset(cue_words("attribution_words", "text_of"))
_RELAY_REACH = 16  # tokens from «نقل» (or a document's noun) to its «عن», «قوله» or «أن», past where/when it relayed
_OWNER_REACH = 14  # tokens from a relayed document's noun to the «جاء فيه/أن» that ends its owner's name
_SAID_WORDS = 8  # words of the name of one whose «قوله» is relayed («مدير ناحية X فلان الفلاني»)
# «ويأتي القصف بعد/عقب/إثر/غداة …»: what ties a context opener's subject to an earlier happening
_RECALL_TIES = frozenset(cue_words("attribution_words", "recall_ties"))


def _bare(f: str) -> str:
    """A folded word without a leading article («المراسل» -> «مراسل»)."""
    return f[2:] if f.startswith("ال") else f[1:] if f.startswith("ل") and len(f) > 3 else f


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return s, e


class Attribution:
    """Sources of every sentence, found once per document (cached by sentence index)."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self._cache: dict[int, list[dict]] = {}
        self._spans: dict[int, list[tuple[int, int]]] = {}

    def spans(self, si: int) -> list[tuple[int, int]]:
        """Source spans of a sentence (their places and figures belong to the source's name); made
        once per sentence (every mention, place and candidate of it asks), each caller its own list."""
        got = self._spans.get(si)
        if got is None:
            srcs = self.of_sentence(si)
            got = self._spans[si] = [(a["start"], a["end"]) for a in srcs] + [a["_said_by"] for a in srcs if "_said_by" in a]
        return list(got)

    def of_sentence(self, si: int) -> list[dict]:
        if si in self._cache:
            return self._cache[si]
        ctx = self.ctx
        s = ctx.sents[si]
        out = []
        head = self._colon_opener(s.start, s.end) or self._went_on(s.start, s.end) or self._appeared(s.start, s.end) \
            or self._issued(s.start, s.end) or self._fronted_issued(s.start, s.end) or statement_owner.came_in(self, s.start, s.end, si, self._came_in(s.start, s.end, si))
        if head is not None:
            out.append(head)
        for a in ctx.m["att"].starting(s.start, s.end):
            kind = a.value if isinstance(a.value, str) else a.value[0]
            owned = None
            if kind == "verb" and any(t.start == a.start and t.end > a.end for t in
                                      ctx.m["triggers"].starting(a.prefix_start, a.end)):
                continue  # «نشر دبابات عند مداخل المدينة»: the verb opens an act phrase, it reports nothing
            if kind == "verb" and a.prefix.endswith(("ال", "لل")):
                continue  # «والمطالبة بالكشف عن مصير…»: a verbal noun with its article reports nothing
            pos = a.end
            t0 = bisect_left(ctx.tok_starts, a.prefix_start)
            if kind == "verb" and t0 > 0 and ctx.ftoks[t0 - 1] in _issue_words()[2]:
                continue  # «طالباً عدم نشر اسمه»: asking that nothing be published reports nothing
            if kind == "verb" and t0 > 0 and _more_verb_noun(ctx.ftoks[t0 - 1], a.surface):
                continue  # «وفي شرح للوضع، قصفت…»: the verbal noun after a preposition reports nothing (review47 F5)
            if kind == "verb" and _carry_idiom(ctx.words_after(a.end, 1, limit=s.end), a.surface):
                continue  # «رجحت كفة القوات…»: the side that prevailed, no judgement reported (review47 F6)
            if kind == "verb" and self._as_said(a.prefix_start, s.start):
                kind = "as"  # «…، كما قال الناشط أبو عمر»: «as X said» reports the whole sentence
            if kind == "verb" and ffold(a.surface).removeprefix("و") in _LEARNED:
                # «علمت «زمان الوصل» من مصادر محلية أن…»: the outlet learned it; who told it is the source
                pos = -1
                for tok in ctx.tokens[ctx.tok_of(a.end - 1) + 1:ctx.tok_of(a.end - 1) + 8]:
                    if tok.start >= s.end:
                        break
                    if ffold(tok.text) == "من":
                        pos = tok.end
                        break
                if pos < 0:
                    continue
            elif kind == "verb" and ffold(a.surface) in ctx.v.relay_verbs:
                # «نقلت صفحات محلية أمس عن عضو في اللجنة»: the one quoted is the source;
                # without عن, نقل is moving something («نقل 150 عنصراً»), not reporting
                pos = -1
                for tok in ctx.tokens[ctx.tok_of(a.end - 1) + 1:ctx.tok_of(a.end - 1) + _RELAY_REACH]:
                    if tok.start >= s.end or self._tells_any_act(tok.start, tok.end, []):
                        break  # («ونقلت إذاعة X، في نشرة أذاعتها مساء أمس، عن مسؤول في Y…»: where and when it
                        # relayed may stand before «عن»; an act between is what was moved: «نقل … الجرحى … عن»)
                    if ffold(tok.text) == "عن":
                        pos = tok.end
                        break
                relayer = self._relayer(a.end, s.end) if pos < 0 else None
                if relayer is not None:
                    owned = self._relayed_document(relayer, s.end) or self._relayed_saying(relayer, s.end)
                if pos < 0 and owned is None and self._relays_that(a.end, s.end):
                    pos = a.end  # «ونقلت وكالة الأناضول أن الفصائل سيطرت…»: its subject reports the clause
                if pos < 0 and owned is None:
                    continue
            src = owned or self._source_after(pos, s.end, "verb" if kind == "as" else kind)
            if src is not None and kind in ("verb", "as") and pos == a.end and ffold(a.surface) not in ctx.v.relay_verbs \
                    and ctx.ftoks[bisect_left(ctx.tok_starts, a.end)] == "عن" and not self._source_like(src):
                src = None  # «كما تحدث عن قذائف سقطت على حي X…»: what it spoke of, no speaker
            if src is not None and kind == "verb" and pos == a.end and ffold(a.surface).endswith("وا"):
                src = None  # «وأعلنوا تأييدهم للجيش الحر»: a plural verb holds its subject; the words after are its object
            if src is not None and kind == "verb" and pos == a.end and self._object_act(src, s.end):
                src = None  # «أعلنت القبض على…», «أعلن السيطرة على…»: the verb's object is the act, no one's name
            if src is not None and kind == "verb" and pos == a.end and self._told_to(a.end, src):
                # «وقال لـ«زمان الوصل» ناشط من المدينة إن…», «ذكر لشبكة شام أن…»: a lam right after the
                # verb names who was told; the subject comes after that name, or stands before the verb
                src = self._source_after(src["end"], s.end, "verb")
                if src is not None and ffold(src["surface"].split()[0]) in _COMPLEMENT:
                    src = None
            if src is None and kind == "verb":
                src = self._subject_before_verb(a.prefix_start, s.start)  # «لكن مراسلاً لوكالة… أفاد بسقوط…»
            if kind == "verb" and owned is None and pos == a.end:
                src = topic_source.subject(self, a, s.start, src) or src  # «أما المرصد فقال إن…»: the topic speaks
            if src is not None and pos != a.end and _own_sources(src) and ffold(a.surface) in ctx.v.relay_verbs:
                # «نقل «المرصد السوري» عن مصادره»: its own sources; the one who relays reports it
                src = self._source_after(a.end, pos - 3, "verb") or src
            if kind == "as":
                kind = "prep"
            elif kind == "verb":
                src = self._subject_before(a.prefix_start, s.start) or src
                if src is None or ffold(src["surface"].split()[0]) in _POINTING:
                    # «أصدرت الشبكة تقريرها، ووثقت فيه…»: a verb joined by «و» with no subject of its
                    # own shares the subject of the issuing verb before it
                    src = self._issuer_before(a.prefix_start, s.start)
            if src is None:
                continue
            if kind == "verb" and self._noun_of_purpose(a, t0) and not self._source_like(src):
                continue  # «لبث الرعب بين الأهالي», «إلى بث الهلع»: a verbal noun of purpose; what follows is its object
            if kind == "prep" and _rule_document(ffold(src["surface"].split()[0])):
                continue  # «وفق قانون العقوبات العسكرية»: the rule an act follows, no one who tells it
            if kind == "verb" and ffold(a.surface).removeprefix("و") in _issue_words()[9] and not self._named(src):
                continue  # «سُجّلت حالات…»: recorded, by no one named
            if kind == "verb" and self._joined_noun(a) and not self._source_like(src):
                continue  # «بعد متابعة دقيقة ورصد استخباراتي مكثف»: a verbal noun joined to the noun before it
            if kind == "verb" and ffold(a.surface).removeprefix("و").startswith(_ACCUSE):
                src = self._before_accused(src)  # «اتهم ناشطون قوات النظام بقصف…»: the accused is no source
                if src is not None and ctx.text.startswith("و", a.prefix_start) and self._accused_first(src):
                    # «نفى المركز الإعلامي لـ«قسد» تنفيذ أي هجوم، واتهم فصائل تابعة للحكومة بقصف…»: the
                    # accused right after a joined verb; the accuser is the subject of the verb before it
                    src = self._issuer_before(a.prefix_start, s.start) or src
                if src is None:
                    continue
            bare = self._outlet_word(src)
            src = self._antecedent(src, si)
            if bare and self.ctx.outlet and src.get("canonical") is None and self._outlet_word(src):
                # «بحسب ما حصل عليه الموقع من معلومات»: the writer's outlet by its head, named nowhere before, is no
                # source of its own (one named before, «السويداء 24: … . وقالت الشبكة», is: README stop 32)
                src["_self"] = self.ctx.outlet
            src = self._relayed(a.prefix_start, src, s.end)
            if _nameless(src):
                continue  # «أفادت أنباء واردة من…», «وتداولت أوساط…»: news or circles name no one (the outlet's)
            src.update(cue_start=a.prefix_start, kind=kind)
            out.append(src)
        asc = self._ascribed(si)
        if asc is not None:
            # «ونسبت «رويترز» إلى المرصد قوله إن…»: the one relayed reports what follows (in text order with the rest)
            at = next((i for i, a in enumerate(out) if a.get("cue_start", a["start"]) > asc["cue_start"]), len(out))
            out.insert(at, asc)
        if not out and (pub := self._recording_publisher(si)) is not None:
            out.append(pub)  # (only when no one else in the sentence reports it)
        self._cache[si] = out
        return out

    def _ascribed(self, si: int) -> dict | None:
        """«ونسبت وكالة «رويترز» إلى المرصد السوري قوله إن…», «نسبت فرانس برس إلى مصدر طبي أن…»: a verb of ascribing
        (ascribed.json `verbs`), at most the relayer's name, one of `preps`, then the one quoted and a word of saying
        («قوله/قولها/قولهم») or «أن/إن» right after the name: the one quoted is the source (a relayed report's source
        is the one relayed). «ونسب التقرير 131 حالة إلى قوات النظام» (a blame: no word of saying) is none. Off with
        the file's `enabled`; a document with none of the verbs is skipped (one set lookup per document)."""
        ctx = self.ctx
        verbs = _ascribed_words("verbs")
        if not verbs:
            return None
        gate = ctx.memo.get("ascribed")
        if gate is None:
            gate = ctx.memo["ascribed"] = not verbs.isdisjoint(ctx.doc_words)
        if not gate:
            return None
        preps = _ascribed_words("preps")
        s = ctx.sents[si]
        t0, t1 = ctx.tok_of(s.start), bisect_left(ctx.tok_starts, s.end)
        for k in range(t0, t1):
            if ctx.ftoks[k] not in verbs:
                continue
            to = next((j for j in range(k + 1, min(k + 1 + _RELAY_REACH, t1)) if ctx.ftoks[j] in preps), None)
            if to is None or to + 1 >= t1:
                continue
            said = next((j for j in range(to + 1, min(to + 2 + _SAID_WORDS, t1)) if ctx.ftoks[j] in _COMPLEMENT or (
                ctx.ftoks[j] in _SAYING and ctx.ftoks[j].startswith(fold_str("قول")))), None)
            if said is None:
                continue
            end = ctx.tokens[said - 1].start if ctx.tokens[said - 1].text in ("،", ",") else ctx.tokens[said].start
            quoted = self._source_after(ctx.tokens[to].end, end, "verb")
            if quoted is None or not self._source_like(quoted):
                continue
            quoted.update(cue_start=ctx.tokens[k].start, kind="verb")
            return quoted
        return None

    def _tongue(self, k0: int, src: dict, limit: int) -> dict | None:
        """«وفق ما أوردته وكالة «رويترز» على لسان ناشطين وأهالٍ»: «على لسان» (ascribed.json `tongue`) right after a
        source names the one whose words it relays; «على لسان مديره» (its own people) keeps the source."""
        ctx = self.ctx
        tongue = _ascribed_tongue()
        for phrase in tongue:
            n = len(phrase)
            if k0 + n >= len(ctx.tokens) or tuple(ctx.ftoks[k0:k0 + n]) != phrase or ctx.tokens[k0 + n].start >= limit:
                continue
            quoted = self._source_after(ctx.tokens[k0 + n - 1].end, limit, "verb")
            if quoted is None or ctx.ftoks[k0 + n].endswith(_OWN) and not quoted.get("canonical") or \
                    not self._source_like(quoted):
                return None
            quoted.update({k: v for k, v in src.items() if k in ("cue_start", "kind")})
            return quoted
        return None

    def _noun_of_purpose(self, a, t0: int) -> bool:
        """A reporting word after a lam of purpose or a preposition of aim («لبث», «إلى نشر», «بهدف بث») is a
        verbal noun: the word after it is what is spread or published, not who reports."""
        return a.prefix.endswith("ل") or t0 > 0 and self.ctx.ftoks[t0 - 1] in _NOUN_PREPS

    def _joined_noun(self, a) -> bool:
        """A reporting word glued to «و» right after a word of the same clause (no comma, no sentence start): «متابعة
        ورصد», «توثيق وتسجيل» may be verbal nouns in a list; «…، ورصد المرصد…» after a comma is a verb."""
        ctx = self.ctx
        t = bisect_left(ctx.tok_starts, a.prefix_start)
        return ctx.text.startswith("و", a.prefix_start) and t > 0 and ctx.tokens[t - 1].text[:1].isalpha() and \
            ctx.sent_of(ctx.tokens[t - 1].start) == ctx.sent_of(a.prefix_start)

    def _outlet_word(self, src: dict) -> bool:
        """«الموقع», «الوكالة», «الشبكة»: an outlet named by its head and the article only; with no other outlet of that
        head named before, the writer's own outlet."""
        words = [ffold(w) for w in (src.get("name") or src["surface"]).split()]
        return len(words) == 1 and words[0].startswith("ال") and words[0][2:] in _OUTLET_HEADS and not any(
            e.get("type") == "ORG" for e in self.ctx.ents.starting(src["start"] - 1, src["start"] + 2))  # (a tagged name)

    def _relays_that(self, verb_end: int, limit: int) -> bool:
        """«نقلت صحيفة «أيدنلك» في عددها اليوم أن…», «نقل ناشطون أن…»: «نقل» with no «عن» reports when its subject,
        a name that can be quoted, is followed (after at most where or when it spoke) by «أن/إن»; «نقلت فرق الإسعاف
        المصابين إلى المشفى» moves people (an object, «إلى», an act between the subject and any «أن»)."""
        ctx = self.ctx
        src = self._source_after(verb_end, limit, "verb")
        if src is None or not self._source_like(src):
            return False
        k = bisect_left(ctx.tok_starts, src["end"])
        for j in range(k, min(k + 8, len(ctx.tokens))):
            tok = ctx.tokens[j]
            if tok.start >= limit:
                return False
            f = ffold(tok.text)
            if tok.text in ("،", ",") and j + 1 < len(ctx.tokens) and ctx.ftoks[j + 1] in _COMPLEMENT:
                return True  # «نقل فلان الفلاني، مراسل «منصة المثال» في حمص، أن…»: after the name's apposition
            if f in _COMPLEMENT:
                return j == k or ffold(ctx.tokens[j - 1].text) not in _RECALL_TIES | {"قبل", "منذ"}
            if f in _WHITHER or ctx.m["triggers"].starting(tok.start, tok.end):
                return False
        return False

    def _relayer(self, verb_end: int, limit: int) -> dict | None:
        """Who «نقل» with no «عن» names right after it, when it is a source by its name: read once for both ways it
        may pass another's words on (a document, _relayed_document; a «قوله», _relayed_saying)."""
        relayer = self._source_after(verb_end, limit, "verb")
        return relayer if relayer is not None and self._source_like(relayer) else None

    def _relayed_document(self, relayer: dict, limit: int) -> dict | None:
        """«ونقلت وكالة X بياناً لوزارة Y جاء فيه أن…», «نقلت الوكالة تصريحاً للمتحدث باسم الجيش قال فيه
        إن…»: «نقل» with no «عن» and a document of someone's as its object passes that one's words on: the document's
        owner is the source (its noun is how he spoke, no act of its own)."""
        ctx = self.ctx
        k = bisect_left(ctx.tok_starts, relayer["end"])
        if k + 2 < len(ctx.tokens) and ctx.ftoks[k].startswith("ال") and ctx.ftoks[k].endswith(("يه", "ي")):
            k += 1  # «قناة «الإخبارية» السورية بياناً…»: the relayer's adjective
        if k + 1 >= len(ctx.tokens) or ctx.tokens[k + 1].start >= limit:
            return None
        f = ctx.ftoks[k]
        if (f[:-1] if f.endswith("ا") else f) not in _DOCUMENTS or not ctx.ftoks[k + 1].startswith("ل"):
            return None
        # the owner's name ends at the words that open what the document says: «جاء فيه أن», «قال فيه إن», «أن»
        stop = next((j for j in range(k + 2, min(k + _OWNER_REACH, len(ctx.tokens))) if ctx.tokens[j].start < limit and
                     (ctx.ftoks[j] in _COMPLEMENT or ctx.ftoks[j] in _POINTING)), None)
        if stop is None:
            return None  # («نقلت الوكالة بياناً للوزارة إلى…»: no words of it told)
        end = ctx.tokens[stop - 1].start if ctx.ftoks[stop] in _POINTING else ctx.tokens[stop].start
        owner = self._source_after(ctx.tokens[k + 1].start, end, "prep")
        if owner is None or not (self._source_like(owner) or ffold(owner.get("name") or owner["surface"]).split()[0]
                                 in ctx.v.title_heads):
            return None
        owner["_said_by"] = (ctx.tokens[k].start - 1, ctx.tokens[k].end)
        return owner

    def _relayed_saying(self, relayer: dict, limit: int) -> dict | None:
        """«ونقلت شبكة روسيا اليوم، مدير ناحية ديرالوك فلان، قوله إن…»: «نقل» with no «عن», the relayer, then the one
        whose words («قوله») it passes on: that one is the source."""
        ctx = self.ctx
        k = bisect_left(ctx.tok_starts, relayer["end"])
        for j in range(k, min(k + _RELAY_REACH, len(ctx.tokens))):
            if ctx.tokens[j].start >= limit or self._tells_any_act(ctx.tokens[j].start, ctx.tokens[j].end, []):
                return None
            if ctx.ftoks[j] in _SAYING and ctx.ftoks[j].startswith(fold_str("قول")):
                # (the relayer's name ends at its comma: «شبكة روسيا اليوم، مدير الناحية…، قوله»)
                comma = next((i for i in range(k, j) if ctx.tokens[i].text in ("،", ",")), None)
                start = ctx.tokens[comma + 1].start if comma is not None else ctx.tokens[k].start
                end = ctx.tokens[j - 1].start if ctx.tokens[j - 1].text in ("،", ",") else ctx.tokens[j].start
                said = self._rec(start, end)
                return said if said is not None and said["start"] > relayer["end"] and \
                    len(said["surface"].split()) <= _SAID_WORDS else None
        return None

    def _named(self, src: dict) -> bool:
        """A known source, a tagged organisation or person, or a body's head («مكتب توثيق…», «فريق…») starts the
        source's name."""
        head = _bare(ffold(src["surface"].split()[0]))
        return head in _NAMED_BODIES or head in _OUTLET_HEADS or head == _OFFICE or \
            any(h.start <= len(src["surface"].split()[0]) + 3 for h in _source_hits(self.ctx, src.get("name") or src["surface"])) or any(
                e.get("type") in ("ORG", "PER") for e in self.ctx.ents.starting(src["start"] - 1, src["start"] + 2))

    def _object_act(self, src: dict, limit: int) -> bool:
        """One definite word that is an act and takes its preposition right after («القبض على», «السيطرة على»,
        «الانسحاب من»): the object of a verb of announcing, not its subject."""
        ctx = self.ctx
        words = src["surface"].split()
        if len(words) != 1 or not ffold(words[0]).startswith("ال") or _bare(ffold(words[0])) in _DOCUMENTS or \
                _bare(ffold(words[0])) in ctx.v.lead_nouns:
            return False  # («وأشار البيان إلى أن…»: the statement speaks)
        if not any(t.prefix_start <= src["start"] and t.end >= src["end"] for t in
                   ctx.m["triggers"].starting(src["start"] - 2, src["end"])):
            return False
        nxt = ctx.tokens[bisect_left(ctx.tok_starts, src["end"]):][:1]
        return bool(nxt) and nxt[0].start < limit and ffold(nxt[0].text) in _ACT_PREPS

    def _told_to(self, verb_end: int, src: dict) -> bool:
        """Is the name found right after a reporting verb the one told, its lam a clitic («لـ«عنب بلدي»»,
        «لموقع…», «لنورث برس»), not a word of its own that starts with lam («لجان التنسيق», «لواء…»)?"""
        gap = self.ctx.text[verb_end:src["start"]].strip()
        return gap in ("ل", "لـ")

    def _subject_before_verb(self, cue: int, floor: int) -> dict | None:
        """«…، لكن مراسلاً لوكالة فرانس برس في مدينة دوما أفاد بسقوط قذائف»: a reporting verb with
        nothing after it but what was reported has its subject before it, from the clause's start
        (a comma, «لكن», «و») up to the verb; a reporter, a generic source or a known name only,
        with at most where it is posted between it and the verb."""
        ctx = self.ctx
        t = ctx.tok_of(cue)
        k = t - 1
        while k >= 0 and t - k <= 10 and ctx.tokens[k].start >= floor:
            f = ffold(ctx.tokens[k].text)
            if not ctx.tokens[k].text[:1].isalnum() and ctx.tokens[k].text[:1] not in _QUOTE_CLOSE and \
                    ctx.tokens[k].text[:1] not in _QUOTE_CLOSE.values() or f in _OPENERS or f in _PART or f in _COMPLEMENT:
                break  # («ذكرت الوكالة أن وزارة الداخلية أعلنت…»: the clause after «أن» is the verb's; «مراسل وكالة
                # "سوريا1" قال إن…»: a quoted name is the subject's own)
            k -= 1
        k += 1
        if k >= t:
            return None
        first = ffold(ctx.tokens[k].text).removeprefix("و")
        first = first[:-1] if first.endswith("ا") and _bare(first[:-1]) in _REPORTERS else first  # «مراسلاً»
        if ctx.tokens[k].text.endswith(("ه", "ها", "هم", "هما")) and len(ctx.tokens[k].text) > 3:
            return None  # «قال المدير إن فرقه أحصت…»: «its teams» point back to the speaker, who reports it
        reporter = _bare(first) in _REPORTERS
        if ctx.m["triggers"].first_after(ctx.tokens[k].start, cue) is not None:
            return None  # an act between: the name is that act's subject, not the reporter
        if first.startswith("ال") and first[2:] in ctx.v.generic_heads:
            first = first[2:]  # «الناشط الإعلامي فلان قال إن…»: the generic head with its article
        if not reporter and first not in ctx.v.generic_heads:
            # «الدفاع المدني السوري أكد أن…», «وكالة سانا ذكرت أن…»: a name of its own (a known source, a body,
            # a tagged organisation or person) that fills the clause up to the verb is its subject
            src = self._source_after(ctx.tokens[k].start, cue, "verb")
            if src is None or src["start"] > ctx.tokens[k].start + 2 or ctx.text[src["end"]:cue].strip():
                return None
            titled = any(x.prefix_start <= ctx.tokens[k].start + 1 for x in
                         ctx.m["titles"].starting(ctx.tokens[k].start, ctx.tokens[k].end))  # «الناشط الإعلامي فلان»
            return src if titled or self._named(src) else None
        end = cue
        for j in range(k + 1, t):  # «… في مدينة دوما»: where the reporter is posted is not its name
            if ffold(ctx.tokens[j].text) == "في":
                end = ctx.tokens[j].start
                break
        start = ctx.tokens[k].start + (1 if ctx.tokens[k].text.startswith("و") else 0)  # «ومصادر …»: not «و»
        if reporter:
            # «مراسلاً لوكالة فرانس برس»: the reporter of an outlet (its lam of belonging)
            return self._rec(start, end) if end - start <= 60 else None
        src = self._source_after(ctx.tokens[k].start, end, "verb")
        if src is None or ctx.text[src["end"]:end].strip():
            return None
        return self._rec(max(start, src["start"]), src["end"]) or src

    def _own_clause_prep(self, pos: int, verb: dict, preps: list[dict]) -> dict | None:
        """«قالت الوزارة إن 16 قتلوا في هجمات…، فيما أرسلت وزارة الدفاع تعزيزات…، بحسب ما أفاد به مراسل
        الجزيرة»: when the mention is told in a clause of its own after the speaker's (set off by
        «فيما/بينما/في حين/وذلك بعد»), a «وفق/بحسب» source after it, with no such break between,
        owns that clause; the speaker's report is the first clause's."""
        ctx = self.ctx
        later = [p for p in preps if p["cue_start"] > pos]
        if not later:
            return None
        t0, t1 = bisect_left(ctx.tok_starts, verb["end"]), bisect_left(ctx.tok_starts, pos)
        if not any(ffold(t.text) in _OWN_CLAUSE for t in ctx.tokens[t0:t1]):
            return None
        p = later[0]
        t2 = bisect_left(ctx.tok_starts, p["cue_start"])
        if any(ffold(t.text) in _OWN_CLAUSE for t in ctx.tokens[t1:t2]):
            return None
        return p

    def _own_clause_between(self, lo: int, hi: int) -> bool:
        ctx = self.ctx
        return any(ffold(t.text) in _OWN_CLAUSE for t in ctx.tokens[bisect_left(ctx.tok_starts, lo):
                                                                    bisect_left(ctx.tok_starts, hi)])

    def _went_on(self, start: int, end: int) -> dict | None:
        """«وتابع المرصد أن…», «وأضافت الشبكة أن…»: a sentence opening with a verb of going on
        and a named subject, then «أن»: the subject reports this sentence (with no subject the
        sentence keeps the source before it, see for_mention)."""
        ctx = self.ctx
        t = ctx.tok_of(start)
        toks = ctx.tokens[t:t + 10]
        if len(toks) < 3 or toks[0].start < start or ffold(toks[0].text).removeprefix("و") not in _WENT_ON:
            return None
        src = self._source_after(toks[1].start, end, "verb")
        if src is None:
            return None
        k0 = bisect_left(ctx.tok_starts, src["end"])
        if k0 + 1 < len(ctx.tokens) and ctx.tokens[k0].text in ("،", ","):
            k0 += 1  # «وأضاف البيان، أن العملية…», «وتابع المصدر، أن…»: a comma before «أن»
        nxt = ctx.tokens[k0:k0 + 1]
        if not nxt or ffold(nxt[0].text) not in _COMPLEMENT:
            return None
        src = self._antecedent(src, self.ctx.sent_of(start))
        src.update(cue_start=toks[0].start, kind="verb")
        return src

    def _came_in(self, start: int, end: int, si: int) -> dict | None:
        """«وجاء في بيان وزارة الدفاع أن…», «وجاء في بيان للجيش اليوم أن…», «وورد في تقرير صادر عن الشبكة أن…», «وجاء في
        البيان أن…»: what a document says, opening the sentence, is its owner's report (a document named by its head
        and the article alone is the one named before: _antecedent)."""
        ctx = self.ctx
        t = ctx.tok_of(start)
        toks = ctx.tokens[t:t + 4]
        f = ctx.ftoks[t]
        if len(toks) < 3 or toks[0].start < start or (f not in _CAME and f.removeprefix("و") not in _CAME) or \
                ctx.ftoks[t + 1] != "في":
            return None  # (the verb itself may begin with «و»: «ورد في تقرير…»)
        k = t + 2
        if ctx.ftoks[k] in _TEXT_OF and k + 1 < len(ctx.tokens):
            k += 1  # «وجاء في نص الفتوى أن…»
        doc = ctx.ftoks[k]
        if _bare(doc) not in _DOCUMENTS and doc not in ctx.v.lead_nouns and _bare(doc) not in ctx.v.lead_nouns:
            return None
        # the owner's name ends before «أن/إن» or a colon
        stop = next((j for j in range(k + 1, min(k + _RELAY_REACH, len(ctx.tokens))) if ctx.tokens[j].start >= end or
                     ctx.ftoks[j] in _COMPLEMENT or ctx.tokens[j].text in (":", "،", ",")), None)
        if stop is None:
            return None
        limit = min(end, ctx.tokens[stop].start)
        if doc.startswith("ال") and k + 1 == stop:
            named = self._rec(ctx.tokens[k].start, ctx.tokens[k].end)  # «وجاء في البيان أن…»
            if named is None:
                return None
            src = self._antecedent(named, si)
            if src.get("start") == named["start"]:
                return None  # (no statement named before: the outlet's own)
        else:
            got = self._source_after(ctx.tokens[k].start, limit, "prep")
            if got is None or got["start"] <= ctx.tokens[k].start or not self._source_like(got):
                return None
            src = got
            src["_said_by"] = (ctx.tokens[k].start - 1, ctx.tokens[k].end)  # (the document's noun is no act)
        src.update(cue_start=toks[0].start, kind="verb")
        return src

    def _before_accused(self, src: dict) -> dict | None:
        """The accuser's name ends where the accused force's name begins (an accuser that is a force
        itself, «اتهمت «قسد» …», is not cut at its own name)."""
        text = self.ctx.text
        for a in self.ctx.m["actors"].starting(src["start"] + 1, src["end"]):
            if not text[src["start"]:a.prefix_start].strip(" «\"“("):
                continue
            return self._rec(src["start"], a.prefix_start)
        return src

    def _accused_first(self, src: dict) -> bool:
        """The span after a verb of accusing starts with a force's name: the accused, no accuser."""
        return any(a.prefix_start <= src["start"] + 2 and a.start >= src["start"] - 2
                   for a in self.ctx.m["actors"].starting(max(0, src["start"] - 3), src["start"] + 3))

    def _issuer_before(self, cue: int, floor: int) -> dict | None:
        """«أصدرت الشبكة السورية … تقريرها الشهري، ووثقت فيه…»: the subject of an issuing or
        reporting verb earlier in the sentence, when the verb at `cue` is joined to it by «و»."""
        ctx = self.ctx
        t = ctx.tok_of(cue)
        if not ctx.tokens[t].text.startswith("و"):
            return None
        for k in range(t - 1, max(-1, t - 40), -1):
            tok = ctx.tokens[k]
            if tok.start < floor:
                break
            f = ffold(tok.text).removeprefix("و")
            if f.startswith(_ISSUING + _DENYING + ctx.v.att_verbs) and len(f) <= 6:
                src = self._source_after(tok.end, ctx.tokens[t].start)
                if src is not None and ffold(src["surface"].split()[0]) not in _POINTING:
                    return src
                return None
        return None

    def _antecedent(self, src: dict, si: int) -> dict:
        """«وأضاف المصدر أن…», «وأوضحت اللجان أن…»: a source named by one word with the article
        is the one named in full before it in the document whose head is that word («مصدر
        ميداني», «لجان التنسيق المحلية»); the full name is the source."""
        words = (src.get("name") or src["surface"]).split()  # («بيان للوزارة»: the name «الوزارة»)
        if len(words) == 1 and ffold(words[0]) in _OUR_REPORTERS:
            # «قال مراسل «حلب اليوم» في إدلب إن… . وأفاد مراسلنا بأن…»: the outlet's reporter named before
            for k in range(si - 1, max(-1, si - 8), -1):
                for a in self.of_sentence(k)[::-1]:
                    if a["start"] < src["start"] and len(a["surface"].split()) > 1 and \
                            _bare(ffold(a["surface"].split()[0])) in _REPORTERS:
                        return {x: a[x] for x in ("surface", "canonical", "start", "end", "name") if x in a}
            return src
        if len(words) == 2 and ffold(words[1]) in _SAME:
            words = words[:1]  # «وأضاف المصدر ذاته», «وأشارت الشبكة نفسها»: the same one, named before
        if src.get("canonical") or len(words) > _ANAPHOR_MAX_WORDS or not ffold(words[0]).startswith("ال"):
            return src
        head = ffold(words[0])[2:]
        if head in _DOCUMENTS:
            # «وأضاف البيان أن…», «وأشار التقرير إلى…»: the statement of the source named before
            for k in range(si - 1, max(-1, si - 3), -1):
                prev = [a for a in self.of_sentence(k) if a["start"] < src["start"]]
                if prev:
                    a = prev[-1]
                    out = {x: a[x] for x in ("surface", "canonical", "start", "end", "name") if x in a}
                    out["_said_by"] = (src["start"], src["end"])  # the word «البيان» stays no act
                    return out
        for k in range(si - 1, max(-1, si - 8), -1):
            for a in self.of_sentence(k)[::-1]:
                first = a["surface"].split()
                lead = ffold(first[0])
                if len(first) > 1 and a["start"] < src["start"] and (lead == head or lead == "ال" + head or (
                        head in _REPORTERS and any(ffold(w).strip("،,") == head for w in first[1:]))):
                    return {x: a[x] for x in ("surface", "canonical", "start", "end", "name") if x in a}
        named = self._named_body_before(head, src, si)
        if named is None and head in _SOURCE_WORDS:
            # «وأفاد مراسلنا بأن… . وأشار المصدر إلى أن…», «قال ناشطون إن… . وبحسب المصادر…»: «the source»
            # with no source of its own head before it is the last source named in the sentences just before
            for k in range(si - 1, max(-1, si - 3), -1):
                prev = [a for a in self.of_sentence(k) if a["start"] < src["start"]]
                if prev:
                    return {x: prev[-1][x] for x in ("surface", "canonical", "start", "end", "name") if x in prev[-1]}
        return named or src

    def _named_body_before(self, head: str, src: dict, si: int) -> dict | None:
        """«السويداء 24: … . وقالت الشبكة إن…», «انتشلت فرق الدفاع المدني السوري … بحسب ما أعلنت المؤسسة»:
        a one-word source with the article names the last body named before it (as a source or not) that
        the word describes: a known name one of whose names the word heads («شبكة السويداء 24», «مؤسسة
        الدفاع المدني السوري»), or an organisation whose name it heads («الهيئة الوطنية للمفقودين»)."""
        ctx = self.ctx
        floor = ctx.sents[max(0, si - 7)].start
        self._source_matches(0, 0)  # (the sorted source names, made once)
        best: tuple[int, int, str | None] | None = None
        for m in self._src[:bisect_left(self._src_starts, src["start"])][::-1]:
            if m.prefix_start < floor:
                break
            if m.end > src["start"]:
                continue
            vals = m.value if isinstance(m.value, list) else [m.value]
            # (its own head, or for a body of the sources list the head of another of its names: a force's
            # other names, «النظام» → «وزارة الدفاع», are other bodies)
            if _bare(ffold(m.surface.split()[0])) == head or any(
                    isinstance(v, dict) and "kind" not in v and
                    any(_bare(ffold(al.split()[0])) == head for al in v.get("aliases", ())) for v in vals):
                val = _source_pick(m.value, m.key, ctx.published, ctx.text)
                best = (m.start, m.end, val["canonical"] if val else None)
                break
        for e in ctx.ents.between(floor, src["start"]):
            if e.get("type") != "ORG" or e["end"] > src["start"] or (best is not None and e["start"] <= best[0]):
                continue
            words = e["surface"].split()
            if len(words) > 1 and _bare(ffold(words[0])) == head:
                best = (e["start"], e["end"], None)
        if best is None:
            return None
        rec = self._rec(best[0], best[1])
        if rec is not None and best[2]:
            rec["canonical"] = best[2]
        return rec

    def _as_said(self, cue: int, floor: int) -> bool:
        ctx = self.ctx
        t = ctx.tok_of(cue)
        return t > 0 and ctx.tokens[t - 1].start >= floor and ffold(ctx.tokens[t - 1].text) in _AS

    def _colon_opener(self, start: int, end: int) -> dict | None:
        """«المرصد السوري: قُتل…», «مصادر محلية: …»: a source named before a colon that opens
        the sentence reports the whole sentence (a wire's or an observatory's house style)."""
        text = self.ctx.text
        colon = text.find(":", start, min(end, start + 60))
        if colon < 0 or text.count("\n", start, colon) or len(text[start:colon].split()) > 6:
            # «مقتل شاب في حي المقوس\nالسويداء 24: قُتل شاب…»: a headline with no stop of its own runs into the
            # body's line; the body's first line may open with the source and its colon
            nl = text.find("\n", start, end)
            if nl < 0:
                return None
            start = nl + 1
            while start < end and text[start] in " \t\n":
                start += 1
            colon = text.find(":", start, min(end, start + 60))
            if colon < 0 or text.count("\n", start, colon) or len(text[start:colon].split()) > 6:
                return None
        src = self._source_after(start, colon, "verb")
        dateline = src is not None and _trim(text, src["end"], colon)[0] != _trim(text, src["end"], colon)[1]
        if src is None or dateline and not self._dateline(src, colon):
            return None  # the name must fill the stretch before the colon (a dispatch's place after a dash aside)
        named = any(e.get("type") in ("ORG", "PER") for e in self.ctx.ents.starting(src["start"], src["start"] + 1))
        first = ffold(text[src["start"]:src["end"]].split()[0])
        body = (_bare(first) in _NAMED_BODIES or _bare(first) in _REPORTERS) and len(src["surface"].split()) >= 2
        # («تجمع أحرار حوران:», «مراسل «نبأ»:»)
        if src.get("canonical") is None and not named and not body and first not in self.ctx.v.generic_heads:
            return None  # «عاجل:», «درعا:» (a place label) are no sources
        src.update(cue_start=start, kind="prep", _colon=True)
        if dateline:
            src["_dateline"] = True  # (a source of the sentence's own, «…، بحسب ما أفاد مراسلنا», still tells it)
        return src

    def _dateline(self, src: dict, colon: int) -> bool:
        """«المرصد السوري لحقوق الإنسان – حلب: قُتل…»: a known source's dispatch line, its name, a dash
        (dateline.json `dashes`) and the place it was filed from before the colon: the name is the source of what
        follows as a bare name before a colon is. Only a name of the sources list (a place first, «درعا – سانا:»,
        is a wire's dateline, and gold names no source there). Off with the file's `enabled`."""
        dashes = _dateline_dashes()
        if not dashes or not src.get("canonical"):
            return False
        text = self.ctx.text
        rest = text[src["end"]:colon].strip()
        if not rest or rest[0] not in dashes:
            return False
        lo, hi = _trim(text, src["end"], colon)
        return any(p["start"] == lo and p["end"] == hi for p in self.ctx.places.between(lo, hi))

    def _appeared(self, start: int, end: int) -> dict | None:
        """«ظهر النقيب فلان في تسجيل مصور …، معلناً انشقاقه», «وأطل القائد في كلمة مصورة يؤكد…»: a
        person who appears in a video or a speech and announces in it reports the sentence."""
        ctx = self.ctx
        t = ctx.tok_of(start)
        if t >= len(ctx.tokens) or ctx.tokens[t].start < start or ctx.ftoks[t].removeprefix("و") not in _APPEAR:
            return None
        src = self._source_after(ctx.tokens[t].end, end, "verb")
        if src is None:
            return None
        k = bisect_left(ctx.tok_starts, src["end"])
        if k + 1 >= len(ctx.tokens) or ctx.ftoks[k] not in ("في", "عبر") or ctx.ftoks[k + 1] not in _RECORDINGS:
            return None
        stop = bisect_left(ctx.tok_starts, end)
        if not any(ctx.ftoks[j].removeprefix("و").removeprefix("ل") in _ANNOUNCING for j in range(k + 2, stop)):
            return None  # (one who appears and announces nothing reports nothing)
        src.update(cue_start=ctx.tokens[t].start, kind="verb")
        return src

    def _recording_publisher(self, si: int) -> dict | None:
        """«ظهر 18 عنصراً … في تسجيل مصور نشره ناشطون، معلنين انشقاقهم»: who published the recording the
        news is told in reports the sentence, when no one named opens it (one who appears or announces in
        it, «ظهر النقيب فلان في تسجيل بثه ناشطون», is the source: _appeared, the reporting verb)."""
        ctx = self.ctx
        s = ctx.sents[si]
        t0, t1 = ctx.tok_of(s.start), bisect_left(ctx.tok_starts, s.end)
        for k in range(t0, t1):
            if _bare(ctx.ftoks[k].removeprefix("و").removeprefix("ب").removeprefix("في")) not in _RECORDINGS:
                continue
            for j in range(k + 1, min(k + 4, t1)):
                f = ctx.ftoks[j]
                if any(f.startswith(v) and 1 <= len(f) - len(v) <= 3 for v in _PUBLISHING) and f.endswith(("ه", "ها")):
                    # (the name ends before a comma or a clause of state: «… تداولته صفحات محلية وهم يعلنون…»)
                    lim = next((tok.start for tok in ctx.tokens[j + 1:t1] if tok.text in ("،", ",") or
                                ffold(tok.text) in _STATE_OPENERS), s.end)
                    src = self._source_after(ctx.tokens[j].end, lim, "verb")
                    if src is None:
                        return None
                    src.update(cue_start=ctx.tokens[k].start, kind="prep")
                    return src
                if not ctx.tokens[j].text[:1].isalpha():
                    break
        return None

    def _fronted_issued(self, start: int, end: int) -> dict | None:
        """«وعقب الضربة، أصدرت الإدارة الذاتية بياناً…», «من جهتها، أصدرت الوزارة بياناً…»: the issuing verb after a
        fronted phrase closed by a comma opens its sentence as well (_issued); without it the sentence named no
        source and the report before it was carried over the statement (stop 46, finds46; review45's find).
        data/events/fronted_issuer.json: `enabled`, `max_words` (the fronted phrase's length)."""
        if "max_words" not in FRONTED:
            raw = _fronted_file()
            FRONTED["max_words"] = int(raw.get("max_words", 0)) if raw.get("enabled") else 0
        conf = FRONTED["max_words"]
        if not conf:
            return None
        ctx = self.ctx
        t0 = ctx.tok_of(start)
        words = 0
        for j in range(t0, len(ctx.tokens) - 1):
            tok = ctx.tokens[j]
            if tok.start >= end or words > conf:
                return None
            if tok.text in ("،", ","):
                if j == t0 or ctx.tokens[j + 1].start >= end or self._act_fronted(ctx.tokens[t0], tok.start):
                    return None
                return self._issued(ctx.tokens[j + 1].start, end)
            if not tok.text[:1].isalnum():
                return None  # (a colon, a dash or a quote: no fronted phrase)
            words += 1
        return None

    def _act_fronted(self, first, comma: int) -> bool:
        """review46 F2 (fronted_issuer.json `no_act`): the phrase before the comma tells an act of its own, opened by
        its trigger or holding a figure («قتل خمسة مدنيين بغارة جوية، وأصدرت الوزارة بياناً…»): the outlet tells
        it, the issuer only what follows; «وعقب الغارة،», «من جهتها،» open with no act and number nothing."""
        if "no_act" not in FRONTED:
            FRONTED["no_act"] = bool(_fronted_file().get("no_act", False))
        if not FRONTED["no_act"]:
            return False
        ctx = self.ctx
        return bool(ctx.m["triggers"].starting(first.start, first.end)) or \
            any(q.get("kind") in ("count", None) for q in ctx.quants.between(first.start, comma))

    def _issuer_place_words(self) -> frozenset:
        """fronted_issuer.json `place_words` (none when off): bearings of a place phrase after the issuer's name
        («أصدرت قوى الأمن الداخلي في شمال وشرق سوريا بياناً»: the layer resolves «شرق سوريا» only) that _issued
        reads past as it reads past the places and dates said there."""
        if "place_words" not in FRONTED:
            raw = _fronted_file()
            FRONTED["place_words"] = frozenset(ffold(w) for w in raw.get("place_words", ())) if raw.get("enabled") \
                else frozenset()
        return FRONTED["place_words"]

    def _issued(self, start: int, end: int) -> dict | None:
        """«أصدرت الهيئة بياناً اليوم…», «أصدر الرئيس اليوم المرسوم التشريعي…»: the issuer of a
        statement or a decree that opens the sentence reports it (a later «بحسب Y» that sources a
        clause of its own, «وذلك بعد مواجهات…»، keeps that clause: see _own_clause_prep)."""
        ctx = self.ctx
        verbs, docs = _issue_words()[:2]
        issuing = ctx.memo.get("issuing")
        if issuing is None:  # (most documents issue nothing: once per document)
            issuing = ctx.memo["issuing"] = not verbs.isdisjoint(ctx.doc_words) or \
                any("و" + v in ctx.doc_words for v in verbs)
        if not issuing:
            return None
        t = ctx.tok_of(start)
        if t >= len(ctx.tokens) or ctx.tokens[t].start < start or ctx.ftoks[t].removeprefix("و") not in verbs:
            return None
        src = self._source_after(ctx.tokens[t].end, end, "verb")
        if src is None or ctx.m["triggers"].first_after(ctx.tokens[t].end, src["start"]) is not None:
            return None
        k = bisect_left(ctx.tok_starts, src["end"])
        # (where it sits and when may stand between: «… في السويداء بياناً، اليوم الخميس»)
        said = [(d["start"], d["end"]) for d in ctx.dates.between(src["end"], min(end, src["end"] + 80))] + \
            [(p["start"], p["end"]) for p in ctx.places.between(src["end"], min(end, src["end"] + 80))]
        for j in range(k, min(k + 8, len(ctx.tokens))):
            tok = ctx.tokens[j]
            if tok.start >= end:
                return None
            f = ctx.ftoks[j]
            if f in docs:
                if f in _issue_words()[4]:
                    return None  # «أصدر الرئيس مرسوماً…»: he enacts it (its doer); the text does not say he tells it
                src.update(cue_start=ctx.tokens[t].start, kind="issued")
                return src
            if tok.text[:1].isalnum() and f not in ctx.v.att_stop and f not in ctx.v.place_nouns and \
                    not any(a <= tok.start < b for a, b in said) and f.removeprefix("و") not in self._issuer_place_words():
                return None
        return None

    def _dispatch_head(self, si: int) -> dict | None:
        """«المرصد السوري: قُتل… . وبذلك يرتفع عدد القتلى…»: a source named before a colon that opens
        a paragraph heads a dispatch; a later sentence of the paragraph that names no source of its
        own is its report too (a source named in between ends it)."""
        ctx = self.ctx
        for k in range(si - 1, max(-1, si - 1 - ctx.v.carry), -1):
            if "\n" in ctx.text[ctx.sents[k].end:ctx.sents[k + 1].start]:
                return None  # another paragraph
            atts = self.of_sentence(k)
            if atts:
                return atts[0] if atts[0].get("_colon") else None
        return None

    def _source_like(self, src: dict) -> bool:
        """A name that can be quoted: a known source, a tagged body or person, a generic source head
        («مصادر محلية», «ناشطين»), a reporter or a person named by a role."""
        head = _bare(ffold(src["surface"].split()[0]))
        return bool(src.get("canonical")) or self._named(src) or head in self.ctx.v.generic_heads or \
            ffold(src["surface"].split()[0]) in self.ctx.v.generic_heads or head in _REPORTERS or \
            head in _PERSON_HEADS or head in self.ctx.v.title_heads

    def _relayed(self, cue: int, src: dict, limit: int) -> dict:
        """«وفق ما نقلته سانا عن مصدر عسكري», «نقلت الوكالة عن مسؤول»: the one quoted after عن
        is the source, the agency only passes it on."""
        ctx = self.ctx
        t0, t1 = bisect_left(ctx.tok_starts, cue), bisect_left(ctx.tok_starts, src["start"])
        k0 = bisect_left(ctx.tok_starts, src["end"])
        for d in ctx.dates.starting(src["end"], src["end"] + 2):
            k0 = bisect_left(ctx.tok_starts, d["end"])  # «بحسب ما نقلته وكالة X مساء أمس عن مصدر في Y»
        if k0 + 1 < len(ctx.tokens) and ctx.ftoks[k0] in _NAME_ADJS and ctx.ftoks[k0 + 1] in ctx.v.relay_words:
            k0 += 1  # «وقالت صحيفة "الوطن" الموالية نقلاً عن مصادر ميدانية»: the name's adjective, then the relay
        if k0 < len(ctx.tokens) and ctx.tokens[k0].text in ("،", ",") and k0 + 1 < len(ctx.tokens) and \
                ffold(ctx.tokens[k0 + 1].text) in ctx.v.relay_words:
            k0 += 1  # «وقال موقع «…»، نقلاً عن مصادر خاصة، إن…»: the relay set off by commas
        if _ascribed_tongue() and (told := self._tongue(k0, src, limit)) is not None:
            return told
        nxt = ctx.tokens[k0:k0 + 2]
        relay_word = len(nxt) == 2 and ffold(nxt[0].text) in ctx.v.relay_words and ffold(nxt[1].text) in _RELAY_PREPS
        verb_of = not relay_word and not any(ffold(tok.text).startswith(tuple(ctx.v.relay_verbs)) for tok in ctx.tokens[t0:t1 + 1])
        if relay_word:
            nxt = nxt[1:]  # «وفق ما ذكرته وكالة إنترفاكس نقلاً عن وزارة الدفاع», «استناداً إلى مصادر أمنية»
        elif verb_of and not (cue != src["start"] and nxt and ffold(nxt[0].text) == "عن"):
            return src
        if not nxt or ffold(nxt[0].text) not in _RELAY_PREPS or nxt[0].start >= limit:
            return src
        quoted = self._source_after(nxt[0].end, limit, "verb")
        first = "".join(ch for ch in quoted["surface"].split()[0] if not "\u064b" <= ch <= "\u0652") if quoted else ""
        if quoted is None or (first.endswith(_OWN) and not quoted.get("canonical")):
            return src  # «نقلته الشبكة عن مصادرها»: its own sources; the network reports it
        if verb_of and not self._source_like(quoted):
            return src  # «تحدث ناشطون عن اعتقال…»: what they spoke of, no one quoted
        quoted.update({k: v for k, v in src.items() if k in ("cue_start", "kind")})
        return quoted

    def for_mention(self, si: int, pos: int) -> dict | None:
        ctx = self.ctx
        atts = self.of_sentence(si)
        if atts:
            # a preposition source («وفق ما ذكرته سانا») covers its whole sentence; a verb
            # source («قال المرصد إن…») covers what follows it
            preps = [a for a in atts if a["kind"] == "prep"]
            # «وأعلنت دمشق… ، بينما استمر الطيران…»: a verb's report ends at a clause-break word
            before = [a for a in atts if a["cue_start"] <= pos and a["kind"] in ("verb", "issued")
                      and not self._parted(a["cue_start"], pos)]
            if before and before[-1]["kind"] == "issued":
                # «أصدر الرئيس مرسوماً …، وفق ما ذكرته سانا»: a closing «وفق/بحسب» reports the issuing too;
                # one after a clause of its own («وذلك بعد مواجهات …، بحسب الوزارة») reports that clause only
                later = [p for p in preps if p["cue_start"] > pos]
                if later and not self._own_clause_between(pos, later[0]["cue_start"]):
                    return _public(later[0])
                return _public(before[-1])
            if before and self._recall_between(before[-1]["end"], pos):
                return None  # «وأحصى الدفاع المدني 21 قتيلاً …، وكانت بلدة X قد شهدت مجزرة…»: the writer's recall
            if before:
                own = self._own_clause_prep(pos, before[-1], preps)
                if own is None and self._announces_own(before[-1], pos) and self._individuals(before[-1]):
                    other = self._beside_announcer(si, pos, atts)
                    if other is not None:
                        return _public(other)
                return _public(own or before[-1])
            if len(preps) > 1 and (not preps[0].get("_colon") or preps[0].get("_dateline")):
                # «… سيطرتها على X، بحسب مصادر ميدانية، في حين خرجت … الحافلات، بحسب مراسل البلدة»: each
                # closing source reports its own part (the first after the mention, else the last before it)
                after = [p for p in preps if p["cue_start"] > pos]
                return _public(after[0] if after else preps[-1])
            if preps:
                return _public(preps[0])
            same = self._later_same_report(si, pos, atts)
            if same is not None:
                return _public(same)
        if any(a["cue_start"] <= ctx.sents[si].start + 1 for a in atts):
            return None  # «وقال شاهد عيان إن…»: the opening verb has a subject of its own
        first = ctx.words_after(ctx.sents[si].start, 4)
        if len(first) >= 2 and first[0] in _issue_words()[6] and \
                (first[1] in _issue_words()[7] or any(w in _RECALL_TIES for w in first[2:])):
            # «ويأتي ذلك بعد يومين من مقتل…», «ويأتي القصف بعد يومين من…», «وجاءت الحملة عقب هجوم…»: the writer's
            # own context, no one's report (events_probe README, stop 30: the outlet, 6 events against 2)
            return None
        # «…، بحسب المرصد. وفي الرابع من نيسان، قُتل عنصر…»: an earlier day's incident the writer recalls keeps no
        # source of the report before it (the outlet's own reporter aside, below)
        recall = self._dated_recall(si)
        carried = None if recall else self._closing_source_before(si) or self._dispatch_head(si)
        if carried is not None:
            return _public(carried)
        # «أفاد مراسل X بأن … . وفي يوم الجمعة الماضي، نفذت القوات حملة مماثلة…»: the outlet's own reporter files the
        # whole item; a later sentence with no source of its own is his (README Source), the writer's recall aside
        if not any(ctx.ftoks[j].removeprefix("و") in ctx.v.pluperfect for j in range(
                ctx.tok_of(ctx.sents[si].start), min(ctx.tok_of(ctx.sents[si].start) + 4, len(ctx.tokens)))):
            own = self._own_reporter_before(si)
            if own is not None:
                return _public(own)
        if recall:
            return None
        k, seen = si - 1, 0
        # «وأضاف أن…», «ويُقدّر عدد…», «كما يُقدّر…»: a subjectless reporting or estimating verb
        # keeps the source of the sentences before
        first = ctx.words_after(ctx.sents[si].start, 2)
        # («وبذلك يرتفع إلى 31 عدد…»: a sum drawn from the report before is that report's too)
        # («كما تحدث عن…», «كما أشار إلى…»: «كما» and a reporting verb with no subject: the speaker goes on)
        also = bool(first) and first[0] == "كما" and not (first[1:] and (first[1] in ctx.v.continuation or any(
            a.prefix_start <= ctx.tokens[ctx.tok_of(ctx.sents[si].start) + 1].start < a.end
            for a in ctx.m["att"].starting(ctx.sents[si].start, ctx.sents[si].start + 30))))
        if first and (first[0] in ctx.v.continuation or first[0] in _issue_words()[3] or self._goes_on(si)):
            while k >= 0 and seen < ctx.v.carry:
                a = self.of_sentence(k)
                if a:
                    # «كما داهمت دورية أخرى…», «كما قُتل مدني بانفجار عبوة أخرى…»: «كما» and an act of a kind the
                    # report before tells goes on with that report; an act of another kind («…، بحسب مصدر عسكري. كما
                    # شنت طائرات التحالف غارات…») is the writer's own addition — except after the outlet's own
                    # reporter, who files the whole item (events_probe README, Source; stop 32's decision)
                    if also and not self._same_types(k, si, with_lead=True) and not self._own_reporter(a[-1]):
                        return None
                    # («وقال مدير المرصد، وفقاً لما أوردته قناة X، إن… . وأضاف أن…»: the one who goes on speaking is
                    # the speaker, not the channel that relayed him)
                    spoke = [x for x in a if x["kind"] == "verb"] if first[0] in ctx.v.continuation and not also else []
                    return _public(spoke[-1] if spoke else a[-1])
                s = ctx.sents[k]
                if len(ctx.text[s.start:s.end].split()) >= 4:
                    seen += 1  # a hashtag line or a tweet's byline does not break the report
                k -= 1
        return None

    def named_later(self, rep: dict | None) -> dict | None:
        """«أعلنت هيئة لرصد النزاع أن 25 شخصاً قُتلوا… . وقال المرصد السوري لحقوق الإنسان، ومقره في بريطانيا، إن…»: a
        body given by its kind and a description, with no name («هيئة لرصد النزاع», «منظمة سورية تُعنى بحقوق
        الإنسان»), is the first body of the actor list the next sentences name as a source: the item brings the
        body in by what it does, then names it (described_body.json `heads`, `reach`; off with `enabled`)."""
        ctx = self.ctx
        heads, reach = _switch_words("described_body.json", "heads", "reach", 3)
        if not heads or rep is None or rep.get("outlet") or rep.get("start") is None or rep.get("canonical"):
            return rep
        words = rep["surface"].split()
        if len(words) < 2 or ffold(words[0]).removeprefix("و") not in heads or "«" in rep["surface"] or \
                ffold(words[1]).startswith("ال"):
            return rep  # («منظمة العفو الدولية», «هيئة «تحرير الشام»»: a construct with a definite name names it)
        si = bisect_left(ctx.sent_starts, rep["start"] + 1) - 1
        for k in range(si + 1, min(si + 1 + reach, len(ctx.sents))):
            for a in self.of_sentence(k):
                named = canonical_source(ctx, _public(a))
                if named is not None and named.get("canonical"):
                    return named
        return rep

    def _dated_recall(self, si: int) -> bool:
        """«وفي العشرين من تشرين الأول، أغارت مسيّرة…», «ويوم الثلاثاء، لقي أربعة عناصر…»: a sentence that opens with
        a day of its own (after at most an opener of dated_recall.json), more than `days_before` days before the
        item came out, tells an earlier incident the writer recalls, as «وكان … قد» does (events_probe README,
        Source: the outlet); the report before it does not go on over it. Off with the file's `enabled`."""
        ctx = self.ctx
        openers, before = _switch_words("dated_recall.json", "openers", "days_before", 0)
        if not openers or not ctx.published:
            return False
        s = ctx.sents[si]
        day = next((d for d in ctx.dates.starting(s.start, min(s.end, s.start + 40)) if d.get("grain") == "day"), None)
        if day is None or " ".join(fold_str(ctx.text[s.start:day["start"]]).split()) not in openers | {""}:
            return False
        try:
            told, out = date.fromisoformat(str(day["value"])[:10]), date.fromisoformat(str(ctx.published)[:10])
        except ValueError:
            return False
        return (out - told).days > before

    def _own_reporter_before(self, si: int) -> dict | None:
        """The last of the outlet's own reporters named as a source in the sentences before si (made once per
        sentence, each from the one before: linear in the document)."""
        before: list = self.ctx.memo.setdefault("own_reporter_before", [None])
        while len(before) <= si:
            own = [a for a in self.of_sentence(len(before) - 1) if self._own_reporter(a)]
            before.append(own[-1] if own else before[-1])
        return before[si]

    def _own_reporter(self, src: dict) -> bool:
        """The outlet's own reporter: «مراسلنا», «مراسل وكالتنا», «مراسل المركز», a reporter of the outlet named
        («مراسل تلفزيون سوريا» in a Syria TV item), or of an outlet the actor list does not know, in any item (we
        cannot tell such an outlet from the item's own; a known wire's reporter in another outlet's item is not)."""
        words = (src.get("name") or src["surface"]).split()
        first = ffold(words[0])
        if first in _OUR_REPORTERS:
            return True
        if _bare(first) not in _REPORTERS or len(words) < 2:
            return False
        second = ffold(words[1])
        if second.endswith("نا") or (second.startswith("ال") and second[2:] in _OUTLET_HEADS | {fold_str("مركز")}):
            return True  # «مراسل وكالتنا», «مراسل الموقع», «مراسل المركز»
        outlet = (self.ctx.outlet or "").lower()
        named = " ".join(words[1:])
        if outlet and ffold(outlet) in ffold(named):
            return True  # («مراسل منصة المثال» in an item of «منصة المثال»)
        canon = (canonical_source(self.ctx, {"surface": named}) or {}).get("canonical") or ""
        if not canon:
            return True  # (an outlet the actor list does not know: in its own item, «مراسل وطن إف إم» is its own)
        return bool(outlet) and (canon.lower() in outlet or outlet.split(" (")[0] in canon.lower())

    def _announces_own(self, src: dict, pos: int) -> bool:
        """«أعلن العقيد فلان انشقاقه», «أعلنت فصائل … سيطرتها على …», «ظهر النقيب فلان في تسجيل مصور معلناً
        انشقاقه»: the doer announcing its own act — the act's noun, with a pronoun that points back at the
        announcer, is the verb's object (no «أن/إن» between them)."""
        ctx = self.ctx
        if src["kind"] != "verb" or pos < src["end"]:
            return False
        t = bisect_left(ctx.tok_starts, pos)
        if t >= len(ctx.tokens) or not ctx.ftoks[t].endswith(_OWN_ACT_PRONOUNS) or ctx.ftoks[t].startswith("ال"):
            return False
        between = ctx.ftoks[bisect_left(ctx.tok_starts, src["end"]):t]
        return len(between) <= 12 and not any(w in _COMPLEMENT for w in between)

    def _beside_announcer(self, si: int, pos: int, atts: list[dict]) -> dict | None:
        """Who else the text names for people's announcement of their own act: a source that closes the sentence
        («، بحسب ما أكده مصدر مقرب منه»), one joined later in the sentence («، وقالت مصادر خاصة إن…»), or the next
        sentence's that comes back to it («وقالت تنسيقية البلدة إن الانشقاق جرى…»). Writers who read no code name
        that one, not the defector (sets 1, 13, 18, 57). (Who published the recording he appears in is no such
        source: the gold names the publisher in sets 30, 39, 44 and the officer in sets 1, 15, 37.)"""
        # (a joined verb with a subject of its own after it: «وقال إنه…» goes on with the announcer)
        later = [a for a in atts if a["cue_start"] > pos and (a["kind"] == "prep" or (
                 self.ctx.text.startswith("و", a["cue_start"]) and a["start"] > a["cue_start"]))]
        if later:
            return later[0]
        return self.from_next(si)

    def _individuals(self, src: dict) -> bool:
        """People, not a body: a person named by his rank or role («العقيد الطيار فلان», «النقيب فلان»), members
        counted or named by their head («ثمانية عناصر من…», «عشرات العناصر», «عناصر مخفر الشرطة»). A force or
        a body announcing its act («أعلنت إدارة العمليات العسكرية سيطرتها», «أعلنت قسد…») is its own source."""
        ctx = self.ctx
        head = _bare(ffold(src["surface"].split()[0]))
        if head in _PERSON_HEADS or head in _MEMBER_HEADS or head in _RANKS:
            return True
        return any(q["start"] <= src["start"] < q["end"] + 1 for q in ctx.quants.between(src["start"], src["end"]))

    def _closing_source_before(self, si: int) -> dict | None:
        """«…، بحسب مراسل نورث برس. وردّت قسد في وقت لاحق بقصف…»: a source that closes the
        sentence before («وفق/بحسب ما …» after all its news) goes on over a next sentence that opens
        with «و» + a verb and names no source of its own: the same report continued."""
        ctx = self.ctx
        if si == 0:
            return None
        s = ctx.sents[si]
        toks = ctx.tokens[ctx.tok_of(s.start):ctx.tok_of(s.start) + 8]
        fronted = bool(toks) and ffold(toks[0].text) in _issue_words()[8]
        if toks and not fronted and "و" + ffold(toks[0].text) in _issue_words()[8] and \
                any(ctx.text[t.end:t.end + 1] in "،," for t in toks[:4]):
            # «…، بحسب ما أفاد به مراسل X. في المقابل، قصفت فصائل …», «في سياق متصل، اعتقلت …»: a fronted phrase
            # closed by a comma goes on with the report as the same phrase after «و» does
            fronted = True
        if self._details_opener(si):
            fronted = True  # «…، بحسب مراسل X. ففي 30 آذار قُتل …», «فقد قصفت …»: the details of the sentence before
        if not toks or toks[0].start < s.start or not (toks[0].text.startswith("و") or fronted) or \
                (len(toks[0].text) < 4 and not fronted) or \
                ffold(toks[0].text) in _PART or not ctx.m["triggers"].starting(s.start, s.end) or \
                ffold(toks[0].text).removeprefix("و") in ctx.v.pluperfect:
            return None  # «وكانت وحدات الجيش قد أعادت…»: history recalled, not the report going on
        if fronted and any(ffold(t.text).removeprefix("و") in ctx.v.pluperfect for t in toks[1:] if t.end <= s.end):
            return None  # «وفي عام 2013 كانت المدينة قد…»: the same, after a fronted when
        prev = [a for a in self.of_sentence(si - 1) if a["kind"] == "prep"]
        if not self.of_sentence(si - 1) and self._details_opener(si - 1):
            # «…، بحسب مراسل X. ففي 30 آذار قُتل … . وفي اليوم ذاته قُتل …»: the details opened by «ف» go on over the
            # next sentence that goes on (a chain through any sentence carried lost on sets 45 and 53: «وطال القصف
            # أيضاً … . وفي ريف حلب الغربي، قُتل …» is the outlet's)
            key = ("carried", si - 1)
            if key not in ctx.memo:
                ctx.memo[key] = self._closing_source_before(si - 1)
            return ctx.memo[key]
        if not prev:
            # «أفاد مراسل الأناضول بأن … . وسقطت قذائف …»: a reporter's verb that opens the sentence
            # before (its whole sentence is the report) goes on the same way
            ps = ctx.sents[si - 1]
            opening = [a for a in self.of_sentence(si - 1) if a["kind"] == "verb" and a["cue_start"] <= ps.start + 1]
            if len(self.of_sentence(si - 1)) == 1 and opening and \
                    _bare(ffold(opening[0]["surface"].split()[0])) in _REPORTERS:
                return opening[0]
            if len(self.of_sentence(si - 1)) == 1 and opening and self._same_types(si - 1, si, with_lead=True):
                # «قال ناشطون إن … . وفي ريف دمشق، خرجت مظاهرة …», «وأوضح المركز أن … . وفي حي الميسر، سقط برميل…»:
                # an act of a kind the report told goes on with it (events_probe README, Source)
                return opening[0]
            return None
        last = prev[-1]
        ps = ctx.sents[si - 1]
        if self._news_in(last["end"], ps.end):
            return None  # the source must close its sentence (news after it is not its report)
        rest = _trim(ctx.text, self._past_medium(last["end"], ps.end), ps.end)
        if rest[0] != rest[1] and (ctx.text[last["end"]:rest[0]].strip() not in ("،", ",") or any(
                q.get("kind") in ("count", None) and (q.get("low") or 0) > 1 for q in ctx.quants.between(rest[0], rest[1]))):
            return None  # («…، وفق ما أعلن والي هاتاي، في أكبر حصيلة …»: a comment after it, no news, is fine)
        replies = _closing_kind()
        if replies is not None and not self._details_opener(si) and _bare(ffold(last["surface"].split()[0])) not in \
                _REPORTERS and ffold(toks[0].text).removeprefix("و") not in replies and self._another_kind(si - 1, si):
            # «…، بحسب تجمع X. وأطلقت القوات سراح…»: an act of another kind is the writer's own (closing_kind.json); a
            # reporter's closing source («…، وفق مراسلة X. وقصفت الفصائل…») files the item, as an opening one does, and
            # a reply («…، وفق ما أعلن الوالي. وردّت المدفعية بقصف…») is the report's own sequel
            return None
        return last

    def _another_kind(self, k: int, si: int) -> bool:
        """closing_kind: sentence si tells an act of a type (an attack verb, deaths and statements aside: «وقصفت القوات
        ذاتها…», «وقُتل مدني…» say no kind) and its first such act is of none the report of sentence k tells."""
        ctx = self.ctx
        s, ks = ctx.sents[si], ctx.sents[k]

        def types(t) -> set:
            vals = t.value if isinstance(t.value, list) else [t.value]
            return {v.get("type") for v in vals if isinstance(v, dict)}
        attack = any("attack" in types(t) for t in ctx.m["triggers"].starting(ks.start, ks.end))
        for t in ctx.m["triggers"].starting(s.start, s.end):
            told = types(t) - {None, "casualties", "statement", "-", "attack"}
            if told:
                # («قصفت قوات النظام البلدة بالمدفعية. وسقطت قذائف…»: a report told by an attack verb, its kind unsaid,
                # keeps an act of any kind of attack: closing_kind.json `attack_kinds`)
                return not (attack and told <= _ATTACK_KINDS) and not self._same_types(k, si, with_lead=True)
        return False

    def _recall_between(self, lo: int, hi: int) -> bool:
        """A clause «، وكان(ت) … قد» between a verb's report and a mention: history the writer recalls (as a sentence
        opening with it: events_probe README, stop 30), not what the speaker says."""
        ctx = self.ctx
        t0, t1 = bisect_left(ctx.tok_starts, lo), bisect_left(ctx.tok_starts, hi)
        for j in range(t0 + 1, t1):
            f = ctx.ftoks[j]
            if f.startswith("و") and f[1:] in ctx.v.pluperfect and ctx.text[ctx.tokens[j - 1].start:ctx.tokens[j - 1].end] in "،," \
                    and any(ctx.ftoks[k] == "قد" for k in range(j + 1, min(j + 6, t1))):
                return True
        return False

    def _details_opener(self, si: int) -> bool:
        """«ففي 30 آذار قُتل …», «فقد قصفت …», «فمن جهة …»: «ف» joined to a fronted preposition (the «و» forms of
        cues.json `fronted_openers`) or to «قد» opens the details of the sentence before."""
        ctx = self.ctx
        t = ctx.tok_of(ctx.sents[si].start)
        if t >= len(ctx.tokens) or ctx.tokens[t].start < ctx.sents[si].start:
            return False
        f = ctx.ftoks[t]
        return f.startswith("ف") and ("و" + f[1:] in _issue_words()[8] or f == "فقد")

    def _news_in(self, lo: int, hi: int) -> bool:
        """An event word between lo and hi (a word that needs a companion, «حصيلة» of «القتلى», only
        with it: «في أكبر حصيلة للجيش» is a comment, not news)."""
        ctx = self.ctx
        words = None
        for t in ctx.m["triggers"].starting(lo, hi):
            vals = t.value if isinstance(t.value, list) else [t.value]
            needs = [n for v in vals if isinstance(v, dict) for n in (v.get("needs") or ())]
            if not needs:
                return True
            if words is None:
                words = set(ffold(ctx.text[lo:hi]).split())
            if any(n in words for n in needs):
                return True
        return False

    def _later_same_report(self, si: int, pos: int, atts: list[dict]) -> dict | None:
        """«عثر الأهالي على جثث ستة أشخاص…، وقال مراسل حلب اليوم إن الجثث…»: a source later in the
        sentence, after «و» and a reporting verb, whose words add no new figure or place, reports
        what came before it too."""
        ctx, text = self.ctx, self.ctx.text
        s = ctx.sents[si]
        for a in atts:
            if a["kind"] != "verb" or a["cue_start"] <= pos:
                continue
            if not text[a["cue_start"]:a["cue_start"] + 1] == "و":
                continue
            blocked = [(a["start"], a["end"])]
            inside = lambda x: any(b0 <= x["start"] < b1 for b0, b1 in blocked)  # noqa: E731
            if any(q.get("kind") in ("count", None) and not inside(q) for q in ctx.quants.between(a["cue_start"], s.end)):
                return None
            known = {ffold(p.get("name_ar") or p["surface"]) for p in ctx.places.between(s.start, a["cue_start"])}
            if any(not inside(p) and p.get("kind") != "country" and ffold(p.get("name_ar") or p["surface"]) not in known
                   for p in ctx.places.between(a["cue_start"], s.end)):
                return None
            if self._tells_an_act(si, a["end"], s.end, a["cue_start"], denied_only=True):
                return None  # «…، وقالت الوزارة إن طائراتها لم تنفذ أي غارة»: the other side's denial, no report of it
            return a
        return None

    def _goes_on(self, si: int) -> bool:
        """«وأسفرت الهجمات عن…», «وأدى القصف إلى…»: a sentence opening with a verb whose subject
        is the act told before goes on with the same report."""
        ctx = self.ctx
        s = ctx.sents[si]
        toks = ctx.tokens[ctx.tok_of(s.start):ctx.tok_of(s.start) + 2]
        return len(toks) == 2 and toks[0].start >= s.start and toks[0].text.startswith("و") and \
            any(a.prefix_start == toks[1].start for a in ctx.m["anaphor_acts"].starting(toks[1].start, toks[1].end))

    def _subject_before(self, cue: int, floor: int) -> dict | None:
        """«وكان المرصد السوري قد أعلن…»: كان + subject + قد + the verb; the subject is the source."""
        ctx = self.ctx
        t = ctx.tok_of(cue)
        if t == 0 or ffold(ctx.tokens[t - 1].text) != "قد":
            return None
        for k in range(t - 2, max(-1, t - 12), -1):
            tok = ctx.tokens[k]
            if tok.start < floor:
                break
            if ffold(tok.text) in ctx.v.pluperfect:
                s, e = tok.end, ctx.tokens[t - 1].start
                return self._rec(s, e) if e - s > 2 else None
        return None

    def _parted(self, a: int, b: int) -> bool:
        """A clause-break word («بينما», «فيما») ends a verb's report, unless the report is a
        complement clause («أوضح المدير أن 8 قتلوا في… فيما قتل 3 في…»): the speaker says both."""
        ctx = self.ctx
        brk = next((x for x in ctx.m["breaks"].starting(a, b) if ffold(x.surface) in _PART), None)
        if brk is None:
            return False
        cue = ffold(ctx.tokens[bisect_left(ctx.tok_starts, a)].text)
        if cue.startswith(_TALLYING) or cue.removeprefix("و").startswith(_TALLYING):
            return False  # «وثق المرصد مقتل 20 …، فيما قُتل 7 …»: a tally goes on past «فيما»
        t, stop = bisect_left(ctx.tok_starts, a), bisect_left(ctx.tok_starts, brk.prefix_start)
        return not any(ffold(tok.text) in _COMPLEMENT for tok in ctx.tokens[t:min(stop, t + 12)])

    def from_next(self, si: int) -> dict | None:
        """«قُتل عشرون… . وأوضح الدفاع المدني أن القصف…»: a lead told first and attributed in the
        next sentence, which opens with a reporting verb and its subject and comes back to the
        lead («القصف», «الهجوم»); a next sentence with news of its own says nothing of the lead."""
        ctx = self.ctx
        if si + 1 >= len(ctx.sents):
            return None
        nxt = ctx.sents[si + 1]
        first = ctx.words_after(nxt.start, 1)
        if not first:
            return None
        opening = [a for a in self.of_sentence(si + 1) if a["kind"] == "verb" and a["cue_start"] == nxt.start]
        if first[0] in ctx.v.continuation or (opening and first[0].startswith("و") and
                                              not first[0].removeprefix("و").startswith(_TALLYING)):
            # («ونقلت وكالة «سانا» عن مصدر عسكري أن…», «وأعلنت الوزارة أن…»: any reporting verb that opens the
            # sentence with a subject of its own, as «وقال/وأوضح»; «ووثق المرصد مقتل…» opens a tally of its own)
            atts = opening
        else:
            # «… . وبحسب شبكة «فرات بوست» فإن الحملة…», «ووفقاً لناشطين، فإن المعتقلين…»: a «وفق/بحسب» source that
            # opens the next sentence (joined by «و») and hands it over with «فإن» or a comma is its report too
            atts = [a for a in self.of_sentence(si + 1) if a["kind"] == "prep" and a["cue_start"] == nxt.start and
                    ctx.text.startswith("و", nxt.start) and self._hands_over(a["end"], nxt.end)]
            if not atts:
                # «… عند معبر قرب الباب. وأشرف الصليب الأحمر على العملية، بحسب ما ذكرته مصادر محلية»: a closing
                # «بحسب/وفق» source of a next sentence with no other source reports what that sentence tells; when
                # it comes back to the lead's incident it is the lead's source too (events_probe README, stop 30)
                own = self.of_sentence(si + 1)
                if len(own) == 1 and own[0]["kind"] == "prep" and own[0]["cue_start"] > nxt.start and \
                        not ctx.text[self._past_medium(own[0]["end"], nxt.end):nxt.end].strip(" .،,\n"):
                    atts = own
        if not atts:
            return None
        # (the outlet's reporter files the whole story: a lead he goes on with is his whatever the noun; one
        # closing a sentence of its own reports that sentence)
        reporter = atts[0]["cue_start"] == nxt.start and (_bare(ffold(atts[0]["surface"].split()[0])) in _REPORTERS or (
            self._told_outlet(atts[0], nxt.end) and not self._adds_place(si, si + 1)))
        back = [a for a in ctx.m["anaphor_acts"].starting(nxt.start, nxt.end) if reporter or
                not (self._names_other(si, a) or self.in_passing(a.prefix_start))]
        if back and not reporter and self._elsewhere_again(si, si + 1, atts[0]["end"]):
            back = []  # «وقالت مصادر إن الدورية نفسها اعتقلت ثلاثة آخرين في بلدة X»: the same force, another incident
        if not back and not reporter and (self._adds_news(si, si + 1) or self._tells_an_act(si, atts[0]["end"], nxt.end)):
            return None
        if reporter and self._adds_news(si, si + 1) and not self._lead_of(si):
            # «… كما لقي شاب حتفه في اشتباك داخل مخيم X. وأفاد مراسل «Y» بأن أشخاصاً أصيبوا حين ضربت مسيّرة قرية Z»:
            # a reporter's sentence with news of its own says nothing of an act added after the lead
            return None
        return _public(atts[0])

    def _told_outlet(self, src: dict, limit: int) -> bool:
        """«وقالت إدارة المخيم لنورث برس إن…», «وقال مصدر في الأسايش لـ«عنب بلدي» إن…»: a source that spoke to an
        outlet (a lam + the outlet's name or head, in its span or right after it, before «إن/أن») is that outlet's
        own sourcing of the story, as its reporter is."""
        ctx = self.ctx
        k0 = bisect_left(ctx.tok_starts, src["start"])
        for j in range(k0 + 1, min(k0 + 14, len(ctx.tokens))):
            tok = ctx.tokens[j]
            if tok.start >= limit or ctx.ftoks[j] in _COMPLEMENT:
                return False
            f = ctx.ftoks[j]
            if tok.text in ("ل", "لـ") and j + 1 < len(ctx.tokens):
                return bool(self._known_name(ctx.tokens[j + 1].start, limit)) or \
                    ctx.text[ctx.tokens[j + 1].start:ctx.tokens[j + 1].start + 1] in _QUOTE_CLOSE
            if f.startswith("ل") and len(f) > 3 and (_bare(f[1:]) in _OUTLET_HEADS or _one_word_outlet(f) or
                                                     self._known_name(tok.start + 1, limit)):
                return True
        return False

    def _lead_of(self, si: int) -> bool:
        """Is sentence si the item's lead: no sentence before it tells an act (a headline on a line of its own
        aside)?"""
        ctx = self.ctx
        for k in range(si):
            s = ctx.sents[k]
            if "\n" in ctx.text[s.end:ctx.sents[k + 1].start] and k == 0:
                continue  # (a headline)
            if self._tells_any_act(s.start, s.end, []):
                return False
        return True

    def in_passing(self, start: int) -> bool:
        """«… اعتقلت أربعة يشتبه بتورطهم في الهجوم», «… انسحبوا بعد الهجوم»: an act's noun under a preposition of
        time or cause names the act in passing, as the time or the cause of what the sentence tells; it does not
        make the sentence a report of that act."""
        k = bisect_left(self.ctx.tok_starts, start)
        return k > 0 and self.ctx.ftoks[k - 1] in _IN_PASSING

    def _elsewhere_again(self, lead: int, si: int, after: int) -> bool:
        """Does sentence si, after its source, tell an act of a kind the lead tells at a place the lead does not
        name? Another incident (events_probe README, stop 30: a next sentence on another incident or place does
        not carry its source back), whatever definite noun («الدورية نفسها») comes back to the lead's actor."""
        ctx = self.ctx
        s, ls = ctx.sents[si], ctx.sents[lead]

        def kinds(ts) -> set:
            got: set = set()
            for t in ts:
                vals = t.value if isinstance(t.value, list) else [t.value]
                got |= {v.get("type") for v in vals if isinstance(v, dict)}
            return got - {None, "casualties", "statement", "-", "attack"}

        told = kinds(ctx.m["triggers"].starting(ls.start, ls.end))
        if not told or not told & kinds(ctx.m["triggers"].starting(after, s.end)):
            return False
        known = {ffold(p.get("name_ar") or p["surface"]) for p in ctx.places.between(ls.start, ls.end)}
        return any(p.get("kind") != "country" and ffold(p.get("name_ar") or p["surface"]) not in known
                   and not self._whither(p) for p in ctx.places.between(after, s.end))

    def _same_types(self, k: int, si: int, with_lead: bool = False) -> bool:
        """Is the first act sentence si tells («كما نفذت طائرات… غارات…، تزامناً مع اشتباكات…») of a type
        sentence k tells (deaths and statements aside)?"""
        ctx = self.ctx

        def types(ts) -> set:
            got: set = set()
            for t in ts:
                vals = t.value if isinstance(t.value, list) else [t.value]
                got |= {v.get("type") for v in vals if isinstance(v, dict)}
            return got - {None, "casualties", "statement", "-"}

        s, ks = ctx.sents[si], ctx.sents[k]
        # («ألقت», «قصف»: a verb of any attack; the words after it say which: «ألقت مروحيات … براميل»)
        first = next((t for t in sorted(ctx.m["triggers"].starting(s.start, s.end), key=lambda t: t.start)
                      if types([t]) - {"attack"}), None)
        told = types(ctx.m["triggers"].starting(ks.start, ks.end))
        opener = ctx.words_after(ks.start, 1)
        if with_lead and k > 0 and (self.from_next(k - 1) is not None or (opener and opener[0] in ctx.v.continuation)):
            # (`with_lead`: the lead that sentence k's source came back to, or the report «وأوضح التجمع أن…» goes on
            # from, tells the report too)
            ls = ctx.sents[k - 1]
            told |= types(ctx.m["triggers"].starting(ls.start, ls.end))
        return first is not None and types([first]) - {"attack"} <= told

    def _hands_over(self, end: int, limit: int) -> bool:
        """After a fronted «وفق/بحسب X»: «فإن» or a comma, then the report («وبحسب مراسل «وكالة المثال» المقيم في مدينة X،
        فإن…»: where the reporter is, up to a comma, is still his name's phrase)."""
        text = self.ctx.text
        words = text[end:limit].split()
        before = text[max(0, end - 12):end].split()
        if words and ((ffold(words[0]) in _POSTED and len(words) > 1 and ffold(words[1]) in _OF) or
                      (ffold(words[0]) in _OF and before and ffold(before[-1]) in _POSTED)):
            comma = text.find("،", end, min(limit, end + 60))
            if comma > 0:
                end = comma
        rest = text[end:limit].lstrip(" ،,؛")
        return bool(rest) and (ffold(rest.split()[0]) in _SO_THAT or text[end:limit].lstrip(" ")[:1] in "،,")

    def _tells_an_act(self, lead: int, lo: int, hi: int, told_end: int | None = None, denied_only: bool = False) -> bool:
        """«قصف الطيران الروسي بلدة الهبيط. وقالت وزارة الدفاع الروسية إن قواتها لم تنفذ أي غارة…», «ألقت المروحيات
        براميل على داريا. وأكد المجلس أن النظام استخدم الكلور في قصف سابق»: a next sentence that tells an act of its
        own, not coming back to the lead by a definite noun, says nothing of the lead: an act of a kind the lead
        does not tell, or one denied («لم/لا/لن» right before it); the lead's own act retold («حين استُهدفت
        بصاروخين») and deaths alone may be the lead's. `told_end`/`denied_only`: a later source in the lead's own
        sentence («…، وقالت الوزارة إن طائراتها لم تنفذ أي غارة») is cut off by a denial only (what it adds of
        another kind may be a warning or an aim of the same report)."""
        ctx = self.ctx
        ls = ctx.sents[lead]

        def kinds(t) -> set:
            vals = t.value if isinstance(t.value, list) else [t.value]
            got = {v.get("type") for v in vals if isinstance(v, dict)} - {None, "casualties", "statement", "-"}
            return {"violence" if k in _FIGHTING else k for k in got}  # (one act's words may be typed apart)

        told = set().union(*(kinds(t) for t in ctx.m["triggers"].starting(ls.start, told_end or ls.end)))
        for t in ctx.m["triggers"].starting(lo, hi):
            own = kinds(t)
            if not own:
                continue
            k0 = bisect_left(ctx.tok_starts, t.prefix_start)
            if k0 > 0 and ffold(ctx.tokens[k0 - 1].text).removeprefix("و").startswith(_FLED):
                continue  # «قبل أن يلوذوا بالفرار نحو البادية»: the attackers got away, no act of its own
            if k0 > 0 and ctx.ftoks[k0 - 1] in _FRAMING:
                # «أن الخروج يجري بموجب اتفاق توصلت إليه الفصائل», «لن يبدأ التنفيذ قبل الإفراج عن…»: an act named as
                # the frame, the time or the cause of what the sentence tells is no act it tells
                continue
            if told and not own & told and not denied_only:
                return True  # (a lead that tells only its dead may be told its act next: «تعرض لثلاث قذائف»)
            k = bisect_left(ctx.tok_starts, t.prefix_start)
            if any(ctx.ftoks[j] in ctx.v.negation for j in range(max(bisect_left(ctx.tok_starts, lo), k - 4), k)):
                return True
        return False

    def _names_other(self, lead: int, a) -> bool:
        """«سيطر الجيش على البلدة ضمن عملية «غصن الزيتون». وذكرت الأركان أن حصيلة … منذ انطلاق العملية
        بلغت…»: the definite noun comes back to a noun of the lead that is no act of it (a campaign
        named there), not to the lead's act."""
        ctx = self.ctx
        head = _bare(ffold(a.surface).removeprefix("و"))
        ls = ctx.sents[lead]
        for t in ctx.tokens[ctx.tok_of(ls.start):bisect_left(ctx.tok_starts, ls.end)]:
            f = ffold(t.text)
            if f in (head, "ال" + head, "ب" + head, "و" + head, "ل" + head, "في" + head) and \
                    not ctx.m["triggers"].starting(t.start, t.end):
                return True
        return False

    def _adds_news(self, lead: int, si: int) -> bool:
        """Does sentence si tell something the lead did not: a figure, or a place (outside the
        source's own name) that the lead does not name? «وقال مصدر محلي إن المسيرة أطلقت صاروخاً»
        adds neither and reports the lead; «وقال ناشطون إن 5 قتلوا في بلدة أخرى» adds both."""
        ctx = self.ctx
        s, ls = ctx.sents[si], ctx.sents[lead]
        blocked = self.spans(si)
        inside = lambda x: any(a <= x["start"] < b for a, b in blocked)  # noqa: E731
        if not self._tells_any_act(s.start, s.end, blocked) and not ctx.m["period"].starting(s.start, s.end):
            # «وقال مسؤول في الدفاع المدني إن الرفات نُقل إلى الطبابة الشرعية في دمشق», «… إن العوض ينحدر من بلدة
            # X», «… إن الخاطفين طالبوا بفدية قدرها 30 ألف دولار»: with no act of its own, a place or a figure is a
            # detail of the lead (where the dead were taken, whence the victim came, the ransom), no news of its own
            # (a total over a period, «بلغ عدد المعتقلين منذ مطلع الشهر 58», is a tally of its own)
            return False
        # («حين استُهدفت بصاروخين»: how many munitions or strikes hit is how the lead's act was done, no news)
        if any(q.get("kind") in ("count", None) and not inside(q) and counted_class(q.get("counted")) not in _HOW_DONE
               and not _told_group(q) for q in ctx.quants.between(s.start, s.end)):
            return True
        return self._adds_place(lead, si)

    def _adds_place(self, lead: int, si: int) -> bool:
        """Does sentence si name a place (outside its source's name, not a place someone went to) that the lead
        does not?"""
        ctx = self.ctx
        s, ls = ctx.sents[si], ctx.sents[lead]
        blocked = self.spans(si) + self._how_spoken(si)
        told = list(ctx.places.between(ls.start, ls.end))
        known = {ffold(p.get("name_ar") or p["surface"]) for p in told}
        # (a place inside a force's or a body's name, «قوات حكومة دمشق», «غرفة عمليات حلب», is no place the lead was at)
        areas = [q for q in told if q.get("kind") != "country" and not _in_name(ctx, q)]
        # («اغتال مجهولون شاباً بريف درعا الغربي. وقال التجمع إن الشاب قُتل في بلدة المزيريب», «… في مدينة انخل بريف
        # درعا الشمالي. وقالت مصادر إن عبوة انفجرت في انخل شمال درعا»: a place inside every area the lead names, or
        # the governorate that holds every place the lead names, is where the lead was, told finer or coarser: no
        # place of news of its own; a town beside the lead's town, an area of a lead told over two, or a wider region
        # («المجموعات المنتشرة في جبل الزاوية تواصل…», set 57) is)
        return any(not any(a <= p["start"] < b for a, b in blocked) and p.get("kind") != "country" and
                   ffold(p.get("name_ar") or p["surface"]) not in known and not self._whither(p) and
                   not (areas and (all(holds(q, p) for q in areas) or
                                   (p.get("kind") == "governorate" and all(holds(p, q) for q in areas))))
                   for p in ctx.places.between(s.start, s.end))

    def _how_spoken(self, si: int) -> list[tuple[int, int]]:
        """«وقال التجمع على قناته في تيلغرام، إن…», «وقالت الوزارة في بيان نشرته على موقعها إن…»: the words between a
        speaker and the «أن/إن» of what it said tell where or how it spoke, no news."""
        ctx = self.ctx
        out = []
        for a in self.of_sentence(si):
            if a["kind"] != "verb" or a["cue_start"] > a["start"]:
                continue
            k0 = bisect_left(ctx.tok_starts, a["end"])
            for j in range(k0, min(k0 + 10, len(ctx.tokens))):
                if ctx.ftoks[j] in _COMPLEMENT:
                    if j > k0:
                        out.append((a["end"], ctx.tokens[j].start))
                    break
                if ctx.m["triggers"].starting(ctx.tokens[j].start, ctx.tokens[j].end):
                    break
        return out

    def _past_medium(self, p: int, limit: int) -> int:
        """«…، وفق ما ذكرته رئاسة الجمهورية عبر معرفاتها.», «… بحسب الدفاع المدني على قناته في تلغرام»: where the source
        published it, closing the sentence after its name (at most four words, no act, no place), is still its phrase."""
        ctx = self.ctx
        k = bisect_left(ctx.tok_starts, p)
        if k >= len(ctx.tokens) or ctx.ftoks[k] not in _MEDIUM_PREPS:
            return p
        end = next((j for j in range(k + 1, min(k + 6, len(ctx.tokens))) if not ctx.tokens[j].text[:1].isalpha()
                    or ctx.tokens[j].start >= limit), None)
        if end is None or self._tells_any_act(ctx.tokens[k].start, ctx.tokens[end - 1].end, []) or \
                any(q.get("kind") for q in ctx.places.between(ctx.tokens[k].start, ctx.tokens[end - 1].end)):
            return p  # (a listed place is news; «تيلغرام» guessed as a place with no kind is not)
        return ctx.tokens[end - 1].end

    def _tells_any_act(self, lo: int, hi: int, blocked: list[tuple[int, int]]) -> bool:
        """An event word between lo and hi, outside the source's own name (a statement's word, «في بيان», is
        how the source spoke, no act)."""
        for t in self.ctx.m["triggers"].starting(lo, hi):
            if any(a <= t.start < b for a, b in blocked):
                continue
            vals = t.value if isinstance(t.value, list) else [t.value]
            if {v.get("type") for v in vals if isinstance(v, dict)} - {None, "-", "statement"}:
                return True
        return False

    def _whither(self, p: dict) -> bool:
        """«ولاذوا بالفرار نحو البادية», «واقتادتهم إلى مدينة إزرع»: where someone went after the act is no
        place of news of its own."""
        ctx = self.ctx
        k = bisect_left(ctx.tok_starts, p["start"])
        for j in (k - 1, k - 2):
            if j >= 0 and ffold(ctx.tokens[j].text) in _WHITHER:
                return True
            if j >= 0 and not (_bare(ffold(ctx.tokens[j].text)) in _SETTLEMENT_HEADS):
                break
        return False

    def subject_after(self, pos: int, si: int) -> dict | None:
        """The subject right after a verb («أفتت رابطة…», «مدّد الاتحاد الأوروبي…»); a plural verb holds its own
        («وأعلنوا تأييدهم…»)."""
        k = bisect_left(self.ctx.tok_starts, pos) - 1
        if k >= 0 and self.ctx.tokens[k].end == pos and self.ctx.ftoks[k].endswith("وا"):
            return None
        src = self._source_after(pos, self.ctx.sents[si].end)
        return _public(src) if src else None

    def fallback(self) -> dict | None:
        return {"surface": self.ctx.outlet, "outlet": True} if self.ctx.outlet else None

    # -- the name after a cue ----------------------------------------------------------------
    def _source_after(self, pos: int, limit: int, kind: str = "prep") -> dict | None:
        ctx, text = self.ctx, self.ctx.text
        p = pos
        while p < limit and text[p] in " \u00a0ـ":
            p += 1
        if p >= limit:
            return None
        q = self._skip_relative(p, limit)
        if q != p:
            kind = "verb"  # «وفق ما أفادت لجان…»: after the verb, a lam is the name's own
        p = q
        if kind == "verb":
            p = self._after_when(p, limit)  # «بحسب ما أعلنه اليوم الاثنين المرصد…», «ذكر صباح اليوم المرصد أن…»
        if p >= limit:
            return None
        said_by = None
        # the document's own tokens (shared, made once), not a new tokenization of the stretch
        i, stop = bisect_left(ctx.tok_starts, p), min(limit, p + 200)
        toks = []
        for tok in ctx.tokens[i:i + 40]:
            if tok.end > stop:
                break
            toks.append(tok)
        if toks and ffold(toks[0].text) in ("عن",) and len(toks) > 1:
            p = toks[1].start  # «نقلاً عن», «نقلت … عن»
            toks = toks[1:]
        if len(toks) > 2 and ffold(toks[0].text) in _LATEST:
            p = toks[1].start  # «وفق آخر إحصائية نشرها المرصد»: the latest of its reports
            toks = toks[1:]
        if len(toks) > 1 and _bare(ffold(toks[0].text)) in _PAGES:
            # «قالت الصفحة الرسمية لـ«الدفاع المدني» إن…», «بحسب حساب المرصد على «إكس»»: whose page it is
            k = 1
            while k < min(len(toks) - 1, 3) and ffold(toks[k].text) in _NAME_ADJS | _PAGE_ADJS:
                k += 1
            owner = toks[k].start + (1 if ffold(toks[k].text).startswith("ل") and k > 1 or
                                     ffold(toks[k].text) in ("ل", "لـ") else 0)
            if ffold(toks[k].text) in ("ل", "لـ") and k + 1 < len(toks):
                owner = toks[k + 1].start
            got = self._known_name(owner, limit) or self._entity_at(owner, limit)
            if got is None and self.ctx.text[owner:owner + 1] in _QUOTE_CLOSE:
                close = self.ctx.text.find(_QUOTE_CLOSE[self.ctx.text[owner]], owner + 1, limit)
                got = self._rec(owner, close + 1) if 0 < close - owner <= 60 else None
            if got is not None:
                return got
        # «كشف تقرير للشبكة…», «وفق توثيق المرصد»: the source is the owner of the report
        f0 = ffold(toks[0].text) if toks else ""
        if len(toks) > 1 and f0.startswith("ل") and (f0[1:] in _OWNED_FIGURES or f0[1:] in ctx.v.lead_nouns):
            f0 = f0[1:]  # «وفقاً لتوثيقات المرصد», «وفقاً لإحصائية أعدها الفريق»
        # («بحسب الحصيلة التي نشرها المرصد»: the figure with the article, then a relative clause)
        defin = f0.startswith("ال") and (f0[2:] in ctx.v.lead_nouns or f0[2:] in _OWNED_FIGURES)
        if len(toks) > 1 and (f0 in ctx.v.lead_nouns or f0 in _OWNED_FIGURES or defin):
            nxt = ffold(toks[1].text)
            k = 1
            while k < min(len(toks) - 1, 5) and (ffold(toks[k].text) in _NOT_WORDS or (
                    ffold(toks[k].text).endswith(("ه", "يه")) and
                    ffold(toks[k].text).startswith("ال") == defin and
                    not ffold(toks[k].text).startswith(ctx.v.att_verbs + _ISSUING + ("ل",)))):
                k += 1  # «حصيلة جديدة وغير نهائية …», «الحصيلة الأولية …»: adjectives of the figure
            if k < len(toks) - 1 and ffold(toks[k].text) in _WHICH:
                k += 1  # «… التي نشرها المرصد»
            rel = ffold(toks[k].text) if k < len(toks) else ""
            if defin and not (k + 1 < len(toks) and rel.startswith(ctx.v.att_verbs + _ISSUING)):
                pass  # «وفق الإحصائية …» with no one who gave it: the words are no source
            elif nxt in _ISSUED and len(toks) > 3 and ffold(toks[2].text) == "عن":
                p = toks[3].start  # «وفق بيان صادر عن مجلس الاتحاد»: who issued it
                toks = toks[3:]
            elif k + 1 < len(toks) and (rel.endswith(("ها", "ه")) and len(rel) > 4 and
                                        rel[:-2 if rel.endswith("ها") else -1].startswith(ctx.v.att_verbs + _ISSUING)
                                        or defin):
                p = toks[k + 1].start  # «وفق حصيلة جديدة أعلنها المرصد»: the one who gave it
                toks = toks[k + 1:]
                if (w := self._after_when(p, limit)) != p:  # «… أعلنها اليوم المرصد»
                    p, toks = w, [t for t in toks if t.start >= w]
            elif defin:
                pass
            elif k > 1 and rel.startswith("ل") and not rel.startswith("لل") and len(rel) > 3 or rel.startswith("لل"):
                p = toks[k].start  # «وفق حصيلة أولية لوزارة الصحة»: the figure, its adjectives, then whose it is
                toks = toks[k:]
            elif nxt.startswith("ل") or nxt.startswith("ال"):
                if f0 in ctx.v.lead_nouns:
                    said_by = (toks[0].start - 1, toks[0].end)  # «وفق بيان المرصد»: the statement is no act
                p = toks[1].start
                toks = toks[1:]
            elif f0 in ctx.v.lead_nouns and (nxt in ctx.v.generic_heads or self._known_name(toks[1].start, limit) or
                                             self._entity_at(toks[1].start, limit)):
                # «بحسب بيان وزارة الدفاع», «وفق رواية قسد»: the owner of the statement or the account in
                # its genitive is the source; the noun is no act of its own
                said_by = (toks[0].start - 1, toks[0].end)  # (a span blocks the triggers strictly inside it)
                p = toks[1].start
                toks = toks[1:]
        known = self._known_name(p, limit)
        ent = self._entity_at(p, limit)
        best = max([x for x in (known, ent) if x], key=lambda x: x["end"], default=None)
        if best is not None:
            got = self._with_body(self._posted_in(self._titled(self._quoted_after(best, limit), limit), limit), limit)
        elif text[p] in _QUOTE_CLOSE and 0 < text.find(_QUOTE_CLOSE[text[p]], p + 1, limit) - p <= 80:
            got = self._rec(p, text.find(_QUOTE_CLOSE[text[p]], p + 1, limit) + 1)
        else:
            got = self._with_body(self._posted_in(self._generic(toks, limit, kind), limit), limit)
            if got is not None and len(got["surface"].split()) == 1 and \
                    _bare(ffold(got["surface"])) in _SOURCE_WORDS:
                # «وبحسب مصادر المرصد، فإن…»: the sources of a body named in the genitive are that body's
                after = ctx.tokens[bisect_left(ctx.tok_starts, got["end"]):][:1]
                gen = self._known_name(after[0].start, limit) if after and after[0].start - got["end"] <= 1 else None
                if gen is not None and gen["start"] <= after[0].start + 2:
                    got = dict(self._rec(got["start"], gen["end"]) or got, canonical=gen.get("canonical"))
        if got is not None and _bare(ffold(got["surface"].split()[0])) in _OUTLET_HEADS | _NAMED_BODIES and \
                (aliased := self._quoted_alias(got["end"], limit)) != got["end"]:
            got = dict(self._rec(got["start"], aliased) or got, canonical=got.get("canonical"))  # «وكالة الأنباء الرسمية «سانا»»
        if got is not None and said_by is not None:
            got["_said_by"] = said_by
        return self._joined(self._apposed(got, limit), limit)

    def _apposed(self, src: dict | None, limit: int) -> dict | None:
        """«قال فلان الفلاني، مراسل «منصة المثال» في حمص، إن…», «قال فلان، المتحدث باسم الوزارة، إن…»: a person's name
        and the role set off after it by commas are one source (the role is what a later «وقال المراسل» names)."""
        if src is None:
            return None
        ctx = self.ctx
        if not any(e.get("type") == "PER" and e["end"] >= src["end"] - 1 for e in ctx.ents.starting(src["start"] - 1, src["end"])):
            return src
        k = bisect_left(ctx.tok_starts, src["end"])
        if k + 2 >= len(ctx.tokens) or ctx.tokens[k].text not in ("،", ",") or ctx.tokens[k].start - src["end"] > 1:
            return src
        head = _bare(ctx.ftoks[k + 1])
        if not (head in _REPORTERS or head in _PERSON_HEADS or ctx.ftoks[k + 1] in ctx.v.title_heads or
                head in ctx.v.title_heads):
            return src
        for j in range(k + 2, min(k + 14, len(ctx.tokens))):
            tok = ctx.tokens[j]
            if tok.start >= limit or ctx.ftoks[j] in _COMPLEMENT:
                return src
            if tok.text in ("،", ","):
                return self._rec(src["start"], ctx.tokens[j - 1].end) or src
        return src

    def _joined(self, src: dict | None, limit: int) -> dict | None:
        """«قال ناشطون وشهود عيان إن…», «قال سكان وناشطون», «قال مقاتلو المعارضة والمرصد السوري لحقوق الإنسان إن…»:
        sources joined by «و» are one source; its span holds both (a whole span, never cut at the first)."""
        if src is None:
            return None
        ctx = self.ctx
        k = bisect_left(ctx.tok_starts, src["end"])
        if k >= len(ctx.tokens) or ctx.tokens[k].start >= limit or ctx.text[src["end"]:ctx.tokens[k].start].strip():
            return src
        tok = ctx.tokens[k]
        if tok.text == "و" and k + 1 < len(ctx.tokens):
            toks = ctx.tokens[k + 1:k + 12]  # (a tokenizer may part «و» from its word)
        elif tok.text.startswith("و") and len(tok.text) >= 3:
            toks = [Token(tok.start + 1, tok.end, tok.text[1:])] + ctx.tokens[k + 1:k + 11]
        else:
            return src
        at = toks[0].start
        if at >= limit:
            return src
        other = max([x for x in (self._known_name(at, limit), self._entity_at(at, limit)) if x],
                    key=lambda x: x["end"], default=None) or self._generic(toks, limit, "verb")
        if other is None or other["start"] != at or not self._source_like(other):
            return src
        return self._rec(src["start"], other["end"]) or src

    def _with_body(self, src: dict | None, limit: int) -> dict | None:
        """«إدارة الإعلام والاتصال في وزارة الدفاع السورية»: a department named with the body it belongs to
        («في/لدى» + a known source or an organisation) is one name with it, the body's canonical its own."""
        if src is None or ffold(src["surface"].split()[0]) not in _issue_words()[5]:
            return src
        ctx = self.ctx
        nxt = ctx.tokens[bisect_left(ctx.tok_starts, src["end"]):][:2]
        if len(nxt) < 2 or ffold(nxt[0].text) not in ("في", "لدى") or nxt[1].start >= limit:
            return src
        body = self._known_name(nxt[1].start, limit)
        if body is None:
            body = next((e for e in ctx.ents.starting(nxt[1].start, nxt[1].start + 1) if e.get("type") == "ORG"
                         and e["end"] <= limit and not ctx._place_headed(e)), None)
            body = body and self._rec(body["start"], body["end"])
        if body is None:
            return src
        rec = self._rec(src["start"], body["end"])
        if rec is not None:
            rec["canonical"] = body.get("canonical") or src.get("canonical")
        return rec or src

    def _quoted_after(self, src: dict, limit: int) -> dict:
        """«فصائل «جيش الفتح»», «حركة «أحرار الشام»»: a body's head named before its quoted name is one
        name with it."""
        text = self.ctx.text
        words = src["surface"].split()
        if len(words) != 1 or _bare(ffold(words[0])) not in _NAMED_BODIES:
            return src
        q = src["end"] + 1
        if text[src["end"]:q] != " " or q >= limit or text[q] not in _QUOTE_CLOSE:
            return src
        close = text.find(_QUOTE_CLOSE[text[q]], q + 1, limit)
        if not 0 < close - q <= 40:
            return src
        rec = self._rec(src["start"], close + 1)
        return dict(rec, canonical=src.get("canonical")) if rec else src

    def _titled(self, src: dict, limit: int) -> dict:
        """«وزير الدفاع الروسي سيرغي شويغو أن…»: a title known as a name runs on to the person's
        name after it (a tagged person, or one to three words right before «أن/إن»)."""
        ctx = self.ctx
        if ffold(src["surface"].split()[0]) not in ctx.v.title_heads:
            return src
        for ent in ctx.ents.starting(src["end"], src["end"] + 3):
            if ent.get("type") == "PER" and ent["end"] <= limit:
                rec = self._rec(src["start"], ent["end"])
                return dict(rec, canonical=src.get("canonical")) if rec else src
        k0 = bisect_left(ctx.tok_starts, src["end"])
        nxt = ctx.tokens[k0:k0 + 4]  # (not a copy of every token after it)
        for k, tok in enumerate(nxt):
            f = ffold(tok.text)
            if f in _COMPLEMENT and 1 <= k <= 3:
                rec = self._rec(src["start"], nxt[k - 1].end)
                return dict(rec, canonical=src.get("canonical")) if rec else src
            if not tok.text[:1].isalpha() or f in ctx.v.att_stop or tok.start >= limit:
                break
        return src

    def _posted_in(self, src: dict | None, limit: int) -> dict | None:
        """«مراسل تلفزيون سوريا في حماة»: where a reporter is posted belongs to the source (so that
        place is never taken for the event's)."""
        if src is None or ffold(src["surface"].split()[0]).removeprefix("ال") not in _REPORTERS:
            return src
        ctx = self.ctx
        k0 = bisect_left(ctx.tok_starts, src["end"])
        nxt = ctx.tokens[k0:k0 + 2]
        if len(nxt) < 2 or ffold(nxt[0].text) != "في" or nxt[1].start >= limit:
            return src
        for pl in ctx.places.starting(nxt[1].start, nxt[1].start + 3):
            if pl["end"] <= limit:
                rec = self._rec(src["start"], pl["end"])
                if rec is not None:
                    rec["canonical"] = src.get("canonical")
                    return rec
        return src

    def _known_name(self, p: int, limit: int) -> dict | None:
        """A name from the actor list's sources starting here (allowing a clitic)."""
        hits = [m for m in self._source_matches(p, limit) if p <= m.prefix_start <= p + 2 and m.end <= limit]
        if not hits:
            return None
        m = max(hits, key=lambda m: m.end - m.start)
        # extend to a quoted or entity continuation: «الوكالة العربية السورية للأنباء (سانا)»
        end = m.end
        after = self.ctx.text[end:end + 10]
        if after.startswith(" (") and ")" in after:
            end = end + after.index(")") + 1
        k0 = bisect_left(self.ctx.tok_starts, end)
        nxt = self.ctx.tokens[k0:k0 + 1]
        if nxt and ffold(nxt[0].text) in _NAME_ADJS and nxt[0].end <= limit and not self.ctx.text[end:nxt[0].start].strip():
            end = nxt[0].end  # «التلفزيون السوري الرسمي», «وكالة الأنباء الرسمية»: the adjective is the name's
        end = self._quoted_alias(end, limit)
        rec = self._rec(m.start, end)
        if rec is not None:
            val = _source_pick(m.value, m.key, self.ctx.published, self.ctx.text)
            rec["canonical"] = val["canonical"] if val else None
        return rec

    def _quoted_alias(self, end: int, limit: int) -> int:
        """«وكالة الأنباء السورية الرسمية "سانا"», «وكالة الأنباء الرسمية «سانا» نقلاً عن…»: a short quoted name right
        after a known name is its other name (as «(سانا)» is), not what it said: the span runs over it."""
        text = self.ctx.text
        q = end + 1
        if text[end:q] != " " or q >= limit or text[q] not in _QUOTE_CLOSE:
            return end
        close = text.find(_QUOTE_CLOSE[text[q]], q + 1, min(limit, q + 40))
        words = ffold(text[q + 1:close]).split() if close > q else []
        if not 1 <= len(words) <= 3 or any(w in _COMPLEMENT for w in words) or \
                self.ctx.m["triggers"].starting(q + 1, close):
            return end  # («قال المرصد "إن …"», «أعلنت الوزارة "مقتل …"»: what was said)
        return close + 1

    def _source_matches(self, p: int, limit: int):
        ctx = self.ctx
        if not hasattr(self, "_src"):
            self._src = sorted(ctx.m["sources"].items, key=lambda m: m.prefix_start)
            self._src_starts = [m.prefix_start for m in self._src]
        i = bisect_left(self._src_starts, p)
        return self._src[i:i + 3]

    def _entity_at(self, p: int, limit: int) -> dict | None:
        for e in self.ctx.ents.starting(p, p + 4):
            if e.get("type") in ("ORG", "PER") and e["end"] <= limit:
                s, t = _trim(self.ctx.text, e["start"], e["end"])
                cut = self.ctx.text[p:s]
                if cut and " " not in cut and cut.isalpha() and ffold(cut) not in _CLITICS:
                    s = p  # a tagger's span cut inside a word («وكالتا …»): the whole word is the name
                if self.ctx.text[s:s + 2] == "لل" and s == p:
                    s += 1
                return self._rec(s, self._before_that(s, t))
        return None

    def _before_that(self, s: int, e: int) -> int:
        """A tagger's name never runs over «أن/إن» («بيان للاتحاد أن العقوبات…»): what follows «that» is what was
        said, not the speaker's name."""
        ctx = self.ctx
        for k in range(bisect_left(ctx.tok_starts, s), bisect_left(ctx.tok_starts, e)):
            if ctx.tokens[k].start > s and ctx.ftoks[k] in _COMPLEMENT:
                return _trim(ctx.text, s, ctx.tokens[k].start)[1]
        return e

    def _generic(self, toks: list[Token], limit: int, kind: str = "prep") -> dict | None:
        ctx, text = self.ctx, self.ctx.text
        words: list[Token] = []
        for i, tok in enumerate(toks):
            f = ffold(tok.text)
            if tok.text in ("لـ", "ل") and not words:
                continue
            if tok.text[:1].isdigit():
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                if words and (nxt is None or ffold(nxt.text) in ctx.v.att_stop or not nxt.text[:1].isalnum() or
                              ffold(nxt.text) in _NAME_ADJS):
                    words.append(tok)  # «شبكة درعا 24», «شبكة السويداء 24 المحلية»
                break
            if len(words) > 1 and tok.text in _QUOTE_CLOSE and (_bare(ffold(words[-1].text)) in _NAMED_BODIES or
                                                                ffold(words[-1].text) == "باسم"):
                close = text.find(_QUOTE_CLOSE[tok.text], tok.end, limit)
                if 0 < close - tok.end <= 40:
                    words.append(Token(tok.start, close + 1, text[tok.start:close + 1]))
                break
            if len(words) == 1 and tok.text in _QUOTE_CLOSE and ffold(words[0].text) not in ctx.v.generic_heads:
                close = text.find(_QUOTE_CLOSE[tok.text], tok.end, limit)
                if 0 < close - tok.end <= 40:
                    words.append(Token(tok.start, close + 1, text[tok.start:close + 1]))
                break
            head = ffold(words[0].text) if words else ""
            if len(words) == 1 and f in _OF and head.startswith("ال") and head[2:] in _OUTLET_HEADS:
                break  # «ما حصل عليه الموقع من معلومات»: what it got, not a name of the outlet
            if words and f in _OF and len(words) <= 2 and any(
                    h in ctx.v.generic_heads or h in ctx.v.title_heads or h in _MEMBER_HEADS for h in (head, _bare(head))):
                # «مصدر في «قوات سوريا الديمقراطية»», «مسؤول في مخيم الضباط»: the body the
                # source belongs to is part of its name
                tail = self._of_body(toks[i + 1:], limit)
                if tail is not None:
                    words.append(tail)
                break
            if (len(tok.text) == 1 and not tok.text.isalnum()) or f in ctx.v.att_stop or f in _RELAYING or \
                    f in _SAYING or f in _THAT_PRONOUN:
                # («وأعلنت أنها بدأت…»: «that it» opens what is said; the verb has no subject of its own)
                break  # «صحيفة محلية نقلاً عن…»: the relay word ends the name
            if words and f[:1] == "ل" and (_bare(f[1:]) in _RECIPIENTS or _one_word_outlet(f)):
                if ffold(words[0].text) in ctx.v.generic_heads and i + 1 < len(toks) and not _one_word_outlet(f) and \
                        not f.startswith("لل"):
                    # («مصدر عسكري للقناة إن…», «مصادر محلية للموقع»: the outlet named by its head with the article is
                    # the outlet itself, no name follows: the span ends before it and never takes «إن»)
                    # «مصادر خاصة لموقع SY24», «شهود عيان لوكالة رويترز»: a generic source spoke to an
                    # outlet, which reports it (news_dev codes either: the span holds both)
                    words.append(tok)
                    known = self._known_name(toks[i + 1].start, limit)
                    q = toks[i + 1]
                    close = text.find(_QUOTE_CLOSE[q.text], q.end, limit) if q.text in _QUOTE_CLOSE else -1
                    if known is None and 0 < close - q.end <= 40:
                        known = {"start": q.start, "end": close + 1, "surface": text[q.start:close + 1]}  # «لموقع «الخابور»»
                    words.append(Token(known["start"], known["end"], known["surface"]) if known else toks[i + 1])
                # «مديرية صحة اللاذقية لمراسل سانا», «قائد ميداني لرويترز»: told to a reporter or an outlet,
                # which is not the source
                break
            trig = ctx.m["triggers"].first_after(tok.start, tok.start + 1) if words else None
            if trig is not None and not trig.prefix.endswith(("ال", "لل")) and \
                    not (len(words) == 1 and (ffold(words[0].text) in _NAMED_BODIES or
                                              _bare(ffold(words[0].text)) in _NAMED_BODIES)):
                # «أعلن المجند وليد القشعمي انشقاقه»: the event word ends the name (not «مكتب توثيق
                # الشهداء»; nor the word right after a unit's head: «لواء شهداء الإسلام» is a name)
                break
            if words and ffold(words[0].text) in ctx.v.generic_heads and f not in ctx.v.source_adjectives and \
                    not f.endswith(("يه", "ي", "يون", "يين", "ون", "ين", "ه", "ة")):
                break  # «مصادر محلية»: a generic head and its adjectives only
            words.append(tok)
            if len(words) >= ctx.v.att_max:
                break
            if len(words) == 1 and f.startswith("ال") and f[2:] in _DOCUMENTS:
                break  # «كما سجل التقرير إلقاء…»: the report named before (_antecedent), its object after it
        if not words:
            return None
        s, e = words[0].start, words[-1].end
        if len(words) >= 2:
            # «مراسل حلب اليوم»: an outlet's name runs on past a word that would end a name
            known = self._known_name(words[1].start, limit)
            if known is not None and known["end"] > e:
                e = known["end"]
        head = ffold(words[0].text)
        if head in ctx.v.title_heads or _bare(head) in _PERSON_HEADS:
            # «قال المتحدث باسم مكتب … ديفيد سوانسون إن…»: the title runs to the person's name
            # («القيادي في الفصائل أبو أحمد…»: a name that starts inside the body's words runs on too)
            for ent in ctx.ents.starting(words[0].end, min(limit, e + 120)):
                if ent["end"] <= e:
                    continue
                if ent.get("type") == "PER":
                    gap = ffold(text[e:ent["start"]]).split()
                    if not any(w in _COMPLEMENT for w in gap):
                        e = ent["end"]
                    break
        if text[s:s + 2] == "لـ":
            s += 2
        elif text[s] == "ل" and len(words[0].text) > 3 and ffold(words[0].text).startswith("لل"):
            s += 1
        elif kind == "prep" and text[s] == "ل" and len(words[0].text) > 3 and ffold(words[0].text)[1:2] != "ل":
            s += 1  # «وفقاً لمركز…»: the preposition's lam (after a verb, «لجان التنسيق» keeps it)
        return self._rec(s, e)

    def _of_body(self, toks: list[Token], limit: int) -> Token | None:
        """The body after «في/من»: a quoted name, a known name or entity, else two words."""
        if not toks:
            return None
        text = self.ctx.text
        first = toks[0]
        if first.text in _QUOTE_CLOSE:
            close = text.find(_QUOTE_CLOSE[first.text], first.end, limit)
            if 0 < close - first.end <= 60:
                return Token(first.start, close + 1, text[first.start:close + 1])
        named = self._known_name(first.start, limit) or self._entity_at(first.start, limit)
        if named is not None:
            return Token(named["start"], named["end"], named["surface"])
        body: list[Token] = []
        for tok in toks[:2]:
            f = ffold(tok.text)
            if not tok.text[:1].isalpha() or f in self.ctx.v.att_stop or (body and f[:1] in "بل" and len(f) > 3) or \
                    f in _THAT_PRONOUN or f in _COMPLEMENT or (not body and (_bare(f) in _RECORDINGS or
                                                                             _bare(f) in _DOCUMENTS)):
                # («قائد المجموعة في التسجيل أنهم…», «مصدر عسكري في تصريح لسانا»: where or how he spoke, no body)
                break
            body.append(tok)
        if not body:
            return None
        end = body[-1].end
        if len(body) == 2 and len(toks) > 2:
            # «مصدر في قيادة شرطة دمشق»: a body named after its city keeps the city
            cities = list(self.ctx.places.starting(toks[2].start, toks[2].start + 1)) + \
                [e for e in self.ctx.ents.starting(toks[2].start, toks[2].start + 1) if e.get("type") == "LOC"]
            for pl in cities:
                if pl["end"] <= limit:
                    end = pl["end"]
        return Token(body[0].start, end, text[body[0].start:end])

    def _rec(self, s: int, e: int) -> dict | None:
        s, e = _trim(self.ctx.text, s, e)
        if e <= s:
            return None
        if e < len(self.ctx.text) and self.ctx.text[e] == ")" and self.ctx.text.count("(", s, e) > self.ctx.text.count(")", s, e):
            e += 1  # «الوكالة العربية السورية للأنباء (سانا)»: keep the closing parenthesis
        # a whole entity span: never cut an ORG/PER name short (but an outlet told after «لـ», which a
        # tagger may join to it, «مسؤول في الدفاع المدني لعنب بلدي», is not part of the name)
        for ent in self.ctx.ents.covering(e - 1):
            if ent.get("type") in ("ORG", "PER") and ent["start"] <= s < ent["end"] and ent["end"] > e:
                e = self._before_that(s, self._before_told_outlet(e, _trim(self.ctx.text, s, ent["end"])[1]))
        text = self.ctx.text
        for op, cl in _QUOTE_CLOSE.items():
            if e < len(text) and text[e] == cl:
                opened = text.count(op, s, e) % 2 == 1 if op == cl else text.count(op, s, e) > text.count(cl, s, e)
                if opened:
                    e += 1  # «شبكة "الراصد"»: the closing quote of a name inside the span
                    break
        if s > 0 and text[s - 1] in _QUOTE_CLOSE:
            # «رابطة علماء الشام»: a quoted name is one name, whatever a tagger cut
            close = text.find(_QUOTE_CLOSE[text[s - 1]], s, s + 80)
            if close >= e and "\n" not in text[s:close]:
                s, e = s - 1, close + 1
        if e - s > 3 and (text[s:s + 2] == "لل" or (s > 0 and text[s - 1:s + 1] == "لل")):
            # «وفقاً للمرصد»: the name starts after the preposition and the article's lam
            s = s + 2 if text[s:s + 2] == "لل" else s + 1
            return {"surface": text[s:e], "name": "ال" + text[s:e], "canonical": None, "start": s, "end": e}
        surface = text[s:e]
        return {"surface": surface, "canonical": None, "start": s, "end": e}

    def _before_told_outlet(self, e: int, ext: int) -> int:
        """The end of a name extended to `ext`, cut before a «لـ» + a known outlet inside the extension."""
        ctx = self.ctx
        for tok in ctx.tokens[bisect_left(ctx.tok_starts, e):bisect_left(ctx.tok_starts, ext)]:
            f = ffold(tok.text)
            if f.startswith("ل") and len(f) > 3:
                rest = ctx.text[tok.start + (2 if f.startswith("لل") else 1):ext]
                if ctx.v.source_names.find(rest) or ctx.v.source_names.find("ال" + rest):
                    return _trim(ctx.text, e, tok.start)[1] if tok.start > e else e
        return ext

    def _skip_relative(self, p: int, limit: int) -> int:
        """«حسب ما نقلته شبكة…», «وفق ما أفاد به الدفاع المدني»: skip ما + verb (+ به)."""
        ctx = self.ctx
        i = bisect_left(ctx.tok_starts, p)
        toks = [t for t in ctx.tokens[i:i + 3] if t.end <= limit]
        if toks and ffold(toks[0].text) in ("به", "بها") and len(toks) > 1:
            return toks[1].start
        cue_ma = ffold(ctx.text[max(0, p - 4):p]).rstrip().endswith("ما")
        if toks and ffold(toks[0].text) in ctx.v.relative_ma:
            toks, cue_ma = toks[1:], True
        if toks and cue_ma and len(toks) > 2 and ffold(toks[1].text) in _POINTING | _TO_IT and \
                not ffold(toks[0].text).startswith(ctx.v.att_verbs):
            # «بحسب ما حصل عليه الموقع من معلومات», «وفق ما اطلعت عليه الشبكة»: ما + a verb with its pronoun
            # pointing back; who got or saw it is the verb's subject after them
            return toks[2].start
        first = ffold(toks[0].text) if toks else ""
        if not toks or not cue_ma or not (first.startswith(ctx.v.att_verbs + (
                "اورد", "اورده", "وثق", "اظهر", "تظهر", "يظهر", "بين")) or any(
                first.endswith(pr) and (first[:-len(pr)] in ctx.v.lexicons["att"] or first[:-len(pr)].endswith("ا") and
                                        first[:-len(pr) - 1] + "ي" in ctx.v.lexicons["att"]) for pr in ("ه", "ها"))):
            return p  # («وفق ما رواه الناشط…»: a form of a reporting verb's lemma with the pronoun of «ما»)
        end = toks[0].end
        if len(toks) > 1 and ffold(toks[1].text) in ("به", "بها", "ب"):
            end = toks[1].end
        while end < limit and ctx.text[end] in " \u00a0":
            end += 1
        return self._where_published(end, limit)

    def _after_when(self, p: int, limit: int) -> int:
        """«ذكر اليوم الاثنين المرصد السوري أن…», «حسبما ذكر اليوم الخميس المرصد…», «أعلنها اليوم المرصد» (a wire's
        word order): when it spoke stands between a reporting verb and its subject; the subject starts after it."""
        ctx, text = self.ctx, self.ctx.text
        q = p
        while q < limit and text[q] in " ،,":
            q += 1
        for d in ctx.dates.starting(q, q + 1):
            e = d["end"]
            while e < limit and text[e] in " ،,":
                e += 1
            if e < limit and text[e].isalpha() or e < limit and text[e] in _QUOTE_CLOSE:
                return e
        return p

    def _where_published(self, p: int, limit: int) -> int:
        """«بحسب ما نشرته على تلغرام صفحة «…»», «بحسب ما ذكرت عبر حسابها في تلغرام شبكة…», «حسب ما أفاد في تصريح صحفي
        مدير…»: where or how the one after «ما + verb» published it stands between the verb and its subject; the subject
        (a name that can be quoted, at most four words on, no act between) is the source."""
        ctx = self.ctx
        k = bisect_left(ctx.tok_starts, p)
        if k >= len(ctx.tokens) or ctx.tokens[k].start != p or ctx.ftoks[k] not in _MEDIUM_PREPS:
            return p
        for j in range(k + 2, min(k + 6, len(ctx.tokens))):
            tok = ctx.tokens[j]
            if tok.start >= limit or not tok.text[:1].isalpha() and tok.text[:1] not in _QUOTE_CLOSE or \
                    self._tells_any_act(ctx.tokens[j - 1].start, ctx.tokens[j - 1].end, []):
                return p  # («في تصريح صحفي»: a statement's word is how it spoke, no act)
            src = self._source_after(tok.start, limit, "verb")
            if src is not None and src["start"] <= tok.end + 2 and (self._source_like(src) or _bare(
                    ctx.ftoks[j]) in _PAGES | _NAMED_BODIES | _OUTLET_HEADS):  # («صفحة «يوميات…»»: a page's quoted name)
                return tok.start
        return p


_OUTLET_WORDS: frozenset | None = None
# «مراسلنا», «مراسلتنا», «مراسلو الموقع»: the outlet's own reporters
_SOURCE_WORDS = frozenset(cue_words("attribution_words", "source_words"))
_OUR_REPORTERS = frozenset(cue_words("attribution_words", "our_reporters"))


def _rule_document(f: str) -> bool:
    """«قانون», «لقانون», «للاتفاق»: a law, a deal or a decree (cues.json attribution `rule_documents`), a lam
    of the preposition or not."""
    rules = _issue_words()[10]
    return f in rules or (f.startswith("لل") and "ال" + f[2:] in rules) or (f.startswith("ل") and f[1:] in rules)


def _told_group(q: dict) -> bool:
    """«الشابين», «العناصر الثلاثة», «القتلى الخمسة»: a small number with the article (a dual noun or a
    number word) names a group told before, it adds no figure («الآلاف», «المئات» are no such group)."""
    f = ffold(q.get("surface") or "")
    return f.startswith("ال") and (q.get("high") or q.get("low") or 0) <= 10 and f not in _NOT_GROUPS


_NOT_GROUPS = frozenset(cue_words("attribution_words", "not_groups"))


def _one_word_outlet(f: str) -> bool:
    """«لرويترز», «للأناضول», «لسانا», «للجزيرة»: a lam and an outlet named by one word (the actor list's
    one-word source names, and the channels known by one word)."""
    global _OUTLET_WORDS
    if _OUTLET_WORDS is None:
        from .actor_names import expanded

        names = {fold_str(al) for src in expanded()["sources"] for al in src["aliases"] if " " not in al.strip()}
        names |= set(cue_words("attribution_words", "one_word_channels"))
        _OUTLET_WORDS = frozenset(names - {fold_str("المرصد")})
    rest = f[2:] if f.startswith("لل") else f[1:]
    return rest in _OUTLET_WORDS or "ال" + rest in _OUTLET_WORDS


def _own_sources(src: dict) -> bool:
    """«مصادره», «مراسليها»: a source word with a pronoun of the reporter's own, no name."""
    first = "".join(ch for ch in src["surface"].split()[0] if not "\u064b" <= ch <= "\u0652")
    return not src.get("canonical") and first.endswith(_OWN) and len(src["surface"].split()) == 1


def _public(a: dict) -> dict:
    if a.get("_self"):
        return {"surface": a["_self"], "outlet": True}  # (the writer's outlet naming itself: no source of its own)
    out = {"surface": a["surface"], "canonical": a.get("canonical"), "start": a["start"], "end": a["end"]}
    if a.get("name"):
        out["name"] = a["name"]  # the name as it reads without a clitic («للمرصد» -> «المرصد»)
    return out


def _source_hits(ctx: Ctx, name: str) -> list:
    """The actor list's source names found in a source's name, people at large left out
    («تقارير ميدانية وشهادات من السكان» is not «Civilians»): once per name and document (every
    mention of a sentence asks for its source's; callers only read the list)."""
    key = ("source_hits", name)
    got = ctx.memo.get(key)
    if got is None:
        got = ctx.memo[key] = [h for h in ctx.v.source_names.find(name)
                               if not any(isinstance(v, dict) and v.get("kind") in ("civilians", "protesters")
                                          for v in (h.value if isinstance(h.value, list) else [h.value]))]
    return got


_ANNOUNCING_STEMS = cue_words("attribution_words", "announcing_stems")


def announced_by(ctx: Ctx, start: int) -> bool:
    """Does the name at `start` come right after a verb of announcing («هدنة أعلنتها موسكو», «اتفاق أعلنته
    الرئاسة»)? The one who announced a deal says so; a party that reached it («توصلت اللجنة … إلى اتفاق مع
    اللجنة الأمنية التابعة للنظام», «أبرم وجهاء البلدة اتفاقاً») does not: the gold names the outlet or a member
    who tells it (sets 31, 53, 58, 59)."""
    t = bisect_left(ctx.tok_starts, start)
    return t > 0 and ffold(ctx.tokens[t - 1].text).removeprefix("و").startswith(_ANNOUNCING_STEMS)


def canonical_source(ctx: Ctx, rec: dict | None) -> dict | None:
    """Fill `canonical` from the actor list when the surface names a known source."""
    if rec is None or rec.get("canonical") or rec.get("outlet"):
        return rec
    if ctx.outlet and ffold(rec["surface"].split()[0]) in _OUR_REPORTERS:
        rec["canonical"] = ctx.outlet  # «مراسلنا», «مراسل وكالتنا»: the outlet's own reporter
        return rec
    hits = _source_hits(ctx, rec.get("name") or rec["surface"])
    if hits:
        m = max(hits, key=lambda m: m.end - m.start)
        val = _source_pick(m.value, m.key, ctx.published, ctx.text)
        rec["canonical"] = val["canonical"] if val else None
    return rec


def _source_pick(value, key: str, date: str | None, text: str | None) -> dict | None:
    """A name that is both a source of the list's `sources` and an alias of a force («وزارة الداخلية
    السورية»: the ministry reports, its forces act) names the source when it reports (the ACLED
    `source` column names the body, not its force)."""
    vals = value if isinstance(value, list) else [value]
    own = [v for v in vals if isinstance(v, dict) and "kind" not in v]
    return pick(own or vals, key, date, text)


_NAMELESS = frozenset(ffold(w) for w in cue_words("attribution_words", "nameless_heads"))


def _nameless(src: dict) -> bool:
    """«ذكرت أنباء قادمة من الريف أن…», «وتداولت أوساط روايات…»: news or circles as the subject of a reporting verb
    name no one who tells it; the outlet does (cues.json attribution_words `nameless_heads`; no gold of the seen or
    development sets names such a source, three development passages give the outlet)."""
    words = src["surface"].split()
    w = ffold(words[0]).removeprefix("و") if words else ""
    head = w[2:] if w.startswith("ال") else w
    return head in _NAMELESS or head in _recorded_heads()


def _recorded_heads() -> frozenset:
    """«…، بحسب تسجيل مصوَّر», «وفق تسجيلات نشرها ناشطون»: a recording, a picture or a clip is the medium a report
    came in, not one who tells it; a source span headed by such a noun names no teller (recorded_source.json
    `heads`, off with its `enabled`; no gold of the seen or development sets names a recording as its source, and
    three development passages of three sets give the outlet or the sentence's other source). Read once."""
    global _RECORDED
    if _RECORDED is None:
        import json
        from pathlib import Path
        path = Path(__file__).resolve().parents[2] / "data" / "events" / "recorded_source.json"
        raw = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        _RECORDED = frozenset(ffold(w) for w in raw.get("heads", ())) if raw.get("enabled") else frozenset()
    return _RECORDED


_RECORDED: frozenset | None = None


def _closing_kind() -> frozenset | None:
    """closing_kind.json (read once): None when off; else its `replies`, the verbs of replying that keep the report
    (Attribution._closing_source_before: a closing «بحسب/وفق X» goes on over the next sentence only when that
    sentence's first act is of a kind the report told, or it opens with a reply)."""
    if "on" not in CLOSING_KIND:
        raw = _switch_file("closing_kind.json")
        CLOSING_KIND["on"] = frozenset(ffold(w) for w in raw.get("replies", ())) if raw else None
        _ATTACK_KINDS.clear()
        _ATTACK_KINDS.update(raw.get("attack_kinds", ()))
    return CLOSING_KIND["on"]


CLOSING_KIND: dict = {}
_ATTACK_KINDS: set = {"airstrike", "shelling", "armed_clash", "explosion"}  # (closing_kind.json `attack_kinds`)


def _switch_file(name: str) -> dict:
    """data/events/`name` as read, or {} when the file is absent (an older tree) or its `enabled` is false."""
    import json
    from pathlib import Path
    path = Path(__file__).resolve().parents[2] / "data" / "events" / name
    raw = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return raw if raw.get("enabled") else {}


def _switch_words(name: str, words: str, number: str, default: int) -> tuple[frozenset, int]:
    """data/events/`name`'s word list `words` (folded; none when the switch is off or the file absent) and its
    setting `number`. Read once per file."""
    if name not in _SWITCHES:
        raw = _switch_file(name)
        _SWITCHES[name] = (frozenset(fold_str(w) for w in raw.get(words, ())), int(raw.get(number, default)))
    return _SWITCHES[name]


_SWITCHES: dict = {}


def _ascribed_words(key: str) -> frozenset:
    """ascribed.json's word list `key` («verbs», «preps»), folded as the document's tokens are (read once; none when
    the switch is off)."""
    if "ascribed." + key not in _SWITCHES:
        _SWITCHES["ascribed." + key] = frozenset(ffold(w) for w in _switch_file("ascribed.json").get(key, ()))
    return _SWITCHES["ascribed." + key]


def _ascribed_tongue() -> tuple:
    """ascribed.json `tongue`: each phrase as a tuple of folded words (none when the switch is off)."""
    if "ascribed.tongue" not in _SWITCHES:
        _SWITCHES["ascribed.tongue"] = tuple(tuple(ffold(w) for w in p.split())
                                             for p in _switch_file("ascribed.json").get("tongue", ()))
    return _SWITCHES["ascribed.tongue"]


def _dateline_dashes() -> str:
    """dateline.json `dashes` (none when the switch is off; read once)."""
    if "dateline.dashes" not in _SWITCHES:
        _SWITCHES["dateline.dashes"] = "".join(_switch_file("dateline.json").get("dashes", ()))
    return _SWITCHES["dateline.dashes"]


# fronted_issuer.json's settings as read (`max_words`, `place_words`; tests set them): Attribution._fronted_issued
FRONTED: dict = {}


def _fronted_file() -> dict:
    import json
    from pathlib import Path
    path = Path(__file__).resolve().parents[2] / "data" / "events" / "fronted_issuer.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
