"""Tables on an 80-column terminal: every column keeps a readable width. A long type such as
"territory_change/Non-state actor overtakes territory" used to be unwrappable and squeezed the
id, place and count columns to nothing."""
from __future__ import annotations

import io

from rich.console import Console

from marsad.render.table import estimates_table, events_table

EVENTS = [{"event_id": 1234, "type": "territory_change", "subtype": "Non-state actor overtakes territory",
           "date_value": "2024-03-04", "place_ar": "ريف إدلب الجنوبي", "place_name": "southern Idlib countryside",
           "admin1": "Idlib", "count_low": 35, "count_high": 40, "fatalities_low": 3, "fatalities_high": 3,
           "actors_canonical": ["Free Syrian Army / opposition factions"], "n_reports": 3, "n_outlets": 2,
           "figures": []},
          {"event_id": 7, "type": "defection", "subtype": "Change to group/activity", "date_value": None,
           "place_ar": "طفس", "place_name": "Tafas", "count_low": 12, "count_high": 12, "n_reports": 1,
           "n_outlets": 1, "figures": []}]

ESTIMATES = [{"low": 3000, "high": None, "approx": True, "counted": "عنصر", "counted_en": "military personnel",
              "rank": None, "place": "حمص", "period": "2011 – …", "date": None,
              "claimed_by": "Syrian Network for Human Rights", "document": "8a15b27085313186",
              "modality": "asserted", "kind": "aggregate", "outlet": "x", "published": "2024-02-20"}]


def render(table, width: int) -> list[str]:
    buf = io.StringIO()
    Console(file=buf, width=width, color_system=None).print(table)
    return buf.getvalue().splitlines()


def test_events_table_at_80_columns_keeps_every_column():
    lines = render(events_table(EVENTS, 80), 80)
    assert all(len(x) <= 80 for x in lines)
    header = next(x for x in lines if "type" in x)
    for name in ("id", "type", "date", "place", "count", "rep.", "outl."):
        assert name in header, header
    body = "\n".join(lines)
    for value in ("1234", "2024-03-04", "35–40", "killed 3", "طفس", "Tafas"):
        assert value in body, value  # whole, not cut or folded away
    assert "actors: a terminal of 110+ columns" in body  # left out, and the table says so
    lines = render(events_table(EVENTS, 120), 120)
    assert all(len(x) <= 120 for x in lines)
    header = next(x for x in lines if "type" in x)
    for name in ("killed", "actors", "rep."):
        assert name in header, header
    assert "injured" not in header  # empty in every row
    assert "Free Syrian" in "\n".join(lines)


def test_estimates_table_at_80_columns_drops_empty_columns_and_keeps_words_whole():
    lines = render(estimates_table(ESTIMATES, "defection", 80), 80)
    assert all(len(x) <= 80 for x in lines)
    body = "\n".join(lines)
    assert "rank" not in body  # empty in every row: left out when the terminal is narrow
    for word in ("military", "personnel", "Syrian", "Network", "3000"):
        assert word in body, word
    wide = "\n".join(render(estimates_table(ESTIMATES, "defection", 200), 200))
    assert "rank / scope" in wide and "aggregate" in wide
