"""No events module binds one module-level name twice: the later binding silently wins for every use, the
earlier one's too (stop 30 found «_PROVINCE» bound to «محافظ» and then to «المحافظة», and «_OF_THEM» to two
different word sets, each in arguments.py)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

EVENTS = Path(__file__).resolve().parents[2] / "src" / "marsad" / "extract" / "events"


@pytest.mark.parametrize("path", sorted(EVENTS.glob("*.py")), ids=lambda p: p.name)
def test_module_level_names_are_bound_once(path):
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        for t in targets:
            if isinstance(t, ast.Name) and t.id.isupper() or isinstance(t, ast.Name) and t.id.startswith("_") and t.id[1:].isupper():
                if t.id in seen:
                    twice.append(f"{t.id} (lines {seen[t.id]} and {node.lineno})")
                seen.setdefault(t.id, node.lineno)
    assert not twice, f"{path.name} binds {', '.join(twice)}"
