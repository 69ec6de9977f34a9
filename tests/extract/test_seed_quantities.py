"""Both seed pages, read as passages, give every quantity users expect and none of the
not-quantities (../shared/seeds/expected.json). The pages are read from ../shared, never copied."""
from __future__ import annotations

import re

import pytest

from marsad.document import Document
from marsad.pipeline import Pipeline

SEEDS = [("000_11fce6d75aee1259.txt", "2024-12-04"), ("004_af9fbbe17a89b194.txt", None)]


@pytest.fixture(scope="module")
def pipe():
    p = Pipeline(only=["quantities"])
    assert p.names == ["quantities"]
    return p


@pytest.mark.parametrize("name,published", SEEDS)
def test_seed_quantities(name, published, pipe, seed_text, seeds_expected):
    text = seed_text(name)
    doc = pipe(Document(text, published=published))
    got = doc["quantities"]
    for q in got:
        assert text[q["start"]:q["end"]] == q["surface"]
    exp = seeds_expected[name]
    missing = []
    for e in exp["quantities"]:
        hits = [q for q in got if q["surface"] == e["surface"] and q["low"] == pytest.approx(e["low"])
                and q["high"] == pytest.approx(e["high"])]
        hits = [q for q in hits if all(q[k] == e[k] for k in ("approx", "kind", "unit", "counted") if k in e)]
        if not hits:
            missing.append(e)
    assert not missing, missing
    for s in exp.get("not_quantities", []):
        for m in re.finditer(re.escape(s), text):
            bad = [q for q in got if q["start"] < m.end() and q["end"] > m.start()]
            assert not bad, (s, bad)
