"""The learned place chooser, stop 41 (helper place): the `structure` switch of the model file, tested on and off.
Features of a place told in the sentence after the act's: does that sentence go on with the act (a source's report
naming its spot first) or tell another act of its kind (a word of `other_act`, a share of the act's figure)? Our own
sentences; the places layer and the figures built by hand."""
from __future__ import annotations

import pytest

from marsad.extract.events import place_chooser

from test_events import _doc
from test_place_chooser import _ctx
from test_place_chooser34 import _place, _spans_ok
from test_place_chooser38 import switches  # noqa: F401 (the fixture: the model file's switches for one test)

# a raid campaign told at an area, then a monitor's report naming the village where it was
ELAB = ("شنت قوات الأمن صباح الخميس حملة مداهمات واسعة في ريف حماة الشمالي طالت عشرات المنازل. "
        "وأفاد المرصد السوري لحقوق الإنسان بأن الحملة تركزت في بلدة كفرزيتا حيث أوقف عدد من الشبان.")
# the same lead, then another raid of its kind at a village
OTHER = ("شنت قوات الأمن صباح الخميس حملة مداهمات واسعة في ريف حماة الشمالي طالت عشرات المنازل. "
         "وأفاد المرصد السوري لحقوق الإنسان بأن حملة مماثلة جرت في بلدة كفرزيتا حيث أوقف عدد من الشبان.")
PLACES = [("ريف حماة الشمالي", "H1", "Northern Hama countryside", "Hama", "region"),
          ("كفرزيتا", "H2", "Kafr Zita", "Hama")]
# six dead in a strike at an area, then four «of them» at a town: a share of the figure
SHARE = ("سقط ستة قتلى من المدنيين إثر ضربات طائرات حربية استهدفت ريف إدلب الجنوبي ليل الاثنين. "
         "وقال الدفاع المدني إن أربعة منهم قضوا في مدينة كفرنبل وإن المسعفين انتشلوا الجثث.")
SHARE_PLACES = [("ريف إدلب الجنوبي", "I1", "Southern Idlib countryside", "Idlib", "region"),
                ("كفرنبل", "I2", "Kafr Nabl", "Idlib")]
SHARE_FIGS = [("ستة", 6, 6, "مدني"), ("أربعة", 4, 4, None)]


def _act(d, word, etype, place, figure=None):
    i = d.text.index(word)
    rec = {"start": i, "end": i + len(word), "type": etype, "place": place, "kind": "incident"}
    if figure:
        rec["fatalities"] = {"low": figure, "high": figure, "approx": False}
    return rec


def _next_feats(d, rec):
    ctx, att = _ctx(d)
    cands = place_chooser.candidates(ctx, rec)
    _spans_ok(d, cands)
    fs = place_chooser.features(ctx, att, rec, cands)
    return {(c or {}).get("surface"): f for c, f in zip(cands, fs)}


@pytest.mark.parametrize("on", [True, False])
def test_a_reports_village_after_an_area_in_the_lead_is_marked_as_its_telling(switches, on):
    switches(structure=on, elab_take=False)
    d = _doc(ELAB, places=PLACES)
    rec = _act(d, "مداهمات", "arrest", _place(d, "ريف حماة الشمالي"))
    fs = _next_feats(d, rec)
    assert list(fs) == ["ريف حماة الشمالي", "كفرزيتا", None]
    village = _place(d, "كفرزيتا")
    assert d.text[village["start"]:village["end"]] == "كفرزيتا" and village["start"] == ELAB.index("كفرزيتا")
    f = fs["كفرزيتا"]
    assert f["next"] == 1.0
    if on:
        assert f["next&rule_coarse"] == 1.0 and f["next&coarse&sent1"] == 1.0
        assert f["next&source_open"] == 1.0 and f["next&first_in_sent"] == 1.0
        assert f["next&other_act"] == 0.0 and f["next&fig_less"] == 0.0
        assert f["next&coarse&elab"] == 1.0
    else:
        assert not any(k.startswith(("next&rule_coarse", "next&coarse", "next&source_open")) for k in f)


def test_a_word_of_another_act_before_the_village_is_no_telling(switches):
    switches(structure=True)
    d = _doc(OTHER, places=PLACES)
    f = _next_feats(d, _act(d, "مداهمات", "arrest", _place(d, "ريف حماة الشمالي")))["كفرزيتا"]
    assert f["next&other_act"] == 1.0 and f["next&coarse&other_act"] == 1.0
    assert f["next&coarse&elab"] == 0.0


def test_a_share_of_the_figure_at_the_town_is_no_telling(switches):
    switches(structure=True)
    d = _doc(SHARE, places=SHARE_PLACES, quantities=SHARE_FIGS)
    f = _next_feats(d, _act(d, "ضربات", "airstrike", _place(d, "ريف إدلب الجنوبي"), figure=6))["كفرنبل"]
    assert f["next&fig_less"] == 1.0 and f["next&fig_same"] == 0.0
    assert f["next&coarse&elab"] == 0.0


def test_the_same_figure_told_again_is_marked(switches):
    switches(structure=True)
    text = SHARE.replace("أربعة منهم", "الستة")
    d = _doc(text, places=SHARE_PLACES, quantities=[("ستة", 6, 6, "مدني"), ("الستة", 6, 6, None)])
    f = _next_feats(d, _act(d, "ضربات", "airstrike", _place(d, "ريف إدلب الجنوبي"), figure=6))["كفرنبل"]
    assert f["next&fig_same"] == 1.0 and f["next&fig_less"] == 0.0


def test_a_town_as_the_rules_place_is_no_area(switches):
    switches(structure=True)
    text = "قصفت المدفعية بلدة خان شيخون ظهر اليوم. وقال ناشطون إن القذائف سقطت أيضاً على قرية التمانعة."
    d = _doc(text, places=[("خان شيخون", "K1", "Khan Shaykhun", "Idlib"), ("التمانعة", "K2", "Tamanah", "Idlib")])
    f = _next_feats(d, _act(d, "قصفت", "shelling", _place(d, "خان شيخون")))["التمانعة"]
    assert f["next&rule_coarse"] == 0.0 and f["next&coarse&elab"] == 0.0 and f["next&other_act"] == 1.0


# the whole pipeline: an attack told at an area, then a local network's report naming the checkpoint's town
ATTACK = "هاجم مسلحون مجهولون حاجزاً للجيش مساء السبت بريف درعا الغربي وقتلوا عنصرين. {next}"
TOLD = "وذكرت شبكة درعا 24 الإخبارية أن الحاجز يقع عند مدخل بلدة طفس وأن المهاجمين فروا."


def _clash_place(pipe, text):
    from piped import piped_events

    evs = [e for e in piped_events(pipe, text) if e["type"] == "armed_clash" and e["modality"] == "asserted"]
    assert len(evs) == 1
    p = evs[0]["place"]
    assert text[p["start"]:p["end"]] == p["surface"]
    return p["surface"], p["start"]


@pytest.mark.parametrize("on", [True, False])
def test_the_town_a_report_names_right_after_the_area_is_the_place(pipe, switches, on):
    switches(elab_take=on)
    text = ATTACK.format(next=TOLD)
    assert _clash_place(pipe, text) == (("طفس", text.index("طفس")) if on else
                                        ("ريف درعا الغربي", text.index("ريف درعا الغربي")))


@pytest.mark.parametrize("told", [
    "ويقع الحاجز عند مدخل بلدة طفس وقد فر المهاجمون.",  # no source opens the sentence: no report of the act
    "وذكرت شبكة درعا 24 الإخبارية أن حاجزاً آخر يقع عند مدخل بلدة طفس لم يتعرض لأذى.",  # «آخر»: another spot
    "وقالت مصادر محلية إن الطائرات حلقت فوق المنطقة طوال الليل. " + TOLD,  # not the very next sentence
])
def test_the_area_stays_unless_the_next_sentence_reports_the_act(pipe, switches, told):
    switches(elab_take=True)
    text = ATTACK.format(next=told)
    assert _clash_place(pipe, text) == ("ريف درعا الغربي", text.index("ريف درعا الغربي"))


@pytest.mark.parametrize("on", [True, False])
def test_the_structure_features_are_fitted_only_when_switched_on(switches, on):
    from test_place_chooser import _trainer

    switches(structure=on, elab_take=True)
    tr = _trainer()
    exs = []
    for k in range(30):
        right = k % 2
        feats = [{"place": 1.0, "rule": float(b == 0), "next&coarse&elab": float(b == right),
                  "next&source_open": float(b == right)} for b in range(2)]
        exs.append({"type": "arrest", "feats": feats + [{"none": 1.0}], "labels": [b == right for b in range(3)]})
    w = tr.fit(exs)["weights"]
    assert ("next&coarse&elab" in w and "next&source_open" in w) is on
    assert not any(k.startswith(place_chooser.STRUCTURE) for k in w) or on


def test_the_elab_take_picks_the_reported_place_over_a_higher_score(switches):
    fs = [{"place": 1.0, "rule": 1.0}, {"place": 1.0, "next": 1.0, "next&coarse&elab": 1.0}, {"none": 1.0}]
    weights = {"rule": 2.0, "next": -3.0}
    switches(elab_take=True)
    assert place_chooser.best(fs, weights, 0.5) == 1
    fs[1]["veto"] = 1.0  # (a vetoed candidate is never taken)
    assert place_chooser.best(fs, weights, 0.5) == 0
    del fs[1]["veto"]
    switches(elab_take=False)
    assert place_chooser.best(fs, weights, 0.5) == 0


@pytest.mark.parametrize("typ,want", [("arrest", 0.0), ("armed_clash", 1.0)])
def test_a_record_of_the_type_at_the_village_keeps_the_area(switches, typ, want):
    """The rules gave the act told next a record of its own at the village: the report tells that act, not the lead's
    (a record of another type there says nothing of it)."""
    switches(structure=True)
    d = _doc(ELAB, places=PLACES)
    ctx, att = _ctx(d)
    rec = _act(d, "مداهمات", "arrest", _place(d, "ريف حماة الشمالي"))
    i = d.text.index("أوقف")
    other = {"start": i, "end": i + 4, "type": typ, "place": _place(d, "كفرزيتا"), "kind": "incident"}
    place_chooser.note_records(ctx, [rec, other])
    cands = place_chooser.candidates(ctx, rec)
    f = dict(zip([(c or {}).get("surface") for c in cands], place_chooser.features(ctx, att, rec, cands)))["كفرزيتا"]
    assert f["next&type_there"] == (1.0 if typ == "arrest" else 0.0)
    assert f["next&coarse&elab"] == want
