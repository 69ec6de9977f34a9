"""A trigger word whose context words are missing (types.json `needs`) is no trigger for any step:
the later steps (actors, sources, places, figures) ask "is there an act word here?" of the same
list mentions.find reads, and a bare «غادروا المدينة» or «تركوا منازلهم» must not answer yes."""
from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.extract.events import mentions
from marsad.extract.events.context import Ctx
from marsad.extract.events.vocab import vocab


def _left_triggers(pipe, text):
    doc = Document(text, published="2024-03-05", outlet="منصة المثال")
    pipe(doc)
    ctx = Ctx(doc, vocab())
    raw = [m.surface for m in ctx.m["triggers"].items]
    found = mentions.find(ctx)
    return raw, [m.surface for m in ctx.m["triggers"].items], found


@pytest.mark.parametrize("text, word", [
    ("قال الأهالي إنهم غادروا المدينة مع بدء الشتاء وعادوا إليها في الربيع.", "غادروا"),
    ("وأضاف المصدر أن أعضاء الوفد تركوا قاعة الاجتماع غاضبين بعد الجلسة الأولى.", "تركوا"),
    ("ذكر ناشطون أن الشبان خلعوا أحذيتهم عند باب المسجد قبل الصلاة.", "خلعوا"),
])
def test_a_trigger_missing_its_context_words_is_no_trigger_after_mentions(pipe, text, word):
    raw, left, found = _left_triggers(pipe, text)
    assert word in raw  # the automaton matched it
    assert word not in left  # … but no later step sees it
    assert all(m.surface != word for m in found)


@pytest.mark.parametrize("text, word", [
    ("وأفاد ناشطون أن ثلاثة مجندين تركوا مواقعهم على الحاجز الشمالي لبلدة الكرك فجر اليوم.", "تركوا"),
    ("قالت مصادر محلية إن عناصر من الفرقة خلعوا بزاتهم العسكرية وفروا باتجاه القرى المجاورة.", "خلعوا"),
])
def test_a_trigger_with_its_context_words_stays(pipe, text, word):
    raw, left, found = _left_triggers(pipe, text)
    assert word in left
    assert any(m.surface == word and m.type == "desertion" for m in found)
