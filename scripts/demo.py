"""`make demo`: run marsad over the bundled sample corpus and print readable tables."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    from rich.console import Console
    from rich.table import Table

    from marsad.ingest.readers import ReadError
    from marsad.pipeline import Pipeline

    console = Console()
    corpus = sorted((ROOT / "samples" / "corpus").glob("*.txt"))
    pipe = Pipeline()
    table = Table(title=f"Quantities in {len(corpus)} sample texts")
    for col in ("doc", "surface", "low", "high", "kind", "counted"):
        table.add_column(col)
    for item in pipe.run([str(p) for p in corpus], passage=True):
        if isinstance(item, ReadError):
            console.print(f"[red]{item}")
            continue
        for q in item["quantities"]:
            table.add_row(Path(item.extra["source"]).stem, q["surface"], str(q.get("low")), str(q.get("high")),
                          str(q.get("kind")), str(q.get("counted")))
    console.print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
