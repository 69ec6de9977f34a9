"""The writers, by format name. Each takes an iterable of plain dict rows."""
from __future__ import annotations

import csv
import json
import math
import sys
from typing import IO, Any, Callable, Iterable

from .safe import csv_cell


class RenderError(Exception):
    """A format that cannot be written here (one plain line for the user)."""


def _jsonable(v: Any) -> Any:
    if isinstance(v, float) and not math.isfinite(v):
        return None
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return int(v)
    if isinstance(v, dict):
        return {str(k): _jsonable(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_jsonable(x) for x in v]
    if isinstance(v, (bytes, memoryview)):
        return None
    return v


def json_line(row: dict) -> str:
    """Real JSON with real UTF-8 (no \\uXXXX), figures that are whole as integers. A lone
    surrogate (which UTF-8 cannot carry) is written as a JSON escape instead of crashing."""
    s = json.dumps(_jsonable(row), ensure_ascii=False, default=str)
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        s = json.dumps(_jsonable(row), ensure_ascii=True, default=str)
    return s


def write_jsonl(rows: Iterable[dict], out: IO[str], **_) -> int:
    n = 0
    for r in rows:
        out.write(json_line(r) + "\n")
        n += 1
    return n


def write_json(rows: Iterable[dict], out: IO[str], **_) -> int:
    items = [json_line(r) for r in rows]
    out.write("[" + ",\n".join(items) + "]\n")
    return len(items)


def write_csv(rows: Iterable[dict], out: IO[str], columns: list[str] | None = None, excel: bool = False,
              **_) -> int:
    """CSV with safe cells (see safe.csv_cell); ``excel`` starts with a UTF-8 BOM so Excel reads
    Arabic right."""
    if excel:
        out.write("\ufeff")
    it = iter(rows)
    first = next(it, None)
    cols = list(columns) if columns else (list(first) if first else [])
    w = csv.writer(out, lineterminator="\r\n" if excel else "\n")
    w.writerow(cols)
    n = 0
    for r in ([first] if first is not None else []):
        w.writerow([csv_cell(r.get(c)) for c in cols])
        n += 1
    for r in it:
        w.writerow([csv_cell(r.get(c)) for c in cols])
        n += 1
    return n


def write_parquet(rows: Iterable[dict], out: Any, columns: list[str] | None = None,
                  types: dict[str, str] | None = None, **_) -> int:
    """Parquet (needs the ``parquet`` extra: pyarrow). ``out`` is a path."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise RenderError("Parquet needs pyarrow: pip install 'marsad[parquet]'") from None
    if not isinstance(out, str) or out == "-":
        raise RenderError("parquet needs a file: give --out FILE.parquet")
    data = list(rows)
    cols = list(columns) if columns else (list(data[0]) if data else [])
    types = types or {}
    fields = []
    for c in cols:
        t = types.get(c)
        fields.append((c, getattr(pa, t)() if t else pa.string()))
    table = {c: [] for c in cols}
    for r in data:
        for c in cols:
            v = r.get(c)
            t = types.get(c)
            if t is None and v is not None and not isinstance(v, str):
                v = json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else str(v)
            elif t and t.startswith("int") and v is not None:
                v = int(v)
            table[c].append(v)
    pq.write_table(pa.table(table, schema=pa.schema(fields)), out)
    return len(data)


def write_table(rows: Iterable[dict], out: IO[str], table: Callable | None = None, columns: list[str] | None = None,
                title: str | None = None, **_) -> int:
    """A terminal table (rich). ``table(rows, width)`` builds a specific rich Table; otherwise one
    column per key. Every cell is plain Text: no markup is interpreted, controls are escaped."""
    from rich.console import Console

    from .table import plain_table

    data = list(rows)
    console = Console(file=out) if out is not sys.stdout else Console()
    console.print(table(data, console.width) if table else plain_table(data, columns, title))
    return len(data)


# name -> (writer, needs a path rather than a stream)
FORMATS: dict[str, tuple[Callable[..., int], bool]] = {
    "json": (write_json, False),
    "jsonl": (write_jsonl, False),
    "csv": (write_csv, False),
    "acled-csv": (write_csv, False),
    "parquet": (write_parquet, True),
    "table": (write_table, False),
}


def write(fmt: str, rows: Iterable[dict], out: Any, **opts) -> int:
    """Write ``rows`` in format ``fmt`` to ``out`` (a stream, or a path for parquet); the count."""
    if fmt not in FORMATS:
        raise RenderError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    return FORMATS[fmt][0](rows, out, **opts)
