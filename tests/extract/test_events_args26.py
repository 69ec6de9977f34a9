"""An event's arguments on text we did not write (issue 10, stop 26): families of place and figure
errors fixed in their general form. Our own sentences, several wordings and house styles per
family, run through the whole pipeline (the gazetteer, the tagger and the quantities as shipped):
every span keeps text[start:end] == surface."""
from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.extract.events.extractor import happened


@pytest.fixture(scope="module")
def pipe():
    from marsad.pipeline import Pipeline

    return Pipeline()


def _events(pipe, text, published="2020-02-09"):
    doc = Document(text, published=published, outlet="منصة المثال")
    pipe(doc)
    for e in doc["events"]:
        assert text[e["start"]:e["end"]] == e["trigger"]
        for m in e["mentions"]:
            assert text[m["start"]:m["end"]] == m["surface"]
        if e["place"] and "start" in e["place"]:
            assert text[e["place"]["start"]:e["place"]["end"]] == e["place"]["surface"]
    return [e for e in doc["events"] if happened(e)]


def _where(evs, typ):
    return [(e["place"] or {}).get("surface") for e in evs if e["type"] == typ]


# -- a convoy is where it went: the crossing it came in by is its way, however long the aside -----
@pytest.mark.parametrize("text,where", [
    # a local outlet's: a date aside between the convoy and «من معبر»
    ("دخل رتل عسكري تركي، فجر اليوم الجمعة، من معبر كفرلوسين، وانتشر في محيط بلدة النيرب.", "النيرب"),
    # a state agency's: a long subject and a time aside before «من مدينة»
    ("وصلت تعزيزات عسكرية جديدة للجيش العربي السوري، صباح اليوم، من مدينة حمص، إلى محيط بلدة مورك.", "مورك"),
    # a monitor's: a route after a time aside
    ("المرصد السوري: دخلت أرتال تركية جديدة، ليل الأربعاء، عبر معبر باب الهوى، وتمركزت في محيط بلدة سرمين.",
     "سرمين"),
    # a wire's: a convoy entering from a crossing, its destination joined by «واتجهت»
    ("دخلت قافلة للقوات الأمريكية، مساء أمس الأحد، من معبر الوليد الحدودي، واتجهت إلى بلدة رميلان.", "رميلان"),
])
def test_a_convoy_is_where_it_went_not_its_crossing(pipe, text, where):
    assert _where(_events(pipe, text), "reinforcement") == [where]
