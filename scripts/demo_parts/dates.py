"""Demo: the dates in the sample corpus, each resolved against its gold publication date."""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _published() -> dict[str, str]:
    pub: dict[str, str] = {}
    gold = ROOT / "samples" / "gold" / "dates.jsonl"
    if gold.exists():
        for line in gold.read_text(encoding="utf-8").splitlines():
            g = json.loads(line)
            pub.setdefault(g["doc"], g["published"])
    return pub


def run(console) -> None:
    from rich.table import Table

    from marsad.extract.dates import extract_dates

    pub = _published()
    table = Table(title="Dates in samples/corpus/d*.txt (relative ones resolved against the publication date)")
    for col in ("doc", "published", "surface", "value", "grain", "note"):
        table.add_column(col, overflow="fold")
    n = 0
    for path in sorted((ROOT / "samples" / "corpus").glob("d*.txt")):
        name = path.stem
        text = path.read_text(encoding="utf-8")
        for r in extract_dates(text, pub.get(name)):
            note = ", ".join(f"{k}={r[k]}" for k in ("part", "hijri", "end_value", "bound", "flag", "holiday")
                             if k in r)
            if r.get("relative"):
                note = ("relative" + (", " + note if note else ""))
            table.add_row(name, pub.get(name) or "-", r["surface"], r["value"] or "null", r["grain"], note)
            n += 1
    console.print(table)
    console.print(f"{n} dates in {len(pub)} documents")
