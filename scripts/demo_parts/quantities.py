"""Demo: the quantities of every sample text (samples/corpus/q*.txt), read as passages."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _fmt(v) -> str:
    if v is None:
        return "—"
    if isinstance(v, float):
        return f"{v:g}"
    return f"{v:,}"


def run(console) -> None:
    from rich.table import Table

    from marsad.document import Document
    from marsad.pipeline import Pipeline

    pipe = Pipeline(only=["quantities"])
    paths = sorted((ROOT / "samples" / "corpus").glob("q*.txt"))
    table = Table(title=f"Quantities in {len(paths)} sample texts", show_lines=False)
    for col, kw in (("doc", {}), ("surface", {"overflow": "fold"}), ("low", {"justify": "right"}),
                    ("high", {"justify": "right"}), ("≈", {}), ("kind", {}), ("unit", {}), ("counted", {})):
        table.add_column(col, **kw)
    total = 0
    for p in paths:
        doc = pipe(Document(p.read_text(encoding="utf-8"), id=p.stem))
        for q in doc["quantities"]:
            total += 1
            table.add_row(p.stem, q["surface"], _fmt(q["low"]), _fmt(q["high"]), "~" if q["approx"] else "",
                          q["kind"], q["unit"] or "", q["counted"] or "")
    console.print(table)
    console.print(f"{total} quantities. Years, days of the month, phone numbers, law and unit numbers, "
                  "handles, hashtags and URLs in these texts are refused by design.")
