"""Ingest is a straight line: each module imports only the steps below it (no circles)."""
from __future__ import annotations

import ast
from pathlib import Path

import marsad.ingest

INGEST = Path(marsad.ingest.__file__).parent
# module -> the ingest modules it may import (page.py puts the steps in order)
ALLOWED = {
    "readers": set(),
    "warc": {"readers", "html"},  # a WARC response is an HTML page
    "lines": set(),
    "embeds": set(),
    "dedup": set(),
    "boilerplate": {"lines"},
    "html": {"readers", "embeds", "lines"},
    "clean": {"embeds", "lines"},
    "page": {"readers", "html", "clean", "lines", "boilerplate"},
    "language": set(),  # the language check the runner asks before analysis
}


def _ingest_imports(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            out.add((node.module or "").split(".")[0])
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("marsad.ingest."):
            out.add(node.module.split(".")[2])
    return out - {""}


def test_each_step_imports_only_the_steps_below_it():
    seen = {p.stem for p in INGEST.glob("*.py")} - {"__init__"}
    assert seen == set(ALLOWED), seen ^ set(ALLOWED)
    for name in ALLOWED:
        got = _ingest_imports(INGEST / f"{name}.py")
        assert got <= ALLOWED[name], f"{name}.py imports {sorted(got - ALLOWED[name])}"
