"""``marsad schema``: the JSON Schema of the output record, and marsad's own output checked with it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is a dev dependency (pip install -e '.[dev]')")

from marsad.cli import main  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
# Layers whose v2 shape other work streams are still bringing in (issue 14 places): a mismatch
# there is reported as an expected failure naming the field, anywhere else it fails.
PENDING = ("places",)

V2_RECORD = {
    "text": "قتل 5 مدنيين في إدلب أمس.", "id": "x", "title": None, "outlet": "مرصد", "author": None, "url": None,
    "published": "2024-12-04", "related": [{"title": "عنوان", "text": "نص"}], "related_headlines": ["خبر"],
    "embeds": [{"platform": "twitter", "text": "t", "author": None, "handle": "user", "date": "2024-12-03",
                "url": None}],
    "quantities": [{"start": 4, "end": 5, "surface": "5", "low": 5, "high": 5, "approx": False, "kind": "count",
                    "unit": None, "counted": "مدني"}],
    "dates": [{"start": 21, "end": 24, "surface": "أمس", "value": "2024-12-03", "grain": "day"}],
    "entities": [{"start": 16, "end": 20, "surface": "إدلب", "type": "LOC"}],
    "places": [{"start": 16, "end": 20, "surface": "إدلب", "id": "SY07", "name_ar": "إدلب", "name_en": "Idlib",
                "admin1_en": "Idlib", "admin2_en": None, "country": "SYR", "kind": "governorate", "lat": 35.9,
                "lon": 36.6, "confidence": 0.9}],
    "events": [{"kind": "incident", "type": "casualties", "subtype": None, "start": 0, "end": 3, "surface": "قتل",
                "trigger": "قتل", "mentions": [{"start": 0, "end": 3, "surface": "قتل"}], "group": None,
                "count": None, "fatalities": {"low": 5, "high": 5, "approx": False}, "injured": None,
                "breakdown": [], "actors": [{"surface": "مدنيين", "role": "target", "canonical": "civilians"}],
                "place": {"id": "SY07", "name_ar": "إدلب", "name_en": "Idlib", "admin1_en": "Idlib",
                          "admin2_en": None, "country": "SYR", "kind": "governorate", "lat": 35.9, "lon": 36.6,
                          "confidence": 0.9},
                "date": "2024-12-03", "date_grain": "day", "date_source": "text", "period": None,
                "reported_by": {"surface": "مرصد", "outlet": True}, "modality": "asserted", "background": False,
                "confidence": 0.8}],
}


def schema(capsys) -> dict:
    assert main(["schema"]) == 0
    return json.loads(capsys.readouterr().out)


def test_schema_is_valid_draft_2020_12(capsys):
    s = schema(capsys)
    jsonschema.Draft202012Validator.check_schema(s)
    assert set(s["required"]) >= {"text", "id", "published", "quantities", "dates", "entities", "places", "events"}


def test_a_contract_v2_record_validates_and_broken_ones_do_not(capsys):
    v = jsonschema.Draft202012Validator(schema(capsys))
    assert list(v.iter_errors(V2_RECORD)) == []
    for path, bad in ((("published",), "04/12/2024"), (("quantities", 0, "kind"), "amount"),
                      (("events", 0, "modality"), "maybe"), (("places", 0, "country"), "Syria"),
                      (("entities", 0, "type"), "PERSON"), (("events", 0, "reported_by"), {"outlet": True})):
        rec = json.loads(json.dumps(V2_RECORD))
        target = rec
        for k in path[:-1]:
            target = target[k]
        target[path[-1]] = bad
        assert list(v.iter_errors(rec)), path


def test_schema_to_a_file(tmp_path, capsys):
    out = tmp_path / "record.schema.json"
    assert main(["schema", "--out", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["title"].startswith("marsad document record")


def test_extract_output_validates(capsys):
    pages = sorted((REPO / "samples" / "html").glob("*.html"))[:6] + sorted((REPO / "samples" / "corpus").glob("e0*.txt"))
    code = main(["extract", "-q", "--format", "jsonl", *map(str, pages)])
    out = capsys.readouterr().out
    assert code == 0
    recs = [json.loads(x) for x in out.splitlines()]
    assert len(recs) == len(pages)
    v = jsonschema.Draft202012Validator(schema(capsys))
    pending, wrong = [], []
    for r in recs:
        for e in v.iter_errors(r):
            where = "/".join(map(str, e.absolute_path))
            (pending if e.absolute_path and e.absolute_path[0] in PENDING else wrong).append(f"{where}: {e.message[:120]}")
    assert not wrong, wrong[:10]
    if pending:
        pytest.xfail(f"{len(pending)} mismatches in layers still moving to contract v2, e.g. {pending[0]}")
