"""Conformance with Duckling's Arabic corpora (../shared/data/conformance, facts only).

Numerals and ordinals must parse to Duckling's value (≥ 98%). Money, duration and quantity
examples are mapped to our kinds/units where the contract has them; the share that maps is
asserted against a floor we reach, so a regression shows. Phone numbers must yield no quantity.
"""
from __future__ import annotations

import json


from marsad.arabic.numbers import parse_number
from marsad.extract.quantities import extract_quantities

from conftest import shared_path

MONEY_UNITS = {"Dollar": "USD", "Cent": "USD", "EUR": "EUR", "Pound": "EGP", "GBP": "GBP", "KWD": "KWD",
               "LBP": "LBP", "EGP": "EGP", "QAR": "QAR", "SAR": "SAR", "JOD": "JOD", "ILS": "ILS"}
DURATION_UNITS = {"second", "minute", "hour", "day", "week", "month", "year"}
# Duckling quantity units → (our unit, factor to Duckling's value)
MASS = {"g": 1, "kg": 1000, "mg": 0.001}


def _load(name: str) -> list[dict]:
    p = shared_path("data", "conformance", name)
    return [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def _share(ok: int, total: int) -> float:
    return ok / total if total else 0.0


def test_numerals_and_ordinals_parse_to_duckling_values():
    rows = _load("duckling_ar_numeral.jsonl") + _load("duckling_ar_ordinal.jsonl")
    assert len(rows) > 300
    failures = [r["text"] for r in rows
                if (v := parse_number(r["text"])) is None or abs(v - r["value"]) > 1e-6]
    share = 1 - len(failures) / len(rows)
    assert share >= 0.98, f"{share:.1%} parse; failing: {failures[:20]}"


def _money_ok(r: dict) -> bool:
    qs = extract_quantities(r["text"])
    unit = MONEY_UNITS.get(r["unit"])
    if unit is None:
        return False
    want = r["value"]
    if r["unit"] == "Cent":
        want = {"from": None, "to": None} if isinstance(want, dict) else want / 100
    for q in qs:
        if q["kind"] != "money" or q["unit"] != unit:
            continue
        if r["type"] == "value" and q["low"] == q["high"] and abs(q["low"] - want) < 1e-6:
            return True
        if r["type"] == "interval":
            lo, hi = want.get("from"), want.get("to")
            if q["low"] == lo and q["high"] == hi:
                return True
    return False


def test_money_examples_map_to_money_quantities():
    rows = _load("duckling_ar_amount_of_money.jsonl")
    ok = sum(_money_ok(r) for r in rows)
    assert _share(ok, len(rows)) >= 0.95, f"{ok}/{len(rows)} money examples map"


def test_duration_examples_map_to_duration_quantities():
    rows = _load("duckling_ar_duration.jsonl")
    ok = 0
    for r in rows:
        for q in extract_quantities(r["text"]):
            if q["kind"] == "duration" and q["unit"] == r["unit"] and q["low"] == r["value"]:
                ok += 1
                break
    # bare unit nouns ("شهر", "اسبوع") count one only after a hedge or لمدة, by design
    assert _share(ok, len(rows)) >= 0.70, f"{ok}/{len(rows)} duration examples map"


def test_quantity_examples_map_to_mass_units():
    rows = [r for r in _load("duckling_ar_quantity.jsonl") if not r.get("negative")]
    ok = 0
    for r in rows:
        for q in extract_quantities(r["text"]):
            if r["unit"] == "gram" and q["unit"] in MASS and q["low"] is not None \
                    and abs(q["low"] * MASS[q["unit"]] - r["value"]) < 1e-6:
                ok += 1
                break
            if r["unit"] in ("ounce", "cup") and q["unit"] == {"ounce": "oz", "cup": "cup"}[r["unit"]] \
                    and q["low"] == r["value"]:
                ok += 1
                break
    # bare unit words ("كغ" = 1 kg) are not amounts in news text, by design
    assert _share(ok, len(rows)) >= 0.80, f"{ok}/{len(rows)} quantity examples map"


def test_phone_numbers_are_not_quantities():
    rows = [r for r in _load("duckling_ar_phone_number.jsonl") if not r.get("negative")]
    leaked = [r["text"] for r in rows if extract_quantities(r["text"])]
    assert not leaked, leaked
