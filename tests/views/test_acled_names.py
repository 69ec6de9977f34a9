"""ACLED spellings in the export (views/acled.py with data/events/acled.json and actors.json):
the admin1 names and actor names found in ACLED data (sources in data/events/NOTICE.md), and
state forces named by the period of the event's date, as ACLED does."""
from __future__ import annotations

from marsad.views.acled import acled_rows


def _event(date, agent, target=None, admin1="Raqqa", place="Tabqa"):
    actors = [{"surface": "x", "role": "agent", "canonical": agent}]
    if target:
        actors.append({"surface": "y", "role": "target", "canonical": target})
    return {"kind": "incident", "type": "airstrike", "modality": "asserted", "date": date, "date_grain": "day",
            "date_source": "text", "actors": actors, "fatalities": {"low": 2, "high": 2, "approx": False},
            "place": {"surface": "ص", "name_en": place, "admin1_en": admin1, "country": "SYR",
                      "kind": "locality", "lat": 35.8, "lon": 38.5},
            "reported_by": {"surface": "المرصد", "canonical": "Syrian Observatory for Human Rights"}}


def test_admin1_as_acled_spells_it():
    rows = acled_rows([_event("2019-03-01", "Israeli forces", admin1=a) for a in
                       ("Raqqa", "As-Suwayda", "Daraa", "Al-Hasakah", "Deir ez-Zor", "Idlib", "Lattakia")], 0)
    assert [r["admin1"] for r in rows] == ["Ar Raqqa", "As Sweida", "Dara", "Al Hasakeh", "Deir ez Zor", "Idleb",
                                           "Lattakia"]


def test_state_forces_are_named_by_the_period_of_the_event():
    rows = acled_rows([_event("2018-05-10", "Israeli forces", "Iranian forces"),
                       _event("2024-10-20", "Israeli forces", "Pro-Iran militias"),
                       _event("2019-03-01", "US forces", "Islamic State"),
                       _event("2015-10-06", "Russian forces", "Syrian Democratic Forces")], 0)
    assert [(r["actor1"], r["inter1"], r["actor2"], r["inter2"], r["interaction"]) for r in rows] == [
        ("Military Forces of Israel (2009-2021)", 8, "Military Forces of Iran (1989-)", 8, 88),
        ("Military Forces of Israel (2022-)", 8, "Militia (Pro-Iran)", 3, 38),
        ("Military Forces of the United States (2017-2021)", 8, "Islamic State (Syria)", 2, 28),
        ("Military Forces of Russia (2000-)", 8, "QSD: Syrian Democratic Forces", 2, 28),
    ]


def test_one_force_is_never_on_both_sides_and_sources_are_english():
    e = _event("2024-11-30", "Free Syrian Army / opposition factions", "Syrian government forces")
    e["actors"].append({"surface": "z", "role": "agent", "canonical": "Syrian government forces"})
    e["reported_by"] = {"surface": "مصدر عسكري", "canonical": None, "start": 0, "end": 10}
    e["outlet"] = "Syria TV"
    row = acled_rows([e], 0)[0]
    assert (row["actor1"], row["assoc_actor_1"], row["actor2"]) == \
        ("Opposition Rebels (Syria)", "", "Military Forces of Syria (2000-2024)")
    assert row["source"] == "Syria TV"


def test_protests_met_by_a_force_as_acled_codes_them():
    def protest(actors, fatalities=None):
        e = _event("2012-04-20", "Protesters (Syria)", admin1="Hama", place="Hama")
        e.update(type="protest", fatalities=fatalities, actors=[
            {"surface": "s", "role": r, "canonical": c} for r, c in actors])
        return e
    rows = acled_rows([
        protest([("agent", "Protesters (Syria)")]),
        protest([("agent", "Protesters (Syria)"), ("target", "Syrian government forces")]),
        protest([("agent", "Syrian government forces"), ("target", "Protesters (Syria)")],
                {"low": 4, "high": 4, "approx": False}),
        # the force alone named, deaths stated: the protesters are the other side all the same
        protest([("agent", "Syrian government forces")], {"low": 2, "high": 2, "approx": False}),
    ], 0)
    assert [(r["event_type"], r["sub_event_type"], r["actor1"], r["actor2"], r["interaction"], r["fatalities"])
            for r in rows] == [
        ("Protests", "Peaceful protest", "Protesters (Syria)", "", 60, 0),
        ("Protests", "Protest with intervention", "Protesters (Syria)", "Military Forces of Syria (2000-2024)", 16, 0),
        ("Protests", "Excessive force against protesters", "Military Forces of Syria (2000-2024)",
         "Protesters (Syria)", 16, 4),
        ("Protests", "Excessive force against protesters", "Military Forces of Syria (2000-2024)",
         "Protesters (Syria)", 16, 2),
    ]
    assert rows[2]["notes"].startswith("On 2012-04-20, excessive force against protesters by Military Forces")


def test_the_dead_of_a_protest_are_no_force():
    e = _event("2012-04-20", "Protesters (Syria)", "Civilians (Syria)", admin1="Hama", place="Hama")
    e["type"] = "protest"
    row = acled_rows([e], 0)[0]
    assert (row["sub_event_type"], row["actor1"]) == ("Peaceful protest", "Protesters (Syria)")


def test_an_outlet_written_as_initials_is_the_same_source():
    e = _event("2019-03-01", "Russian forces")
    e["outlet"] = "SOHR"
    e["reported_by"] = {"surface": "المرصد السوري", "canonical": "Syrian Observatory for Human Rights"}
    assert acled_rows([e], 0)[0]["source"] == "Syrian Observatory for Human Rights"
    e["outlet"] = "Syria TV"
    assert acled_rows([e], 0)[0]["source"] == "Syrian Observatory for Human Rights; Syria TV"


def test_deaths_of_fighters_are_a_battle_and_of_civilians_an_attack():
    # a `casualties` incident (deaths with no act named) is violence against civilians only when
    # the dead are civilians; fighters' deaths in an exchange are a battle (ACLED)
    fighters = _event("2019-05-21", "Free Syrian Army / opposition factions", "Syrian government forces")
    civilians = _event("2019-05-21", "Syrian government forces", "Civilians (Syria)")
    unknown = _event("2021-09-06", "Unidentified armed group (Syria)")
    for e in (fighters, civilians, unknown):
        e["type"] = "casualties"
    rows = acled_rows([fighters, civilians, unknown], 0)
    assert [(r["event_type"], r["sub_event_type"], r["interaction"]) for r in rows] == [
        ("Battles", "Armed clash", 12), ("Violence against civilians", "Attack", 17),
        ("Violence against civilians", "Attack", 30)]


def test_actor2_is_the_first_target_that_is_not_actor1():
    e = _event("2019-05-21", "Syrian government forces", "Syrian government forces", admin1="Hama", place="Hama")
    e["type"] = "armed_clash"
    e["actors"].append({"surface": "z", "role": "target", "canonical": "Free Syrian Army / opposition factions"})
    row = acled_rows([e], 0)[0]
    assert (row["actor1"], row["actor2"], row["interaction"]) == \
        ("Military Forces of Syria (2000-2024)", "Opposition Rebels (Syria)", 12)
