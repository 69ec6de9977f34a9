"""The one quantity of a sentence with a given surface, its span checked against the text, and its bounds: the
helper the quantity-bound tests of stop 36 share."""
from __future__ import annotations

from marsad.extract.quantities import extract_quantities


def at(text: str, surface: str) -> dict:
    qs = [q for q in extract_quantities(text) if q["surface"] == surface]
    assert len(qs) == 1, extract_quantities(text)
    q = qs[0]
    assert text[q["start"]:q["end"]] == q["surface"]
    return q


def bounds(q: dict) -> tuple:
    return q["low"], q["high"], q["approx"]
