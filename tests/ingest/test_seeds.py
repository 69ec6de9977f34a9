"""The two real seed pages, read as pages (not --passage), against ../shared/seeds/expected.json."""
from __future__ import annotations

import pytest

from marsad.ingest.page import raw_to_document
from marsad.ingest.readers import RawDoc, read_path
from conftest import shared_path

SEEDS = ["000_11fce6d75aee1259.txt", "004_af9fbbe17a89b194.txt"]


def _doc(name):
    items = list(read_path(str(shared_path("seeds", name))))
    assert len(items) == 1 and isinstance(items[0], RawDoc), items
    return raw_to_document(items[0])


@pytest.mark.parametrize("name", SEEDS)
def test_seed_main_text(name, seeds_expected):
    exp = seeds_expected[name]
    doc = _doc(name)
    assert doc.text.startswith(exp["main_text_starts_with"]), doc.text[:80]
    for s in exp.get("main_text_contains", []):
        assert s in doc.text, s
    for s in exp.get("main_text_must_not_contain", []):
        assert s not in doc.text, s


@pytest.mark.parametrize("name", SEEDS)
def test_seed_metadata(name, seeds_expected):
    exp = seeds_expected[name]
    doc = _doc(name)
    assert doc.outlet == exp["outlet"]
    if "title" in exp:
        assert doc.title == exp["title"]
    if exp.get("published") is None:
        assert doc.published is None  # nothing on the page dates it: none is invented
    assert len(doc.related_headlines) == exp["related_headlines_count"], doc.related_headlines


@pytest.mark.parametrize("name", SEEDS)
def test_seed_related_articles(name, seeds_expected):
    exp = seeds_expected[name]
    doc = _doc(name)
    want = exp.get("related_articles", [])
    assert len(doc.related) == len(want)
    for got, w in zip(doc.related, want):
        assert got["title"] == w["title"]
        assert len(got["text"].split()) > 50  # the glued article's body came along
        for s in w["text_must_not_contain"]:
            assert s not in got["text"], s
        # its text is not in the main text any more
        assert got["text"][:60] not in doc.text


@pytest.mark.parametrize("name", SEEDS)
def test_seed_embeds(name, seeds_expected):
    exp = seeds_expected[name]
    doc = _doc(name)
    want = exp.get("embeds", [])
    assert len(doc.embeds) == len(want)
    for got, w in zip(doc.embeds, want):
        for k in ("platform", "handle", "author", "date", "url"):
            assert got[k] == w[k], (k, got)
        assert got["text"].startswith(w["text_starts_with"]), got["text"][:60]
        assert got["text"][:40] not in doc.text  # lifted out of the main text
        assert "@" not in got["handle"]


def test_seed_embed_removal_keeps_surrounding_paragraphs(seed_text):
    doc = _doc(SEEDS[0])
    assert "pic.twitter.com" not in doc.text and "(@" not in doc.text
    # the article paragraph right after two glued posts survives intact
    for line in doc.text.split("\n"):
        assert " — " not in line or "(@" not in line


def test_seed_through_the_cli(seeds_expected, capsys):
    """The contract record as `marsad extract PAGE` prints it (a page, not --passage)."""
    import json

    from marsad.cli import main

    name = SEEDS[0]
    exp = seeds_expected[name]
    code = main(["extract", "--quiet", "--format", "jsonl", str(shared_path("seeds", name))])
    out = capsys.readouterr().out
    assert code == 0
    [rec] = [json.loads(x) for x in out.splitlines()]
    assert rec["outlet"] == exp["outlet"] and rec["text"].startswith(exp["main_text_starts_with"])
    assert [e["handle"] for e in rec["embeds"]] == [e["handle"] for e in exp["embeds"]]
    assert [r["title"] for r in rec["related"]] == [r["title"] for r in exp["related_articles"]]
    assert len(rec["related_headlines"]) == exp["related_headlines_count"]
    for layer in ("quantities", "dates", "entities", "places"):
        for span in rec.get(layer, []):
            assert rec["text"][span["start"]:span["end"]] == span["surface"]
