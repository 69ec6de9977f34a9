"""benchmarks/stage_cost.py: the one loop the learned components' benchmarks time their hooks with."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import stage_cost  # noqa: E402
from marsad.pipeline import Pipeline  # noqa: E402


def test_interleaved_runs_each_document_off_then_on_every_round():
    calls = []
    best = stage_cost.interleaved(["a", "b"], lambda doc, on: calls.append((doc, on)), rounds=2)
    assert calls == [("a", False), ("a", True), ("b", False), ("b", True)] * 2
    assert set(best) == {True, False} and all(0.0 <= s < 1.0 for s in best.values())


def test_after_stage_calls_the_hook_on_the_stage_records_only_when_on():
    text = "أغارت مقاتلتان حربيتان فجر الخميس على مستودع حبوب عند أطراف سراقب، فقضى حارسان كانا يبيتان فيه."
    ready = stage_cost.documents(Pipeline(), [{"text": text, "id": "t1", "published": "2024-02-01",
                                               "outlet": "منصة المثال"}])
    seen = []
    run = stage_cost.after_stage(lambda ctx, recs: seen.append([r["type"] for r in recs]))
    off = run(ready[0], False)
    assert seen == [] and any(r["type"] == "airstrike" for r in off)
    on = run(ready[0], True)
    assert seen == [[r["type"] for r in on]] and [r["type"] for r in on] == [r["type"] for r in off]
