"""One core for CLI and web: the same filter gives the same event rows from `marsad events` and
from the workbench's API and downloads, on both databases, reviewed values included."""
from __future__ import annotations

import csv
import io
import json

import pytest

from .webutil import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
# (CLI options, the same filter as a query string)
FILTERS = [
    ([], ""),
    (["--type", "defection"], "type=defection"),
    (["--place", "درعا"], "place=درعا"),
    (["--since", "2024-03", "--until", "2024-03"], "since=2024-03&until=2024-03"),
    (["--source", "المرصد"], "source=المرصد"),
    (["--type", "defection", "--source", "المرصد"], "type=defection&source=المرصد"),
    (["--type", "arrest", "--source", "سوري"], "type=arrest&source=سوري"),
    (["--type", "defection", "--since", "2024-03-01", "--until", "2024-06"], "type=defection&since=2024-03-01&until=2024-06"),
    (["--min-count", "10"], "min_count=10"),
    (["--type", "arrest"], "type=arrest"),
    (["--review", "verified"], "review=verified"),
    (["--review", "unreviewed", "--type", "defection"], "review=unreviewed&type=defection"),
    (["--reviewed-only"], "reviewed_only=1"),
    (["--modality", "asserted", "--place", "Daraa"], "modality=asserted&place=Daraa"),
]
SAME = ("event_id", "type", "subtype", "date_value", "date_grain", "place_name", "admin1", "count_low", "count_high",
        "fatalities_low", "n_reports", "n_outlets", "sources", "outlets", "actors", "document_ids")


def _cli_rows(capsys, url: str, opts: list[str]) -> list[dict]:
    from marsad.cli import main

    capsys.readouterr()
    assert main(["events", "--db", url, "--format", "jsonl", *opts]) == 0
    return [json.loads(x) for x in capsys.readouterr().out.splitlines()]


def test_cli_and_web_give_the_same_rows(make_client, db_url, capsys):
    c = make_client(token=TOKEN)
    # a reviewed event: found by its reviewed type, shown with its reviewed values on both sides
    body = {"reviewer": "t", "changes": {"status": "verified", "type": "arrest", "count": {"low": 12, "high": 12}}}
    assert c.post("/api/events/2/review", json=body, headers=AUTH).status_code == 200
    seen = 0
    for opts, qs in FILTERS:
        cli = {r["event_id"]: r for r in _cli_rows(capsys, db_url, opts)}
        web = c.get(f"/api/events?{qs}&per_page=500").json()
        assert web["total"] == len(cli), qs
        got = {r["event_id"]: r for r in web["events"]}
        assert set(got) == set(cli), qs
        for i, r in cli.items():
            assert {k: r.get(k) for k in SAME} == {k: got[i].get(k) for k in SAME}, (qs, i)
            assert (r.get("review_status") or "unreviewed") == got[i]["review_status"]
        # the page's downloads hold the same events as the CLI
        plain = list(csv.DictReader(io.StringIO(c.get(f"/events?{qs}&format=csv").text)))
        assert {int(x["event_id"]) for x in plain} == set(cli), qs
        seen += bool(cli)
    assert seen >= 8  # the filters select something
    arrest = {r["event_id"]: r for r in _cli_rows(capsys, db_url, ["--type", "arrest"])}
    assert arrest[2]["count_low"] == 12 and arrest[2]["review_status"] == "verified"


def test_the_web_list_orders_and_pages_like_the_store(make_client, db_url):
    from marsad.store import EventFilter, open_store
    from marsad.views.events import event_rows

    c = make_client()
    with open_store(db_url, readonly=True) as st:
        for sort in ("date", "count", "reports", "deaths", "id", "place", "type"):
            for order in ("asc", "desc"):
                want = [r["event_id"] for r in event_rows(st, EventFilter(sort=sort, order=order, limit=7, offset=7))]
                got = c.get(f"/api/events?sort={sort}&order={order}&per_page=7&page=2").json()["events"]
                assert [r["event_id"] for r in got] == want, (sort, order)


def test_a_bad_filter_value_is_one_plain_line(make_client):
    c = make_client()
    r = c.get("/api/events?since=yesterday")
    assert r.status_code == 400 and "not a date" in r.json()["detail"]
    assert c.get("/api/events?sort=colour").status_code == 400
    r = c.get("/events?until=2024-13")
    assert r.status_code == 400 and "no such date" in r.text


@pytest.mark.parametrize("cap", [1, 5])
def test_counts_stop_at_their_cap(db_url, cap):
    from marsad.store import EventFilter, open_store

    with open_store(db_url, readonly=True) as st:
        total = st.count_events(EventFilter())
        assert total > 5
        assert st.count_events(EventFilter(), cap=cap) == cap
        assert st.count_events(EventFilter(), cap=total + 10) == total


def test_marsad_serve_on_postgresql(pg_copy):
    """`marsad serve --db postgresql://...`: pages, API, search and a review, over HTTP; the URL's
    password is never printed."""
    import urllib.request

    from .webutil import start_server

    url = pg_copy.replace("postgresql://postgres@", "postgresql://postgres:pw-not-shown@")
    proc, base = start_server(url)
    try:
        get = lambda path: json.loads(urllib.request.urlopen(base + path, timeout=10).read())  # noqa: E731
        assert get("/api/overview")["counts"]["documents"] == 49
        assert "w-hostile" in [h["doc_id"] for h in get("/api/search?q=%D8%A7%D8%B9%D8%B2%D8%A7%D8%B2")["results"]]
        assert get("/api/events?type=defection")["total"] > 0
        for page in ("/", "/events", "/events/1", "/documents/e01", "/estimates", "/map", "/search?q=x"):
            assert urllib.request.urlopen(base + page, timeout=10).status == 200
        req = urllib.request.Request(base + "/api/events/1/review", method="POST", data=json.dumps(
            {"reviewer": "pg", "changes": {"status": "verified"}}).encode(),
            headers={**AUTH, "Content-Type": "application/json"})
        assert json.loads(urllib.request.urlopen(req, timeout=10).read())["event"]["review_status"] == "verified"
        assert [e["event_id"] for e in get("/api/events?review=verified")["events"]] == [1]
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=20)
    assert "pw-not-shown" not in err.decode() and "serving postgresql://postgres:***@" in err.decode()
