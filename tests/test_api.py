"""The public Python API: marsad.analyze, marsad.Pipeline, marsad.open_store."""
from __future__ import annotations

import pytest

import marsad


def test_analyze_returns_a_document_with_every_layer():
    doc = marsad.analyze("انشق 12 ضابطاً عن جيش النظام في درعا أمس.", published="2024-03-05")
    assert isinstance(doc, marsad.Document)
    assert doc.published == "2024-03-05"
    ev = doc["events"][0]
    assert (ev["type"], ev["count"]["low"], ev["date"]) == ("defection", 12, "2024-03-04")
    assert ev["place"]["name_en"] == "Daraa"
    rec = doc.to_record()
    for layer in ("quantities", "dates", "entities", "places", "events"):
        for r in rec[layer]:
            assert rec["text"][r["start"]:r["end"]] == r["surface"]


def test_pipeline_only_and_store(tmp_path):
    doc = marsad.Pipeline(only=["dates"]).analyze("وصل الوفد أمس", published="2024-03-05")
    assert [(d["surface"], d["value"]) for d in doc["dates"]] == [("أمس", "2024-03-04")]
    store = marsad.open_store(str(tmp_path / "e.db"))
    try:
        store.add_document(marsad.analyze("انشق 12 ضابطاً عن جيش النظام في درعا أمس.", published="2024-03-05"))
        assert store.counts()["documents"] == 1
    finally:
        store.close()


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01", "2024-13-01", "not a date"])
def test_analyze_refuses_a_publication_date_off_the_calendar_with_one_clear_error(published):
    from marsad.dateinput import DateError

    with pytest.raises(DateError, match=r"^published: "):
        marsad.analyze("قصفت الطائرات البلدة أمس", published=published)


def test_a_document_dated_off_the_calendar_keeps_its_relative_dates_unresolved():
    """A record (or an embedded post) claiming year 9999 anchors nothing: "غداً" from
    9999-12-31 would overflow the calendar; the stage leaves relative dates null instead."""
    from marsad.document import Document
    from marsad.pipeline import Pipeline

    text = "قصفت الطائرات البلدة أمس وتعود غداً بعد 999 عاما"
    doc = Pipeline()(Document(text, published="9999-12-31"))
    assert [(r["surface"], r["value"]) for r in doc["dates"]] == [
        ("أمس", None), ("غداً", None), ("بعد 999 عاما", None)]
    post = "قصفت الطائرات البلدة أمس وتعود إليها غداً كما يقول الناس"
    doc = Document("كتب ناشط: " + post, published="2024-12-04")
    doc.embeds = [{"type": "tweet", "text": post, "date": "December 31, 9999"}]
    Pipeline()(doc)
    assert [r["value"] for r in doc.embeds[0]["dates"]] == ["2024-12-03", "2024-12-05"]
