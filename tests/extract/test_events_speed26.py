"""The events stage's speed work of stop 26 must not change one answer: each shortcut is checked
against the slow form it replaces, on our own sentences (several house styles). The full check —
every set's records before and after — is benchmarks/bench_events_speed.py --dump; no timing is
asserted here."""
from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.extract.events import arguments, unlisted
from marsad.extract.events.context import Ctx, Sorted
from marsad.extract.events.vocab import vocab

# our own passages: a monitor's round-up, a state agency, a local network, a wire report
PASSAGES = [
    ("المرصد السوري: قصفت مدفعية النظام فجر اليوم قرية حاس وبلدة كفرنبل جنوبي إدلب، فقُتل "
     "خمسة مدنيين بينهم طفلان، فيما تركز معظم الغارات على محيط مدينة معرة النعمان.", "2019-05-12"),
    ("وحدات من جيشنا الباسل تشتبك مع مجموعات إرهابية تابعة لتنظيم «جبهة النصرة» على طريق حلب - دمشق "
     "الدولي، وتقضي على عدد من أفرادها قرب قرية تل مرديخ.", "2016-02-03"),
    ("أفادت شبكة «السويداء 24» بأن مسلحين مجهولين أطلقوا النار على سيارة قيادي في «حركة رجال الكرامة» "
     "عند مدخل بلدة القريا، ما أدى إلى مقتله، وذلك بعد أيام من اعتقال ثلاثة شبان في المدينة.", "2022-07-19"),
    ("قالت وكالة الأناضول إن القوات التركية والجيش الوطني السوري سيطرت على قرية الدردارة المجاورة لتل تمر، "
     "إثر مواجهات مع «قسد» دامت ساعات، وإن بينهم 12 قتيلاً من الطرفين.", "2019-10-20"),
]


@pytest.fixture(scope="module")
def ctxs():
    from marsad.pipeline import Pipeline

    pipe = Pipeline(only=["published", "quantities", "dates", "entities", "places"])
    out = []
    for text, published in PASSAGES:
        d = Document(text, published=published, outlet="منصة المثال")
        pipe(d)
        out.append(Ctx(d, vocab()))
    return out


def _covering_slow(items: list[dict], pos: int, reach: int) -> list[dict]:
    return [x for x in sorted(items, key=lambda x: x["start"]) if pos - reach <= x["start"] <= pos < x["end"]]


def test_covering_looks_back_no_further_than_its_longest_item(ctxs):
    # a long item far back, short ones near: every position of the text, every reach
    items = [{"start": 0, "end": 150}, {"start": 40, "end": 48}, {"start": 45, "end": 60}, {"start": 140, "end": 141},
             {"start": 200, "end": 420}, {"start": 300, "end": 305}]
    srt = Sorted(items, ctxs[0])
    for pos in range(0, 450, 3):
        for reach in (0, 5, 30, 200, 500):
            assert srt.covering(pos, reach) == _covering_slow(items, pos, reach)
    assert Sorted([], ctxs[0]).covering(10) == []
    # the layers of real documents: organisations, places, figures
    for ctx in ctxs:
        for layer in (ctx.orgs, ctx.places, ctx.quants, ctx.ents):
            for pos in range(0, len(ctx.text), 2):
                assert layer.covering(pos) == _covering_slow(layer.items, pos, 200)
                assert layer.covering(pos, 40) == _covering_slow(layer.items, pos, 40)


def test_between_of_an_empty_range_and_of_a_full_one(ctxs):
    ctx = ctxs[0]
    ps = ctx.places
    assert ps.items, "the passage names places"
    assert ps.between(5, 5) == []
    for s in range(0, len(ctx.text), 7):
        for e in (s, s + 15, s + 80, len(ctx.text)):
            want = [p for p in ps.items if s <= p["start"] < e and p["end"] <= e]
            assert ps.between(s, e) == want


def test_clause_is_bounded_by_breaks_and_its_sentence(ctxs):
    for ctx in ctxs:
        for pos in range(len(ctx.text)):
            s = ctx.sents[ctx.sent_of(pos)]
            lo = max([b for b in ctx.breaks if b <= pos] + [s.start])
            hi = min([b for b in ctx.breaks if b > pos] + [s.end])
            assert ctx.clause(pos) == (max(lo, s.start), min(hi, s.end))


def test_in_org_with_no_organisation_in_the_document():
    d = Document("تظاهر مئات الأهالي في ساحة المدينة.", published="2012-03-02")
    from marsad.pipeline import Pipeline

    Pipeline(only=["published", "quantities", "dates", "entities", "places"])(d)
    ctx = Ctx(d, vocab())
    if ctx.orgs.items:
        pytest.skip("the tagger found an organisation here")
    assert not any(ctx.in_org(s, s + 4) for s in range(len(d.text) - 4))


def test_sentence_words_are_each_token_folded_and_without_its_waw(ctxs):
    for ctx in ctxs:
        for si, s in enumerate(ctx.sents):
            ws = [f.strip(".,،؛;:!?؟\"'«»()[]“”-–") for t, f in zip(ctx.tokens, ctx.ftoks) if s.start <= t.start < s.end]
            want = frozenset(ws) | frozenset(w[1:] for w in ws if w[:1] == "و")
            assert ctx.sent_words(si) == want
    assert "قصفت" in ctxs[0].sent_words(0) and "تشتبك" in ctxs[1].sent_words(0)
    assert "قضي" not in ctxs[1].sent_words(0) and "تقضي" in ctxs[1].sent_words(0)


def test_trigger_tokens_are_the_tokens_a_trigger_starts_in(ctxs):
    for ctx in ctxs:
        got = arguments._trigger_tokens(ctx)
        want = {k for k, tok in enumerate(ctx.tokens)
                if ctx.m["triggers"].first_after(tok.start, tok.end) is not None}
        assert got == want
    assert sum(1 for ctx in ctxs if arguments._trigger_tokens(ctx)) >= 3
    # «قصفت» opens the first passage's act: its token is held
    ctx = ctxs[0]
    k = next(i for i, t in enumerate(ctx.tokens) if t.text == "قصفت")
    assert k in arguments._trigger_tokens(ctx)


def test_a_share_stem_is_read_once_per_sentence(ctxs):
    ctx = ctxs[0]
    s = ctx.sents[0]
    assert arguments._tells_share(ctx, s) is True  # «معظم الغارات»
    assert ctx.memo[("tells_share", s.start)] is True
    for other in ctxs[1:]:
        for s in other.sents:
            assert arguments._tells_share(other, s) == any(w in other.text[s.start:s.end] for w in arguments._SHARE_STEMS)


def test_unlisted_pattern_finds_what_the_plain_pattern_found():
    import re

    c = unlisted._cues()
    plain = re.compile(c["pattern"].pattern.split("])", 1)[1])
    assert plain.pattern.startswith("(?<!")
    texts = [t for t, _ in PASSAGES] + [
        "وقصفت المدفعية قريتي الصفصافة والدير، وبلدة الهبيط، ولقرية أم جلال، وبمخيم الركبان، وحيي القابون وتشرين.",
        "قريةً بلدتا «مزرعة» معسكرات وبقاعدة حميميم، ومطار كويرس وثكنةٍ مهجورة؛ مستودعات قرب مصفاة بانياس!",
        "حيّ الوعر—قرى ريف حمص (بلدات القلمون) مقرّ ضاحية الأسد",
    ]
    for text in texts:
        for s in range(0, len(text), 11):
            for e in (s + 20, s + 60, len(text)):
                assert [m.span() for m in c["pattern"].finditer(text, s, e)] == \
                    [m.span() for m in plain.finditer(text, s, e)]



def test_words_after_up_to_a_limit_are_the_tokens_ending_by_it(ctxs):
    for ctx in ctxs:
        assert ctx.tok_ends == [t.end for t in ctx.tokens]
        assert all(a < b for a, b in zip(ctx.tok_ends, ctx.tok_ends[1:]))  # (tokens never overlap)
        for pos in range(0, len(ctx.text), 5):
            for n in (0, 1, 3, 8, 16):
                for limit in (pos, pos + 1, pos + 12, pos + 40, len(ctx.text) - 1):
                    t = sum(1 for x in ctx.tokens if x.start < pos)
                    want = [f for f, tok in zip(ctx.ftoks[t:t + n], ctx.tokens[t:t + n]) if tok.end <= limit]
                    assert ctx.words_after(pos, n, limit=limit) == want


def test_source_hits_are_the_source_names_found_once_per_document(ctxs):
    from marsad.extract.events.attribution import _source_hits

    ctx = ctxs[0]
    name = "المرصد السوري لحقوق الإنسان"
    got = _source_hits(ctx, name)
    assert [h.key for h in got] == [h.key for h in ctx.v.source_names.find(name)]
    assert got and _source_hits(ctx, name) is got  # (asked again: the same list)
    # people at large name no source
    assert _source_hits(ctx, "الأهالي") == []


def test_sorted_keeps_the_order_of_items_sorted_by_start(ctxs):
    ctx = ctxs[0]
    for name in ("triggers", "actors", "sources", "att", "frame_heads", "breaks"):
        srt = ctx.m[name]
        assert srt.starts == sorted(srt.starts)
        assert [h.prefix_start for h in srt.items] == srt.starts
        assert srt.ends == [h.end for h in srt.items]


def test_a_types_place_prepositions_are_folded_once():
    v = vocab()
    for name, spec in v.types.items():
        got = arguments._place_preps(spec)
        assert got == {arguments.ffold(w) for w in spec.get("place_preps", [])}
        assert arguments._place_preps(spec) is got


def _find_all_slow(v, folded):
    """The hit finder as it read before stop 26 (Folded.span and orig_index per hit, a walk back over the
    whole word before a hit)."""
    from marsad.extract.events.context import Hit, _word_char

    out = {name: [] for name in v.scan_names}
    ft, n, original = folded.text, len(folded.text), folded.original
    for end_idx, (key, per) in v.scan.iter(ft):
        j = end_idx + 1
        if j < n and _word_char(ft[j]):
            continue
        i = j - len(key)
        prefix, ws = "", i
        if i > 0 and _word_char(ft[i - 1]):
            k = i
            while k > 0 and _word_char(ft[k - 1]):
                k -= 1
            prefix = ft[k:i]
            if prefix not in v.scan_proclitics:
                continue
            ws = k
        s, e = folded.span(i, j)
        for name, val in per:
            out[name].append(Hit(s, e, original[s:e], key, val, prefix, folded.orig_index(ws)))
    return out


def test_hits_are_found_at_the_offsets_the_folded_text_maps_back_to(ctxs):
    from marsad.arabic.normalize import fold
    from marsad.extract.events.context import _find_all

    v = vocab()
    texts = [ctx.text for ctx in ctxs] + [
        # marks, tatweel, a marked word before a comma, proclitics on long words, a hit inside a word
        "قصفت الطائراتُ الحربيّة بلدةَ كفرنبل، واستهدفت ـالقواتُ مدينةَ حلبَ؛ وقُتِلَ 5 مدنيين وأُصيبَ آخرون!",
        "اشتباكاتٌ عنيفةٌ في ريف إدلبً، وانشقاقُ ضابطٍ برتبةِ عقيدٍ «عن» قواتِ النظام (مساءَ أمس).",
        "وبالقصف والغاراتِ والاستهدافات المتكررة للمدنيين قال المرصدُ السوريُّ إنّ الحصيلةَ ارتفعت",
    ]

    def flat(out):
        return {k: [(h.start, h.end, h.surface, h.key, repr(h.value), h.prefix, h.prefix_start) for h in hs]
                for k, hs in out.items()}

    for text in texts:
        f = fold(text)
        got = _find_all(v, f)
        assert flat(got) == flat(_find_all_slow(v, f))
        for hs in got.values():
            for h in hs:
                assert text[h.start:h.end] == h.surface
    assert any(fold(t)._norm_pos for t in texts) and any(not fold(t)._norm_pos for t in texts)


def test_no_mark_is_taken_for_a_word_end():
    from marsad.arabic.normalize import fold
    from marsad.extract.events.context import _NOT_MARKS

    for ch in _NOT_MARKS:
        f = fold("قصف" + ch + "ب")
        # a hit ending before ch ends there: ch is never a mark that stays with the letter before it
        assert f.orig_end(3) == 3
    for mark in ("\u064b", "\u064e", "\u0651", "\u0640", "\u0670"):
        assert mark not in _NOT_MARKS


def test_words_between_counts_the_tokens_between(ctxs):
    for ctx in ctxs:
        for a in range(0, len(ctx.text), 9):
            for b in (a, a + 7, a + 60, len(ctx.text)):
                assert ctx.words_between(a, b) == ctx.tok_of(b) - ctx.tok_of(a) == ctx.words_between(b, a)


def test_attack_word_forms_are_each_word_with_and_without_its_proclitic():
    from marsad.extract.events.mentions import _ATTACK_PROCLITICS, _forms

    words = ["والطائرات", "بالمدفعية", "للقصف", "بقذائف", "صواريخ", "الطيران", "لطائرات", "وب", "", "ال",
             "غارات", "وبالرشاشات"]
    want = set()
    for w in words:
        want.add(w)
        want |= {w[len(p):] for p in _ATTACK_PROCLITICS if w.startswith(p)}
    assert _forms(words) == want
    assert "طائرات" in _forms(["والطائرات"]) and "مدفعية" in _forms(["بالمدفعية"])


def test_lists_with_no_hit_share_one_empty_list_and_orgs_are_the_sorted_organisations(ctxs):
    for ctx in ctxs:
        empties = [name for name, hits in ctx.m.raw.items() if not hits]
        assert empties, "most cue lists have no hit in a passage"
        for name in empties:
            assert ctx.m[name] is ctx.m.empty and ctx.m[name].items == []
        want = sorted((e for e in ctx.doc["entities"] if "start" in e and e.get("type") == "ORG"), key=lambda e: e["start"])
        assert ctx.orgs.items == want
