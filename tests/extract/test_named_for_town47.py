"""A quarter named for a town lies in the town told after it (stop 47, finds47; cues.json unlisted_places
`named_for_town`): «حي باب حمص في مدينة حماة» is the quarter «باب حمص» of Hama, one raid; off, the name ends at «حمص»,
the quarter «باب» is placed in Homs and the raid's arrest is split from it. The file has it off (a tie on the gate).
Our own sentences."""
from __future__ import annotations

from marsad.document import Document
from marsad.extract.events import unlisted

RAID = "داهمت دورية لفرع الأمن السياسي بيوتاً في حي باب حمص في مدينة حماة فجر الأحد واعتقلت خمسة شبان."


def _places(pipe, text: str) -> list[tuple]:
    d = Document(text, published="2024-05-14", outlet="منصة المثال")
    pipe(d)
    out = []
    for e in d["events"]:
        p = e["place"]
        assert d.text[p["start"]:p["end"]] == p["surface"]
        out.append((e["type"], p["surface"], p.get("admin1_en")))
    return out


def test_the_switch_names_the_heads_and_is_off():
    got = unlisted._named_for_town()
    assert "باب" in got["heads"] and "city" in got["town_kinds"] and not unlisted._on("named_for_town")


def test_on_the_quarter_is_in_the_town_after_it(pipe, monkeypatch):
    monkeypatch.setitem(unlisted.FLAGS, "named_for_town", True)
    assert _places(pipe, RAID) == [("arrest", "باب حمص", "Hama")]


def test_off_the_name_ends_at_the_town(pipe, monkeypatch):
    monkeypatch.setitem(unlisted.FLAGS, "named_for_town", None)  # (the file's switch)
    assert _places(pipe, RAID) == [("arrest", "باب", "Homs"), ("arrest", "حماة", "Hama")]
