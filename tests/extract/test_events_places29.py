"""An event's place on text we did not write (issue 10, stop 29): the families of WHERE read from real
reporting (a village in a countryside, a road between two towns, a landmark inside a city, a destination,
an actor's seat), each in its general form. Our own sentences, several wordings and house styles per
family, run through the whole pipeline; every span keeps text[start:end] == surface (piped.py)."""
from __future__ import annotations

import pytest

from piped import piped_events


@pytest.fixture(scope="module")
def pipe():
    from marsad.pipeline import Pipeline

    return Pipeline()


def _events(pipe, text, published="2024-03-05"):
    return piped_events(pipe, text, published)


def _of(evs, typ):
    return [e for e in evs if e["type"] == typ]


def _where(evs, typ):
    return [(e["place"] or {}).get("surface") for e in _of(evs, typ)]


def _places(pipe, text):
    from marsad.document import Document

    d = Document(text, published="2024-03-05", outlet="منصة المثال")
    pipe(d)
    for p in d["places"]:
        assert d.text[p["start"]:p["end"]] == p["surface"]
    return [p["surface"] for p in d["places"]]


# -- a construct dual «مدينتي X وY» governs names, never an adjective ------------------------------------------
@pytest.mark.parametrize("text,first,second", [
    # a road between two towns whose first is also a man's name
    ("قُتل عنصران باستهداف سيارتهما على الطريق الواصل بين مدينتي جاسم ونوى غربي درعا.", "جاسم", "نوى"),
    # a protest in two towns, a SOHR-style bulletin
    ("المرصد السوري: خرجت مظاهرات اليوم في بلدتي جاسم وإنخل بريف درعا الشمالي.", "جاسم", "إنخل"),
    # two villages shelled, a local network's wording
    ("قصفت قوات النظام بالمدفعية قريتي زيزون وقسطون في سهل الغاب.", "زيزون", "قسطون"),
])
def test_a_construct_dual_names_its_places(pipe, text, first, second):
    ps = _places(pipe, text)
    assert first in ps and second in ps


@pytest.mark.parametrize("text", [
    "سيطرت قوات النظام على مناطق جديدة في ريف حماة.",
    "تقدمت الفصائل نحو قرى عدة في ريف حلب الجنوبي.",
])
def test_an_indefinite_adjective_after_a_plural_noun_is_still_no_place(pipe, text):
    ps = _places(pipe, text)
    assert "جديدة" not in ps and "عدة" not in ps


def test_a_road_between_two_towns_is_at_its_first_end(pipe):
    evs = _events(pipe, "أطلق مسلحون مجهولون النار على سيارة عسكرية على الطريق الواصل بين مدينتي جاسم ونوى في "
                        "ريف درعا الغربي، ما أدى إلى مقتل ثلاثة عناصر من الأمن العسكري.")
    assert [(e["place"] or {}).get("surface") for e in evs] == ["جاسم"]


# -- a span the tagger called an organisation right after a place noun is the place ---------------------------
@pytest.mark.parametrize("text,typ,place", [
    # a Hawar-style drone strike in a village of a nahiya
    ("استهدفت طائرة مسيرة تركية، صباح اليوم، سيارة مدنية في قرية تل جمعة بريف ناحية تل تمر، ما أدى إلى مقتل "
     "سائقها.", "airstrike", "تل جمعة"),
    # shelling of a village of a nahiya, a SANA-style wording
    ("أصيب مدنيان بقصف مدفعي تركي على قرية تل جمعة بريف ناحية تل تمر شمال الحسكة.", "shelling", "تل جمعة"),
    # an arrest in a village of a town's countryside
    ("اعتقلت دورية للأمن العام أربعة أشخاص في قرية تل جمعة بريف ناحية تل تمر بتهمة تهريب الأسلحة.", "arrest",
     "تل جمعة"),
])
def test_a_village_before_its_nahiya_is_the_place(pipe, text, typ, place):
    assert _where(_events(pipe, text), typ) == [place]
