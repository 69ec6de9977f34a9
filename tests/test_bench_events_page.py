"""bench_events --page: a passage fed through the product's default page cleaning, as `marsad extract` reads a text
without --passage. A glued «اقرأ أيضاً» headline is another article's: the page path drops it, the passage path
reads it as the passage's own text."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_events as be  # noqa: E402

BODY = ("استهدفت مدفعية النظام بلدة كفرنبل جنوبي إدلب عند الظهيرة، ما أودى بحياة أربعة "
        "مدنيين بينهم سيدتان وجرح آخرين، وفق الدفاع المدني في المحافظة. وذكر ناشطون أن القذائف سقطت على "
        "حي سكني قريب من سوق البلدة، وأن المسعفين ما زالوا يبحثون عن مفقودين تحت الركام.")
GLUED = "\n\nاقرأ أيضاً: مقتل ستة جنود من جيش النظام بهجوم على حاجز قرب مدينة الصنمين بريف درعا"


def _doc(text: str) -> dict:
    return {"id": "pg1", "text": text, "published": "2023-04-11", "outlet": "منصة المثال"}


def _kinds(events: list[dict]) -> list[tuple[str, str | None]]:
    return [(e["type"], (e.get("place") or {}).get("surface")) for e in events if e.get("modality") == "asserted"
            and not e.get("background")]


def test_page_path_drops_a_glued_headline_the_passage_path_reads():
    passage = _kinds(be.pipeline_predict()(_doc(BODY + GLUED)))
    page = _kinds(be.pipeline_predict(page=True)(_doc(BODY + GLUED)))
    assert ("shelling", "كفرنبل") in page
    assert all(p != "الصنمين" for _, p in page), page
    assert any(p == "الصنمين" for _, p in passage), passage


def test_page_path_keeps_a_clean_passage_as_it_is():
    plain = be.pipeline_predict()(_doc(BODY))
    page = be.pipeline_predict(page=True)(_doc(BODY))
    assert _kinds(plain) == _kinds(page) == [("shelling", "كفرنبل")]
    assert page[0]["fatalities"]["low"] == 4
