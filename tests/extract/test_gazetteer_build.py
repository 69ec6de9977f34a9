"""The committed gazetteer is what scripts/build_gazetteer.py makes from ../shared."""
import json
import subprocess
import sys
from pathlib import Path

from conftest import REPO, SHARED, shared_path

GAZ = REPO / "src" / "marsad" / "data" / "gazetteer"


def test_build_reproduces_the_committed_files(tmp_path):
    shared_path("data", "gazetteer", "syria_localities.csv")
    r = subprocess.run([sys.executable, str(REPO / "scripts" / "build_gazetteer.py"), "--shared", str(SHARED),
                        "--out", str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    for name in ("places.json", "stoplist_auto.txt"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (GAZ / name).read_text(encoding="utf-8"), name


def test_governorates_use_the_expected_english_names():
    recs = json.loads((GAZ / "places.json").read_text(encoding="utf-8"))
    govs = {r["name_en"] for r in recs if r["level"] == "governorate"}
    assert {"Rural Damascus", "Lattakia", "Daraa", "Hama", "Idlib", "Aleppo"} <= govs
    assert "Rif Dimashq" not in govs and "Latakia" not in govs
    by_id = {r["id"]: r for r in recs}
    assert "Rif Dimashq" in by_id["SY03"]["aliases_en"]  # source spelling kept
    assert "الكرك الشرقي" in by_id["C6047"]["names_ar"]
    assert "Nassib" in by_id["C5999"]["aliases_en"] and by_id["C5999"]["admin1_en"] == "Daraa"
    # every Syrian locality has a governorate and coordinates inside Syria's bounding box; a small
    # town across the border (world.tsv: Iraq's Rabia, a locality so that its prior stays low) has
    # its country and coordinates
    for r in recs:
        if r["level"] == "locality" and r["country"] == "Syria":
            assert r["admin1_en"] and 32.0 < r["lat"] < 37.5 and 35.5 < r["lon"] < 42.5, r["id"]
        elif r["level"] == "locality":
            assert r["iso3"] and r["admin1_en"] is None and r["lat"] and r["lon"], r["id"]
    # admin prefixes are cues, not part of match keys
    assert all(not n.startswith(("محافظة ", "ناحية ")) for r in recs for n in r["names_ar"])
