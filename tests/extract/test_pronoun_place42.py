"""A placeless act whose clause holds a place pronoun takes the town told before it in its sentence, across «في حين»
(stop 42, helper repel; pronoun_place.py, data/events/pronoun_place.json `enabled`). Our own sentences, run through
the whole pipeline; every span checked (piped.piped_events)."""
from __future__ import annotations

import pytest

from marsad.arabic.normalize import fold_str
from marsad.extract.events import pronoun_place
from piped import asserted_places as _places

# an act with a place before «في حين», a repelled storming with only a pronoun after it
REPELLED = ("قصفت مدفعية قوات النظام مدينة معرة النعمان بعشرات القذائف مساء الخميس، في حين صدّ مقاتلو المعارضة "
            "هجوماً جديداً لاقتحامها من الجهة الشرقية.")
# no act with a place before: the town is where people live
BEARING = "تعيش عائلات نازحة كثيرة في مدينة سراقب، في حين ألقت المروحيات الحكومية براميل متفجرة على أطرافها."
# no pronoun: a parallel story keeps no place of the one before
PARALLEL = ("قصفت مدفعية قوات النظام مدينة معرة النعمان بعشرات القذائف مساء الخميس، في حين صدّ مقاتلو المعارضة "
            "هجوماً جديداً من الجهة الشرقية.")


@pytest.fixture
def switch(monkeypatch):
    """pronoun_place's `enabled` as given."""
    def set_(on: bool):
        conf = dict(pronoun_place.conf(), enabled=on)
        monkeypatch.setattr(pronoun_place, "conf", lambda: conf)
    return set_


@pytest.mark.parametrize("text,typ,place,off", [
    (REPELLED, "armed_clash", ("معرة النعمان", 30), [None]),
    (BEARING, "airstrike", ("سراقب", 33), []),
])
def test_the_pronoun_s_town_is_the_place(pipe, switch, text, typ, place, off):
    switch(True)
    assert _places(pipe, text, typ) == [place]
    switch(False)
    assert _places(pipe, text, typ) == off  # placeless: no place, or dropped as vague


def test_no_pronoun_no_borrowing(pipe, switch):
    switch(True)
    assert _places(pipe, PARALLEL, "armed_clash") == [None]


def test_a_force_noun_carries_the_doers_pronoun_not_the_towns():
    # (review42 F17) the pronoun on a force's own noun is the doer's, with a «ل/و» before it or not; an object of the
    # act («لاقتحامها», «أطرافها») keeps it a place pronoun
    from marsad.extract.events import pronoun_place
    c = pronoun_place.conf()
    assert [pronoun_place._a_force(fold_str(w), c) for w in ("لقواتها", "مقاتليها", "وعناصرها", "طائراتها")] == \
        [True, True, True, True]
    assert [pronoun_place._a_force(fold_str(w), c) for w in ("لاقتحامها", "أطرافها", "أحيائها")] == [False, False, False]
