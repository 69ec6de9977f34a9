"""ACLED export v2 rows (views/acled.py) on a small corpus of our own sentences whose true totals
we know: loaded with pandas, the columns, their types and the totals must hold."""
from __future__ import annotations

import csv
import io

import pytest

from marsad.document import Document
from marsad.extract.events import EventExtractor
from marsad.views.acled import ACLED_COLUMNS, acled_rows

pd = pytest.importorskip("pandas", reason="pandas is in the dev extra")


def _doc(text, quantities=(), places=(), dates=(), published="2024-05-16"):
    d = Document(text, published=published, outlet="منصة المثال")
    for surf, low, counted in quantities:
        i = text.index(surf)
        d.add("quantities", {"start": i, "end": i + len(surf), "surface": surf, "low": low, "high": low,
                             "approx": False, "kind": "count", "unit": None, "counted": counted})
    for surf, name_en, admin1, country, kind in places:
        i = text.index(surf)
        d.add("places", {"start": i, "end": i + len(surf), "surface": surf, "id": name_en, "name_ar": surf,
                         "name_en": name_en, "admin1_en": admin1, "admin2_en": None, "country": country,
                         "kind": kind, "level": kind, "lat": 36.0, "lon": 36.5, "confidence": 0.9})
    for surf, value, grain in dates:
        i = text.index(surf)
        d.add("dates", {"start": i, "end": i + len(surf), "surface": surf, "value": value, "grain": grain})
    return d


@pytest.fixture(scope="module")
def events():
    ex = EventExtractor()
    docs = [
        # 1 incident: an air strike by the government's planes, 5 civilians killed, 7 injured
        _doc("قُتل 5 مدنيين وأصيب 7 آخرون جراء غارات جوية لطيران النظام على بلدة أريحا أمس.",
             quantities=[("5", 5, "مدني"), ("7", 7, None)], places=[("أريحا", "Ariha", "Idlib", "SYR", "locality")],
             dates=[("أمس", "2024-05-15", "day")]),
        # 1 incident: a defection, no deaths
        _doc("انشق 12 ضابطاً من قوات النظام المنتشرة في مدينة درعا، بحسب المرصد السوري لحقوق الإنسان.",
             quantities=[("12", 12, "ضابط")], places=[("درعا", "Daraa", "Daraa", "SYR", "city")]),
        # 1 incident across the border: 3 fighters killed in clashes near Kilis (Turkey)
        _doc("قُتل 3 عناصر في اشتباكات قرب مدينة كلس في شهر أيار.",
             quantities=[("3", 3, "عنصر")], places=[("كلس", "Kilis", "Kilis", "TUR", "city")],
             dates=[("شهر أيار", "2024-05", "month")]),
        # no row: an aggregate (a toll since the start of the year) and a denied defection
        _doc("وثقت الشبكة مقتل 500 مدني منذ مطلع العام الجاري.", quantities=[("500", 500, "مدني")]),
        _doc("نفت وزارة الدفاع انشقاق 40 ضابطاً في مدينة الرستن.", quantities=[("40", 40, "ضابط")],
             places=[("الرستن", "Ar-Rastan", "Homs", "SYR", "city")]),
        # 1 incident and a battle recalled as history (no row: it was news in its own report, years ago)
        _doc("انشق 9 جنود من قوات النظام المنتشرة في نوى أمس. يذكر أن البلدة شهدت عام 2013 اشتباكات عنيفة قتل فيها "
             "30 عنصراً.", quantities=[("9", 9, "جندي"), ("30", 30, "عنصر")],
             places=[("نوى", "Nawa", "Daraa", "SYR", "city")], dates=[("أمس", "2024-05-15", "day"), ("عام 2013", "2013", "year")]),
    ]
    out = []
    for d in docs:
        ex(d)
        out.extend(d["events"])
    return out


def test_rows_load_with_pandas_with_acled_columns_types_and_totals(events):
    rows = acled_rows(events, timestamp=1715817600)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=ACLED_COLUMNS)
    w.writeheader()
    w.writerows(rows)
    df = pd.read_csv(io.StringIO(buf.getvalue()))
    assert list(df.columns) == ACLED_COLUMNS and len(ACLED_COLUMNS) == 31
    # four incidents told as news and the ministry's denial, the item's news, as its statement (stop 32's
    # convention: a Strategic development); the aggregate, the act denied and the recalled battle make no row
    assert len(df) == 5
    assert list(df["sub_event_type"]).count("Change to group/activity") == 2  # the defection and the denial
    assert int(df["fatalities"].sum()) == 8  # the recalled battle's 30 are not summed again
    for col in ("year", "time_precision", "fatalities", "timestamp", "iso", "inter1", "geo_precision"):
        assert pd.api.types.is_integer_dtype(df[col]), col
    assert pd.api.types.is_float_dtype(df["latitude"]) and pd.api.types.is_float_dtype(df["longitude"])
    assert set(df["event_date"].str.len()) == {10}
    by_type = {r["sub_event_type"]: r for r in df.to_dict("records") if r["location"] != "Nawa"}
    air = by_type["Air/drone strike"]
    assert (air["event_date"], air["time_precision"], air["fatalities"]) == ("2024-05-15", 1, 5)
    assert (air["actor1"], air["inter1"], air["actor2"], air["inter2"], air["interaction"]) == (
        "Military Forces of Syria (2000-2024)", 1, "Civilians (Syria)", 7, 17)
    assert air["civilian_targeting"] == "Civilian targeting" and air["admin1"] == "Idleb"
    assert (air["country"], air["iso"], air["disorder_type"]) == ("Syria", 760, "Political violence")
    assert "5 killed" in air["notes"] and "7 injured" in air["notes"] and "Ariha" in air["notes"]
    defection = by_type["Change to group/activity"]
    assert defection["fatalities"] == 0 and defection["admin1"] == "Dara"
    assert (defection["actor1"], defection["inter1"]) == ("Military Forces of Syria (2000-2024)", 1)
    assert defection["time_precision"] == 2  # dated by the publication day only
    assert "Syrian Observatory for Human Rights" in defection["source"]
    clash = by_type["Armed clash"]
    assert (clash["country"], clash["iso"], clash["event_date"], clash["time_precision"]) == (
        "Turkey", 792, "2024-05-15", 3)


def test_aggregates_and_not_happened_make_no_row(events):
    assert all(r["event_type"] for r in acled_rows(events))
    assert acled_rows([e for e in events if e["kind"] == "aggregate"]) == []
    assert acled_rows([dict(e, modality="call") for e in events]) == []


def test_a_battle_recalled_as_history_makes_no_row(events):
    recalled = [e for e in events if e.get("background")]
    assert [(e["type"], e["fatalities"]["low"], e["date"]) for e in recalled] == [("armed_clash", 30, "2013")]
    assert acled_rows(recalled) == []
    # the same battle told as news makes its row
    assert [r["fatalities"] for r in acled_rows([dict(e, background=False) for e in recalled])] == [30]


def test_a_battle_only_recalled_in_the_store_makes_no_acled_row(tmp_path):
    """Through the store (views/export.incident_records): an incident whose every report recalls it
    as history is flagged background and makes no ACLED row; the news incident makes its row."""
    from marsad.store import open_store
    from marsad.views.export import incident_records

    ex = EventExtractor()
    d = _doc("انشق 9 جنود من قوات النظام المنتشرة في نوى أمس. يذكر أن بلدة جاسم شهدت عام 2013 اشتباكات عنيفة قتل فيها "
             "30 عنصراً.", quantities=[("9", 9, "جندي"), ("30", 30, "عنصر")],
             places=[("نوى", "Nawa", "Daraa", "SYR", "city"), ("جاسم", "Jasim", "Daraa", "SYR", "city")],
             dates=[("أمس", "2024-05-15", "day"), ("عام 2013", "2013", "year")])
    ex(d)
    with open_store(str(tmp_path / "bg.db")) as st:
        st.add_document(d)
        recs = list(incident_records(st))
    flags = sorted((r["type"], bool(r.get("background"))) for r in recs)
    assert ("defection", False) in flags and ("armed_clash", True) in flags
    rows = acled_rows(recs, timestamp=1715817600)
    assert [r["sub_event_type"] for r in rows] == ["Change to group/activity"]
    assert sum(r["fatalities"] for r in rows) == 0
