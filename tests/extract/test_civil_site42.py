"""A civil building told with its town right after it, a square after its city: the act is placed at the town; a
quarter told with its city right after it: at the quarter (stop 42, helper place;
civil_site.py, data/events/civil_site.json `enabled`). Our own sentences, run through the whole pipeline; every span
checked (piped.piped_events)."""
from __future__ import annotations

import pytest

from marsad.arabic.normalize import fold_str
from marsad.extract.events import civil_site
from piped import piped_events as _piped

HOSPITAL = "استهدفت طائرات حربية صباح الثلاثاء المشفى الوطني في {where}، ما أدى إلى مقتل ممرضين اثنين."
NAMED = "أغارت طائرة حربية ظهر الاثنين على مشفى الشفاء في مدينة سراقب وأخرجته عن الخدمة."
HALL = "سقطت قذيفتا هاون ظهر الجمعة على الصالة الرياضية بحي الميدان وجرحت طفلاً."
CENTRE = "شنت المقاتلات الروسية ثلاث غارات على مركز البحوث العلمية الواقع في جمرايا ليل السبت."
SIT_IN = "اعتصم عشرات الأطباء أمام المشفى الوطني بالسويداء احتجاجاً على تأخر الرواتب."
SQUARE = ("شهدت مدينة {city} توتراً منذ الصباح. وأفاد ناشطون بأن اشتباكات اندلعت عصراً قرب ساحة السبع بحرات وأوقعت "
          "جرحى.")
QUARTER = "تبادلت مجموعتان مسلحتان إطلاق النار ليل الأحد {prep} حي القصور داخل مدينة حمص، وأُصيب خمسة من المارة."
PRISON = "اقتحم مسلحون ملثمون سجن غويران في الحسكة فجر الأحد وأطلقوا سراح عشرات السجناء."


@pytest.fixture
def switch(monkeypatch):
    """civil_site's `enabled` as given (its word classes as the JSON says)."""
    def set_(on: bool):
        conf = dict(civil_site.conf(), enabled=on)
        monkeypatch.setattr(civil_site, "conf", lambda: conf)
    return set_


def _place(pipe, text, typ):
    evs = [e for e in _piped(pipe, text) if e["type"] == typ and e["modality"] == "asserted"]
    assert len(evs) == 1
    p = evs[0]["place"]
    assert text[p["start"]:p["end"]] == p["surface"]
    return p["surface"], p["start"]


@pytest.mark.parametrize("text,typ,on,off", [
    (HOSPITAL.format(where="مدينة معرة النعمان"), "airstrike", ("معرة النعمان", 58), ("المشفى الوطني", 35)),
    (HOSPITAL.replace("المشفى الوطني", "مشفى النساء والأطفال").format(where="مدينة معرة النعمان"), "airstrike",
     ("معرة النعمان", 65), ("مشفى النساء والأطفال", 35)),
    (HALL, "shelling", ("حي الميدان", 49), ("الصالة الرياضية", 32)),
    (CENTRE, "airstrike", ("جمرايا", 67), ("مركز البحوث العلمية", 37)),
    (SIT_IN, "protest", ("السويداء", 40), ("المشفى الوطني", 25)),
    # a square: the town of its governorate told before it
    (SQUARE.format(city="حلب"), "armed_clash", ("حلب", 11), ("ساحة السبع بحرات", 77)),
])
def test_the_building_s_town_is_the_place(pipe, switch, text, typ, on, off):
    switch(True)
    assert _place(pipe, text, typ) == on
    switch(False)
    assert _place(pipe, text, typ) == off


@pytest.mark.parametrize("text,typ,place", [
    # a hospital with a name of its own is a place itself
    (NAMED, "airstrike", ("مشفى الشفاء", 34)),
    # a prison is a site the gold names: it stays
    (PRISON, "other", ("سجن غويران", 20)),
    # a region after the building is no populated place
    (HOSPITAL.format(where="ريف إدلب"), "airstrike", ("المشفى الوطني", 35)),
    # a town of another governorate before the square is not its city
    (SQUARE.format(city="حمص"), "armed_clash", ("ساحة السبع بحرات", 77)),
])
def test_a_site_or_an_area_after_it_leaves_the_building(pipe, switch, text, typ, place):
    switch(True)
    assert _place(pipe, text, typ) == place


def test_the_json_switch_is_read():
    c = civil_site.conf()
    assert c["enabled"] is True and c["quarter_in_city"] is True
    assert fold_str("مستشفى") in c["heads"] and fold_str("سجن") not in c["heads"]


def test_a_quarter_told_with_its_city_is_the_place(pipe, switch, monkeypatch):
    """`quarter_in_city`: the act told in a quarter, its city right after: the quarter; off (or all off): the city."""
    text = QUARTER.format(prep="في")
    switch(True)
    assert _place(pipe, text, "casualties") == ("حي القصور", 49)
    conf = dict(civil_site.conf(), quarter_in_city=False)
    monkeypatch.setattr(civil_site, "conf", lambda: conf)
    assert _place(pipe, text, "casualties") == ("حمص", 70)
    switch(False)
    assert _place(pipe, text, "casualties") == ("حمص", 70)


def test_near_a_quarter_leaves_the_city(pipe, switch):
    switch(True)
    assert _place(pipe, QUARTER.format(prep="قرب"), "casualties")[0] == "حمص"
