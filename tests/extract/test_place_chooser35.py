"""The learned place chooser, stop 35: features of where a place stands among the places beside it (the
first of a list, a later one, the two sides of a nested pair), of a verb naming what was hit right before it,
and of the "no place" candidate (the figure's size, the kind of the rules' place and whether it is one of a
list, a dual region noun); a defection's place abroad is no longer vetoed. Our own sentences; the places
layer built by hand."""
from __future__ import annotations

from marsad.extract.events import place_chooser

from test_events import _doc
from test_place_chooser import _ctx
from test_place_chooser34 import _model, _place, _spans_ok

LIST = "قصفت طائرات حربية ريف إدلب صباح اليوم، مستهدفةً معرشورين وكفروما، ثم قصفت المدفعية مساءً حي الزهور في الرقة."
LIST_PLACES = [("ريف إدلب", "L0", "Idlib countryside", "Idlib", "region"), ("معرشورين", "L1", "Maarshurin", "Idlib"),
               ("كفروما", "L2", "Kafruma", "Idlib"), ("الزهور", "L3", "Zuhur", "Raqqa", "neighbourhood"),
               ("الرقة", "L4", "Raqqa", "Raqqa", "city")]


def _strike(d, place):
    i = d.text.index("طائرات")
    return {"start": i, "end": i + len("طائرات"), "type": "airstrike", "place": place, "kind": "incident"}


def _by(d, rec):
    ctx, att = _ctx(d)
    cands = place_chooser.candidates(ctx, rec)
    _spans_ok(d, cands)
    return {(c or {}).get("surface"): f for c, f in zip(cands, place_chooser.features(ctx, att, rec, cands))}


def test_the_first_of_a_list_a_later_one_and_a_nested_pair():
    d = _doc(LIST, places=LIST_PLACES)
    by = _by(d, _strike(d, _place(d, "كفروما")))
    assert by["معرشورين"]["list_first"] == 1 and by["معرشورين"]["join_next=list"] == 1  # «معرشورين وكفروما»
    assert by["كفروما"]["list_first"] == 0 and by["كفروما"]["join_prev=list"] == 1
    assert by["الزهور"]["join_next=in"] == 1  # «حي الزهور في الرقة»
    assert by["الرقة"]["join_prev=in"] == 1 and by["الرقة"]["list_first"] == 0


def test_the_object_of_a_verb_naming_what_was_hit():
    d = _doc(LIST, places=LIST_PLACES)
    by = _by(d, _strike(d, None))
    assert by["معرشورين"]["target_verb"] == 1  # «مستهدفةً معرشورين»
    assert by["كفروما"]["target_verb"] == 0  # (a later one of the list: «و» stands before it)
    assert by["ريف إدلب"]["target_verb"] == 0  # «قصفت طائرات حربية ريف إدلب»: the verb is not the word before


def test_refine_takes_the_first_of_a_list_when_the_model_wants_it(monkeypatch):
    d = _doc(LIST, places=LIST_PLACES)
    ctx, att = _ctx(d)
    _model(monkeypatch, {"list_first": 5.0}, margin=0.5)  # a toy model: the first of a list
    rec = _strike(d, _place(d, "كفروما"))
    place_chooser.refine(ctx, att, [rec])
    p = rec["place"]
    assert p["surface"] == "معرشورين" and d.text[p["start"]:p["end"]] == "معرشورين"


TALLY = "قُتل 150 شخصاً في محافظتي إدلب وحماة خلال الشهر الماضي، بحسب حصيلة نشرتها منظمة محلية."


def _toll(d, place, low=150):
    i = d.text.index("قُتل")
    return {"start": i, "end": i + len("قُتل"), "type": "casualties", "place": place, "kind": "incident",
            "fatalities": {"low": low, "high": low, "approx": False}}


def test_the_features_of_no_place_for_a_tally_over_two_governorates():
    d = _doc(TALLY, places=[("إدلب", "T1", "Idlib", "Idlib", "governorate"),
                            ("حماة", "T2", "Hama", "Hama", "governorate")])
    none = _by(d, _toll(d, _place(d, "إدلب")))[None]
    assert none["none&count=100+"] == 1 and none["none&dual"] == 1  # «150», «محافظتي»
    assert none["none&rule_kind=governorate"] == 1 and none["none&rule_listed"] == 1  # «إدلب وحماة»
    few = _by(d, _toll(d, None, low=3))[None]
    assert few["none&count=1"] == 1 and "none&rule_listed" not in few
    rough = _toll(d, None)
    rough["fatalities"] = {"low": 200, "high": 900, "approx": True}  # «مئات»: a crowd's size, not a report's tally
    assert _by(d, rough)[None]["none&count=approx"] == 1


def test_the_dual_is_read_once_per_sentence(monkeypatch):
    """Every record of a sentence asks "no place"'s dual; the sentence's words are read for it once (a run-on page
    is one sentence: reading all of it per record was quadratic)."""
    d = _doc(TALLY, places=[("إدلب", "T1", "Idlib", "Idlib", "governorate"),
                            ("حماة", "T2", "Hama", "Hama", "governorate")])
    ctx, _ = _ctx(d)
    model = place_chooser.load()
    s = ctx.sents[0]
    calls = []
    real = place_chooser._words_between
    monkeypatch.setattr(place_chooser, "_words_between", lambda c, a, b: calls.append((a, b)) or real(c, a, b))
    for low in (150, 3, 40):
        f: dict[str, float] = {}
        place_chooser._none_extras(ctx, _toll(d, None, low=low), None, 0, model, f)
        assert f["none&dual"] == 1  # «محافظتي»
    assert calls.count((s.start, s.end)) == 1


def test_a_defections_place_abroad_is_a_candidate_not_vetoed():
    t = "انشق ثلاثة ضباط عن الجيش ووصلوا مساء أمس إلى بلدة الريحانية."
    d = _doc(t)
    i = t.index("الريحانية")
    d.add("places", {"start": i, "end": i + len("الريحانية"), "surface": "الريحانية", "id": "R1", "name_ar": "الريحانية",
                     "name_en": "Reyhanli", "admin1_en": "Hatay", "lat": 36.3, "lon": 36.6, "confidence": 0.9,
                     "level": "locality", "country": "TUR"})
    ctx, att = _ctx(d)
    j = t.index("انشق")
    rec = {"start": j, "end": j + len("انشق"), "type": "defection", "place": None, "kind": "incident"}
    cands = place_chooser.candidates(ctx, rec)
    _spans_ok(d, cands)
    lean = place_chooser.features(ctx, att, rec, cands, lean=True)
    assert cands[0]["surface"] == "الريحانية" and not lean[0].get("veto")
    assert lean[0]["foreign&type=defection"] == 1  # (the model weighs it: the gold of the paraphrases takes it)
