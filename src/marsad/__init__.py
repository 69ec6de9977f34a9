"""marsad (مرصد): Arabic news turned into evidence, every fact tied to its source.

The Python API (names load on first use, so ``import marsad`` stays instant)::

    import marsad

    doc = marsad.analyze("انشق 12 ضابطاً عن جيش النظام في درعا أمس.", published="2024-03-05")
    doc["events"][0]["type"]          # 'defection'
    doc.sentences, doc.tokens         # the shared analyses every stage uses
    doc.to_record()                   # the contract record (../shared/CONTRACT.md)

    pipe = marsad.Pipeline(only=["quantities"])   # a stage plus whatever it needs
    store = marsad.open_store("evidence.db")      # the evidence database
"""
from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["Document", "Pipeline", "PipelineError", "Runner", "analyze", "open_store", "__version__"]

# The parts are imported through importlib, not import statements (not even inside functions):
# mypyc, compiling the hot modules, type-checks every module an import statement here reaches.
_LAZY = {"Document": "document", "Pipeline": "pipeline", "PipelineError": "pipeline", "Runner": "runner"}
_DEFAULT_PIPELINE = None


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(_part(_LAZY[name]), name)
    raise AttributeError(f"module 'marsad' has no attribute {name!r}")


def _part(module: str) -> Any:
    import importlib

    return importlib.import_module(f".{module}", __name__)


def analyze(text: str, published: str | None = None, **meta: Any):
    """Every stage over one clean text (a passage, as ``marsad extract --passage``); returns the
    Document. ``published`` (YYYY-MM-DD) anchors relative dates; ``meta`` sets title, outlet,
    author, url or id. The full pipeline is built once per process and reused."""
    global _DEFAULT_PIPELINE
    if _DEFAULT_PIPELINE is None:
        _DEFAULT_PIPELINE = _part("pipeline").Pipeline()
    return _DEFAULT_PIPELINE.analyze(text, published=published, **meta)


def open_store(url: str, **options: Any):
    """The evidence store at ``url``: a SQLite file path (created if missing) or a
    ``postgresql://user@host:port/dbname`` URL; ``readonly=True`` never writes (see marsad.store)."""
    return _part("store").open_store(url, **options)


def _warn_if_stale() -> None:
    # In an editable install, an edited module would silently lose to its older compiled copy.
    from .build_info import stale_binaries

    stale = stale_binaries()
    if stale:
        import sys

        print(f"marsad: warning: {stale[0]}; the compiled copy runs until `make setup` rebuilds it", file=sys.stderr)


_warn_if_stale()
