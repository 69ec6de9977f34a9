"""The event filter's trainer takes `--threshold` (stop 47, finds47): the threshold written is the one asked for, the
rest of the setting (invented weight, l2, labels) still chosen on the folds under it; without it the folds choose the
threshold too. The fit is a fake here (the folds' gains by setting): what is tested is the choice and the command."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import train_event_filter as tr  # noqa: E402


def _gains(ps, t: float) -> dict:
    # the folds' pooled gains: best at 0.2 for strict labels and l2 0.003; at 0.15 the lenient labels gain more
    best = {("strict", 0.003, 0.2): 0.010, ("lenient", 0.01, 0.15): 0.008, ("strict", 0.003, 0.15): 0.006}
    g = best.get((ps["label"], ps["l2"], t), 0.002)
    return {"today": g, "first": g}


def test_the_folds_choose_the_threshold_unless_one_is_asked_for(monkeypatch):
    monkeypatch.setattr(tr, "folds", lambda data, l2, iw, lab: {"label": lab, "l2": l2})
    monkeypatch.setattr(tr, "tables", lambda data, ps, t: _gains(ps, t))
    monkeypatch.setattr(tr, "gain", lambda rows: rows)
    data = {"today": {"probe64": []}}  # (a development set only: no invented weight to choose)
    assert tr.choose(data)[0] == (0.0, 0.003, "strict", 0.2)
    assert tr.choose(data, (0.15,))[0] == (0.0, 0.01, "lenient", 0.15)
    assert len(tr.choose(data, (0.15,))[2]) == len(tr.L2S) * len(tr.LABELS) * len(tr.THRESHOLDS)


def test_a_threshold_off_the_grid_is_refused_before_any_run(monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["train_event_filter.py", "--threshold", "0.17"])
    monkeypatch.setattr(tr, "gather", lambda *a, **k: pytest.fail("ran the pipeline"))
    assert tr.main() == 2
    assert "not one of" in capsys.readouterr().err


def test_the_shipped_file_says_its_threshold():
    raw = json.loads((ROOT / "src/marsad/data/events/event_filter.json").read_text(encoding="utf-8"))
    assert raw["threshold"] == 0.15 and 0.15 in tr.THRESHOLDS
