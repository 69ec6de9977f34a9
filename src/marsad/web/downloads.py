"""Downloads of exactly the filtered events: marsad's list columns as CSV, or ACLED-shaped rows
(the same row maker as ``marsad export``), reviewed values included."""
from __future__ import annotations

import csv
import io
import json
from typing import Iterator

from .queries import EventFilter, event_reports, iter_events

LIST_COLUMNS = ["event_id", "type", "subtype", "date_value", "date_grain", "place_name", "place_ar", "admin1", "admin2",
                "lat", "lon", "count_low", "count_high", "fatalities", "n_reports", "n_outlets", "review_status",
                "machine_type", "machine_date", "machine_place", "machine_count_low", "machine_count_high", "sources"]


class _Rows:
    """Looks like the store to ``store.export.rows``: its ``events()`` yields our filtered,
    reviewed rows with their reports."""

    def __init__(self, db, f: EventFilter, sort: str | None, order: str | None):
        self.db, self.f, self.sort, self.order = db, f, sort, order

    def events(self, **_ignored) -> Iterator[dict]:
        for chunk in iter_events(self.db, self.f, self.sort, self.order):
            reps = event_reports(self.db, [e["event_id"] for e in chunk])
            for e in chunk:
                e["reports"] = reps[e["event_id"]]
                if e.get("reviewed_actors") and e["reports"]:
                    for r in e["reports"]:
                        r["actors"] = "[]"
                    e["reports"][0]["actors"] = e["reviewed_actors"]
                yield e


def _lines(rows: Iterator[dict], columns: list[str]) -> Iterator[str]:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    w.writeheader()
    for i, r in enumerate(rows):
        w.writerow(r)
        if i % 200 == 199:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def acled_csv(db, f: EventFilter, sort=None, order=None) -> Iterator[str]:
    from ..views import export

    src = _Rows(db, f, sort, order)

    def rows():
        evs = {}

        def tap():
            for e in src.events():
                evs["last"] = e
                yield e

        class _Tap:
            def events(self, **_):
                return tap()

        for row in export.legacy_rows(_Tap()):
            e = evs["last"]
            if e.get("fatalities") is not None:
                row["fatalities"] = int(e["fatalities"])
            row["review_status"] = e["review_status"]
            yield row

    return _lines(rows(), export.LEGACY_COLUMNS + ["review_status"])


def acled_v2_csv(db, f: EventFilter, sort=None, order=None) -> Iterator[str]:
    """ACLED's 31 columns, made exactly as ``marsad export --format acled-csv`` makes them
    (views/export.incident_records + views/acled.acled_rows), for exactly the filtered events.
    As there, aggregates and rejected events make no row (unless the filter asks for rejected)."""
    from ..store import open_store
    from ..store.filters import EventFilter as StoreFilter
    from ..views import export
    from ..views.acled import ACLED_COLUMNS, acled_rows

    ids = [e["event_id"] for chunk in iter_events(db, f, sort, order) for e in chunk]
    store = open_store(db.location, readonly=True)

    class _Filtered:
        """The store, answering ``events()`` with the web's filtered events, in its order."""

        def events(self, _filt=None):
            out = []
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                with store.unit() as tx:
                    rows = {r["event_id"]: r for r in tx.query(
                        f"SELECT * FROM events WHERE event_id IN ({','.join('?' * len(chunk))})", chunk)}
                    reps = store._reports_of(tx, chunk)
                for i_ in chunk:
                    if i_ in rows:
                        rows[i_]["reports"] = reps.get(i_, [])
                        out.append(rows[i_])
            return out

        def reviewed(self, event_ids):
            return store.reviewed(event_ids)

    def rows():
        try:
            yield from acled_rows(export.incident_records(_Filtered(), StoreFilter(
                review="rejected" if f.review == "rejected" else None)))
        finally:
            store.close()

    return _lines(rows(), ACLED_COLUMNS)


def list_csv(db, f: EventFilter, sort=None, order=None) -> Iterator[str]:
    def rows():
        for chunk in iter_events(db, f, sort, order):
            reps = event_reports(db, [e["event_id"] for e in chunk])
            for e in chunk:
                e["sources"] = "; ".join(dict.fromkeys(r["reported_by"] or r["outlet"] or "" for r in reps[e["event_id"]]))
                yield e

    return _lines(rows(), LIST_COLUMNS)


def jsonl(db, f: EventFilter, sort=None, order=None) -> Iterator[str]:
    for chunk in iter_events(db, f, sort, order):
        for e in chunk:
            yield json.dumps(e, ensure_ascii=False) + "\n"
