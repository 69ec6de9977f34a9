"""A town told only as the reference of a locating phrase («قرب مدينة X», «قرية تقع شرق X») is not where the act was
when the very next sentence tells the located spot again at a town of X's governorate (stop 44, helper place44;
ref_town.py, data/events/ref_town.json `enabled`). Our own sentences through the whole pipeline; every span checked
(piped.piped_events)."""
from __future__ import annotations

import pytest

from marsad.extract.events import ref_town
from piped import first_place_of as _place

# a school near the city is hit; the next sentence tells the school again, in a town of the city's governorate
SCHOOL = ("قصفت طائرات حربية مدرسة قرب مدينة إدلب ظهر الأحد فقتلت أربعة مدنيين. "
          "وقال ناشطون إن المدرسة المستهدفة تقع في بلدة سرمين وإنها تضررت بشدة.")
# a post to the east of a town is attacked; the next sentence tells the post again at a village
POST = ("هاجم مسلحون مجهولون حاجزاً عسكرياً إلى الشرق من مدينة درعا فجر الإثنين. "
        "وأوضح مصدر محلي أن الحاجز يقع عند مدخل بلدة النعيمة.")


@pytest.fixture
def enabled(monkeypatch):
    """ref_town's switch as given (the rest as the JSON says)."""
    def set_(on: bool):
        monkeypatch.setattr(ref_town, "FLAGS", {"enabled": on})
    return set_




@pytest.mark.parametrize("text,typ,on,off", [
    (SCHOOL, "airstrike", "سرمين", "إدلب"),
    (POST, "armed_clash", "النعيمة", "درعا"),
])
def test_the_spot_told_next_is_the_place(pipe, enabled, text, typ, on, off):
    enabled(True)
    got = _place(pipe, text, typ)
    assert got == (on, text.index(on, text.index(". ")))
    enabled(False)
    assert _place(pipe, text, typ) == (off, text.index(off))


@pytest.mark.parametrize("text,typ,place", [
    # the spot is not told again: the town named next is another matter's
    ("قصفت طائرات حربية خياماً للنازحين قرب مدينة إدلب ظهر الأحد فقتلت أربعة مدنيين. "
     "وانتشرت دوريات للشرطة في شوارع بلدة سرمين.", "airstrike", "إدلب"),
    # another act of the kind told next («أيضاً»)
    ("قصفت طائرات حربية مدرسة قرب مدينة إدلب ظهر الأحد فقتلت أربعة مدنيين. "
     "وقصفت الطائرات أيضاً مدرسة أخرى في بلدة سرمين.", "airstrike", "إدلب"),
    # the town is where the act was («في»), not a reference
    ("قصفت طائرات حربية مدرسة في مدينة إدلب ظهر الأحد فقتلت أربعة مدنيين. "
     "وقال ناشطون إن المدرسة قريبة من بلدة سرمين.", "airstrike", "إدلب"),
])
def test_the_reference_town_stays(pipe, enabled, text, typ, place):
    enabled(True)
    assert _place(pipe, text, typ)[0] == place
