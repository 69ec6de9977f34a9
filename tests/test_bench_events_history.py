"""benchmarks/bench_events_history.py: an older revision's events code scored on this tree's gold. On
HEAD it must give the figure bench_events gives in this process; a revision git does not know gives one
line and exit 1, not a traceback."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "bench_events_history.py"


def _git_ok() -> bool:
    try:
        return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True).returncode == 0
    except OSError:
        return False


@pytest.mark.skipif(not _git_ok(), reason="not a git checkout: the script reads older revisions with git archive")
def test_head_scores_as_bench_events_and_a_bad_revision_is_one_line():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_events as be

    s = be.score(be.news_dev_gold(be.PROBES["probe5"]), be.pipeline_predict())
    run = subprocess.run([sys.executable, str(SCRIPT), "--set", "probe5", "--revs", "HEAD,no-such-rev"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 1, run.stderr
    rows = run.stdout.strip().splitlines()
    assert rows[0].split()[:3] == ["revision", "probe5", "F1"]
    head = rows[1].split()
    assert head[:3] == ["HEAD", "(this", "tree)"]
    p = s["tp"] / s["emitted"]
    r = s["tp"] / s["gold"]
    assert float(head[3]) == pytest.approx(round(2 * p * r / (p + r), 2))
    assert float(head[6]) == pytest.approx(round(2 * p * r / (p + r), 2))
    assert rows[2].startswith("no-such-rev") and "git archive no-such-rev failed" in rows[2]
    assert "Traceback" not in run.stdout + run.stderr


def test_an_unknown_set_is_named():
    run = subprocess.run([sys.executable, str(SCRIPT), "--set", "probe999"], capture_output=True, text=True,
                         cwd=ROOT)
    assert run.returncode == 2
    assert "unknown set(s): probe999" in run.stdout


@pytest.mark.skipif(not _git_ok(), reason="no git history here (archive_src reads the repository)")
def test_archive_src_writes_a_revisions_src_or_gives_one_line(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_events_history import archive_src

    assert archive_src("HEAD", tmp_path) is None
    assert (tmp_path / "src" / "marsad" / "extract" / "events" / "__init__.py").exists()
    bad = archive_src("0" * 40, tmp_path / "none")
    assert bad.startswith("git archive " + "0" * 40 + " failed") and "\n" not in bad
