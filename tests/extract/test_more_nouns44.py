"""More words that mark a place the gazetteer lacks (stop 44, helper find44; unlisted.py, cues.json unlisted_places
`more_nouns`): «أحياء X وY وZ» with Z a quarter the layer knows, «حارة X», a camp or a camp of troops named alone,
and the names a list opener («من بينها», «هي:») brings in after a plural or counted town noun. Our own sentences
through the whole pipeline, with the switch on and off; every span checked (piped.piped_events)."""
from __future__ import annotations

import pytest

from marsad.extract.events import unlisted
from piped import asserted_places as _places, flag_fixture, piped_events as _piped

QUARTERS = "ألقت المروحيات براميل متفجرة على أحياء القرنفلة والسنابل والشعار في مدينة حلب، ما أوقع تسعة قتلى."
HARA = "قصفت طائرات التحالف حارة السنابل وسط مدينة الرقة فقتلت ستة مدنيين."
CAMP = "سقطت قذيفتان على محيط مخيم السنابل فجر الأحد، فجرحت امرأة وطفلها."
BARRACKS = "انتزع مقاتلو المعارضة صباح الخميس معسكر القرنفلة، وهو آخر مواقع القوات الحكومية في المنطقة."
OPENER = "سيطرت الفصائل على سبع قرى بريف إدلب الجنوبي، من بينها القرنفلة والسنابل، إثر قتال استمر يومين."


switch = flag_fixture(unlisted.FLAGS, "more_nouns")


@pytest.mark.parametrize("text,typ,on,off", [
    (QUARTERS, "airstrike", ("القرنفلة", 39), ("الشعار", 58)),  # a list's first quarter, the layer's last
    (HARA, "airstrike", ("السنابل", 25), ("الرقة", 43)),
    (CAMP, "shelling", ("السنابل", 27), None),
    (BARRACKS, "territory_change", ("القرنفلة", 40), None),
    (OPENER, "territory_change", ("القرنفلة", 54), ("ريف إدلب الجنوبي", 27)),
])
def test_a_name_its_noun_marks_is_the_place(pipe, switch, text, typ, on, off):
    switch(True)
    assert _places(pipe, text, typ)[0] == on
    switch(False)
    assert _places(pipe, text, typ)[0] == off


@pytest.mark.parametrize("text,typ,place", [
    # «أحياء» with no list running into a known quarter: a description, no name
    ("قصفت المدفعية أحياء المدينة الشرقية بعشرات القذائف، فقُتل أربعة مدنيين.", "shelling", None),
    # a police post is no named site: the town it stands in is the place
    ("اعتقلت دورية من مخفر الشرطة ببلدة نوى غرب درعا أربعة شبان.", "arrest", ("نوى", 34)),
])
def test_what_names_no_place_is_left(pipe, switch, text, typ, place):
    for on in (True, False):
        switch(on)
        assert _places(pipe, text, typ)[0] == place


def test_an_opener_after_a_clause_brings_in_no_list(pipe, switch):
    """«…من مناطق عدة في سوريا، ثم سلّموا …، وهي ثاني دفعة»: a comma and a clause between the noun and «وهي»."""
    text = ("أعلن 30 عسكرياً انشقاقهم وبلغوا مدينة إدلب آتين من مناطق عدة في سوريا، ثم سلّموا بنادقهم للفصائل، "
            "وهي ثاني دفعة خلال شهر.")
    for on in (True, False):
        switch(on)
        got = [e.get("place") for e in _piped(pipe, text)]
        assert all(p is None or "دفعة" not in p["surface"] for p in got)
