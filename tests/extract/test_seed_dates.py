"""The dates a user expects from the first seed page, read as a passage published 2024-12-04."""
from __future__ import annotations

from marsad.document import Document
from marsad.extract.dates import DateExtractor

SEED = "000_11fce6d75aee1259.txt"


def test_seed_dates(seeds_expected, seed_text):
    text = seed_text(SEED)
    exp = seeds_expected[SEED]
    doc = Document(text, published=exp["published"])
    DateExtractor()(doc)
    got = {(r["surface"], r["value"], r["grain"]) for r in doc["dates"]}
    for d in exp["dates"]:
        assert (d["surface"], d["value"], d["grain"]) in got, (d, sorted(got))
    for r in doc["dates"]:
        assert text[r["start"]:r["end"]] == r["surface"]


def test_seed_quoted_post_anchors(seed_text):
    # "في مثل هذا اليوم من عام 2011" sits in a post dated April 23, 2024: same month and day in 2011
    doc = Document(seed_text(SEED), published="2024-12-04")
    DateExtractor()(doc)
    same = [r for r in doc["dates"] if r["surface"].startswith("مثل هذا اليوم")]
    assert [r["value"] for r in same] == ["2011-04-23"]
    assert not [r for r in doc["dates"] if r["surface"] in ("2000 عنصر",)]
