"""The public Python API: marsad.analyze, marsad.Pipeline, marsad.open_store."""
from __future__ import annotations

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
