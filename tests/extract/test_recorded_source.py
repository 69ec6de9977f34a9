"""recorded_source (stop 42): a recording, a picture or a clip is the medium a report came in, not one who tells
it; a source span headed by such a noun names no teller, and the outlet or the sentence's other source tells the
act. Our own sentences; both states of the switch (recorded_source.json `enabled`)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.document import Document
from marsad.extract.events import attribution as at

OUTLET = "منصة المثال"
CLOSING = "خرج مئات المحتجين في بلدة الصنمين مساء الخميس مطالبين بالإفراج عن المعتقلين، بحسب تسجيل مصوَّر."
OBJECT = ("نقلت شبكة الجنوب الإخبارية اليوم الأحد أن قائد مجموعة محلية في بلدة الكرك بثّ صوراً لشبان اعتقلهم "
          "عناصره بعد مداهمة بيوتهم.")
PUBLISHED = "قُتل ثلاثة مزارعين بقصف مدفعي على أطراف قرية الحويز مساء الأربعاء، وفق مقطع فيديو نشره ناشطون."
SETTINGS = Path(at.__file__).resolve().parents[2] / "data" / "events" / "recorded_source.json"


def _heads(enabled: bool) -> frozenset:
    raw = json.loads(SETTINGS.read_text(encoding="utf-8"))
    return frozenset(at.ffold(w) for w in raw["heads"]) if enabled else frozenset()


@pytest.fixture(params=[True, False], ids=["on", "off"])
def state(request, monkeypatch):
    """Each test in both states of the switch, whatever the file ships."""
    monkeypatch.setattr(at, "_RECORDED", _heads(request.param))
    return request.param


def _reps(pipe, text: str) -> list[dict]:
    d = Document(text, id="t", published="2024-03-05", outlet=OUTLET)
    pipe(d)
    return [e.get("reported_by") or {} for e in d["events"]]


def test_a_closing_recording_is_no_teller(pipe, state):
    reps = _reps(pipe, CLOSING)
    assert reps
    if state:
        assert all(r.get("outlet") and r["surface"] == OUTLET for r in reps)
    else:
        assert any(r.get("surface") == "تسجيل مصوَّر" for r in reps)
        r = next(r for r in reps if r.get("surface") == "تسجيل مصوَّر")
        assert CLOSING[r["start"]:r["end"]] == r["surface"]


def test_pictures_broadcast_leave_the_relayer(pipe, state):
    surfaces = [r.get("surface") for r in _reps(pipe, OBJECT)]
    assert surfaces
    if state:
        assert set(surfaces) == {"شبكة الجنوب الإخبارية"}
    else:
        assert "صوراً لشبان" in surfaces


def test_a_clip_gives_way_to_its_publisher(pipe, state):
    """(Attribution._recording_publisher: the ones who posted it, named with it, as before the switch.)"""
    surfaces = [r.get("surface") for r in _reps(pipe, PUBLISHED)]
    assert surfaces == (["ناشطون"] if state else ["مقطع فيديو نشره ناشطون"])


def test_the_switch_is_in_the_data():
    raw = json.loads(SETTINGS.read_text(encoding="utf-8"))
    assert raw["enabled"] is True and {"تسجيل", "صور", "مقطع"} <= set(raw["heads"])
    at._RECORDED = None  # (read again from the file)
    assert at.ffold("تسجيلات") in at._recorded_heads()
