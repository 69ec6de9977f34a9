"""Air and ground weapons told in one sentence are two incidents (stop 39, issue 10), on our own sentences: the rules
joined an air strike and a shelling joined by «و» («لغارات جوية وقصف مدفعي») as one attack (tellings.REMOTE); the
gold's writers code them as an airstrike event and a shelling event, so joins.json `air_and_ground_apart` refuses that
same-sentence join, unless the pair's clause tells a toll (one incident's dead) or the missiles are the strike's
means (no «و»). Off, the rules' one record (the air strike's) comes back."""
from __future__ import annotations

import json

import pytest

from marsad.extract.events import tellings
from marsad.extract.events.vocab import _json
from piped import piped_events, placed_brief as _brief

BOTH = "تعرضت بلدة كفرعويد القريبة من البارة مساء الخميس لغارات جوية وقصف مدفعي مكثف، بحسب ناشطين محليين."
COUNTED = "وقال الدفاع المدني إن 12 غارة و40 قذيفة استهدفت قرية البارة أمس الأربعاء."
APART = "وتعرضت قرية مرعيان لقصف مدفعي لقوات النظام، في حين أغارت مقاتلات روسية على قرية الموزرة."
TOLL = "قُتل أربعة مدنيين مساء الخميس بغارات جوية وقصف مدفعي استهدف بلدة كفرعويد القريبة من البارة."
OTHER_CLAUSE = ("تعرضت بلدة كفرعويد لغارات جوية وقصف مدفعي مكثف صباح الخميس، وقال ناشطون إن عنصرين من الفصائل قُتلا في "
                "اشتباكات على أطرافها.")
MEANS = "قصفت طائرات حربية بلدة كفرعويد بصواريخ فراغية مساء الخميس."
AGAIN = "شنت طائرات حربية ثلاث غارات على بلدة سرمين ظهر الاثنين. وأدى القصف إلى دمار منازل في البلدة."


@pytest.fixture
def off(monkeypatch):
    monkeypatch.setattr(tellings, "switched", lambda key: False)


def test_the_switch_is_on_in_the_file():
    raw = json.loads(json.dumps(_json("joins.json")))
    assert raw["air_and_ground_apart"]["enabled"] is True
    assert tellings.switched("air_and_ground_apart") is True
    assert tellings.switched("no_such_narrowing") is False


@pytest.mark.parametrize("text,place,fig,air,ground", [
    (BOTH, "كفرعويد", None, "غارات جوية", "قصف مدفعي"),
    (COUNTED, "البارة", 12, "غارة", "قذيفة"),  # (the strikes' count stays the air strike's)
])
def test_air_and_ground_in_one_sentence_are_two(pipe, text, place, fig, air, ground):
    recs = _brief(pipe, text)
    assert recs == [("airstrike", place, fig, air), ("shelling", place, None, ground)]
    shell = [e for e in piped_events(pipe, text) if e["type"] == "shelling"][0]
    assert shell["start"] == text.index(ground) and shell["end"] == text.index(ground) + len(ground)


@pytest.mark.parametrize("text,place,fig,air", [(BOTH, "كفرعويد", None, "غارات جوية"), (COUNTED, "البارة", 12, "غارة")])
def test_off_the_rules_one_attack(pipe, off, text, place, fig, air):
    assert _brief(pipe, text) == [("airstrike", place, fig, air)]


def test_parted_or_named_again_unchanged(pipe):
    # two places parted by «في حين»: two records either way; the act named again («القصف») still joins
    assert _brief(pipe, APART) == [("shelling", "مرعيان", None, "قصف مدفعي"), ("airstrike", "الموزرة", None, "أغارت")]
    recs = _brief(pipe, AGAIN)
    assert len(recs) == 1 and recs[0][:2] == ("airstrike", "سرمين")


def test_a_toll_of_the_pair_or_missiles_as_means_stay_one(pipe):
    # the dead the pair caused are one incident's; missiles the aircraft fired are its means, not a second weapon
    assert _brief(pipe, TOLL) == [("airstrike", "كفرعويد", 4, "غارات جوية")]
    assert _brief(pipe, MEANS) == [("airstrike", "كفرعويد", None, "قصفت")]


def test_dead_of_another_clause_do_not_bind_the_pair(pipe):
    # the two fighters killed in clashes are told in a clause of their own: the pair is still two acts
    assert _brief(pipe, OTHER_CLAUSE) == [("airstrike", "كفرعويد", None, "غارات جوية"),
                                          ("shelling", "كفرعويد", None, "قصف مدفعي"),
                                          ("armed_clash", "كفرعويد", None, "اشتباكات")]
