"""Where fire came from is not where it fell: a town told as the firing position's neighbour, or one a force is posted
in, is no place of the strike, also when its target is told by a place noun or a pronoun (stop 43, helper place;
fire_origin.py, data/events/fire_origin.json `enabled`, `near_site`, `anaphor`, `pronoun`). Our own sentences, run
through the whole pipeline; every span checked."""
from __future__ import annotations

import pytest

from marsad.extract.events import fire_origin
from piped import piped_events as _piped

NEAR = ("أصيب ثلاثة مدنيين بقصف صاروخي على بلدة كفرنبل مساء الثلاثاء. وأطلقت قوات النظام عشرة صواريخ على منازل "
        "المدنيين انطلاقاً من تجمعات لها في «الكتيبة المهجورة» بمحاذاة قرية معرزيتا.")
NOUN = ("قُتل طفلان بقصف مدفعي على قرية اللطامنة صباح اليوم. وقال ناشطون إن القوات قصفت من «حاجز الزلاقيات» القريب من "
        "بلدة حلفايا بساتين حول القرية.")
PRONOUN = ("ذكر ناشطون أن قرية الزعفرانة عرفت مناوشات ليلية بين المقاتلين والقوات النظامية المتمركزة في دير فول، عند "
           "أطراف القرية الشرقية، بينما تساقطت القذائف على بيوت الأهالي في وسطها.")
FELL_NEAR = "سقطت قذائف هاون قرب بلدة معرزيتا مساء الأحد وجرحت امرأة."


@pytest.fixture
def switch(monkeypatch):
    """fire_origin's switches as given."""
    def set_(**flags):
        monkeypatch.setattr(fire_origin, "FLAGS", dict(flags))
    return set_


def _places(pipe, text):
    out = []
    for e in _piped(pipe, text):
        if e["type"] == "shelling" and e["modality"] == "asserted":
            p = e["place"]
            assert p is None or text[p["start"]:p["end"]] == p["surface"]
            out.append((p["surface"], p["start"]) if p else None)
    return out


@pytest.mark.parametrize("text,flag,on,off", [
    # «بمحاذاة قرية Y» after «انطلاقاً من مواقعها»: where the rockets came from; the strike told again is at the town
    # of its first telling
    (NEAR, "near_site", [("كفرنبل", 39), ("كفرنبل", 39)], [("كفرنبل", 39), ("معرزيتا", 169)]),
    # «حول القرية» does not stand for the town near the checkpoint fire came from: the village told before
    (NOUN, "anaphor", [("اللطامنة", 31)], [("اللطامنة", 31), ("حلفايا", 114)]),
    # «في وسطها» does not stand for the town the force is posted in: the village the sentence is about
    (PRONOUN, "pronoun", [("الزعفرانة", 19)], [("دير فول", 92)]),
])
def test_where_fire_came_from_is_not_where_it_fell(pipe, switch, text, flag, on, off):
    switch(enabled=True, **{k: k == flag for k in ("near_site", "anaphor", "pronoun")})
    assert _places(pipe, text) == on
    switch(enabled=False)
    assert _places(pipe, text) == off


def test_fire_that_fell_near_a_town_stays_there(pipe, switch):
    switch(enabled=True, near_site=True, anaphor=True, pronoun=True)
    assert _places(pipe, FELL_NEAR) == [("معرزيتا", 25)]


def test_the_word_rule():
    switch = dict(enabled=True, near_site=True)
    fire_origin.FLAGS.update(switch)
    try:
        nouns = frozenset({"قريه", "بلده"})
        assert fire_origin.near_site(["من", "حاجز", "الزلاقيات", "القريب", "من"], nouns)
        assert fire_origin.near_site(["انطلاقا", "من", "تجمعات", "لها", "في", "الكتيبه", "بمحاذاه", "قريه"], nouns)
        assert not fire_origin.near_site(["سقطت", "قذايف", "قرب"], nouns)
        assert not fire_origin.near_site(["من", "حاجز", "الزلاقيات"], nouns)
    finally:
        fire_origin.FLAGS.clear()
