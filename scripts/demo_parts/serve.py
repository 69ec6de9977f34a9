"""Demo: leave the sample corpus in an evidence database at a known place (out/demo.db) and say how
to open it in the web workbench."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(console, out_dir: Path | None = None) -> Path:
    from marsad.commands.ingest import ingest
    from marsad.store.samples import write_jsonl

    out = Path(out_dir or ROOT / "out")
    out.mkdir(parents=True, exist_ok=True)
    db = out / "demo.db"
    for f in out.glob("demo.db*"):
        f.unlink()  # a fresh database each run
    src = write_jsonl(out / "demo_corpus.jsonl")
    stats = ingest([str(src)], str(db), passage=True)
    shown = db.relative_to(ROOT) if db.is_relative_to(ROOT) else db
    console.print(f"{stats['stored']} sample articles stored in [bold]{shown}[/bold]. Open them in the web workbench:")
    console.print(f"\n    [bold].venv/bin/marsad serve --db {shown}[/bold]\n")
    console.print("then browse to [bold]http://127.0.0.1:8000/[/bold] (add --token SECRET to review events; "
                  "the JSON API is at /docs).")
    return db
