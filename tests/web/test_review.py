"""Review round trip: each change is a review record, the machine's extraction is kept, every view
and download shows the reviewed value."""
from __future__ import annotations

import csv
import io
import re

from .webutil import TOKEN, one, rows

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _csrf(c, path):
    return re.search(r'name="csrf" value="([0-9a-f]+)"', c.get(path).text).group(1)


def test_form_review_round_trip(writer, db_url):
    machine = rows(db_url, "SELECT type, count_low, count_high, place_name, date_value FROM events WHERE event_id = 1")[0]
    form = {"csrf": _csrf(writer, "/events/1"), "status": "verified", "type": "desertion", "count_low": "31",
            "count_high": "33", "fatalities": "2", "place": "جاسم", "date": "2024-03-03",
            "actors": "agent: قوات النظام\ntarget: مدنيين", "reviewer": "R. Analyst", "note": "checked the video"}
    r = writer.post("/events/1/review", data=form, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/events/1?saved=7"
    ev = writer.get("/api/events/1").json()
    assert ev["review_status"] == "verified"
    assert ev["type"] == "desertion" and ev["machine_type"] == machine[0]
    assert (ev["count_low"], ev["count_high"]) == (31, 33)
    assert (ev["machine_count_low"], ev["machine_count_high"]) == machine[1:3]
    assert ev["fatalities"] == 2
    assert ev["place_name"] == "Jasim" and ev["admin1"] == "Daraa" and ev["lat"] and ev["lon"]
    assert ev["date_value"] == "2024-03-03" and ev["date_grain"] == "day"
    assert [(a["role"], a["surface"]) for a in ev["actor_records"]] == [("agent", "قوات النظام"), ("target", "مدنيين")]
    assert ev["actors"] == ["قوات النظام", "مدنيين"]  # the event row's actor names, as `marsad events` gives
    # the machine's extraction is untouched
    assert rows(db_url, "SELECT type, count_low, count_high, place_name, date_value FROM events WHERE event_id = 1"
                )[0] == machine
    # one record per field: who, when, field, old, new, note
    hist = {h["field"]: h for h in ev["reviews"]}
    assert set(hist) == {"status", "type", "count", "fatalities", "place", "date", "actors"}
    assert hist["type"]["old_value"] == machine[0] and hist["type"]["new_value"] == "desertion"
    assert hist["count"]["new_value"] == {"low": 31.0, "high": 33.0}
    assert all(h["reviewer"] == "R. Analyst" and h["note"] == "checked the video" for h in hist.values())
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00", h["created_at"]) for h in hist.values())
    # the page after the redirect shows it, with the machine's value struck through
    html = writer.get("/events/1?saved=7").text
    assert "Review saved: 7 change(s)" in html and 'badge r-verified' in html
    assert "31–33" in html and "<s>" in html and "R. Analyst" in html
    # saving the same values again writes nothing
    form["csrf"] = _csrf(writer, "/events/1")
    r = writer.post("/events/1/review", data=form, follow_redirects=False)
    assert r.headers["location"] == "/events/1?saved=0"
    assert one(db_url, "SELECT COUNT(*) FROM reviews WHERE event_id = 1") == 7


def test_lists_downloads_and_filters_use_reviewed_values(make_client):
    c = make_client(token=TOKEN)
    body = {"reviewer": "tester", "changes": {"status": "verified", "type": "arrest", "count": {"low": 7, "high": 7},
                                              "place": "Homs", "date": "2023-05"}}
    assert c.post("/api/events/2/review", json=body, headers=AUTH).status_code == 200
    ver = c.get("/api/events?review=verified").json()
    assert [e["event_id"] for e in ver["events"]] == [2]
    e = ver["events"][0]
    assert (e["type"], e["count_low"], e["place_name"], e["date_value"], e["date_grain"]) == (
        "arrest", 7, "Homs", "2023-05", "month")
    assert 2 in {x["event_id"] for x in c.get("/api/events?type=arrest&per_page=500").json()["events"]}
    assert 2 not in {x["event_id"] for x in c.get("/api/events?type=airstrike&per_page=500").json()["events"]}
    assert 2 in {x["event_id"] for x in c.get("/api/events?governorate=Homs&since=2023-05-10&until=2023-05-12").json()["events"]}
    rows = list(csv.DictReader(io.StringIO(c.get("/events?review=verified&format=acled-marsad").text)))
    assert len(rows) == 1
    row = rows[0]
    assert row["event_id"] == "2" and row["marsad_type"] == "arrest" and row["admin1"] == "Homs"
    assert row["event_date"].startswith("2023-05") and float(row["count_low"]) == 7 and row["review_status"] == "verified"
    acled = list(csv.DictReader(io.StringIO(c.get("/events?review=verified&format=acled").text)))
    assert len(acled) == 1 and acled[0]["event_id_cnty"].endswith("MRS2")
    assert acled[0]["event_type"] and acled[0]["event_date"].startswith("2023-05")
    assert c.get("/api/map?review=verified").json()["points"][0]["place"] == "Homs"
    # the overview counts it
    assert c.get("/api/overview").json()["counts"]["verified"] == 1


def test_empty_value_hands_the_field_back_to_the_machine(make_client):
    c = make_client(token=TOKEN)
    machine = c.get("/api/events/1").json()
    c.post("/api/events/1/review", json={"reviewer": "a", "changes": {"count": {"low": 1, "high": 2}}}, headers=AUTH)
    assert c.get("/api/events/1").json()["count_low"] == 1
    r = c.post("/api/events/1/review", json={"reviewer": "a", "changes": {"count": {"low": None, "high": None}}},
               headers=AUTH).json()
    assert r["written"] == [{"field": "count", "old": {"low": 1.0, "high": 2.0}, "new": None}]
    back = c.get("/api/events/1").json()
    assert (back["count_low"], back["count_high"]) == (machine["count_low"], machine["count_high"])
    assert [h["field"] for h in back["reviews"]] == ["count", "count"]
    # rejecting, then un-rejecting
    c.post("/api/events/1/review", json={"reviewer": "a", "changes": {"status": "rejected"}}, headers=AUTH)
    assert c.get("/api/events/1").json()["review_status"] == "rejected"
    c.post("/api/events/1/review", json={"reviewer": "a", "changes": {"status": "unreviewed"}}, headers=AUTH)
    assert c.get("/api/events/1").json()["review_status"] == "unreviewed"


def test_bad_review_values_are_refused_in_plain_words(make_client, writer):
    c = make_client(token=TOKEN)
    cases = [({"type": "picnic"}, "unknown event type"), ({"count": {"low": 9, "high": 3}}, "below the low"),
             ({"count": {"low": "many"}}, "not a number"), ({"place": "Atlantis-on-Sea"}, "no place called"),
             ({"date": "yesterday"}, "not a date"), ({"date": "2024-02-30"}, "no such date"),
             ({"status": "maybe"}, "status must be"), ({"fatalities": -3}, "cannot be negative")]
    for changes, msg in cases:
        r = c.post("/api/events/1/review", json={"reviewer": "a", "changes": changes}, headers=AUTH)
        assert r.status_code == 422 and msg in r.json()["detail"], changes
    r = c.post("/api/events/1/review", json={"reviewer": "", "changes": {"status": "verified"}}, headers=AUTH)
    assert r.status_code == 422 and "who is reviewing" in r.json()["detail"]
    assert c.post("/api/events/999999/review", json={"reviewer": "a", "changes": {}}, headers=AUTH).status_code == 422
    assert c.get("/api/events/1").json()["reviews"] == []  # nothing half-written
    # the form shows the error on the event page
    form = {"csrf": _csrf(writer, "/events/1"), "date": "not-a-date", "reviewer": "a"}
    r = writer.post("/events/1/review", data=form)
    assert r.status_code == 200 and "Not saved: not a date" in r.text


def test_the_form_sent_back_unchanged_writes_only_what_changed(writer, db_url):
    """The review form shows the reports' actors, place, date and figures; sending it back with
    only the status changed records the status alone."""
    ev = next(e for e in (writer.get(f"/api/events/{i}").json() for i in range(1, 60)) if e.get("actor_records"))
    html = writer.get(f"/events/{ev['event_id']}").text
    shown = lambda name: re.search(rf'name="{name}" value="([^"]*)"', html).group(1)  # noqa: E731
    import html as h

    actors = h.unescape(re.search(r'<textarea name="actors"[^>]*>(.*?)</textarea>', html, re.S).group(1))
    form = {"csrf": _csrf(writer, f"/events/{ev['event_id']}"), "status": "verified", "type": ev["type"],
            "count_low": shown("count_low"), "count_high": shown("count_high"), "fatalities": shown("fatalities"),
            "place": h.unescape(shown("place")), "date": shown("date"), "actors": actors, "reviewer": "R"}
    r = writer.post(f"/events/{ev['event_id']}/review", data=form, follow_redirects=False)
    assert r.headers["location"] == f"/events/{ev['event_id']}?saved=1"
    assert [x["field"] for x in writer.get(f"/api/events/{ev['event_id']}").json()["reviews"]] == ["status"]
    assert one(db_url, "SELECT COUNT(*) FROM reviews WHERE event_id = ?", (ev["event_id"],)) == 1
