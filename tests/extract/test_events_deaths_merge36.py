"""The death attacher's merge (stop 36 round 3, issue 10: one event per incident), on our own sentences: a
casualties record given to an act that the passage already has a record of (its sentence or the next one, a
compatible place and date) becomes that record's dead — one record with its fatalities and every mention, not two;
deaths in another town, two sentences away or on another day are still retyped on their own."""
from __future__ import annotations

from marsad.extract.events import deaths

STRIKE = "شنت طائرات حربية غارة على بلدة الوادي الأخضر فجر الثلاثاء، وقُتل خمسة مدنيين في البلدة."
NEXT = "قصفت مدفعية ثقيلة قرية السنديانة الغربية مساء الخميس. وأصيب سبعة أطفال بجروح."
ELSEWHERE = "شنت طائرات حربية غارة على بلدة الوادي الأخضر، فيما قُتل خمسة مدنيين في بلدة عين الصفصاف."
FAR = "قصفت مدفعية ثقيلة قرية السنديانة الغربية. وهرب الأهالي إلى الحقول. وأصيب سبعة أطفال بجروح."


def span(text: str, word: str, after: int = 0) -> dict:
    s = text.index(word, after)
    return {"start": s, "end": s + len(word), "surface": word}


def rec(text: str, word: str, typ: str, place: str | None = None, **kw) -> dict:
    """A record whose trigger is `word` in text (its sentence: between full stops), its one mention, its place."""
    m = span(text, word)
    a = text.rfind(".", 0, m["start"]) + 1
    b = text.find(".", m["start"]) + 1 or len(text)
    while text[a] == " ":
        a += 1
    where = dict(span(text, place, m["start"] if typ == "casualties" else 0), kind="locality") if place else None
    return {"type": typ, "start": m["start"], "end": m["end"], "trigger": word, "mentions": [m],
            "sentence_start": a, "sentence_end": b, "group": None, "modality": "asserted", "kind": "incident",
            "place": where, "date": kw.pop("date", "2026-01-06"), "fatalities": None, "injured": None,
            "count": None, "reported_by": None, **kw}


def model(t: str) -> dict:
    return {"enabled": True, "margin": 0.0, "weights": {f"type:{t}": 5.0}}


def test_the_dead_told_beside_their_strike_become_its_fatalities():
    five = {"low": 5, "high": 5, "approx": False}
    act = rec(STRIKE, "غارة", "airstrike", "الوادي الأخضر")
    dead = rec(STRIKE, "قُتل", "casualties", None, fatalities=dict(five), count=dict(five),
               reported_by={"surface": "الدفاع المدني"})
    out = deaths.attach(STRIKE, [act, dead], model("airstrike"))
    assert len(out) == 1
    assert (out[0]["type"], out[0]["fatalities"], out[0]["count"]) == ("airstrike", five, None)
    assert [m["surface"] for m in out[0]["mentions"]] == ["غارة", "قُتل"]
    assert all(STRIKE[m["start"]:m["end"]] == m["surface"] for m in out[0]["mentions"])
    assert out[0]["place"]["surface"] == "الوادي الأخضر" and out[0]["reported_by"] == {"surface": "الدفاع المدني"}


def test_the_wounded_of_the_sentence_after_join_the_shelling_and_its_own_figure_stays():
    seven, two = {"low": 7, "high": 7, "approx": False}, {"low": 2, "high": 2, "approx": False}
    act = rec(NEXT, "قصفت", "shelling", "السنديانة الغربية", fatalities=dict(two))
    hurt = rec(NEXT, "أصيب", "casualties", None, injured=dict(seven))
    out = deaths.attach(NEXT, [act, hurt], model("shelling"))
    assert len(out) == 1 and out[0]["fatalities"] == two and out[0]["injured"] == seven
    assert [NEXT[m["start"]:m["end"]] for m in out[0]["mentions"]] == ["قصفت", "أصيب"]


def test_deaths_in_another_town_are_not_merged():
    act = rec(ELSEWHERE, "غارة", "airstrike", "الوادي الأخضر")
    dead = rec(ELSEWHERE, "قُتل", "casualties", "عين الصفصاف", fatalities={"low": 5, "high": 5, "approx": False})
    out = deaths.attach(ELSEWHERE, [act, dead], model("airstrike"))
    assert [r["type"] for r in out] == ["airstrike", "airstrike"] and out[0]["fatalities"] is None
    assert out[1]["place"]["surface"] == ELSEWHERE[out[1]["place"]["start"]:out[1]["place"]["end"]] == "عين الصفصاف"


def test_two_sentences_away_or_another_day_is_another_record():
    act = rec(FAR, "قصفت", "shelling", "السنديانة الغربية")
    hurt = rec(FAR, "أصيب", "casualties", None, injured={"low": 7, "high": 7, "approx": False})
    assert len(deaths.attach(FAR, [act, hurt], model("shelling"))) == 2
    act = rec(NEXT, "قصفت", "shelling", "السنديانة الغربية")
    hurt = rec(NEXT, "أصيب", "casualties", None, injured={"low": 7, "high": 7, "approx": False}, date="2026-01-09")
    out = deaths.attach(NEXT, [act, hurt], model("shelling"))
    assert [r["type"] for r in out] == ["shelling", "shelling"]


def test_an_aggregate_toll_or_the_merge_off_retypes_as_before():
    act = rec(STRIKE, "غارة", "airstrike", "الوادي الأخضر")
    dead = rec(STRIKE, "قُتل", "casualties", None, kind="aggregate")
    assert len(deaths.attach(STRIKE, [act, dead], model("airstrike"))) == 2
    deaths.MERGE = False
    try:
        act, dead = rec(STRIKE, "غارة", "airstrike", "الوادي الأخضر"), rec(STRIKE, "قُتل", "casualties")
        assert [r["type"] for r in deaths.attach(STRIKE, [act, dead], model("airstrike"))] == ["airstrike"] * 2
    finally:
        deaths.MERGE = True
