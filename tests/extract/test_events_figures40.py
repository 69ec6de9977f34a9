"""Figures of stop 40 (issue 10, helper fig): a vague, approximate or «more than» toll takes the count its own source
gives later inside that range, and the record that held that count as a second telling goes (vague_told.py, data/
events/vague_told.json). Our own sentences, run through the whole pipeline; every span checked (piped.piped_events);
each switch in both states."""
from __future__ import annotations

import pytest

from marsad.extract.events import vague_told
from piped import conf_with, dead as _dead, piped_events as _piped


VAGUE = ("قُتل العشرات من سكان بلدة كفرسجنة صباح الأحد في قصف مدفعي استهدف سوقها الشعبي، بحسب المرصد. "
         "وأوضح المرصد في تقرير لاحق أن 43 من السكان قضوا في القصف، وأن عمال الدفاع المدني يواصلون رفع الأنقاض.")
ABOUT = ("أودت غارات جوية على بلدة حزانو مساء السبت بحياة قرابة 30 شخصاً، وفق الدفاع المدني. "
         "وقال الدفاع المدني لاحقاً إن حصيلة الغارات بلغت 28 قتيلاً على الأقل، بينهم نساء.")
MORE = ("اندلعت مواجهات عنيفة قرب بلدة الحاضر بين الجيش ومسلحين محليين سقط فيها ما يزيد على 60 قتيلاً، بحسب المرصد. "
        "وأحصى المرصد مساء اليوم 64 قتيلاً من الجانبين في تلك المواجهات.")


@pytest.mark.parametrize("text,typ,low,high", [
    (VAGUE, "shelling", 43, 43),  # «العشرات» -> the observatory's own «43»
    (ABOUT, "airstrike", 28, None),  # «قرابة 30» -> «28 … على الأقل»
    (MORE, "armed_clash", 64, 64),  # «ما يزيد على 60» -> «64»
])
def test_a_vague_toll_takes_the_count_its_source_gives_later(pipe, text, typ, low, high):
    evs = [e for e in _piped(pipe, text) if e.get("fatalities")]
    assert len(evs) == 1, evs
    assert evs[0]["type"] == typ and _dead(evs[0]) == (low, high)
    q = evs[0]["quantity"]
    assert text[q["start"]:q["end"]] == q["surface"] and q["start"] > text.index(". ")


@pytest.mark.parametrize("text,low,high", [
    # another source's count: the first telling's figure stays (README stop 34: two sources' tolls)
    ("قُتل العشرات من سكان بلدة كفرسجنة صباح الأحد في قصف مدفعي استهدف سوقها، بحسب الدفاع المدني. "
     "أما المرصد فأحصى 43 قتيلاً في القصف ذاته، وقال إن العدد مرشح للارتفاع.", 20, 90),
    # a counted minimum («على الأقل») is no range: a later count is another telling
    ("انفجرت عبوة ناسفة في سوق بلدة الغندورة ظهر الإثنين فقتلت ستة أشخاص على الأقل. "
     "وتحدث ناشطون عن ثمانية قتلى في الانفجار.", 6, None),
    # the wounded and a part are not the dead's count
    ("أودت غارات جوية على بلدة حزانو مساء السبت بحياة العشرات، وفق الدفاع المدني. "
     "وقال الدفاع المدني إن 55 شخصاً أصيبوا بجروح.", 20, 90),
])
def test_a_later_number_that_is_not_the_same_count_leaves_the_toll(pipe, text, low, high):
    evs = [e for e in _piped(pipe, text) if e.get("fatalities")]
    assert evs and _dead(evs[0]) == (low, high), evs


@pytest.mark.parametrize("part", [
    "وأوضح المرصد أن بينهم 25 طفلاً، وأن عمال الدفاع المدني يواصلون رفع الأنقاض.",
    # (review40) a sentence that tells the shelling again, so the part is read: «بينهم» (cues.json subset_words)
    "وأوضح المرصد أن القصف أوقع قتلى بينهم 25 طفلاً، وأن عمال الدفاع المدني يواصلون رفع الأنقاض.",
    "وأوضح المرصد أن القصف أوقع قتلى منهم 25 طفلاً، وأن عمال الدفاع المدني يواصلون رفع الأنقاض.",
])
def test_a_part_of_the_toll_is_not_taken(pipe, part):
    text = "قُتل العشرات من سكان بلدة كفرسجنة صباح الأحد في قصف مدفعي استهدف سوقها الشعبي، بحسب المرصد. " + part
    evs = [e for e in _piped(pipe, text) if e.get("fatalities")]
    assert evs and _dead(evs[0]) == (20, 90), evs


def test_the_twin_that_held_the_count_goes(pipe, monkeypatch):
    conf_with(monkeypatch, vague_told, twin=True)
    evs = _piped(pipe, MORE)
    assert len([e for e in evs if e.get("fatalities")]) == 1, evs
    conf_with(monkeypatch, vague_told, twin=False)
    evs = _piped(pipe, MORE)
    held = [e for e in evs if _dead(e) == (64, 64)]
    assert len(held) == 2, evs  # (the clash takes 64, the second telling keeps it)


def test_the_vague_toll_switched_off(pipe, monkeypatch):
    conf_with(monkeypatch, vague_told, enabled=False)
    evs = [e for e in _piped(pipe, VAGUE) if e["type"] == "shelling"]
    assert len(evs) == 1 and _dead(evs[0]) == (20, 90), evs
