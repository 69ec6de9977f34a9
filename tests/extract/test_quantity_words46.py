"""A word of how many or how spread after a place noun is no place's name (stop 46, helper finds46; review45's find
«قرى كثيرة»): cues.json unlisted_places `quantity_words`, read by unlisted.py as `not_names`. Our own sentences
through the whole pipeline, with the switch on and off; every span checked (piped.piped_events)."""
from __future__ import annotations

import pytest

from marsad.extract.events import unlisted
from piped import asserted_places, flag_fixture

MANY = "قصفت الطائرات الحربية قرى كثيرة في ريف حماة الشمالي مساء الاثنين."
SEVERAL = "استهدفت المدفعية بلدات متعددة جنوب مدينة إدلب بعشرات القذائف."


switch = flag_fixture(unlisted.FLAGS, "quantity_words")


def _places(pipe, text, typ):
    return [p and p[0] for p in asserted_places(pipe, text, typ)]


@pytest.mark.parametrize("text,typ,on,off", [
    (MANY, "airstrike", "ريف حماة الشمالي", "كثيرة"),
    (SEVERAL, "shelling", "إدلب", "متعددة"),
])
def test_a_word_of_how_many_names_no_place(pipe, switch, text, typ, on, off):
    switch(True)
    assert _places(pipe, text, typ)[0] == on
    switch(False)
    assert _places(pipe, text, typ)[0] == off


def test_a_name_after_the_noun_is_still_read(pipe, switch):
    text = "قصفت الطائرات الحربية قرية القرنفلة جنوب مدينة إدلب فجر الأحد."
    switch(True)
    assert _places(pipe, text, "airstrike")[0] == "القرنفلة"
