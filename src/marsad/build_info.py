"""Which modules run compiled (mypyc, see setup.py), and a pure-Python copy to compare them with.

setup.py compiles the quantity hot path and the events package when a C compiler is at hand. The
sources stay the truth: a compiled copy must give exactly what the pure one gives, and in an
editable install an edited source must never be shadowed by an older compiled copy. Tests and the
benchmarks use these helpers to check both.

The events package is compiled as one group (its modules call each other natively), so it runs
compiled all or nothing: setup.py records the hash of every source it compiled
(extract/events/_compiled.json); when any source differs from its record (an edit since the
build), every events module loads from its .py source instead (`guard_events`, run by the
package's __init__), until `make compiled` (or a fresh `make setup`) builds them again.
"""
from __future__ import annotations

import hashlib
import importlib
import importlib.abc
import importlib.util
import json
import shutil
import sys
import tempfile
from pathlib import Path
from types import ModuleType

PACKAGE = Path(__file__).resolve().parent
# Module paths (relative to the package) that setup.py compiles; keep in step with setup.py.
COMPILED = ("arabic/normalize", "arabic/numbers", "extract/quantities", "ner/decode")
# The events group: every module of extract/events but these (keep in step with setup.py):
# __init__ runs the guard; place_chooser's model loader is swapped by tests (a compiled module
# would call its own copy).
EVENTS = PACKAGE / "extract" / "events"
EVENTS_PURE = ("__init__", "place_chooser")
EVENTS_MANIFEST = "_compiled.json"


def events_sources(events_dir: Path = EVENTS) -> list[Path]:
    """The sources setup.py compiles as the events group."""
    return sorted(p for p in events_dir.glob("*.py") if p.stem not in EVENTS_PURE)


def source_hashes(paths: list[Path]) -> dict[str, str]:
    """{module name: sha256 of its source}: what a build of these sources is recorded with."""
    return {p.stem: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


def events_build(events_dir: Path = EVENTS) -> str:
    """"compiled": compiled events modules that match every source; "none": no compiled copy
    (a pure install); "stale": compiled copies from other sources (a source edited, added or
    removed since the build, or no record of the build): they must not run."""
    bins = {b.name.split(".")[0] for b in [*events_dir.glob("*.so"), *events_dir.glob("*.pyd")]}
    if not bins:
        return "none"
    try:
        recorded = json.loads((events_dir / EVENTS_MANIFEST).read_text(encoding="utf-8"))["sources"]
    except (OSError, ValueError, KeyError, TypeError):
        return "stale"
    if recorded != source_hashes(events_sources(events_dir)) or bins != set(recorded):
        return "stale"
    return "compiled"


class _EventsFromSource(importlib.abc.MetaPathFinder):
    """Loads every module of one events package from its .py source, never a compiled copy."""

    def __init__(self, package: str, events_dir: Path) -> None:
        self.package, self.dir = package, events_dir

    def find_spec(self, name, path=None, target=None):
        pkg, _, mod = name.rpartition(".")
        src = self.dir / (mod + ".py")
        if pkg != self.package or not src.is_file():
            return None
        return importlib.util.spec_from_file_location(name, src)


def guard_events(package: str, events_dir: Path) -> str:
    """Called by the events package's __init__ before any of its modules is imported: when the
    compiled copies are stale, all of them are passed over for the sources. Returns the state."""
    state = events_build(events_dir)
    if state == "stale" and not any(isinstance(f, _EventsFromSource) and f.package == package
                                    for f in sys.meta_path):
        sys.meta_path.insert(0, _EventsFromSource(package, events_dir))
    return state


def events_source_copy() -> ModuleType:
    """The events package from its .py sources as ``marsad.extract._events_source`` (beside a
    compiled one: the compiled stage's fallback and the tests' pure peer)."""
    name = "marsad.extract._events_source"
    if name in sys.modules:
        return sys.modules[name]
    if not any(isinstance(f, _EventsFromSource) and f.package == name for f in sys.meta_path):
        sys.meta_path.insert(0, _EventsFromSource(name, EVENTS))
    spec = importlib.util.spec_from_file_location(name, EVENTS / "__init__.py", submodule_search_locations=[])
    if spec is None or spec.loader is None:
        raise ImportError(f"no events package at {EVENTS}")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    try:
        spec.loader.exec_module(mod)
    except BaseException:
        del sys.modules[name]
        raise
    return mod


def events_compiled() -> bool:
    """True if this process runs the compiled events modules."""
    mod = importlib.import_module("marsad.extract.events.extractor")
    return not str(getattr(mod, "__file__", "")).endswith(".py")


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
