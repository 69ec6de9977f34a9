"""The ordered writer updates an event from the joining report alone (store/api.py
``_refresh_event`` with ``event_tally``) and looks merge candidates up in bounded index ranges
(``merge.start_ranges``). Both must give exactly what the plain, slow queries give: on a crowd of
generated tellings (copies across outlets, near-copies, vague and precise figures, every date
form) every event row equals its recomputation from all its reports, the tally equals what
migration 0026 derives from the reports, and every lookup returns the unbounded query's events."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from marsad.store import merge, open_store
from marsad.store.backends import statements

from test_store_api import HOMS, TAFAS, _event, _record

DARAA = {"id": "SY12", "name_en": "Daraa", "name_ar": "درعا", "admin1_en": "Daraa", "country": "SYR",
         "kind": "governorate", "lat": 32.6, "lon": 36.1}
PLACES = [("طفس", TAFAS), ("حمص", HOMS), ("درعا", DARAA), None]
OUTLETS = ["منبر الجنوب", "صدى الشمال", "نشرة الساحل", None]
WORDS = "قال ناشطون إن القصف طال الحي الشرقي صباح اليوم وسط حالة من الخوف بين السكان والنازحين".split()


def _date(rng: random.Random) -> tuple[str | None, str | None, str | None]:
    """(value, grain, source): days (told or the publication day), weeks, months, years, none."""
    d = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(0, 500))
    form = rng.choice(["day", "day", "day", "published", "week", "month", "year", None])
    if form == "day":
        return d.isoformat(), "day", "text"
    if form == "published":
        return d.isoformat(), "day", "published"
    if form == "week":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}", "week", "text"
    if form == "month":
        return d.isoformat()[:7], "month", "text"
    if form == "year":
        return str(d.year), "year", rng.choice(["text", "published"])
    return None, None, None


def _crowd(n: int = 160, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    docs: list[dict] = []
    for k in range(n):
        if docs and rng.random() < 0.15:  # the same text again, from another outlet (or a copy with one word changed)
            old = rng.choice(docs)
            rec = dict(old, id=f"c{k}", outlet=rng.choice(OUTLETS))
            if rng.random() < 0.5:
                rec["text"] = old["text"].replace("القصف", "الهجوم", 1)
                rec["events"] = [dict(e) for e in old["events"]]
            docs.append(rec)
            continue
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30)))
        parts, events = [body], []
        for j in range(rng.randint(1, 3)):
            place = rng.choice(PLACES)
            typ = rng.choice(["shelling", "shelling", "defection"])
            trig = {"shelling": "قصف", "defection": "انشق"}[typ] + f"{k}x{j}"
            parts.append(f"{trig} في {place[0] if place else 'مكان ما'} .")
            value, grain, source = _date(rng)
            lo = rng.choice([None, None, 3, 10, 40])
            hi = None if lo is None else (lo if rng.random() < 0.6 else lo * rng.choice([2, 4]))
            events.append((trig, typ, place, value, grain, source, lo, hi, rng.choice([None, None, 1, 2, 5])))
        text = " ".join(parts)
        evs = []
        for trig, typ, place, value, grain, source, lo, hi, dead in events:
            ev = _event(text, trig, type=typ, place=place, date=value, date_grain=grain, date_source=source,
                        fatalities=dead)
            ev["count"] = None if lo is None else {"low": lo, "high": hi, "approx": lo != hi}
            evs.append(ev)
        docs.append(_record(text, rng.choice(OUTLETS), "2024-06-01", evs, id=f"d{k}"))
    return docs


_RECOUNT = (
    "SELECT COUNT(DISTINCT COALESCE(d.duplicate_of, d.doc_key)), "
    "COUNT(DISTINCT COALESCE(o.name, 'doc:' || CAST(COALESCE(d.duplicate_of, d.doc_key) AS TEXT))), "
    "MIN(CASE WHEN {p} THEN r.count_low END), MAX(CASE WHEN {p} THEN r.count_high END), "
    "MIN(r.count_low), MAX(r.count_high), MIN(r.fatalities_low), MAX(r.fatalities_high), "
    "MIN(r.injured_low), MAX(r.injured_high) FROM reports r JOIN documents d ON d.doc_key = r.doc_key "
    "JOIN documents rd ON rd.doc_key = COALESCE(d.duplicate_of, d.doc_key) "
    "LEFT JOIN outlets o ON o.outlet_id = rd.outlet_id WHERE r.event_id = ?").format(
    p="r.count_low IS NOT NULL AND r.count_high IS NOT NULL AND r.count_high <= 1.5 * r.count_low")
_BEST = ("SELECT date_value, date_grain, date_lo, date_hi FROM reports WHERE event_id = ? ORDER BY "
         "CASE WHEN date_source = 'text' AND date_value IS NOT NULL THEN 0 ELSE 1 END, "
         "CASE date_grain WHEN 'day' THEN 0 WHEN 'week' THEN 1 WHEN 'month' THEN 2 WHEN 'year' THEN 3 ELSE 4 END, "
         "report_id LIMIT 1")


def _f(v):
    return None if v is None else float(v)


@pytest.fixture
def crowded(store_url):
    st = open_store(store_url)
    docs = _crowd()
    for i in range(0, len(docs), 16):
        st.add_documents(docs[i:i + 16])
    return st


def test_the_crowd_merges_and_copies(crowded):
    with crowded.unit() as tx:
        assert tx.scalar("SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL") >= 10
        assert tx.scalar("SELECT MAX(n_reports) FROM events") >= 3
        assert tx.scalar("SELECT COUNT(*) FROM events WHERE n_outlets < n_reports") >= 1
        assert tx.scalar("SELECT COUNT(DISTINCT date_grain) FROM events") >= 3


def test_every_event_row_equals_its_recomputation_from_all_reports(crowded):
    assert merge.settings()["precise_ratio"] == 1.5  # what _RECOUNT and migration 0026 write out
    with crowded.unit() as tx:
        events = tx.query("SELECT * FROM events ORDER BY event_id")
        assert len(events) > 50
        for e in events:
            n_rep, n_out, p_lo, p_hi, lo, hi, f_lo, f_hi, i_lo, i_hi = tx.execute(_RECOUNT, (e["event_id"],)).fetchone()
            if p_lo is not None or p_hi is not None:
                lo, hi = p_lo, p_hi
            best = tx.one(_BEST, (e["event_id"],))
            want = {"n_reports": n_rep, "n_outlets": n_out, "count_low": _f(lo), "count_high": _f(hi),
                    "fatalities_low": _f(f_lo), "fatalities_high": _f(f_hi), "injured_low": _f(i_lo),
                    "injured_high": _f(i_hi), **best}
            assert {k: e[k] for k in want} == want, e["event_id"]


def test_the_tally_is_what_the_migration_derives_from_the_reports(crowded):
    with crowded.unit() as tx:
        kept = sorted(tuple(r) for r in tx.execute("SELECT event_id, what, value FROM event_tally").fetchall())
        assert {w for _, w, _ in kept} == {"root", "outlet", "date", "precise"}
    sql = next(f for f in crowded.backend.migrations() if f[0] == 26)[2]
    with crowded.unit(write=True) as tx:
        tx.execute("DELETE FROM event_tally")
        for q in statements(sql):
            if q.startswith("INSERT"):
                tx.execute(q)
        again = sorted(tuple(r) for r in tx.execute("SELECT event_id, what, value FROM event_tally").fetchall())
    assert again == kept


def test_the_bounded_lookup_finds_what_the_unbounded_query_finds(crowded):
    cap = merge.settings()["max_candidates"]
    with crowded.unit() as tx:
        windows = {(r[0], r[1] or "", r[2], *merge.date_interval(*r[3:])) for r in tx.execute(
            "SELECT type, subtype, admin1, date_value, date_grain, date_source FROM reports").fetchall()}
        assert len(windows) > 100
        for typ, sub, admin1, lo, hi in sorted(windows, key=str):
            for wlo, whi in ((lo, hi), merge.date_interval(lo, "day", "text")):
                place = {"admin1_en": admin1} if admin1 else None
                got = crowded._merge_candidates(tx, {"type": typ, "subtype": sub}, place, wlo, whi)
                where, params = (" AND admin1 = ?", [admin1]) if admin1 else (" AND place_level = 0", [])
                want = tx.query("SELECT event_id FROM events WHERE kind = 'incident' AND type = ? AND "
                                "COALESCE(subtype, '') = ? AND date_hi >= ? AND date_lo <= ?" + where +
                                " ORDER BY event_id DESC LIMIT ?", (typ, sub, wlo, whi, *params, cap))
                assert [e["event_id"] for e in got] == [e["event_id"] for e in want]


@pytest.mark.parametrize("value,source", [("2024-03-10", "text"), ("2024-03-10", "published"), ("2024-W10", "text"),
                                          ("2024-02", "text"), ("2024", "text"), ("0001-01-03", "text")])
def test_start_ranges_hold_every_interval_that_overlaps(value, source):
    """Every event interval (one report's: day, publication window, week, month, year, undated)
    that overlaps a widened window starts inside one of the window's ranges."""
    lo, hi = merge.date_interval(value, None, source)
    ranges = merge.start_ranges(lo, hi)
    base = dt.date(2023, 11, 1)
    intervals = [merge.date_interval(None, None, None)]
    for i in range(0, 700, 1):
        d = (base + dt.timedelta(days=i)).isoformat()
        intervals += [merge.date_interval(d, None, "text", widen=False),
                      merge.date_interval(d, None, "published", widen=False)]
        if i % 7 == 0:
            y, w, _ = (base + dt.timedelta(days=i)).isocalendar()
            intervals.append(merge.date_interval(f"{y}-W{w:02d}", None, "text"))
        if i % 28 == 0:
            intervals.append(merge.date_interval(d[:7], None, "text"))
    intervals += [merge.date_interval(str(y), None, "text") for y in (2022, 2023, 2024, 2025)]
    overlapping = [(a, b) for a, b in intervals if a <= hi and b >= lo]
    assert overlapping
    if ranges is None:
        return
    for a, _ in overlapping:
        assert any(x <= a <= y for x, y in ranges), (a, ranges)
