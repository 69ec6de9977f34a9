"""Every page and API of the workbench with FastAPI's TestClient: values, filters, downloads."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest

from .webutil import HOSTILE_TITLE, one, rows


def test_every_page_and_api_answers(client):
    for path in ["/", "/events", "/events/1", "/documents/e01", "/estimates", "/search?q=انشقاق", "/map", "/docs",
                 "/login", "/api/overview", "/api/events", "/api/events/1", "/api/documents/e01", "/api/estimates",
                 "/api/search?q=درعا", "/api/map", "/openapi.json"]:
        r = client.get(path)
        assert r.status_code == 200, path
    spec = client.get("/openapi.json").json()
    for p in ["/api/events", "/api/events/{event_id}", "/api/documents/{doc_id}", "/api/estimates", "/api/search",
              "/api/events/{event_id}/review"]:
        assert p in spec["paths"]


def test_missing_things_are_404_pages(client):
    assert client.get("/events/999999").status_code == 404
    assert client.get("/documents/no-such-doc").status_code == 404
    r = client.get("/api/events/999999")
    assert r.status_code == 404 and r.json()["detail"] == "no event 999999"


def test_overview_counts_match_the_database(client, db_url):
    ov = client.get("/api/overview").json()
    assert ov["counts"]["documents"] == one(db_url, "SELECT COUNT(*) FROM documents") == 49
    assert ov["counts"]["incidents"] == one(db_url, "SELECT COUNT(*) FROM events WHERE kind = 'incident'")
    assert ov["counts"]["aggregates"] == one(db_url, "SELECT COUNT(*) FROM reports WHERE kind = 'aggregate'") > 0
    assert sum(r["n"] for r in ov["per_week"]) > 0
    assert ov["latest"][0]["doc_id"] == "w-army"  # newest publication date first
    html = client.get("/").text
    assert f"<b>{ov['counts']['documents']}</b> documents" in html
    assert '<svg class="chart"' in html and 'id="map"' in html


def test_events_filters_select_exactly(client):
    all_ = client.get("/api/events?per_page=500").json()
    assert all_["total"] == len(all_["events"]) > 20
    d = client.get("/api/events?type=defection&per_page=500").json()
    assert d["total"] == sum(e["type"] == "defection" for e in all_["events"]) > 0
    assert {e["type"] for e in d["events"]} == {"defection"}
    # a governorate, and a place given in Arabic matches its English gazetteer name too
    g = client.get("/api/events?governorate=Daraa&per_page=500").json()
    assert g["total"] > 0 and {e["admin1"] for e in g["events"]} == {"Daraa"}
    ar = client.get("/api/events?place=درعا&per_page=500").json()
    assert {e["event_id"] for e in g["events"]} <= {e["event_id"] for e in ar["events"]}
    # dates: every event overlaps the window
    w = client.get("/api/events?since=2024-03-01&until=2024-03-31&per_page=500").json()
    assert w["total"] > 0
    assert all(e["date_hi"] >= "2024-03-01" and e["date_lo"] <= "2024-03-31" for e in w["events"])
    # a month as the end of the range means its last day
    assert client.get("/api/events?since=2024-03&until=2024-03&per_page=500").json()["total"] == w["total"]
    # source/outlet substring, min count, modality, review state, kind
    s = client.get("/api/events?source=المرصد السوري&per_page=500").json()
    assert s["total"] > 0
    for e in s["events"][:10]:
        reps = client.get(f"/api/events/{e['event_id']}").json()["reports"]
        assert any("المرصد السوري" in (r["reported_by"] or "") + " " + (r["outlet"] or "") for r in reps)
    m = client.get("/api/events?min_count=100&per_page=500").json()
    assert m["total"] > 0 and all((e["count_high"] or e["count_low"]) >= 100 for e in m["events"])
    assert client.get("/api/events?modality=asserted").json()["total"] == all_["total"]
    assert client.get("/api/events?review=unreviewed").json()["total"] == all_["total"]
    assert client.get("/api/events?review=verified").json()["total"] == 0
    assert client.get("/api/events?kind=incident").json()["total"] == all_["total"]
    # combined filters are an AND
    both = client.get("/api/events?type=defection&governorate=Daraa&per_page=500").json()
    assert {e["event_id"] for e in both["events"]} == {e["event_id"] for e in d["events"] if e["admin1"] == "Daraa"}


def test_events_actor_filter(client, db_url):
    row = [r for r in rows(db_url, "SELECT event_id, actors FROM reports WHERE event_id IS NOT NULL ORDER BY report_id")
           if r[1] and r[1] != "[]"][0]
    surface = (json.loads(row[1]) if isinstance(row[1], str) else row[1])[0]["surface"]
    res = client.get("/api/events", params={"actor": surface, "per_page": 500}).json()
    assert row[0] in {e["event_id"] for e in res["events"]}


def test_sort_and_paginate(client):
    by_count = client.get("/api/events?sort=count&order=desc&per_page=500").json()["events"]
    counts = [e["count_high"] if e["count_high"] is not None else e["count_low"] for e in by_count]
    known = [c for c in counts if c is not None]
    assert known == sorted(known, reverse=True)
    assert counts[:len(known)] == known  # missing figures last
    by_date = [e for e in client.get("/api/events?sort=date&per_page=500").json()["events"] if e["date_value"]]
    assert [e["date_lo"] for e in by_date] == sorted((e["date_lo"] for e in by_date), reverse=True)
    p1 = client.get("/api/events?sort=id&order=asc&per_page=5&page=1").json()
    p2 = client.get("/api/events?sort=id&order=asc&per_page=5&page=2").json()
    ids = [e["event_id"] for e in p1["events"] + p2["events"]]
    assert ids == sorted(ids) and len(set(ids)) == 10
    assert p1["pages"] == -(-p1["total"] // 5)
    html = client.get("/events?sort=id&order=asc&per_page=5&page=2").text
    assert "page 2 of" in html and 'rel="prev"' in html and 'rel="next"' in html


def test_downloads_hold_exactly_the_filtered_events(client):
    f = "type=defection&governorate=Daraa"
    api_ids = {e["event_id"] for e in client.get(f"/api/events?{f}&per_page=500").json()["events"]}
    assert api_ids
    r = client.get(f"/events?{f}&format=acled")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    # ACLED's own 31 columns in ACLED's order, one row per filtered incident, as `marsad export` makes them
    from marsad.views.acled import ACLED_COLUMNS

    assert list(rows[0]) == ACLED_COLUMNS
    assert {int(x["event_id_cnty"].rsplit("MRS", 1)[1]) for x in rows} <= api_ids
    assert len(rows) >= 1 and all(x["country"] == "Syria" and x["admin1"] for x in rows)
    wide = list(csv.DictReader(io.StringIO(client.get(f"/events?{f}&format=acled-marsad").text)))
    assert {int(x["event_id"]) for x in wide} == api_ids
    assert all(x["admin1"] == "Daraa" and x["marsad_type"] == "defection" for x in wide)
    plain = list(csv.DictReader(io.StringIO(client.get(f"/events?{f}&format=csv").text)))
    assert {int(x["event_id"]) for x in plain} == api_ids
    lines = client.get(f"/events?{f}&format=jsonl").text.splitlines()
    assert {json.loads(x)["event_id"] for x in lines} == api_ids
    assert client.get("/events?format=xlsx").status_code == 400
    # the page links to the downloads with its own filters
    html = client.get(f"/events?{f}").text
    assert "format=acled" in html and "governorate=Daraa" in html


def test_event_page_shows_every_report_with_its_mention_marked(client):
    ev = client.get("/api/events/1").json()
    assert len(ev["reports"]) >= ev["n_reports"] >= 2  # a document may report it twice; n counts documents
    html = client.get("/events/1").text
    for r in ev["reports"]:
        assert f"document {r['doc_id']}" in html
        for m in r["mentions"]:
            assert f"<mark>{m['surface']}</mark>" in m["html"]
            assert m["html"].replace("<mark>", "").replace("</mark>", "") == m["sentence"]
    assert html.count('<blockquote lang="ar" dir="rtl"') == sum(len(r["mentions"]) for r in ev["reports"])


def test_document_page_highlights_every_layer_rtl(client):
    api = client.get("/api/documents/e01").json()
    text = api["text"]
    for layer, spans in api["spans"].items():
        for s in spans:
            assert text[s["start"]:s["end"]] == s["surface"], layer
    assert len(api["spans"]["events"]) >= 1  # events are highlighted too, wherever the store keeps them
    html = client.get("/documents/e01").text
    assert '<article id="article" lang="ar" dir="rtl"' in html
    for layer in ("quantities", "dates", "places", "entities", "events"):
        assert f'id="t-{layer}"' in html  # the toggle
        if api["spans"].get(layer):
            assert f"l-{layer}" in html
    # tooltips say what the span was read as
    q = api["spans"]["quantities"][0]
    assert 'title="quantity: ' in html
    assert "place: Daraa" in html or "place: " in html
    # the article text survives highlighting: strip our tags and compare
    body = html[html.index('<article id="article"'):html.index("</article>")]
    plain = re.sub(r"<[^>]+>", "", body.split(">", 1)[1])
    import html as h

    assert h.unescape(plain).replace("\n", "").strip() == text.replace("\n", "")
    assert q["surface"] in plain


def test_hostile_title_and_text_render_as_text(client):
    html = client.get("/documents/w-hostile").text
    assert "<script>alert" not in html and "<b>خبيث</b>" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(" in re.sub(r"<span[^>]*>|</span>", "", html)
    api = client.get("/api/documents/w-hostile").json()
    assert api["title"] == HOSTILE_TITLE  # the API gives the value; escaping is the page's job
    # in lists and search results too
    assert "<script>alert" not in client.get("/").text
    s = client.get("/search?q=اعزاز").text
    assert "&lt;script&gt;" in s and "<script>alert" not in s


def test_estimates_side_by_side_never_averaged(client, db_url):
    n = one(db_url, "SELECT COUNT(*) FROM reports WHERE type = 'defection' AND modality = 'asserted' AND "
                    "(count_low IS NOT NULL OR count_high IS NOT NULL)")
    api = client.get("/api/estimates?type=defection").json()
    assert [t["topic"] for t in api["topics"]] == ["defection"]
    claims = api["topics"][0]["claims"]
    assert len(claims) == n
    assert api["topics"][0]["max"] == max(v for c in claims for v in (c["low"], c["high"]) if v is not None)
    html = client.get("/estimates?type=defection").text
    assert html.count('class="rangebar"') == n
    assert "average" not in html.lower().replace("never averaged", "")
    with_all = client.get("/api/estimates?type=defection&all=true").json()["topics"][0]["claims"]
    assert len(with_all) >= n and {c["modality"] for c in with_all} >= {"asserted"}


def test_search_folds_arabic_spellings(client):
    # the text says «إعزاز» and «عشرةً»: bare alef, ha for ta marbuta, tanween all match
    for q in ["إعزاز", "اعزاز", "أعزاز", "اعزاز", "عشره", "عشرة", "عَشَرَة", "عشـــرة"]:
        res = client.get("/api/search", params={"q": q}).json()
        assert "w-hostile" in [h["doc_id"] for h in res["results"]], q
    # proclitics: «الجيش» finds «والجيشَ»
    res = client.get("/api/search", params={"q": "الجيش"}).json()
    assert "w-army" in [h["doc_id"] for h in res["results"]]
    hit = [h for h in client.get("/api/search", params={"q": "اعزاز"}).json()["results"] if h["doc_id"] == "w-hostile"][0]
    # the snippet is the original text with the match marked
    marked = [hit["snippet"][s:e] for s, e in hit["matches"]]
    assert marked == ["إعزاز"]
    assert "<mark>إعزاز</mark>" in hit["snippet_html"]
    html = client.get("/search", params={"q": "اعزاز"}).text
    assert "<mark>إعزاز</mark>" in html


def test_search_is_not_an_injection_point(client):
    for q in ['" OR * NEAR(', "title:x AND", "*", "'; DROP TABLE documents; --", "", "   "]:
        r = client.get("/api/search", params={"q": q})
        assert r.status_code == 200, q
    assert client.get("/api/search", params={"q": ""}).json()["total"] == 0


def test_search_index_catches_up_with_new_documents(client, db_url):
    from marsad.document import Document
    from marsad.pipeline import Pipeline
    from marsad.store import open_store

    d = Document("خبر جديد عن قرية زرزور بعد بدء الخادم.", id="w-late", published="2024-12-22")
    Pipeline()(d)
    with open_store(db_url) as st:
        st.add_document(d)
    res = client.get("/api/search", params={"q": "زرزور"}).json()
    assert [h["doc_id"] for h in res["results"]] == ["w-late"]


def test_map_points_follow_the_filters(client, db_url):
    pts = client.get("/api/map").json()["points"]
    with_coords = one(db_url, "SELECT COUNT(*) FROM events WHERE lat IS NOT NULL")
    assert sum(p["events"] for p in pts) == with_coords
    d = client.get("/api/map?type=defection").json()["points"]
    n = one(db_url, "SELECT COUNT(*) FROM events WHERE lat IS NOT NULL AND type = 'defection'")
    assert sum(p["events"] for p in d) == n
    html = client.get("/map?type=defection").text
    assert 'data-points="/api/map?type=defection"' in html
    assert "/static/vendor/leaflet/leaflet.js" in html
    for f in ["leaflet/leaflet.js", "leaflet/LICENSE", "world-atlas/countries-50m.json", "world-atlas/LICENSE",
              "topojson-client/topojson-client.min.js", "topojson-client/LICENSE"]:
        assert client.get(f"/static/vendor/{f}").status_code == 200, f


def test_views_for_datasette(client, db_url):
    n_events = one(db_url, "SELECT COUNT(*) FROM events")
    assert one(db_url, "SELECT COUNT(*) FROM v_events") == n_events
    assert one(db_url, "SELECT COUNT(*) FROM v_reports") == one(db_url, "SELECT COUNT(*) FROM reports")
    assert one(db_url, "SELECT COUNT(*) FROM v_estimates") > 0
    row = rows(db_url, "SELECT type, place_name, count_low, review_status FROM v_events WHERE event_id = 1")[0]
    assert row[3] == "unreviewed" and row[0]


def test_reads_use_a_read_only_connection(db_url):
    from marsad.web.db import Database

    db = Database(db_url)
    try:
        with pytest.raises(Exception, match="readonly|read-only"):
            with db.store.unit() as tx:
                tx.execute("DELETE FROM events")
        assert db.scalar("SELECT COUNT(*) FROM events") > 0
    finally:
        db.close()


def test_demo_leaves_its_database_and_prints_the_serve_command():
    """``make demo`` (scripts/demo.py, the real CLI commands) ingests into demo/marsad.db and ends
    with the serve command and the address to browse."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "scripts" / "demo.py"
    spec = importlib.util.spec_from_file_location("demo_script", path)
    demo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(demo)
    assert ["ingest", "samples/corpus.jsonl", "--db", "demo/marsad.db", "--passage"] in [a for _, a in demo.STEPS]
    nxt = "\n".join(demo.next_commands(serve=True))
    assert "marsad serve --db demo/marsad.db" in nxt and "http://127.0.0.1:8000/" in nxt
    assert "marsad serve" not in "\n".join(demo.next_commands(serve=False))


def test_search_ranks_within_the_newest_matches(db_url, monkeypatch):
    """A common word is ranked among its newest RANK_WINDOW matches (ranking every match is the
    slow tail); the total still counts every match, on either database."""
    from marsad.web import search
    from marsad.web.db import Database

    db = Database(db_url)
    try:
        search.refresh_index(db.store)
        every = search.search(db, "درعا", limit=100)
        assert every["total"] == len(every["results"]) > 3
        monkeypatch.setattr(search, "RANK_WINDOW", 1)
        one_ = search.search(db, "درعا", limit=1)
        assert one_["total"] == every["total"] and one_["window"] == 1
        assert [h["doc_key"] for h in one_["results"]] == [max(h["doc_key"] for h in every["results"])]
    finally:
        db.close()


def test_planner_statistics_made_once_and_again_when_events_grow(db_path):
    """The server makes SQLite's planner statistics when there are none or the events grew by a
    quarter; otherwise a start leaves them as they are."""
    import sqlite3

    from marsad.web.db import Database

    Database(str(db_path)).close()
    con = sqlite3.connect(db_path)
    n = con.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    stats = lambda: {r[0] for r in con.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'events'")}  # noqa: E731
    assert stats() and all(x.split()[0] == str(n) for x in stats())
    con.execute("UPDATE sqlite_stat1 SET stat = ? WHERE tbl = 'events'", (f"{n} 7",))  # still current: kept
    con.commit()
    Database(str(db_path)).close()
    assert stats() == {f"{n} 7"}
    con.execute("UPDATE sqlite_stat1 SET stat = ? WHERE tbl = 'events'", (f"{n * 2} 7",))  # made when twice as many
    con.commit()
    Database(str(db_path)).close()
    assert stats() != {f"{n * 2} 7"} and all(x.split()[0] == str(n) for x in stats())
