"""The full name of a body that holds the region it governs is one name (stop 47, finds47; actors.json
`region_names`): «الإدارة الذاتية لشمال شرق سوريا» issues a statement; the region inside the name is no place of the
statement, and the source is the name whole. Off, the short alias is the name and the region is read as the place.
Our own sentences."""
from __future__ import annotations

import pytest

from marsad.extract.events import actor_names, vocab
from marsad.pipeline import Pipeline
from piped import brief

ISSUED = "أصدرت الإدارة الذاتية لشمال شرق سوريا بياناً طالبت فيه بمحاسبة المسؤولين عن الهجوم."


def _statements(pipe, text: str) -> list[tuple]:
    return brief(pipe, text, "source")


@pytest.fixture
def off_pipe(monkeypatch):
    monkeypatch.setattr(actor_names, "_regional_names", lambda raw: {})
    actor_names.expanded.cache_clear()
    vocab.vocab.cache_clear()
    yield Pipeline()
    monkeypatch.undo()
    actor_names.expanded.cache_clear()
    vocab.vocab.cache_clear()


def test_the_switch_names_the_full_names():
    names = actor_names._regional_names(actor_names.json.loads(actor_names._FILE.read_text(encoding="utf-8")))
    assert "الإدارة الذاتية لشمال شرق سوريا" in names["Syrian Democratic Forces"]


def test_on_the_region_in_the_name_is_no_place(pipe):
    assert _statements(pipe, ISSUED) == [("statement", None, "الإدارة الذاتية لشمال شرق سوريا")]


def test_off_the_region_is_read_as_the_place(off_pipe):
    assert _statements(off_pipe, ISSUED) == [("statement", "شمال شرق سوريا", "الإدارة الذاتية")]
