"""A curfew a named body imposes or announces is its statement (issue 10, stop 43, helper stmt).

«فرضت قيادة الشرطة حظر التجول في مدينة…», «قررت المحافظة فرض حظر للتجول…»: a decision of a named body, one
statement by stop 32's rule, though no speech verb tells it (extract/events/curfew.py, data/events/curfew.json).
Not a passive («فُرض حظر»: no body named), not a curfew told in a «بينما/فيما» clause beside the sentence's news, not
a ban on something else. Our own sentences, through the whole pipeline; spans checked exactly (piped.checked_events)."""
from __future__ import annotations

import pytest

from marsad.extract.events import curfew
from piped import checked_events, file_switched_off

IMPOSED = "وفرضت قيادة الشرطة في مدينة حماة حظر تجول كاملاً يبدأ عند الثامنة مساء اليوم."
DECIDED = ("عاد الهدوء إلى الأحياء الشرقية بعد ليلة من التوتر. وعلى أثر ذلك، قررت محافظة درعا فرض حظر للتجول "
           "ليلاً في نوى حتى صباح الغد.")
ANNOUNCED = "أعلنت لجنة الأمن المحلية حظر التجول في بلدة الصنمين لثلاثة أيام متتالية."
PASSIVE = "فُرض حظر للتجول على سكان جبلة منذ مساء أمس حتى إشعار آخر."
WHILE = "قُتل خمسة عناصر من الشرطة في كمين قرب مدينة حماة، بينما فرضت المحافظة حظر التجول على أحيائها."
OTHER_BAN = "فرضت وزارة الاقتصاد حظر تصدير القمح إلى الدول المجاورة."


@pytest.fixture(autouse=True)
def _shipped_state(monkeypatch):
    """Each test runs with the switches on and the «بينما/فيما» words in, whatever the file ships."""
    for key in ("enabled", "place"):
        monkeypatch.setitem(curfew._cfg(), key, True)


def _of(pipe, text, kind="statement"):
    return [(e["trigger"], (e.get("place") or {}).get("surface"), (e.get("reported_by") or {}).get("surface"))
            for e in checked_events(pipe, text) if e["type"] == kind]


@pytest.fixture
def off(monkeypatch):
    monkeypatch.setattr(curfew, "ENABLED", False)


def test_an_imposed_curfew_is_the_bodys_statement_at_the_place_after_its_verb(pipe):
    assert _of(pipe, IMPOSED) == [("فرضت", "حماة", "قيادة الشرطة")]


def test_a_decided_curfew_drops_the_masdar_from_its_speaker(pipe):
    assert _of(pipe, DECIDED) == [("قررت", "نوى", "محافظة درعا")]


def test_an_announced_curfew(pipe):
    assert _of(pipe, ANNOUNCED) == [("أعلنت", "الصنمين", "لجنة الأمن المحلية")]


def test_a_passive_curfew_names_no_body(pipe):
    assert _of(pipe, PASSIVE) == []


def test_a_curfew_beside_the_news_is_none(pipe):
    assert _of(pipe, WHILE) == []


def test_a_curfew_beside_the_news_is_one_without_the_while_words(pipe, monkeypatch):
    monkeypatch.setitem(curfew._cfg(), "while", frozenset())
    assert [t for t, _p, _s in _of(pipe, WHILE)] == ["فرضت"]


def test_a_ban_on_something_else_is_no_curfew(pipe):
    assert _of(pipe, OTHER_BAN) == []


def test_off_no_curfew_statement(pipe, off):
    assert _of(pipe, IMPOSED) == []
    assert _of(pipe, DECIDED) == []
    assert _of(pipe, ANNOUNCED) == []


def test_the_place_switch(pipe, monkeypatch):
    monkeypatch.setitem(curfew._cfg(), "place", False)
    assert [(t, s) for t, _p, s in _of(pipe, IMPOSED)] == [("فرضت", "قيادة الشرطة")]


def test_the_committed_file_is_on():
    import json
    raw = json.loads(curfew.DATA.read_text(encoding="utf-8"))
    assert raw["enabled"] is True and raw["place"] is True and raw["not_while"]


def test_the_files_switch_turns_it_off(pipe, tmp_path, monkeypatch):
    with file_switched_off(monkeypatch, tmp_path, curfew, curfew._cfg):
        assert _of(pipe, IMPOSED) == []
        assert _of(pipe, ANNOUNCED) == []
