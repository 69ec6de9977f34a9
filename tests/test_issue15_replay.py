"""Issue 15 replayed as one user run: every hostile input of the issue in one folder, between good
files, through real ``marsad ingest`` and ``marsad extract`` processes. Each bad file costs one
clear line naming it (and its JSONL line) or is read correctly; no traceback; every good document
is stored and printed. The single inputs have their own tests (test_hostile_input.py,
test_cli_bad_input.py, test_cli_habits.py, tests/store/test_opening.py, tests/render); this module
checks that together, in one run, none of them costs a neighbour."""
from __future__ import annotations

import gzip
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

# our own sentences, distinct enough that none is a near-duplicate of another
GOOD = [
    "انشق نقيب عن قوات النظام صباح الأحد شمالي حماة، وبلغ مناطق المعارضة ومعه أربعة من عناصره.",
    "مساء الخميس قضى ثلاثة مدنيين وجرح سبعة بقذائف مدفعية سقطت على كفرنبل جنوبي إدلب.",
    "أعلنت فصائل المعارضة سيطرتها على تلة استراتيجية قرب مدينة جسر الشغور بعد اشتباكات استمرت ست ساعات.",
    "تظاهر المئات يوم الجمعة في دوما قرب دمشق مطالبين بإطلاق من تحتجزهم أجهزة النظام.",
    "سقط صاروخ وسط سوق منبج الشعبي شرقي حلب فقتل امرأة وطفلين، بحسب الدفاع المدني.",
    "وثقت شبكة حقوقية اعتقال اثني عشر شاباً خلال حملة مداهمات نفذتها قوات الأمن في الوعر، الحي الحمصي.",
]


def J(i: int) -> str:
    """A JSONL record's text: a good sentence with a tail of its own (an identical text of the
    same outlet would be "already in", not stored twice)."""
    return GOOD[i] + " وأكد ناشطون محليون الخبر في وقت لاحق."


def _jsonl(*records) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records)


def _warc_cut(path: Path) -> None:
    """A gzipped WARC of two pages whose last member is cut short."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    ends = []
    for i, text in enumerate(GOOD[4:6]):
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        page = f"<html><body><h1>خبر {i}</h1><p>{text}</p></body></html>".encode()
        w.write_record(w.create_warc_record(f"https://example.org/w{i}", "response", payload=io.BytesIO(page),
                                            http_headers=http))
        ends.append(buf.tell())
    path.write_bytes(buf.getvalue()[: ends[1] - 6])


def build(folder: Path) -> dict[str, str | None]:
    """Write the hostile inputs; returns name -> a word its line must hold (None: read correctly)."""
    expect: dict[str, str | None] = {}

    def put(name: str, data: bytes | str, want: str | None) -> None:
        (folder / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        expect[name] = want

    # JSONL: one bad line each, with a good record after it that must survive
    put("deep.jsonl", _jsonl("[" * 200_000 + "]" * 200_000, {"id": "after-deep", "text": J(0)}),
        "deep.jsonl:1")
    put("surrogate.jsonl", '{"id": "sur", "text": "' + J(1)[:20] + '\\ud800' + J(1)[20:] + '"}\n',
        "surrogate.jsonl:1")
    put("long_id.jsonl", _jsonl('{"id": ' + "7" * 5000 + ', "text": "x"}', {"id": "after-id", "text": J(2)}),
        "long_id.jsonl:1")
    put("outlet_object.jsonl", _jsonl({"id": "obj", "text": J(3), "outlet": {"name": "x"}}),
        "outlet_object.jsonl:1")
    put("bom.jsonl", "\ufeff" + _jsonl({"id": "bom-first", "text": J(5), "outlet": "o1"}), None)
    put("published_9999.jsonl", _jsonl({"id": "p9", "text": J(4), "published": "9999-12-31"}),
        "published_9999.jsonl:1")
    put("broken.jsonl", _jsonl('{"id": "half", "text": "مقطوع', {"id": "after-broken", "text": J(1)}),
        "broken.jsonl:1")
    # whole files
    put("bom_only.txt", b"\xef\xbb\xbf", "byte-order mark")
    put("empty.txt", b"", "empty")
    put("binary.txt", bytes(range(256)) * 40, "binary")
    put("utf16_no_bom.txt", (GOOD[2] + "\n").encode("utf-16-le"), None)
    put("script_ctrl.html", b"<html><body><script></script>\x01</body></html>", "script_ctrl.html")
    put("deep.html", "<div>" * 100_000 + GOOD[0] + "</div>" * 100_000, "deep.html")
    put("numbers.txt", f"قتل {'9' * 400} عنصراً و99999999999999999999 جندياً في قصف على إدلب أمس. " + GOOD[3], None)
    put("english.txt", "The council met on Tuesday to discuss the budget for the coming year, and the "
                       "members agreed to hold another meeting next month after the holidays.", "not Arabic")
    put("evil\x1b[2J.txt", b"", "evil\\x1b[2J.txt")
    _warc_cut(folder / "cut.warc.gz")
    expect["cut.warc.gz"] = "truncated"
    os.mkfifo(folder / "pipe.txt")
    expect["pipe.txt"] = "FIFO"
    return expect


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "MARSAD_DEBUG": ""}
    env.pop("MARSAD_DEBUG")
    return subprocess.run([sys.executable, "-m", "marsad.cli", *args], capture_output=True, timeout=600, env=env)


def good_files(folder: Path) -> list[Path]:
    out = []
    for i, text in enumerate(GOOD):
        p = folder / f"good{i}.txt"
        p.write_text(text, encoding="utf-8")
        out.append(p)
    return out


@pytest.fixture(scope="module")
def replay(tmp_path_factory):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this platform")
    folder = tmp_path_factory.mktemp("issue15")
    expect = build(folder)
    goods = good_files(folder)
    hostile = sorted(folder / n for n in expect)
    # a good file before and after every hostile one: nothing may roll back or drop a neighbour
    order = [str(p) for pair in zip(goods * 4, hostile) for p in pair] + [str(goods[-1])]
    db = folder / "m.db"
    ingest = run("ingest", "--db", str(db), *order)  # not -q: warnings are part of the answer
    extract = run("extract", "--format", "jsonl", *order)
    return expect, ingest, extract, db


def _errors(proc) -> list[str]:
    return proc.stderr.decode("utf-8", "replace").splitlines()


@pytest.mark.parametrize("step", ["ingest", "extract"])
def test_no_traceback_and_one_line_per_bad_file(replay, step):
    expect, ingest, extract, _ = replay
    proc = ingest if step == "ingest" else extract
    lines = _errors(proc)
    assert proc.returncode == 2, lines[-5:]
    assert not [x for x in lines if "Traceback" in x or x.startswith("  File ")]
    assert "\x1b" not in proc.stderr.decode("utf-8", "replace")
    for name, want in expect.items():
        shown = name.replace("\x1b", "\\x1b")
        named = [x for x in lines if shown in x]
        if want is None:
            assert not named, named
        else:
            assert named and all(len(x) < 400 for x in named), (name, named)
            assert any(want in x for x in named), (name, named)


def test_extract_prints_every_good_document(replay):
    _, _, extract, _ = replay
    recs = [json.loads(x) for x in extract.stdout.decode("utf-8").splitlines()]  # strict UTF-8, real JSON
    texts = {r["text"] for r in recs}
    assert set(GOOD) <= texts
    ids = {r.get("id") for r in recs}
    assert {"after-deep", "after-id", "after-broken", "bom-first", "obj", "p9", "sur"} <= ids
    by_id = {r.get("id"): r for r in recs}
    assert by_id["obj"]["outlet"] is None and by_id["p9"]["published"] is None
    assert by_id["bom-first"]["outlet"] == "o1"
    assert "\ufffd" in by_id["sur"]["text"] and len(by_id["sur"]["text"]) == len(J(1)) + 1
    for r in recs:
        for q in r["quantities"]:
            assert r["text"][q["start"]:q["end"]] == q["surface"]
            assert q["low"] is None or abs(q["low"]) < 10 ** 15


def test_ingest_stores_every_good_document(replay):
    _, ingest, extract, db = replay
    con = sqlite3.connect(db)
    stored = {t for (t,) in con.execute("SELECT text FROM documents")}
    ids = {i for (i,) in con.execute("SELECT doc_id FROM documents")}
    con.close()
    assert set(GOOD) <= stored
    assert {"after-deep", "after-id", "after-broken", "bom-first", "obj", "p9", "sur"} <= ids
    # what extract printed is what ingest stored (UTF-16, the 400-digit page, the BOM'd JSONL...)
    printed = {json.loads(x)["text"] for x in extract.stdout.decode("utf-8").splitlines()}
    assert printed == stored


def test_progress_bar_has_total_rate_and_eta():
    from rich.progress import MofNCompleteColumn, TimeRemainingColumn

    from marsad.runner import progress_bar

    with progress_bar("ingest", 4) as bar:
        for _ in range(2):
            bar("x.txt")
        task = bar.progress.tasks[0]
        assert task.total == 4 and task.completed == 2
        assert task.fields["rate"].endswith("docs/s")
        kinds = {type(c) for c in bar.progress.columns}
        assert {MofNCompleteColumn, TimeRemainingColumn} <= kinds
        [mofn] = [c for c in bar.progress.columns if isinstance(c, MofNCompleteColumn)]
        assert str(mofn.render(task)) == "2/4"
    with progress_bar("ingest", None) as bar:  # total unknown (stdin): no ETA column, no "?"
        bar("x")
        assert TimeRemainingColumn not in {type(c) for c in bar.progress.columns}


def test_ner_dev_file_is_private_and_fresh(tmp_path):
    from marsad.ner.train import write_dev

    conll = tmp_path / "tiny.conll"
    conll.write_text("".join(f"كلمة{i} O\nدمشق B-LOC\n\n" for i in range(40)), encoding="utf-8")
    a, b = write_dev(conll), write_dev(conll)
    try:
        assert a != b and a.name.startswith("marsad_ner_dev_")
        assert oct(a.stat().st_mode & 0o777) == oct(0o600)  # mkstemp: not readable by other users
        assert "دمشق" in a.read_text(encoding="utf-8")
    finally:
        a.unlink()
        b.unlink()
