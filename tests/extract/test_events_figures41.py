"""Figures of stop 41 (issue 10, helper fig): a total told first and split by place in a later telling; the record at a
part's place takes the part told there, not the total (place_part.py, data/events/place_part.json). Our own sentences,
run through the whole pipeline; every span checked (piped.piped_events); each switch in both states, each test setting
the state it tests (piped.conf_with): flipping a data file's switch changes only test_the_switches_ship_on."""
from __future__ import annotations

import pytest

from marsad.extract.events import blast_dead, place_part
from piped import conf_with, dead as _dead, piped_events as _piped


def _with(monkeypatch, **kw):
    """place_part switched on (its twin too) with `kw` over that."""
    conf_with(monkeypatch, place_part, **dict({"enabled": True, "twin": True}, **kw))


def test_the_switches_ship_on():
    # the state the data files ship: the lead's fresh-set check may flip one, and then only this test changes
    assert (place_part.conf()["enabled"], place_part.conf()["twin"], blast_dead.conf()["enabled"]) == (True, True, True)


# the lead's area, then the parts by town: the record moved to the first town is that town's strike
AREA = ("قُتل أحد عشر مدنياً يوم الثلاثاء بغارات للطائرات الحربية استهدفت قرى ريف إدلب الجنوبي. وذكر الدفاع المدني أن "
        "سبعة منهم سقطوا في غارات على بلدة كفرنبل، وأربعة في قصف على قرية حاس.")
# the lead's two towns, then one town's own toll (a subset of it, «بينهم طفلان», is not taken)
TWO = ("قضى عشرة مدنيين مساء الخميس بغارات روسية استهدفت بلدتي معرشورين وتلمنس. وقال مراسل محلي إن الغارات التي طالت "
       "معرشورين أودت بحياة ستة مدنيين بينهم طفلان. وفي تلمنس، قُتل أربعة مدنيين.")
# a strike count over two countries, then the times the aircraft struck in one («N مرات»: the lead's stop-41 ruling)
TIMES = ("التحالف يشن 19 غارة على التنظيم في سوريا والعراق\nقال التحالف إنه نفذ 19 ضربة جوية على مواقع التنظيم في "
         "البلدين. وأفاد بيان التحالف بأن طائراته أغارت في سوريا 7 مرات على أهداف قرب الميادين والبوكمال، وأنه نفذ 12 "
         "ضربة في العراق.")


@pytest.mark.parametrize("text,place,low", [(AREA, "كفرنبل", 7), (TWO, "معرشورين", 6)])
def test_the_record_at_a_part_takes_the_part(pipe, monkeypatch, text, place, low):
    _with(monkeypatch)
    evs = [e for e in _piped(pipe, text) if (e.get("place") or {}).get("surface") == place]
    assert len(evs) == 1 and evs[0]["type"] == "airstrike" and _dead(evs[0]) == (low, low), evs
    q = evs[0]["quantity"]
    assert text[q["start"]:q["end"]] == q["surface"] and q["start"] > text.index(". ")


def test_a_strike_count_takes_the_times_told_at_its_place(pipe, monkeypatch):
    _with(monkeypatch)
    evs = [e for e in _piped(pipe, TIMES) if (e.get("place") or {}).get("surface") == "سوريا"]
    assert len(evs) == 1 and (evs[0]["count"]["low"], evs[0]["count"]["high"]) == (7, 7), evs
    q = evs[0]["quantity"]
    assert TIMES[q["start"]:q["end"]] == q["surface"] == "7"


@pytest.mark.parametrize("text", [
    # the wounded at the place are not a part of the dead
    "قُتل تسعة مدنيين مساء الأحد بقذائف مدفعية استهدفت قرى ريف حماة الشمالي. وأفاد ناشطون بأن القصف طال بلدة كفرزيتا "
    "وجرح 3 من سكانها.",
    # the toll told of this town alone: a later smaller number there is another matter
    "قُتل تسعة مدنيين مساء الأحد بقذائف مدفعية استهدفت بلدة كفرزيتا. وكان ثلاثة من سكان كفرزيتا قد قتلوا الأسبوع الماضي.",
    # a subset of the dead («وبينهم 4 أطفال»)
    "قُتل تسعة مدنيين مساء الأحد بقذائف مدفعية استهدفت قرى ريف حماة الشمالي. وقال المرصد إن القتلى سقطوا في بلدة "
    "كفرزيتا، وبينهم 4 أطفال.",
])
def test_a_number_that_is_no_part_leaves_the_figure(pipe, monkeypatch, text):
    _with(monkeypatch)
    evs = [e for e in _piped(pipe, text) if e["type"] == "shelling"]
    assert len(evs) == 1 and _dead(evs[0]) == (9, 9), evs


def test_switched_off_the_total_stays(pipe, monkeypatch):
    _with(monkeypatch, enabled=False)
    evs = [e for e in _piped(pipe, AREA) if (e.get("place") or {}).get("surface") == "كفرنبل"]
    assert [_dead(e) for e in evs] == [(11, 11)], evs


SAME = ("أفاد المرصد يوم السبت بمقتل ستة مدنيين بغارات للطائرات الحربية استهدفت قرى ريف إدلب الشرقي. وبيّن المرصد أن "
        "إحدى الغارات استهدفت مخبزاً في بلدة بنش وقتلت أربعة منهم، بينما قتلت غارة أخرى مدنيين اثنين في قرية سرمين.")


def test_the_parts_own_record_takes_the_total_in(pipe, monkeypatch):
    _with(monkeypatch, twin=True)
    at = [e for e in _piped(pipe, SAME) if (e.get("place") or {}).get("surface") == "بنش"]
    assert [_dead(e) for e in at] == [(4, 4)], at
    _with(monkeypatch, twin=False)
    from marsad.extract.events import coarse_told
    monkeypatch.setattr(coarse_told, "_lead_conf", lambda: (False, 1, 3))
    at = [e for e in _piped(pipe, SAME) if (e.get("place") or {}).get("surface") == "بنش"]
    assert [_dead(e) for e in at] == [(4, 4), (4, 4)], at  # (the lead's record and the part's own, one incident)
    # (stop 43's coarse_told lead_retold on: the part's own record, told after the lead at its place with its figure,
    # is the lead's act told again: one record)
    monkeypatch.setattr(coarse_told, "_lead_conf", lambda: (True, 1, 3))
    at = [e for e in _piped(pipe, SAME) if (e.get("place") or {}).get("surface") == "بنش"]
    assert [_dead(e) for e in at] == [(4, 4)], at


# blast_dead.py: a figureless explosion takes the dead its own sentence tells

# the explosion the subject of the killing, the dead given by the rules to the clash told after it
SUBJECT = ("اقتحم مسلحو التنظيم بلدة مسكنة صباح الجمعة إثر تفجير سيارة مفخخة عند مدخلها الغربي أوقع ستة قتلى، واندلعت "
           "بعد ذلك اشتباكات بين المهاجمين وحرس البلدة.")
# the dead the subject of a killing verb told after an aside, the explosion their cause
ASIDE = "وكان 5 من حراس محطة الضخ، أحدهم فتى، قد قُتلوا في 12 آذار/مارس بانفجار لغم أرضي قرب قرية الخفسة."


def _blast(pipe, text):
    evs = [e for e in _piped(pipe, text) if e["type"] == "explosion"]
    assert len(evs) == 1, evs
    return evs[0]


@pytest.mark.parametrize("text,low,surface", [(SUBJECT, 6, "ستة"), (ASIDE, 5, "5")])
def test_an_explosion_takes_its_own_sentences_dead(pipe, monkeypatch, text, low, surface):
    conf_with(monkeypatch, blast_dead, enabled=True)
    e = _blast(pipe, text)
    assert _dead(e) == (low, low), e
    q = e["quantity"]
    assert text[q["start"]:q["end"]] == q["surface"] == surface
    conf_with(monkeypatch, blast_dead, enabled=False)
    assert _blast(pipe, text).get("fatalities") is None


@pytest.mark.parametrize("text", [
    # the wounded are not its dead
    "انفجرت عبوة لاصقة بحافلة ركاب عند مفرق بلدة صوران مساء السبت، وأصيب عشرة أشخاص بجروح، وسط ترجيحات بارتفاع عدد القتلى.",
    # the dead of another act told after it
    "انفجرت عبوة ناسفة في سوق بلدة الغندورة ظهراً، ثم شنت الطائرات غارة على الحي نفسه قتلت أربعة مدنيين.",
    # a dual is no figure
    "قُتل عنصران من الشرطة بانفجار لغم أرضي قرب بلدة مسكنة.",
])
def test_numbers_that_are_not_the_explosions_dead_leave_it_without(pipe, monkeypatch, text):
    conf_with(monkeypatch, blast_dead, enabled=True)
    assert _blast(pipe, text).get("fatalities") is None
