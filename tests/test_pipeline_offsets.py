"""Offsets are sacred: over the whole sample corpus and the HTML pages, every span of every
layer satisfies text[start:end] == surface after all stages have run."""
from pathlib import Path

import pytest

from marsad.ingest.readers import ReadError

ROOT = Path(__file__).resolve().parents[1]


def test_all_stages_loaded(pipe):
    assert pipe.names == ["published", "quantities", "dates", "entities", "places", "events"]


@pytest.mark.parametrize("passage", [True, False])
def test_every_span_is_exact(pipe, passage):
    paths = sorted(str(p) for p in (ROOT / "samples" / "corpus").glob("*.txt"))
    paths += sorted(str(p) for p in (ROOT / "samples" / "html").glob("*.html"))
    assert len(paths) >= 50
    n = spans = 0
    for doc in pipe.run(paths, passage=passage):
        assert not isinstance(doc, ReadError), str(doc)
        n += 1
        for layer in ("quantities", "dates", "entities", "places", "events"):
            for r in doc[layer]:
                assert doc.text[r["start"]:r["end"]] == (r.get("surface") if "surface" in r else r["trigger"])
                spans += 1
    assert n == len(paths)
    assert spans > 500
