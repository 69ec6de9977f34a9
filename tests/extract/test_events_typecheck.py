"""The events package must keep type-checking: `make compiled` builds it with mypyc, which gives up
(silently, leaving it pure Python) on a single type error, and nothing else at merge time would
notice. The same modules and flags as setup.py's events build."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _setup_constant(name: str):
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise LookupError(name)


def test_the_events_package_type_checks_as_mypyc_needs():
    pytest.importorskip("mypy", reason="mypy is in the dev extra (pyproject.toml); not installed here")
    pure = set(_setup_constant("EVENTS_PURE"))
    events = sorted(str(p) for p in (ROOT / "src/marsad/extract/events").glob("*.py") if p.name not in pure)
    assert len(events) > 10
    run = subprocess.run([sys.executable, "-m", "mypy", "--ignore-missing-imports", "--follow-imports=silent",
                          "--no-incremental", *events], capture_output=True, text=True, cwd=ROOT,
                         env={"MYPYPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stdout[-3000:]
