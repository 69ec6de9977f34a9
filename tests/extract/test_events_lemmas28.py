"""Stop 28, triggers by lemma (types.json `lemmas`, marsad.arabic.inflect): a lemma expands into every
written form of its verb or noun in the one trigger automaton; a form listed by hand wins over a
generated one; the future forms are read as to come. Our own sentences, through the whole pipeline,
every span checked."""
from __future__ import annotations

import copy

import pytest

from marsad.arabic.inflect import expand
from marsad.arabic.normalize import fold_str
from marsad.extract.events.vocab import Vocab, load_types


@pytest.fixture()
def patched_types():
    """types.json with extra lemmas of our own, for the mechanism alone (handed to Vocab: a patch of
    vocab.load_types is never seen by a Vocab compiled with mypyc, which calls its own copy)."""
    def patch(typ: str, lemmas: dict):
        t = copy.deepcopy(load_types())
        # (stop 39's `led_away` group replaces «اقتاد»'s lemma and hand forms: off here, the type's own list tested)
        t["flagged_triggers"]["led_away"]["enabled"] = False
        spec = t["attack"] if typ == "attack" else t["types"][typ]
        spec.setdefault("lemmas", {}).update(lemmas)
        return Vocab(types=t)
    return patch


def _infos(v: Vocab, form: str) -> list[dict]:
    return v.triggers.get(form)


def test_lemma_expands_into_the_trigger_automaton(patched_types):
    v = patched_types("arrest", {"حبس": "verb needs=شاب|شبان"})
    for form in ("حبسوهم", "يحبسون", "حبستهم"):
        (info,) = _infos(v, form)
        assert info["type"] == "arrest" and info["pos"] == "verb"
        assert info["needs"] == (fold_str("شاب"), fold_str("شبان"))
    # the one automaton every list is scanned with holds the generated forms too
    assert fold_str("حبسوهم") in v.scan


def test_a_form_listed_by_hand_wins(patched_types):
    # «اقتادت» is listed by hand with the words it needs; the lemma's description stays off it
    v = patched_types("arrest", {"اقتاد": "verb"})
    (hand,) = _infos(v, "اقتادت")
    assert hand["needs"]  # the listed description
    (gen,) = _infos(v, "اقتادتهم")
    assert gen["type"] == "arrest" and gen["needs"] == ()
    # a form another type lists is not given a second reading either («هاجم»: attack, by hand)
    v = patched_types("armed_clash", {"هاجم": "verb"})
    assert [i["type"] for i in _infos(v, "هاجم")] == ["attack"]
    # (a form two types' lemmas generate is read both ways, as a form two hand lists hold)
    assert [i["type"] for i in _infos(v, "هاجمتاها")] == ["armed_clash", "attack"]


def test_future_forms_are_marked(patched_types):
    v = patched_types("arrest", {"حبس": "verb"})
    (fut,) = _infos(v, "سيحبسون")
    assert fut.get("future") is True
    (past,) = _infos(v, "حبسوا")
    assert "future" not in past


def test_types_json_lemmas_expand_without_error():
    v = Vocab()
    assert v.lemma_forms >= 0
    for typ, spec in [*load_types()["types"].items(), ("attack", load_types()["attack"])]:
        for lemma, s in spec.get("lemmas", {}).items():
            assert expand(lemma, s), (typ, lemma)


# -- the lemmas of types.json: inflections no hand list had, read in our own sentences ------------------------

def _hand_listed(form: str) -> bool:
    t = load_types()
    return any(fold_str(form) in {fold_str(f) for f in spec["triggers"]}
               for spec in [*t["types"].values(), t["attack"]])


@pytest.mark.parametrize("text, trigger, typ, where", [
    # an object pronoun of the dual on a form VIII verb (agency style, the verb first)
    ("اعتقلتهما مساء أمس دورية تابعة للأمن العسكري وسط الصنمين.", "اعتقلتهما", "arrest", "الصنمين"),
    ("اختطفتهما مجموعة مسلحة مجهولة على طريق دمشق السويداء.", "اختطفتهما", "arrest", "دمشق"),
    # a feminine subject with an object pronoun (local network style)
    ("استهدفتها مدفعية الجيش التركي صباح اليوم، وكانت قرية أم الخير قد شهدت نزوحاً واسعاً.", "استهدفتها",
     "shelling", "أم الخير"),
    ("قتلتهم قوات النظام في قرية الحولة بريف حمص الشمالي.", "قتلتهم", "casualties", "الحولة"),
    # the dual of a noun (headline style)
    ("انفجاران يهزان مدينة اعزاز شمالي حلب مساء الثلاثاء.", "انفجاران", "explosion", "اعزاز"),
    ("تظاهرتان في مدينة الرقة وبلدة الكرامة للمطالبة بالإفراج عن المعتقلين.", "تظاهرتان", "protest", "الرقة"),
    # a dual subject on the verb, and a plural subject after «و»
    ("انفجرتا سيارتان مفخختان في مدينة القامشلي.", "انفجرتا", "explosion", "القامشلي"),
    ("وانتزعوا السيطرة على قرية تل مرق بعد اشتباكات مع عناصر التنظيم.", "انتزعوا", "territory_change", "تل مرق"),
])
def test_an_unlisted_inflection_is_read(pipe, text, trigger, typ, where):
    from piped import piped_events

    assert not _hand_listed(trigger)  # the form only the lemma gives
    evs = piped_events(pipe, text)
    hit = [e for e in evs if e["trigger"] == trigger]
    assert hit and hit[0]["type"] == typ
    assert (hit[0]["place"] or {}).get("surface") == where
    s = text.index(trigger)
    assert (hit[0]["start"], hit[0]["end"]) == (s, s + len(trigger))


@pytest.mark.parametrize("text, trigger", [
    ("وقال ناشطون إن عناصر الأمن سيعتقلون كل من يتخلف عن الخدمة في مدينة التل.", "سيعتقلون"),
    ("وأكد المتحدث أن مقاتلي الفصيل سينسحبون من بلدة تل رفعت خلال أيام.", "سينسحبون"),
])
def test_a_future_form_is_told_as_to_come(pipe, text, trigger):
    from marsad.document import Document
    from piped import piped_events

    assert piped_events(pipe, text) == []  # nothing happened
    d = Document(text, published="2024-03-05", outlet="منصة المثال")
    pipe(d)
    assert [(e["trigger"], e["modality"]) for e in d["events"]] == [(trigger, "future")]


def test_word_lists_name_the_lemma_of_the_forms_they_list():
    from marsad.extract.events.vocab import vocab

    v = vocab()
    # `assassination` lists «اغتال، اغتالت، اغتالوا، اغتيل …»: the lemma's other forms of those parts join it
    assert {fold_str(w) for w in ("اغتالته", "اغتالوه", "اغتيلا")} <= v.assassination
    # `held_verbs` lists past forms of «احتجز» («احتجزوا»): its other past forms join, no imperfect does
    assert fold_str("احتجزتا") in v.held_verbs and fold_str("يحتجزون") not in v.held_verbs
    # `withdrawal` lists past and imperfect forms of «انسحب»
    assert {fold_str(w) for w in ("انسحبتا", "ينسحبون")} <= v.withdrawal
    # a list naming one form of a lemma is left as written («معركة» in `destroy_not_after`)
    assert fold_str("معركتين") not in v.destroy_not_after


@pytest.mark.parametrize("listed, generated", [
    # the gunmen's killing told with the listed form and with an object pronoun only the lemma gives
    ("اغتالت مجموعة مسلحة مجهولة شاباً مساء أمس قرب بيته في بلدة طفس غربي درعا.",
     "اغتالته مجموعة مسلحة مجهولة مساء أمس قرب بيته في بلدة طفس غربي درعا."),
    ("واغتال مسلحون مجهولون مختار قرية الكرك الشرقي ليل الجمعة.",
     "واغتالوه مسلحون مجهولون في قرية الكرك الشرقي ليل الجمعة، وهو مختار القرية."),
])
def test_a_generated_form_is_read_as_the_listed_one(pipe, listed, generated):
    from piped import piped_events

    a, b = piped_events(pipe, listed), piped_events(pipe, generated)
    assert [(e["type"], e["place"]["surface"]) for e in a] == [(e["type"], e["place"]["surface"]) for e in b]
    assert len(b) == 1
