"""Messages to the user: one ``logging`` logger, "marsad", printed on stderr as ``marsad: ...``.

Warnings (a skipped page, an ambiguous date, a field of the wrong type) go through here so that
``-q`` silences them and ``-v`` adds progress detail; ``MARSAD_DEBUG=1`` shows debug lines and
lets errors raise with their traceback. Lines are printed with control characters escaped, so
a file or outlet name cannot send escape sequences to the terminal.
"""
from __future__ import annotations

import logging
import os
import sys

LOG = logging.getLogger("marsad")


class _StderrHandler(logging.StreamHandler):
    """Writes to the *current* sys.stderr (a progress bar may have replaced it) at each line."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property  # type: ignore[override]
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, value) -> None:
        pass


class _Format(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        from .ingest.readers import printable

        msg = printable(record.getMessage())
        if record.levelno >= logging.WARNING or record.levelno <= logging.DEBUG:
            return f"marsad: {msg}"
        return f"marsad: {msg}"


def setup(verbosity: int = 0) -> None:
    """-q (verbosity -1): errors only; default: warnings; -v: info; -vv or MARSAD_DEBUG: debug."""
    if os.environ.get("MARSAD_DEBUG"):
        verbosity = max(verbosity, 2)
    level = {-1: logging.ERROR, 0: logging.WARNING, 1: logging.INFO}.get(verbosity, logging.DEBUG)
    if verbosity < -1:
        level = logging.CRITICAL
    for h in list(LOG.handlers):
        if isinstance(h, _StderrHandler):
            LOG.removeHandler(h)
    h = _StderrHandler()
    h.setFormatter(_Format())
    LOG.addHandler(h)
    LOG.setLevel(level)
    LOG.propagate = False


def debug_enabled() -> bool:
    return bool(os.environ.get("MARSAD_DEBUG"))
