"""Output formats (json, jsonl, csv, acled-csv, parquet, table) in one registry. Takes rows made by
views/ and writes them; knows nothing of the store or the extractors.

``write(fmt, rows, out, columns=...)`` writes plain rows in a format; ``FORMATS`` names them.
Every text cell is made safe on the way out: spreadsheet formulas neutralised in CSV, markup and
control characters escaped in terminal tables, real UTF-8 in JSON.
"""
from __future__ import annotations

from .formats import FORMATS, RenderError, write

__all__ = ["FORMATS", "RenderError", "write"]
