"""The event list's pages in the same order on both backends. PostgreSQL sorts and cuts each side
of the list (unreviewed events, reviewed ones) to the page's end before the union, so its planner
can walk the sort key's index and stop (docs/SCALING.md, stop 22: the web's queries); the pages
must stay the ones SQLite gives, NULL keys and ties included."""
from __future__ import annotations

from marsad.store import EventFilter, open_store
from marsad.store.prepared import prepare

from test_write_path import _stream


def test_every_sort_gives_postgresqls_pages_in_sqlites_order(pg_url, tmp_path):
    prepared = [prepare(d, None) for d in _stream(60, seed=3)]
    stores = [open_store(str(tmp_path / "pages.db"), dedup_threshold=None), open_store(pg_url, dedup_threshold=None)]
    for st in stores:
        st.add_prepared(prepared)
        for event_id, field, value in ((2, "count", {"low": 3, "high": 3}), (5, "status", "verified"), (9, "date", "2024-03-02")):
            st.add_review(event_id, field, value, "tester", now="2024-05-01T00:00:00+00:00")
    lite, pg = stores
    assert len(lite.events(EventFilter(), with_reports=False)) >= 10
    seen = 0
    for sort in ("date", "count", "reports", "deaths", "id", "place", "type", None):
        for order in ("asc", "desc"):
            for offset in (0, 3, 6):
                for extra in ({}, {"source": "منفذ"}, {"review": "reviewed"}):
                    f = dict(sort=sort, order=order, limit=4, offset=offset, **extra)
                    want = [e["event_id"] for e in lite.events(EventFilter(**f), with_reports=False)]
                    got = [e["event_id"] for e in pg.events(EventFilter(**f), with_reports=False)]
                    assert got == want, f
                    seen += len(want)
    assert seen > 300
    for st in stores:
        st.close()
