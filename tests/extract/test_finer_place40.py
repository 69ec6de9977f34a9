"""A city told in the lead, a quarter of it told where the act is told again (stop 40, helper place; finer_place.py
`city_quarters` and `told_again` in data/events/finer_place.json): the record takes the quarter, as a record told at
a region takes the village a later telling names (stop 36). Our own sentences, run through the whole pipeline; every
span checked (piped.piped_events)."""
from __future__ import annotations

import json

import pytest

from marsad.extract.events import civil_site, finer_place
from piped import piped_events as _piped

# the barrels told at the city, then where they fell, in a source's sentence the rules read as another telling
BARRELS = ("ألقت المروحيات براميل متفجرة على مدينة حلب صباح الخميس فقتلت تسعة مدنيين. وأوضح ناشطون محليون أن "
           "البراميل هوت على حي {q} وهدمت بناءين.")
CLASH = ("دارت اشتباكات عنيفة بين مسلحين وقوات الأمن في مدينة حمص مساء الأحد. وبيّن مصدر طبي أن الاشتباكات تركزت "
         "في حي الوعر وأوقعت جرحى.")


@pytest.fixture
def switches(monkeypatch):
    """finer_place's switches as given (the rest as the JSON says)."""
    def set_(**kw):
        conf = dict(finer_place.conf(), **kw)
        monkeypatch.setattr(finer_place, "conf", lambda: conf)
    return set_


def _first(pipe, text, typ):
    evs = sorted((e for e in _piped(pipe, text) if e["type"] == typ and e["modality"] == "asserted"),
                 key=lambda e: e["start"])
    p = evs[0]["place"]
    assert text[p["start"]:p["end"]] == p["surface"]
    return p


@pytest.mark.parametrize("text,typ,place,start", [
    (BARRELS.format(q="الفردوس"), "airstrike", "حي الفردوس", 114),
    (CLASH, "armed_clash", "حي الوعر", 106),
])
def test_the_city_s_quarter_told_again_is_the_place(pipe, switches, text, typ, place, start):
    switches(city_quarters=True, told_again=True)
    p = _first(pipe, text, typ)
    assert (p["surface"], p["start"]) == (place, start)


@pytest.mark.parametrize("off", [{"city_quarters": False}, {"told_again": False}])
def test_off_the_city_stays(pipe, switches, off):
    switches(**{"city_quarters": True, "told_again": True, **off})
    p = _first(pipe, BARRELS.format(q="الفردوس"), "airstrike")
    assert (p["surface"], p["start"]) == ("حلب", 39)


@pytest.mark.parametrize("text,place", [
    # a quarter of another city (another governorate) is not inside this one
    (BARRELS.format(q="الوعر"), "حلب"),
    # a town is no city of the quarter: Aleppo's quarter lies beyond `radius_km` of a town of its district
    (BARRELS.format(q="الفردوس").replace("مدينة حلب", "بلدة حيان"), "حيان"),
    # the act told «كذلك» (also) at the quarter is another act of its kind (joins.json also_words)
    ("ألقت المروحيات براميل متفجرة على مدينة حلب صباح الخميس فقتلت تسعة مدنيين. وأغارت الطائرات كذلك على حي "
     "الفردوس بعد الظهر.", "حلب"),
    # another story from «وفي سياق آخر» on
    ("ألقت المروحيات براميل متفجرة على مدينة حلب صباح الخميس فقتلت تسعة مدنيين. وفي سياق آخر، شنت الطائرات غارة "
     "على حي الفردوس ليلاً.", "حلب"),
])
def test_a_quarter_not_of_the_city_or_of_another_story_leaves_it(pipe, switches, text, place):
    switches(city_quarters=True, told_again=True)
    assert _first(pipe, text, "airstrike")["surface"] == place


@pytest.mark.parametrize("text", [
    "شنت الطائرات الحربية غارات على محافظة درعا يوم الثلاثاء. وفي المساء شنت طائرات أخرى غارة على بلدة الغارية الغربية.",
    "قصفت قوات النظام ريف حلب الجنوبي بالمدفعية يوم الجمعة. وأوضح ناشطون أن القصف طال بلدات الحاضر والعيس.",
])
def test_an_area_keeps_the_stop_36_reading(pipe, switches, text):
    """`told_again` reads a told-again sentence for a city only (`told_again_areas` off: on the dev sets an area's
    told-again sentence named another act's place as often as the act's), and the city switch leaves areas alone."""
    typ = _piped(pipe, text)[0]["type"]
    switches(city_quarters=False, told_again=False)
    before = _first(pipe, text, typ)
    switches(city_quarters=True, told_again=True, told_again_areas=False)
    assert _first(pipe, text, typ) == before


def test_the_switches_are_in_the_json():
    raw = json.loads(finer_place.DATA.read_text(encoding="utf-8"))
    assert raw["city_quarters"] is True and raw["told_again"] is True and raw["told_again_areas"] is False
    assert raw["radius_km"] == 8 and raw["ahead"] == 2 and "ساحة" in raw["squares"]
    finer_place.conf.cache_clear()
    c = finer_place.conf()
    assert (c["city_quarters"], c["told_again"], c["stop36"]) == (True, True, True)


SQUARE = ("خرجت تظاهرة حاشدة في مدينة السويداء ظهر الجمعة تطالب بالإفراج عن المعتقلين. وقال ناشطون إن التظاهرة "
          "انطلقت من ساحة الكرامة وجابت الشوارع.")


@pytest.mark.parametrize("squares,place,start", [(None, "السويداء", 27), (frozenset(), "ساحة الكرامة", 110)])
def test_a_square_the_layer_lists_as_a_quarter_leaves_the_city(pipe, switches, monkeypatch, squares, place, start):
    """A square is a spot of its city (the JSON's `squares`); with no such words it is read as a quarter (civil_site,
    stop 42, which gives a square back to its city, off)."""
    switches(city_quarters=True, told_again=True, **({} if squares is None else {"squares": squares}))
    conf = dict(civil_site.conf(), enabled=False)
    monkeypatch.setattr(civil_site, "conf", lambda: conf)
    p = _first(pipe, SQUARE, "protest")
    assert (p["surface"], p["start"]) == (place, start)


def test_a_square_is_no_quarter():
    squares = finer_place.conf()["squares"]
    assert finer_place._square({"name_ar": "ساحة الكرامة"}, squares)
    assert not finer_place._square({"name_ar": "حي الوعر"}, squares)


def test_the_distance_of_two_points():
    a, b = {"lat": 36.0, "lon": 37.0}, {"lat": 36.0, "lon": 37.1}
    assert 8.9 < finer_place._km(a, b) < 9.1
