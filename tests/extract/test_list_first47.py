"""A one-place record at a later member of a list of places is placed at the list's first (stop 47, helper level47;
list_first.py, data/events/list_first.json `enabled`). Our own sentences through the whole pipeline; every span
checked (piped.piped_events)."""
from __future__ import annotations

import pytest

from marsad.extract.events import list_first
from piped import piped_events

# one raid on two villages, its arrests told «فيهما»: one record, the rules take the village nearer the verb
RAID = ("اقتحمت دورية من الشرطة العسكرية قريتي كفرنبل وحاس في ريف إدلب فجر الأحد، "
        "واعتقلت فيهما أربعة عشر شاباً.")
# a list the rules split into one record a place (`group`): left as it is
SPLIT = ("شنت طائرات حربية غارات على سراقب وكفرنبل وحاس صباح اليوم، "
         "وقتلت خمسة مدنيين.")


@pytest.fixture
def enabled(monkeypatch):
    """list_first's switch as given."""
    def set_(on: bool):
        conf = dict(list_first.conf(), enabled=on)
        monkeypatch.setattr(list_first, "conf", lambda: conf)
    return set_


def _places(pipe, text: str, typ: str) -> list[tuple]:
    return [((e["place"] or {}).get("surface"), (e["place"] or {}).get("start"))
            for e in piped_events(pipe, text) if e["type"] == typ]


def test_the_list_s_first_place_is_the_place(pipe, enabled):
    enabled(True)
    assert _places(pipe, RAID, "arrest") == [("كفرنبل", 38)]
    enabled(False)
    assert _places(pipe, RAID, "arrest") == [("حاس", 46)]


@pytest.mark.parametrize("on", [True, False])
def test_a_list_split_by_place_is_left_alone(pipe, enabled, on):
    enabled(on)
    assert _places(pipe, SPLIT, "airstrike") == [("سراقب", 27), ("كفرنبل", 34), ("حاس", 42)]
