"""statement_owner (stop 40): «وجاء في بيان مشترك لـ«X» أن…», «وجاء في بيان منفصل للفرقة أن…», «وجاء في بيان للهيئة
اطّلعت عليه الوكالة أن…»: the owner of the statement a sentence opens with, past the statement's adjectives, up to
«أن», a comma or a verb of publishing, reports what follows. Our own sentences; both states of the switch."""
from __future__ import annotations

import json

import pytest

from marsad.document import Document
from marsad.extract.events import statement_owner as so
from marsad.extract.events.attribution import Attribution
from marsad.extract.events.context import Ctx
from marsad.extract.events.vocab import vocab

OUTLET = "منصة المثال"
LAM_APART = "وجاء في بيان لـ«جند السهل» أن دورية اعتقلت خمسة رعاة قرب بلدة الصورة الكبيرة فجر الاثنين."
ADJECTIVE = ("وجاء في بيان منفصل لكتيبة فرسان السهل أن مقاتليها اشتبكوا مع دورية على طريق قرية المتونة.")
PUBLISHER = ("وجاء في بيان لهيئة الإغاثة الشمالية اطّلعت عليه المنصة أن قذائف سقطت على مخيم قرب بلدة الكرامة.")


def _sources(pipe, text: str, si: int = 0) -> list[dict]:
    d = Document(text, id="t", published="2024-03-05", outlet=OUTLET)
    pipe(d)
    return Attribution(Ctx(d, vocab())).of_sentence(si)


def _off(monkeypatch) -> None:
    on = so.settings()
    monkeypatch.setattr(so, "settings", lambda: dict(on, enabled=False))


def test_a_lam_written_apart_before_a_quoted_owner(pipe):
    (src,) = _sources(pipe, LAM_APART)
    assert src["surface"] == "«جند السهل»" and LAM_APART[src["start"]:src["end"]] == src["surface"]
    assert src["kind"] == "verb"


def test_an_adjective_between_the_statement_and_its_owner(pipe):
    (src,) = _sources(pipe, ADJECTIVE)
    assert src["surface"] == "كتيبة فرسان السهل" and ADJECTIVE[src["start"]:src["end"]] == src["surface"]


def test_who_read_the_statement_is_not_in_the_owners_name(pipe):
    (src,) = _sources(pipe, PUBLISHER)
    assert src["surface"] == "هيئة الإغاثة الشمالية" and PUBLISHER[src["start"]:src["end"]] == src["surface"]


@pytest.mark.parametrize("text,owner", [
    # (review40) a lam of the word's own is no owner's «ل»: a construct owner («لجنة») and an adjective («لاحق»)
    ("وجاء في بيان لجنة المصالحة المحلية أن دورية اعتقلت خمسة رعاة قرب بلدة الصورة الكبيرة.", "لجنة المصالحة المحلية"),
    ("وجاء في بيان لاحق لكتيبة فرسان السهل أن مقاتليها اشتبكوا مع دورية على طريق قرية المتونة.", "كتيبة فرسان السهل"),
])
def test_a_word_that_opens_with_its_own_lam(pipe, text, owner):
    (src,) = _sources(pipe, text)
    assert src["surface"] == owner and text[src["start"]:src["end"]] == owner


def test_off_the_reader_of_came_in_stands(pipe, monkeypatch):
    _off(monkeypatch)
    assert _sources(pipe, LAM_APART) == [] and _sources(pipe, ADJECTIVE) == []
    (src,) = _sources(pipe, PUBLISHER)
    assert src["surface"] == "هيئة الإغاثة الشمالية اطّلعت عليه المنصة"  # (the rules' reader runs into the publisher)


def test_the_switch_is_in_the_data():
    raw = json.loads(so.SETTINGS.read_text(encoding="utf-8"))
    assert raw["enabled"] is True and "بيان" in raw["documents"]
    assert so.settings()["enabled"] is True
