"""Gold events of which the rules found nothing of their type (stop 42, helper never; types.json `flagged_triggers`
groups `kidnapped`, `wrest_verb`), on our own sentences, with each switch on and off:

- `kidnapped`: the passive «خُطف» folds to the verbal noun «خطف», which was listed by hand needing a gunmen word,
  so a kidnapping told by the passive with its victim, day or circumstance was no arrest. The form is read as the
  verb when a gunman word, the people taken, a time word or a preposition of place follows within 20 characters; a
  habit noun («عمليات خطف متبادلة») or the noun with the article («حوادث الخطف») has none and stays nothing.
- `wrest_verb` (off in the file: no match more on today's rules): «انتزع» takes ground from retake's wider list and
  a dual, heights, wells or «كلاً من».
Off, each gives the rules' older reading back."""
from __future__ import annotations

import pytest

from marsad.extract.events.vocab import _with_flagged, load_types
from piped import flagged_runner, flagged_switched

GROUPS = ("kidnapped", "wrest_verb")
PASSIVE_DAY = "وفي حادثة أخرى، خُطف المهندس سامر العلي صباح الثلاثاء قرب بلدة المسيفرة أثناء عودته إلى منزله."
PASSIVE_PREP = "ذكرت مصادر محلية أن الطبيب خُطف في طريق عودته إلى عيادته ببلدة الكرك الشرقي."
PASSIVE_BARE = "وكان التاجر قد خطف على الطريق الواصل بين بصرى الشام ومعربة مساء الأحد."
DUAL = "وانتزع مقاتلو الفصائل حاجزي الصوامع والمداجن شمال كفرنبودة فجر الأحد."
WELLS = "انتزعوا آبار النفط قرب الشدادي صباح الجمعة."
LISTED = "وانتزع الثوار كلاً من المشيرفة وتل الصخر قرب كفرنبودة."


@pytest.fixture(scope="module")
def on():
    return flagged_runner(GROUPS, True, "2024-05-14")


@pytest.fixture(scope="module")
def off():
    return flagged_runner(GROUPS, False, "2024-05-14")


@pytest.mark.parametrize("text, want", [
    (PASSIVE_DAY, [("arrest", "المسيفرة", None, "خُطف")]),
    (PASSIVE_PREP, [("arrest", "الكرك الشرقي", None, "خُطف")]),
    (PASSIVE_BARE, [("arrest", "بصرى الشام", None, "خطف")]),
    (DUAL, [("territory_change", "كفرنبودة", None, "انتزع")]),
    (WELLS, [("territory_change", "الشدادي", None, "انتزعوا")]),
    (LISTED, [("territory_change", "كفرنبودة", None, "انتزع")]),
])
def test_found_on_not_off(on, off, text, want):
    assert on(text) == want
    assert off(text) == []


@pytest.mark.parametrize("text", [
    "تشهد المنطقة منذ أشهر عمليات خطف متبادلة بين العشائر.",  # a habit noun: nothing after it
    "تصاعدت حوادث الخطف في ريف المحافظة خلال الشهر الماضي.",  # the article: a noun
    "انتزع الفريق الفوز في الدقيقة الأخيرة من المباراة.",  # no ground
    "انتزع المحامي اعترافاً من الشاهد أمام المحكمة.",
])
@pytest.mark.parametrize("state", [True, False])
def test_no_act_either_way(on, off, text, state):
    assert (on if state else off)(text) == []


def test_the_gunmen_reading_stays_either_way(on, off):
    text = "خطف مسلحون مجهولون شاباً قرب بلدة المسيفرة مساء الخميس."
    assert on(text) == off(text) == [("arrest", "المسيفرة", None, "خطف")]


def test_the_flags():
    types = load_types()
    assert types["flagged_triggers"]["kidnapped"]["enabled"] is True
    assert types["flagged_triggers"]["wrest_verb"]["enabled"] is False  # (the gate's today table: no match more)
    on = _with_flagged(flagged_switched(types, GROUPS, True))
    off = _with_flagged(flagged_switched(types, GROUPS, False))
    assert on["arrest"]["triggers"]["خطف"].startswith("verb reach=20 ")
    assert off["arrest"]["triggers"]["خطف"] == types["types"]["arrest"]["triggers"]["خطف"]
    assert "حاجزي" in on["territory_change"]["lemmas"]["انتزع"]
    assert off["territory_change"]["lemmas"]["انتزع"] == types["types"]["territory_change"]["lemmas"]["انتزع"]
