"""A city told first, one of its quarters told as a quarter after it in the same sentence: the act was in the quarter
(stop 43, helper coarse; same_quarter.py, data/events/same_quarter.json `enabled`). Our own sentences through the whole
pipeline; every span checked (piped.piped_events)."""
from __future__ import annotations

import json

import pytest

from marsad.extract.events import same_quarter
from piped import first_place_of as _place

# the city opens the sentence as its frame, the quarter is told as the subject, the act falls «على الحي»
SHELLED = "وفي مدينة حلب، قضى حي الشعار ليلة قاسية، إذ انهالت على الحي قذائف المدفعية فجرحت ثلاثة مدنيين."
MORTARS = "وفي مدينة دمشق، عاش حي الميدان ليلة صعبة، إذ انهالت على الحي قذائف الهاون فجرحت أربعة مدنيين."


@pytest.fixture
def enabled(monkeypatch):
    """same_quarter's switch as given (the rest as the JSON says)."""
    def set_(on: bool):
        conf = dict(same_quarter.conf(), enabled=on)
        monkeypatch.setattr(same_quarter, "conf", lambda: conf)
    return set_




@pytest.mark.parametrize("text,typ,on,off", [
    (SHELLED, "shelling", ("حي الشعار", 19), ("حلب", 10)),
    (MORTARS, "shelling", ("حي الميدان", 20), ("دمشق", 10)),
])
def test_the_quarter_told_after_its_city_is_the_place(pipe, enabled, text, typ, on, off):
    enabled(True)
    assert _place(pipe, text, typ) == on
    enabled(False)
    assert _place(pipe, text, typ) == off


def test_a_quarter_not_told_as_one_leaves_the_city(pipe, enabled):
    """«في الخالدية» with no «حي» before it: the layer's neighbourhood may be a village of the same name."""
    enabled(True)
    text = "اعتقلت قوات الأمن ستة شبان في مدينة حمص مساء الإثنين بعد مداهمة منازلهم في الخالدية."
    assert _place(pipe, text, "arrest")[0] == "حمص"


def test_a_quarter_past_another_act_is_that_act_s(pipe, enabled):
    enabled(True)
    text = "قصفت المدفعية مدينة حلب صباح الأحد، فيما سيطرت فصائل المعارضة على حي الشعار في اليوم نفسه."
    assert _place(pipe, text, "shelling")[0] == "حلب"


@pytest.mark.parametrize("text,typ,place", [
    # the quarter is where another act (a raid, an arrest) is placed
    ("تظاهر مئات من الأهالي وسط مدينة حماة مساء الخميس، ثم داهمت قوات الأمن حي الحاضر واعتقلت عشرين شاباً.",
     "protest", "حماة"),
    # a prison is no city, though the layer gives it a town's level
    ("دارت اشتباكات عنيفة قرب سجن حلب المركزي في حي الشيخ نجار بين الحراس ومسلحين مجهولين صباح الثلاثاء.",
     "armed_clash", "سجن حلب المركزي"),
])
def test_another_act_s_quarter_or_a_site_s_stays(pipe, enabled, text, typ, place):
    enabled(True)
    assert _place(pipe, text, typ)[0] == place


def test_the_switch_is_in_the_json():
    raw = json.loads(same_quarter.DATA.read_text(encoding="utf-8"))
    assert raw["enabled"] is True and "حي" in raw["words"]
