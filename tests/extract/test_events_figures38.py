"""Figures of stop 38 (issue 10, helper fig3): a verb of dying with a count of people right after it tells deaths with
no cause word (mentions._died_counted, cues.json died_counted), and a taking won by fighting takes the dead a later
sentence gives that fighting by a definite noun (battle_dead.py). Our own sentences, run through the whole pipeline;
every span checked (piped.piped_events); each switch in both states."""
from __future__ import annotations

import pytest

from marsad.extract.events import battle_dead, mentions
from piped import piped_events as _piped


def _fig(e):
    f = e["fatalities"] or e["count"] or {}
    return f.get("low"), f.get("high")


@pytest.mark.parametrize("text,typ,low", [
    # «فقضى N» after the act, no cause word after the verb
    ("قصفت طائرة مسيّرة سيارة على طريق القرية أمس، فقضى أربعة رجال من عائلة واحدة.", "airstrike", 4),
    # «قضى N من …» before the act, «حين» and the act beyond the cause words' reach
    ("قضى خمسة من عناصر الحاجز مساء أمس حين استهدفت مسيرة سيارتهم قرب بلدة معرة النعمان.", "airstrike", 5),
    # «قضى فيها N»: the act told before the verb
    ("سيطرت الفصائل على بلدة تل رفعت بعد اشتباكات قضى فيها 12 مقاتلاً.", "territory_change", 12),
])
def test_a_verb_of_dying_with_a_count_of_people_tells_deaths(pipe, text, typ, low):
    evs = [e for e in _piped(pipe, text) if e["type"] == typ]
    assert len(evs) == 1, evs
    assert _fig(evs[0])[0] == low
    q = evs[0]["quantity"]
    assert text[q["start"]:q["end"]] == q["surface"]


@pytest.mark.parametrize("text", [
    "قضى الرجل ثلاث سنوات في السجن قبل أن يفرج عنه الشهر الماضي.",  # spent: a count of years, no people
    "وقضى المعتقلون خمسة أشهر في زنزانة ضيقة بلا محاكمة.",
])
def test_a_verb_of_spending_time_tells_no_deaths(pipe, text):
    assert not [e for e in _piped(pipe, text) if e["type"] == "casualties" or e.get("fatalities")]


def test_the_verb_of_dying_switched_off(pipe, monkeypatch):
    monkeypatch.setattr(mentions, "DIED_COUNTED", False)
    text = "قصفت طائرة مسيّرة سيارة على طريق القرية أمس، فقضى أربعة رجال من عائلة واحدة."
    evs = [e for e in _piped(pipe, text) if e["type"] == "airstrike"]
    assert len(evs) == 1 and not evs[0]["fatalities"]


TAKEN = ("استعادت الكتائب مساء الإثنين بلدة تل ملح الواقعة غرب المحطة إثر معارك طاحنة استمرت يومين. "
         "ونقلت وكالة محلية عن قائد ميداني أن البلدة تشكل عقدة طرق مهمة في المنطقة. "
         "وتقع البلدة على مقربة من خطوط التماس القديمة بين الطرفين. "
         "وقال المرصد إن المعارك أودت بحياة 24 مقاتلاً من الطرفين.")


def test_a_taking_takes_the_dead_of_its_fighting_told_later(pipe):
    evs = _piped(pipe, TAKEN)
    took = [e for e in evs if e["type"] == "territory_change"]
    assert len(took) == 1 and _fig(took[0])[0] == 24, evs
    assert not [e for e in evs if e["type"] == "armed_clash" and e.get("fatalities")]
    q = took[0]["quantity"]
    assert TAKEN[q["start"]:q["end"]] == q["surface"] and q["start"] > TAKEN.index("وقال")


def test_the_dead_of_fighting_at_another_place_stay_their_own(pipe):
    text = ("استعادت الكتائب مساء الإثنين بلدة تل ملح الواقعة غرب المحطة إثر معارك طاحنة استمرت يومين. "
            "وفي ريف إدلب الشرقي، قُتل سبعة عناصر في المواجهات الدائرة قرب مدينة سراقب منذ الصباح.")
    took = [e for e in _piped(pipe, text) if e["type"] == "territory_change"]
    assert len(took) == 1 and not took[0]["fatalities"] and not took[0]["count"]


def test_the_battle_dead_switched_off(pipe, monkeypatch):
    monkeypatch.setattr(battle_dead, "ENABLED", False)
    evs = _piped(pipe, TAKEN)
    took = [e for e in evs if e["type"] == "territory_change"]
    assert len(took) == 1 and not took[0]["fatalities"]
    assert [e for e in evs if e.get("fatalities") and _fig(e)[0] == 24]
