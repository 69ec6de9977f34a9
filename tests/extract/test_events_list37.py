"""A later telling that lists three or more places inside the lead's area places the act at the first of them (stop 37,
the lead: the events probe README's convention «a list of villages (the first)»; `bench_figure_fixes.py --fix list`)."""
from __future__ import annotations

import pytest

from piped import piped_events, type_place


@pytest.mark.parametrize("text,typ,place", [
    # an anaphor's telling names four villages of the lead's district
    ("شنت مروحيات النظام غارات على قرى ريف إدلب الجنوبي صباح اليوم. واستهدفت الغارات قرى كفرنبل وحاس وكفرسجنة "
     "والركايا.", "airstrike", "كفرنبل"),
    # a later sentence lists three towns where the shells fell, the lead named the countryside
    ("قصفت قوات النظام بالمدفعية ريف درعا الشرقي. وسقطت القذائف على بلدات الحراك وناحتة والمليحة الغربية.",
     "shelling", "الحراك"),
])
def test_a_list_in_the_leads_area_takes_its_first(pipe, text, typ, place):
    evs = piped_events(pipe, text)
    got = [e for e in evs if e["type"] == typ]
    assert len(got) == 1 or len({e.get("group") for e in got}) == 1 and got[0].get("group")  # one act (a group of places)
    p = got[0]["place"]
    assert p["surface"] == place and text[p["start"]:p["end"]] == place


def test_a_pair_still_takes_its_first(pipe):
    text = "قصفت قوات النظام ريف حمص الشمالي. وسقطت القذائف على قريتي تلبيسة والغنطو."
    assert [t for t in type_place(piped_events(pipe, text)) if t[0] == "shelling"] == [("shelling", "تلبيسة")]
