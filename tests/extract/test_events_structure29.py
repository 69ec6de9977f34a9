"""Stop 29, the events code's shared plumbing: one filter of the trigger automaton's raw hits
(mentions.event_words), installed as the list every later step reads (ctx.m["triggers"]), so a word
whose reading is not met where it stands (its context words missing, a verbal noun, a word of a
body's or a campaign's name) has no side effect on another record's fields. Our own sentences."""
from __future__ import annotations

import ast
import copy
from pathlib import Path

import pytest

from marsad.document import Document
from marsad.extract.events import mentions
from marsad.extract.events.extractor import EventExtractor  # (the class itself, compiled or not: its `v` can be set)
from marsad.extract.events.context import Ctx
from marsad.extract.events.vocab import Vocab, load_types, vocab
from marsad.pipeline import Pipeline

PRE = ["published", "quantities", "dates", "entities", "places"]


@pytest.fixture(scope="module")
def pre():
    return Pipeline(only=PRE)


def _doc(pre, text):
    d = Document(text, published="2024-03-05", outlet="منصة المثال")
    pre(d)
    return d


def _lists(pre, text):
    """(raw hits, the list the later steps read, mention surfaces) of one text."""
    ctx = Ctx(_doc(pre, text), vocab())
    found = mentions.find(ctx)
    raw = [m.surface for m in ctx.memo["trigger_hits"].items]
    return raw, [m.surface for m in ctx.m["triggers"].items], [m.surface for m in found]


@pytest.mark.parametrize("text, word", [
    # its context words missing (types.json `needs`): a shell that fell, people who left or gave up arms
    ("سقطت قذيفة هاون على سطح منزل في حي الوعر غربي حمص دون وقوع إصابات.", "سقطت"),
    ("وأفاد مراسلنا أن المزارعين تركوا حقولهم في سهل الغاب بسبب موجة الحر.", "تركوا"),
    ("أعلنت لجنة المصالحة في بلدة الصنمين أن عشرين شاباً سلموا أسلحتهم.", "سلموا"),
    # a past form with «ل»: an aim's verbal noun (agency style)
    ("وقال المتحدث إن قواته جاهزة لضرب أي هدف يقترب من الحدود الشمالية.", "ضرب"),
    # a body's name, a named campaign (local network and monitor styles)
    ("أعلنت لجنة المصالحة في بلدة الصنمين أن عشرين شاباً سلموا أسلحتهم.", "مصالحة"),
    ("في اليوم الرابع لمعركة «فجر الحرية» قصفت الفصائل نقاط جيش النظام في بلدة معان.", "معركة"),
])
def test_a_word_not_read_where_it_stands_is_in_no_list_a_later_step_reads(pre, text, word):
    raw, left, found = _lists(pre, text)
    assert word in raw  # the automaton matched it
    assert word not in left and word not in found


def test_a_not_event_phrase_stays_in_the_list_but_is_no_mention(pre):
    # «للتصدي لأي هجوم» names an act not told as one: a later date or figure is not the next act's
    raw, left, found = _lists(pre, "أرسلت قوات النظام تعزيزات إلى بلدة خان شيخون للتصدي لأي هجوم، وقصفت المدفعية بلدة الهبيط.")
    assert "للتصدي لأي هجوم" in left and "للتصدي لأي هجوم" not in found
    assert "قصفت" in found and "أرسلت" in found


def test_the_filter_is_installed_before_the_first_reader(pre):
    """event_words runs first (extractor and mentions.find call it, once): no step, not even a rule of the
    mention loop, reads the raw list."""
    ctx = Ctx(_doc(pre, "وأفاد مراسلنا أن المزارعين تركوا حقولهم. وقصفت المدفعية بلدة الهبيط."), vocab())
    raw = ctx.m["triggers"]
    words = mentions.event_words(ctx)
    assert ctx.memo["trigger_hits"] is raw and ctx.m["triggers"] is not raw
    assert [m.surface for m, _ in words] == ["قصفت"]
    assert mentions.event_words(ctx) is words  # (once per document)
    assert [m.surface for m in mentions.find(ctx)] == ["قصفت"]


# -- a new word whose reading is not met changes no other record ----------------------------------------------

_NEW = {"defection": ("انضم", "انضموا", "انضمت", "انضما", "انضمام"), "territory_change": ("وقع", "وقعت", "وقوع")}


@pytest.fixture(scope="module")
def narrower():
    """The lexicon without the words stop 29 added once the filter was in (types.json: «انضم … إلى صفوف/قوات»,
    «وقع … في أيدي/بيد/في قبضة», each read only with its context words)."""
    t = copy.deepcopy(load_types())
    for typ, words in _NEW.items():
        spec = t["types"][typ]
        for w in words:
            del spec["triggers"][w]
        if "joins" in spec:
            spec["joins"] = [w for w in spec["joins"] if w not in words]
    v = Vocab(types=t)
    assert not v.triggers.get("انضموا") and not v.triggers.get("وقوع")
    return v


def _records(pre, text, v=None) -> list[dict]:
    d = _doc(pre, text)
    ex = EventExtractor()
    if v is not None:
        ex.v = v
    recs = ex.extract(d)
    for r in recs:
        assert d.text[r["start"]:r["end"]] == r["trigger"]
        for sp in [r.get("place") or {}, r.get("reported_by") or {}, *(r.get("actors") or [])]:
            if "start" in sp:
                assert d.text[sp["start"]:sp["end"]] == sp["surface"]
    return recs


@pytest.mark.parametrize("text", [
    # a joining told without the side joined: the defection's target and source stay as they were
    "انشق سبعة عناصر عن مخفر بلدة الحارة فجر اليوم وانضموا إلى كتائب المعارضة، بحسب ناشطين.",
    "قصفت قوات النظام مواقع للفصائل التي انضمت إلى غرفة العمليات في بلدة اللطامنة شمال حماة.",
    "اعتقلت قوات النظام شابين انضما إلى كتيبة محلية في بلدة الحراك، وفق تجمع أحرار حوران.",
    # «وقع» of anything but a place falling into someone's hands
    "وقعت مواجهات عنيفة بين فصائل المعارضة وجيش النظام على محور كبانة بريف اللاذقية، وقتل فيها عنصران.",
    "وقع الاختيار على بلدة الكرك لإقامة مخيم جديد، ثم قصفت قوات النظام البلدة بعشرات القذائف.",
    "قال الدفاع المدني إن قذيفة سقطت قرب مدرسة في مدينة أريحا دون وقوع إصابات، وفق ما نقلت وكالة محلية.",
])
def test_a_new_word_whose_context_is_missing_changes_no_record(pre, narrower, text):
    assert vocab().triggers.get("انضموا") and vocab().triggers.get("وقوع")
    assert _records(pre, text) == _records(pre, text, narrower)


@pytest.mark.parametrize("text, typ, trigger, low, where", [
    # joining the other side (types.json defection: «انضم … إلى صفوف/قوات/الجيش»): wire, monitor, agency noun
    ("انضم أربعون عنصراً من فصيل محلي إلى صفوف قوات سوريا الديمقراطية في ريف منبج أمس.", "defection", "انضم", 40,
     "ريف منبج"),
    ("وأفاد المرصد السوري بأن 17 مقاتلاً من فصيل جيش العزة انضموا إلى قوات النظام في بلدة اللطامنة، بعد تسوية "
     "أوضاعهم.", "defection", "انضموا", 17, "اللطامنة"),
    ("أعلن مصدر عسكري انضمام 25 عنصراً من الفصائل المسلحة إلى صفوف الجيش في ريف درعا الغربي.", "defection",
     "انضمام", 25, "ريف درعا الغربي"),
    # a place fallen into someone's hands (territory_change: «وقع … في أيدي/بيد/في قبضة»)
    ("وقعت بلدة تل جبين في أيدي مقاتلي المعارضة بعد معارك استمرت يومين، بحسب المرصد.", "territory_change", "وقعت",
     None, "تل جبين"),
    ("وأكدت مصادر محلية وقوع قرية المشيرفة في قبضة القوات الحكومية مساء الأحد.", "territory_change", "وقوع", None,
     "المشيرفة"),
])
def test_the_new_words_with_their_context_are_read(pipe, text, typ, trigger, low, where):
    from piped import piped_events

    evs = [e for e in piped_events(pipe, text) if e["trigger"] == trigger]
    assert [e["type"] for e in evs] == [typ]
    assert (evs[0]["count"] or {}).get("low") == low
    assert (evs[0]["place"] or {}).get("surface") == where
    s = text.index(trigger)
    assert (evs[0]["start"], evs[0]["end"]) == (s, s + len(trigger))


def test_a_joining_told_after_its_defection_is_the_same_act(pipe):
    from piped import piped_events

    text = "انشق ضابطان عن الفرقة الرابعة في بلدة المعضمية وانضما إلى صفوف الجيش الحر في الغوطة، وفق ناشطين."
    assert [e["type"] for e in piped_events(pipe, text)] == ["defection"]


# -- word lists in the data files, not in the Python ---------------------------------------------------------

def _literal_word_lists(path: Path) -> list[str]:
    """Module-level names bound to a literal list of Arabic words (a tuple, or a set folded from one)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in tree.body:
        if not (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)):
            continue
        consts = [c.value for c in ast.walk(node.value) if isinstance(c, ast.Constant) and isinstance(c.value, str)]
        if len(consts) >= 2 and sum(any("\u0621" <= ch <= "\u064a" for ch in c) for c in consts) >= 2 and \
                not all(len(c) <= 4 for c in consts):  # (affix tables, «وبال», «تهما», are grammar, as inflect.py)
            out.append(node.targets[0].id)
    return out


@pytest.mark.parametrize("module", ["mentions", "clauses", "extractor", "vocab"])
def test_the_plumbing_modules_hold_no_word_list(module):
    src = Path(__file__).resolve().parents[2] / "src" / "marsad" / "extract" / "events" / f"{module}.py"
    assert _literal_word_lists(src) == []


def test_the_fire_words_come_from_cues_json():
    from marsad.extract.events.vocab import load_cues

    words = load_cues()["mention_words"]
    assert mentions._FIRE_KEYS == tuple(words["fire_keys"]) and "رصاص" in mentions._FIRE_KEYS
    assert mentions._OPENED_FIRE == tuple(words["opened_fire"])


# -- extractor._retype: a type's `retype_not` words keep their type -------------------------------------------

def test_a_trigger_in_retype_not_keeps_its_type(pre):
    text = "أفرجت فصائل المعارضة عن ستة جنود من جيش النظام في بلدة قلعة المضيق مقابل أربعة من مقاتليها."
    t = copy.deepcopy(load_types())
    t["types"]["other"]["retype_not"] = ["أفرجت", "أفرج"]
    kept = [r["type"] for r in _records(pre, text, Vocab(types=t)) if r["trigger"] == "أفرجت"]
    t["types"]["other"]["retype_not"] = []
    plain = [r["type"] for r in _records(pre, text, Vocab(types=t)) if r["trigger"] == "أفرجت"]
    assert kept == ["other"] and plain == ["defection"], (kept, plain)
