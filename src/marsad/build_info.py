"""Which modules run compiled (mypyc, see setup.py), and a pure-Python copy to compare them with.

setup.py compiles the quantity hot path when a C compiler is at hand. The sources stay the
truth: a compiled copy must give exactly what the pure one gives, and in an editable install an
edited source must never be shadowed by an older compiled copy. Tests and the quantity
benchmark use these helpers to check both.
"""
from __future__ import annotations

import importlib
import shutil
import sys
import tempfile
from pathlib import Path
from types import ModuleType

PACKAGE = Path(__file__).resolve().parent
# Module paths (relative to the package) that setup.py compiles; keep in step with setup.py.
COMPILED = ("arabic/normalize", "arabic/numbers", "extract/quantities", "ner/decode")


def _binaries(rel: str) -> list[Path]:
    p = PACKAGE / rel
    return sorted(p.parent.glob(p.name + ".*.so")) + sorted(p.parent.glob(p.name + ".*.pyd"))


def compiled_modules() -> dict[str, bool]:
    """{module: True if its import gives the compiled copy}."""
    out = {}
    for rel in COMPILED:
        mod = importlib.import_module("marsad." + rel.replace("/", "."))
        out[rel] = not str(getattr(mod, "__file__", "")).endswith(".py")
    return out


def stale_binaries() -> list[str]:
    """Compiled copies older than their source (an editable install after an edit). Only in a
    source tree: an installed wheel's file times say nothing about edits."""
    if not (PACKAGE.parent.name == "src" and (PACKAGE.parents[1] / "setup.py").exists()):
        return []
    stale = []
    for rel in COMPILED:
        src = PACKAGE / (rel + ".py")
        for b in _binaries(rel):
            if src.exists() and b.stat().st_mtime < src.stat().st_mtime:
                stale.append(f"{b.name} is older than {rel}.py")
    return stale


_pure_dir: Path | None = None


def load_pure(module: str = "extract.quantities") -> ModuleType:
    """The pure-Python source of ``marsad.<module>``, imported from a copy of the package without
    its compiled files (as package ``marsad_pure``), so both can run in one process."""
    global _pure_dir
    if _pure_dir is None:
        _pure_dir = Path(tempfile.mkdtemp(prefix="marsad_pure_"))
        shutil.copytree(PACKAGE, _pure_dir / "marsad_pure",
                        ignore=shutil.ignore_patterns("*.so", "*.pyd", "__pycache__"))
        sys.path.insert(0, str(_pure_dir))
    return importlib.import_module("marsad_pure." + module)
