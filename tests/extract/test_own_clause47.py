"""A second verb is a mention of its own (stop 47, data/events/own_clause.json): a verb of reaching that opens a clause
after an act («…، كما طالت مدينة X») is a mention of that act's type, and the act named again as its subject at a town
of its own («، وطال القصف بلدة Y») is not joined into the act before it. With the switches off the second town's act is
lost into the first's record. Our own sentences."""
from __future__ import annotations

from marsad.arabic.normalize import fold_str
from marsad.extract.events import own_clause
from piped import brief

# jets on one town in the morning, then «كما طالت» a second town with no subject of its own
REACHED = ("أفاد ناشطون بأن طائرات حربية أغارت على بلدة كفرنبل صباح اليوم، "
           "كما طالت مدينة معرة النعمان بعد الظهر.")
# a raid on one town, then «وامتدت كذلك إلى» a second town
SPREAD = "داهمت دورية أمنية مدينة جاسم واعتقلت ستة شبان، وامتدت كذلك إلى بلدة نمر في ريف درعا."
# the shelling named again as the subject of «طال» at a town of its own
NAMED = "قُتلت امرأة بقذائف مدفعية سقطت على منازل في بلدة حزرما، وطال القصف بلدة النشابية."
# the strikes named again at a spot inside the town they hit: the same act, told again
SAME = "استهدفت طائرات حربية مدينة بنش بعد منتصف الليل، وطالت الغارات سوق بنش الشعبي."


def _acts(pipe, text: str) -> list[tuple[str, str | None, str]]:
    return brief(pipe, text, "trigger")


def _off(monkeypatch) -> None:
    """Both switches of own_clause.json off, as its `enabled` keys say."""
    on, reach = own_clause._conf(), own_clause._reach_conf()
    monkeypatch.setattr(own_clause, "_conf", lambda: dict(on, on=False))
    monkeypatch.setattr(own_clause, "_reach_conf", lambda: dict(reach, on=False))


def test_the_json_lists_the_verbs():
    conf = own_clause._reach_conf()
    assert conf["on"] and own_clause._conf()["on"]
    assert fold_str("طالت") in conf["verbs"] and fold_str("امتدت") in conf["verbs"]
    assert fold_str("قصفت") not in conf["verbs"]
    assert fold_str("طال") in own_clause._conf()["reach"]


def test_on_a_verb_of_reaching_is_an_act_at_its_town(pipe):
    assert _acts(pipe, REACHED) == [("airstrike", "كفرنبل", "أغارت"), ("airstrike", "معرة النعمان", "طالت")]
    assert _acts(pipe, SPREAD) == [("arrest", "جاسم", "اعتقلت"), ("arrest", "نمر", "وامتدت")]


def test_on_the_act_named_again_at_another_town_is_apart(pipe):
    assert _acts(pipe, NAMED) == [("shelling", "حزرما", "قذائف مدفعية"), ("shelling", "النشابية", "قصف")]


def test_the_same_town_told_again_stays_one_act(pipe):
    assert _acts(pipe, SAME) == [("airstrike", "بنش", "استهدفت")]


def test_off_the_second_town_is_lost(pipe, monkeypatch):
    _off(monkeypatch)
    assert _acts(pipe, REACHED) == [("airstrike", "كفرنبل", "أغارت")]
    assert _acts(pipe, SPREAD) == [("arrest", "جاسم", "اعتقلت")]
    assert _acts(pipe, NAMED) == [("shelling", "حزرما", "قذائف مدفعية")]
    assert _acts(pipe, SAME) == [("airstrike", "بنش", "استهدفت")]
