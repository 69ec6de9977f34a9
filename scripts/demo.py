"""`make demo`: run marsad over the bundled sample corpus and print readable tables.

Each part of the product adds its own section in ``scripts/demo_parts/<part>.py`` exposing
``run(console)``; they run in the order of the chain.
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

PARTS = ["quantities", "dates", "ingest", "entities", "events", "serve"]


def main() -> int:
    from rich.console import Console

    console = Console()
    if not console.is_terminal:  # piped or logged: wide enough for Arabic tables
        console = Console(width=140)
    for name in PARTS:
        try:
            mod = importlib.import_module(f"demo_parts.{name}")
        except ModuleNotFoundError as e:
            if e.name == f"demo_parts.{name}":
                continue
            raise
        console.rule(f"[bold]{name}")
        mod.run(console)
    return 0


if __name__ == "__main__":
    sys.exit(main())
