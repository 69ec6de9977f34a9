"""Making untrusted text (outlet names, titles, file names) safe for where it is written."""
from __future__ import annotations

import re

# C0 controls (except tab and newline), DEL and C1 controls: ESC sequences and friends.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# OWASP CSV injection: a cell a spreadsheet would run as a formula starts with one of these.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def escape_control(s: str, keep_newlines: bool = True) -> str:
    """Control characters as visible escapes (``\\x1b``), so a name cannot drive the terminal."""
    s = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", s)
    if not keep_newlines:
        s = s.replace("\n", "\\n")
    return s


def printable(v) -> str:
    """One-line printable form of a name for messages (control characters escaped)."""
    return escape_control(str(v), keep_newlines=False)


def csv_cell(v):
    """A CSV cell: integers as integers, booleans true/false, nothing for None, lists and dicts as
    JSON, and text that a spreadsheet would evaluate prefixed with ' (OWASP's rule)."""
    import json

    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return int(v) if v.is_integer() and abs(v) < 1e16 else v
    if isinstance(v, int):
        return v
    if isinstance(v, (list, tuple, dict)):
        v = json.dumps(v, ensure_ascii=False)
    s = str(v)
    if s.startswith(_FORMULA_START):
        return "'" + s
    return s
