"""One incident told twice, coarse then fine (stop 36, helper tell; finer_place.py): the lead names an area, a later
telling of the same record names a place inside it, and the record keeps the finer place. Our own sentences, run
through the whole pipeline; every span checked (piped.piped_events)."""
from __future__ import annotations

import pytest

from piped import piped_events as _piped


def _one(pipe, text, typ):
    evs = [e for e in _piped(pipe, text) if e["type"] == typ and e["modality"] == "asserted"]
    assert len(evs) == 1, evs
    p = evs[0]["place"]
    assert p is None or p.get("start") is None or text[p["start"]:p["end"]] == p["surface"]
    return p


@pytest.mark.parametrize("text,typ,place", [
    # the village named in the source's own phrase, «حيث وقعت الغارات»: the lead gave the governorate
    ("شنت الطائرات الحربية غارات على محافظة درعا يوم الثلاثاء. وأفاد مصدر من قرية الغارية الغربية، حيث وقعت "
     "الغارات، بأن الضربات دمرت منزلين.", "airstrike", "الغارية الغربية"),
    # barrels on a governorate, then the town their telling comes from, in a later sentence that names them again
    ("أسقطت طائرة مروحية تابعة للنظام برميلين على محافظة إدلب يوم الأحد. ونقل ناشطون من بلدة سراقب أن البرميلين "
     "دمرا مدرسة ومحلات.", "airstrike", "سراقب"),
    # a later sentence listing three towns of the area gives its first (the README's «a list of villages (the first)»;
    # stop 37 lifted the guard that spread the act over the area)
    ("قصفت قوات النظام ريف حلب الجنوبي بالمدفعية يوم الجمعة. وأوضح ناشطون أن القصف طال بلدات الحاضر والعيس وتل "
     "حدية.", "shelling", "الحاضر"),
])
def test_a_later_telling_inside_the_lead_s_area_gives_the_place(pipe, text, typ, place):
    assert _one(pipe, text, typ)["surface"] == place


@pytest.mark.parametrize("text,typ,place", [
    # a town of another governorate told later is not inside the lead's area
    ("شنت الطائرات الحربية غارات على محافظة درعا يوم الثلاثاء. وأفاد مصدر من مدينة حمص بأن الغارات دمرت منزلين.",
     "airstrike", "درعا"),
    # the country is no area here: a village told later may be another act's
    ("شنت الطائرات الحربية غارات على سوريا يوم الثلاثاء. وأفاد مصدر من قرية الغارية الغربية، حيث وقعت الغارات، "
     "بأن الضربات دمرت منزلين.", "airstrike", "سوريا"),
])
def test_the_lead_s_place_stays_when_the_later_one_is_not_inside_it(pipe, text, typ, place):
    assert _one(pipe, text, typ)["surface"] == place
