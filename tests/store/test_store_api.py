"""The store interface on both backends: whole records kept, incidents merged and aggregates not,
identical texts from another outlet, undated events and date filters, reviews, read-only opens."""
from __future__ import annotations

import pytest

from marsad.store import EventFilter, StoreError, open_store

TAFAS = {"id": "C6034", "name_en": "Tafas", "name_ar": "طفس", "admin1_en": "Daraa", "admin2_en": "Daraa",
         "admin3_en": "Mzeireb", "country": "SYR", "kind": "locality", "lat": 32.74, "lon": 36.07}
HOMS = {"id": "SY04", "name_en": "Homs", "name_ar": "حمص", "admin1_en": "Homs", "country": "SYR",
        "kind": "governorate", "lat": 34.7, "lon": 36.7}


def _event(text, trigger, type="defection", count=None, place=None, date=None, modality="asserted", kind="incident",
           actors=(), fatalities=None, reported_by=None, **extra):
    i = text.index(trigger)
    ev = {"kind": kind, "type": type, "subtype": None, "start": i, "end": i + len(trigger), "trigger": trigger,
          "mentions": [{"start": i, "end": i + len(trigger), "surface": trigger}], "group": None,
          "count": {"low": count, "high": count, "approx": False} if count is not None else None,
          "fatalities": fatalities, "injured": None, "breakdown": [],
          "actors": [{"surface": a, "role": "agent", "canonical": c} for a, c in actors],
          "place": None, "date": date, "date_grain": "day" if date else None, "date_source": "text" if date else None,
          "period": None, "reported_by": reported_by, "modality": modality, "background": False, "confidence": 0.8}
    if place:
        j = text.index(place[0])
        ev["place"] = dict(place[1], start=j, end=j + len(place[0]), surface=place[0])
    ev.update(extra)
    return ev


def _record(text, outlet, published, events, id=None, **extra):
    rec = {"text": text, "id": id, "title": None, "outlet": outlet, "author": None, "url": None,
           "published": published, "related": [], "related_headlines": [], "embeds": [], "quantities": [],
           "dates": [], "entities": [], "places": [], "events": events}
    rec.update(extra)
    return rec


T1 = "انشق 35 مجنداً من قوات النظام في طفس."
T2 = "وفقاً لمصادر محلية، انشق نحو 40 جندياً في طفس."
T3 = "نفت وزارة الدفاع انشقاق 40 ضابطاً في حمص."
T4 = "انشق نحو 170 ألف عسكري منذ بداية الثورة بحسب تقديرات."


def _docs():
    return [
        _record(T1, "عنب بلدي", "2024-03-05",
                [_event(T1, "انشق", count=35, place=("طفس", TAFAS), date="2024-03-04",
                        actors=[("قوات النظام", "Syrian government forces")],
                        reported_by={"surface": "عنب بلدي", "outlet": True}, future_field={"x": [1, 2]})],
                id="d1", related=[{"title": "عنوان", "text": "نص"}], related_headlines=["خبر آخر"],
                embeds=[{"platform": "x", "text": "تغريدة", "author": None, "handle": "h", "date": None, "url": None}],
                published_source="metadata"),
        _record(T2, "السورية نت", "2024-03-05",
                [_event(T2, "انشق", count=40, place=("طفس", TAFAS), date="2024-03-05")], id="d2"),
        _record(T3, "الوطن", "2024-08-02",
                [_event(T3, "انشقاق", count=40, place=("حمص", HOMS), date="2024-08-01", modality="denied")], id="d3"),
        _record(T4, "عربي21", "2024-02-21",
                [_event(T4, "انشق", count=170000, kind="aggregate", period={"start": "2011-03", "end": None})],
                id="d4"),
    ]


def test_whole_record_round_trips_and_v2_fields_need_no_migration(store_url):
    st = open_store(store_url)
    docs = _docs()
    keys = st.add_documents(docs)
    assert keys == [1, 2, 3, 4]
    rec = st.document("d1")
    for k in ("text", "id", "outlet", "published", "related", "related_headlines", "embeds", "published_source"):
        assert rec[k] == docs[0][k], k
    (ev,) = rec["events"]
    assert ev == docs[0]["events"][0]  # every field, including one the store has never heard of
    assert ev["future_field"] == {"x": [1, 2]} and ev["actors"][0]["canonical"] == "Syrian government forces"
    assert st.document(2)["id"] == "d2" and st.document("nope") is None


def test_incidents_merge_aggregates_and_denials_do_not(store_url):
    st = open_store(store_url)
    st.add_documents(_docs())
    (e,) = st.events()
    assert (e["type"], e["n_reports"], e["n_outlets"]) == ("defection", 2, 2)
    assert (e["count_low"], e["count_high"], e["place_name"]) == (35, 40, "Tafas")
    assert sorted(r["doc_id"] for r in e["reports"]) == ["d1", "d2"]
    reps = {r["doc_id"]: r for r in st.reports()}
    assert reps["d3"]["event_id"] is None and reps["d3"]["counted_in"] is False  # denied: kept, not counted
    assert reps["d4"]["event_id"] is None and reps["d4"]["kind"] == "aggregate"  # aggregate: never an incident
    est = st.estimates("defection")
    assert sorted((r["kind"], r["count_low"]) for r in est) == [("aggregate", 170000), ("incident", 35),
                                                                ("incident", 40), ("incident", 40)]
    from marsad.views.estimates import estimate_rows

    rows = estimate_rows(st, "defection")
    assert sorted(r["low"] for r in rows) == [35, 40, 170000]  # the denied figure only with include_all
    agg = [r for r in rows if r["kind"] == "aggregate"][0]
    assert agg["period"] == "2011-03 – …" and agg["outlet"] == "عربي21"
    assert len(estimate_rows(st, "defection", include_all=True)) == 4


def test_same_text_same_outlet_once_other_outlet_a_second_report(store_url):
    st = open_store(store_url)
    d = _docs()[0]
    assert st.add_document(d) == 1
    assert st.add_document(d) is None  # same text, same outlet: already in
    copy = dict(d, outlet="زمان الوصل", id="d1-copy")
    k = st.add_document(copy)
    assert k == 2
    assert st.has_document(T1, "زمان الوصل") and not st.has_document(T1, "الجزيرة")
    (e,) = st.events()
    assert len(e["reports"]) == 2 and {r["outlet"] for r in e["reports"]} == {"عنب بلدي", "زمان الوصل"}
    assert (e["n_reports"], e["n_outlets"]) == (1, 1)  # a verbatim copy is not independent confirmation
    from marsad.views.events import event_rows

    (row,) = event_rows(st)
    assert row["outlets"] == ["عنب بلدي", "زمان الوصل"]
    assert st.document(2)["_store"]["duplicate_of"] == 1


def test_filters_and_undated_events(store_url):
    st = open_store(store_url)
    st.add_documents(_docs())
    t = "اعتقلت قوات النظام 12 شاباً في طفس."
    st.add_document(_record(t, "درعا 24", None, [_event(t, "اعتقلت", type="arrest", count=12,
                                                          place=("طفس", TAFAS),
                                                          actors=[("قوات النظام", "Syrian government forces")])]))
    assert len(st.events()) == 2
    assert [e["type"] for e in st.events(EventFilter(until="1990-01-01"))] == []
    assert [e["type"] for e in st.events(EventFilter(until="1990-01-01", include_undated=True))] == ["arrest"]
    assert [e["type"] for e in st.events(EventFilter(since="2024-03"))] == ["defection"]
    assert [e["type"] for e in st.events(EventFilter(since="2024-03-06", until="2024"))] == []  # 03-04 best date
    assert [e["type"] for e in st.events(EventFilter(until="2024-03"))] == ["defection"]
    assert {e["type"] for e in st.events(EventFilter(actor="government"))} == {"defection", "arrest"}
    assert [e["type"] for e in st.events(EventFilter(actor="قوات", type="arrest"))] == ["arrest"]
    assert [e["type"] for e in st.events(EventFilter(source="السورية"))] == ["defection"]
    assert [e["type"] for e in st.events(EventFilter(outlet="درعا 24"))] == ["arrest"]
    assert len(st.events(EventFilter(place="Daraa"))) == 2 and not st.events(EventFilter(place="Homs"))
    assert len(st.events(EventFilter(place="طفس"))) == 2
    assert [e["type"] for e in st.events(EventFilter(min_count=13))] == ["defection"]
    assert len(st.events(EventFilter(limit=1))) == 1 and st.count_events(EventFilter(type="arrest")) == 1


def test_reviews_are_kept_beside_the_extraction(store_url):
    from marsad.views.events import event_detail, event_rows

    st = open_store(store_url)
    st.add_documents(_docs())
    (e,) = st.events()
    eid = e["event_id"]
    assert st.events(EventFilter(reviewed_only=True)) == []
    r1 = st.add_review(eid, "count", {"low": 36, "high": 36}, "huda", note="checked against the video")
    r2 = st.add_review(eid, "count", {"low": 37, "high": 37}, "omar")
    st.add_review(eid, "status", "verified", "huda")
    st.add_review(eid, "date", "2024-03", "huda")
    revs = st.reviews([eid])
    assert [(r["review_id"], r["old_value"], r["new_value"]) for r in revs][:2] == [
        (r1, {"low": 35, "high": 40}, {"low": 36, "high": 36}), (r2, {"low": 36, "high": 36}, {"low": 37, "high": 37})]
    assert revs[0]["note"] == "checked against the video" and revs[0]["created_at"][:2] == "20"
    (row,) = event_rows(st)
    assert (row["count_low"], row["count_high"]) == (37, 37) and row["extracted"]["count_low"] == 35
    assert row["review_status"] == "verified" and row["reviewed_by"] == ["huda", "omar"]
    assert (row["date_value"], row["date_grain"], row["date_lo"]) == ("2024-03", "month", "2024-03-01")
    assert st.event(eid)["count_low"] == 35  # the extraction itself is untouched
    assert len(st.events(EventFilter(reviewed_only=True))) == 1
    assert len(st.events(EventFilter(review="verified"))) == 1 and not st.events(EventFilter(review="unreviewed"))
    st.add_review(eid, "status", "rejected", "omar")
    assert st.events(EventFilter(reviewed_only=True)) == [] and len(st.events(EventFilter(review="rejected"))) == 1
    d = event_detail(st, eid)
    assert len(d["reports"]) == 2 and len(d["reviews"]) == 5 and d["review_status"] == "rejected"
    with pytest.raises(StoreError, match="no event"):
        st.add_review(999, "count", {"low": 1, "high": 1}, "huda")
    with pytest.raises(StoreError, match="reviewer"):
        st.add_review(eid, "count", {"low": 1, "high": 1}, " ")
    with pytest.raises(StoreError, match="high figure"):
        st.add_review(eid, "count", {"low": 5, "high": 1}, "huda")
    with pytest.raises(StoreError, match="cannot review"):
        st.add_review(eid, "sentence", "x", "huda")


def test_raw_sql_session_and_transactions_join_store_calls(store_url):
    """The web's and the watcher's own tables go through the store's session connection; a store
    call inside ``transaction()`` is part of that transaction (all or nothing)."""
    st = open_store(store_url)
    st.execute("CREATE TABLE side_notes (doc_key INTEGER, note TEXT)")
    with pytest.raises(RuntimeError):
        with st.transaction():
            key = st.add_document(_docs()[0])
            st.execute("INSERT INTO side_notes (doc_key, note) VALUES (?, ?)", (key, "x"))
            raise RuntimeError("undo all of it")
    assert st.counts()["documents"] == 0 and st.scalar("SELECT COUNT(*) FROM side_notes") == 0
    with st.transaction():
        key = st.add_document(_docs()[0])
        st.execute("INSERT INTO side_notes (doc_key, note) VALUES (?, ?)", (key, "kept"))
    assert st.query("SELECT note FROM side_notes") == [{"note": "kept"}] and st.counts()["documents"] == 1
    st.close()


def test_a_reader_never_writes(store_url):
    with pytest.raises(StoreError, match="no such database|empty database"):
        open_store(store_url, readonly=True)
    st = open_store(store_url)
    st.add_documents(_docs()[:1])
    ro = open_store(store_url, readonly=True)
    assert len(ro.events()) == 1 and ro.schema_version == st.schema_version
    with pytest.raises(StoreError, match="read-only"):
        ro.add_document(_docs()[1])


def test_a_bad_document_does_not_undo_its_batch(store_url):
    from marsad.store import DocumentFailed

    st = open_store(store_url)
    good = _docs()[:2]
    bad = _record("نص قصير", "أ", None, [{"type": "defection", "start": "x", "end": 2}])
    res = st.add_documents([good[0], bad, good[1]])
    assert res[0] == 1 and isinstance(res[1], DocumentFailed) and res[2] is not None
    assert st.counts()["documents"] == 2


def test_huge_figures_and_odd_dates_do_not_break_a_document(store_url):
    st = open_store(store_url)
    t = "انشق عدد كبير جداً في طفس."
    ev = _event(t, "انشق", place=("طفس", TAFAS), date="0001-01-01")
    ev["count"] = {"low": 10 ** 300, "high": 10 ** 300, "approx": False}
    rec = _record(t, "أ", "9999-12-31", [ev])
    assert st.add_document(rec) == 1
    (e,) = st.events()
    assert e["count_low"] is None and st.document(1)["events"][0]["count"]["low"] == 10 ** 300
    assert st.document(1)["published"] == "9999-12-31"
