"""Downloads of exactly the filtered events, made by the same views and renderers as the CLI:
ACLED's 31 columns as ``marsad export --format acled-csv``, marsad's export rows as
``marsad export --format csv``, the event rows as ``marsad events --format csv/jsonl``; reviewed
values included. Streamed a chunk of events at a time."""
from __future__ import annotations

import dataclasses
import io
from typing import Callable, Iterable, Iterator

from .. import render
from ..store.filters import EventFilter
from ..views import export
from ..views.acled import ACLED_COLUMNS, acled_rows
from ..views.events import event_rows

CHUNK = 1000
LIST_COLUMNS = ["event_id", "type", "subtype", "date_value", "date_grain", "place_name", "place_ar", "admin1",
                "admin2", "lat", "lon", "count_low", "count_high", "fatalities_low", "fatalities_high", "n_reports",
                "n_outlets", "sources", "review_status"]


def _chunks(store, f: EventFilter) -> Iterator[EventFilter]:
    """The filter a chunk of events at a time (its sort and order kept)."""
    whole = dataclasses.replace(f, limit=None, offset=0)
    offset = 0
    while True:
        yield dataclasses.replace(whole, limit=CHUNK, offset=offset)
        offset += CHUNK
        if store.count_events(whole, cap=offset + 1) <= offset:
            return


def _stream(fmt: str, store, f: EventFilter, make: Callable[[object, EventFilter], Iterable[dict]],
            columns: list[str] | None = None) -> Iterator[str]:
    first = True
    for part in _chunks(store, f):
        buf = io.StringIO()
        render.write(fmt, make(store, part), buf, columns=columns)
        text = buf.getvalue()
        if fmt == "csv" and not first:
            text = text.split("\n", 1)[1] if "\n" in text else ""
        first = False
        if text:
            yield text


def acled_csv(store, f: EventFilter) -> Iterator[str]:
    """ACLED's columns, one row per filtered incident (aggregates and rejected events make none,
    unless the filter asks for rejected ones)."""
    return _stream("csv", store, f, lambda s, p: acled_rows(export.incident_records(s, p)), ACLED_COLUMNS)


def export_csv(store, f: EventFilter) -> Iterator[str]:
    """ACLED-style columns plus marsad's own (count range, reports, outlets, document ids)."""
    return _stream("csv", store, f, export.rows, export.COLUMNS)


def _list_rows(store, f: EventFilter) -> Iterator[dict]:
    for r in event_rows(store, f):
        r["sources"] = "; ".join(r["sources"])
        r["review_status"] = r.get("review_status") or "unreviewed"
        yield r


def list_csv(store, f: EventFilter) -> Iterator[str]:
    return _stream("csv", store, f, _list_rows, LIST_COLUMNS)


def jsonl(store, f: EventFilter) -> Iterator[str]:
    return _stream("jsonl", store, f, lambda s, p: event_rows(s, p))
