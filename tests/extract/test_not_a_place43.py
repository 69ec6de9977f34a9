"""A word the places layer reads as a place that names none is left out of the places an act is placed at: an
adjective or a generic plural read as a town's name, a span no gazetteer entry resolves told as a part of the place
right after it (stop 43, helper place; not_a_place.py, data/events/not_a_place.json `enabled`, `describers`,
`unresolved_part`). Our own sentences, run through the whole pipeline; every span checked."""
from __future__ import annotations

import pytest

from marsad.extract.events import not_a_place
from piped import asserted_places as _places

FARM = "دخل مسلحون قرية الزيارة بريف حماة مساء الأحد. واقتحم المسلحون مزرعة ملاصقة للقرية وقتلوا خمسة من العمال فيها."
TOWNS = "خرجت تظاهرات حاشدة يوم الجمعة في بلدات ومدن بريف إدلب تطالب بالإفراج عن المعتقلين."
HILLS = "اعتقلت دورية ستة مطلوبين كانوا يتحصنون ضمن منطقة جبلية من ريف حماة الغربي."
FRONT = "أطلقت الفصائل صواريخ على المدينة، ما أشعل جبهة جديدة على أطرافها."
TOWN_NAMED = "قصفت المدفعية بلدة الجديدة صباح اليوم فجرحت طفلين."
SOURCE_AREA = "أفادت مصادر في الريف الشرقي بأن اشتباكات عنيفة اندلعت قرب قرية الصبحة."


@pytest.fixture
def switch(monkeypatch):
    """not_a_place's switches as given (its word classes as the JSON says)."""
    def set_(**flags):
        monkeypatch.setattr(not_a_place, "FLAGS", dict(flags))
    return set_


@pytest.mark.parametrize("text,typ,flag,on,off", [
    # an adjective after «مزرعة» read as the farm's name: the village the anaphor stands for
    (FARM, "armed_clash", "describers", [("الزيارة", 16)], [("ملاصقة", 68)]),
    # a generic plural after «بلدات و»: the region after it
    (TOWNS, "protest", "describers", [("ريف إدلب", 45)], [("مدن", 40)]),
    # an adjective the gazetteer knows as a village («جديدة»): no place of the strike is left, no record
    (FRONT, "shelling", "describers", [], [("جديدة", 47)]),
    # an unresolved span told as a part of the region after it
    (HILLS, "arrest", "unresolved_part", [("ريف حماة الغربي", 58)], [("جبلية", 49)]),
])
def test_a_word_that_names_no_place_is_left_out(pipe, switch, text, typ, flag, on, off):
    other = {"describers": "unresolved_part", "unresolved_part": "describers"}[flag]
    switch(enabled=True, **{flag: True, other: False})
    assert _places(pipe, text, typ) == on
    switch(enabled=True, describers=False, unresolved_part=False)
    assert _places(pipe, text, typ) == off
    switch(enabled=False)
    assert _places(pipe, text, typ) == off


@pytest.mark.parametrize("text,typ,place", [
    # a town whose name takes the article stays a town
    (TOWN_NAMED, "shelling", [("الجديدة", 19)]),
    # an unresolved span with more than links before the next place stays in the layer's places
    (SOURCE_AREA, "armed_clash", [("الصبحة", 63)]),
])
def test_names_stay(pipe, switch, text, typ, place):
    switch(enabled=True, describers=True, unresolved_part=True)
    assert _places(pipe, text, typ) == place


def test_the_unit_rules():
    c = dict(not_a_place.conf(), enabled=True)
    assert not_a_place.describer({"surface": "جديدة"}, c)
    assert not_a_place.describer({"surface": "على مزرعتين"}, c)
    assert not not_a_place.describer({"surface": "الجديدة"}, c)
    assert not not_a_place.describer({"surface": "جديدة عرطوز"}, c)
    text = "كانوا داخل منطقة جبلية من ريف حماة"
    p = {"surface": "جبلية", "start": 17, "end": 22, "kind": None}
    q = {"surface": "ريف حماة", "start": 26, "end": 34, "kind": "region"}
    assert text[p["start"]:p["end"]] == p["surface"] and text[q["start"]:q["end"]] == q["surface"]
    nouns = frozenset({"ريف", "مدينه", "بلده"})
    assert not_a_place.part_of(text, p, q, nouns, c)
    assert not not_a_place.part_of(text, dict(p, kind="locality"), q, nouns, c)
    far = "كانوا داخل منطقة جبلية شاهقة تطل على ريف حماة"
    assert not not_a_place.part_of(far, p, dict(q, start=far.index("ريف"), end=len(far)), nouns, c)
