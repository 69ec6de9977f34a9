"""``marsad schema``: the JSON Schema of the record ``marsad extract`` prints (contract v2).

The schema is a data file (marsad/data/schema/record.schema.json), so tools downstream can
validate against the very file the tests validate marsad's own output with.
"""
from __future__ import annotations

import sys
from pathlib import Path

SCHEMA = Path(__file__).resolve().parents[1] / "data" / "schema" / "record.schema.json"


def register(sub) -> None:
    p = sub.add_parser("schema", help="print the JSON Schema of the output record",
                       description="Print the JSON Schema (draft 2020-12) of one document record as 'marsad "
                                   "extract' writes it (output contract v2). Extra fields may appear; the "
                                   "listed ones are never renamed.")
    p.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    p.set_defaults(func=run)


def load() -> dict:
    import json

    return json.loads(SCHEMA.read_text(encoding="utf-8"))


def run(args) -> int:
    text = SCHEMA.read_text(encoding="utf-8")
    if args.out:
        try:
            Path(args.out).write_text(text, encoding="utf-8")
        except OSError as e:
            print(f"marsad: {args.out}: cannot write ({e.strerror or e})", file=sys.stderr)
            return 2
    else:
        sys.stdout.write(text)
    return 0
