"""Hostile and odd inputs from issue 15, each through the real ``marsad`` commands: one clear line
naming the file (and the JSONL line), or a correct reading; never a traceback, never a lost
neighbour."""
from __future__ import annotations

import gzip
import io
import json
import os
import sqlite3
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from marsad.cli import main

REPO = Path(__file__).resolve().parents[1]
GOOD = ("انشق ضابط برتبة ملازم أول وسبعة عناصر عن قوات النظام بالريف الغربي لدرعا فجر اليوم، "
        "ووصلوا إلى بلدة طفس بعد ثلاث ساعات من السير.")
REL = "قتل خمسة مدنيين أمس في قصف على مدينة إدلب، وسيعقد اجتماع غداً، وفي العام الماضي انشق 30 جندياً."


def rec(**kw) -> str:
    return json.dumps(kw, ensure_ascii=False)


def extract(capsys, *args, fmt="jsonl"):
    code = main(["extract", "--format", fmt, *map(str, args)])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "Error:" not in err.replace("error:", ""), err
    return code, [json.loads(x) for x in out.splitlines() if x.strip()], err


def lines_naming(err: str, name: str) -> list[str]:
    return [ln for ln in err.splitlines() if name in ln]


@pytest.fixture
def good(tmp_path):
    p = tmp_path / "good.txt"
    p.write_text(GOOD, encoding="utf-8")
    return p


def test_jsonl_nested_200k_deep_costs_its_line_only(tmp_path, good, capsys):
    p = tmp_path / "deep.jsonl"
    p.write_text(rec(id="a", text=GOOD) + "\n" + '{"x": ' + "[" * 200_000 + "]" * 200_000 + "}\n"
                 + rec(id="c", text=GOOD) + "\n", encoding="utf-8")
    code, recs, err = extract(capsys, good, p, good)
    assert code == 2
    [line] = lines_naming(err, "deep.jsonl")
    assert "deep.jsonl:2" in line and "nested too deeply" in line
    assert [r["id"] for r in recs][1:3] == ["a", "c"] and len(recs) == 4


def test_ingest_deep_jsonl_keeps_the_good_files_before_it(tmp_path, good, capsys):
    p = tmp_path / "deep.jsonl"
    p.write_text('{"x": ' + "[" * 200_000 + "]" * 200_000 + "}\n", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text(REL, encoding="utf-8")
    db = tmp_path / "m.db"
    code = main(["ingest", "--quiet", "--db", str(db), str(good), str(p), str(other)])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    assert len(lines_naming(err, "deep.jsonl:1")) == 1
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2


def test_lone_surrogate_in_jsonl_is_replaced_not_a_crash(tmp_path, capsys):
    p = tmp_path / "surr.jsonl"
    p.write_text('{"id": "s", "text": "نص \\ud800 ' + GOOD + '"}\n', encoding="utf-8")
    code, [r], err = extract(capsys, p)
    assert code == 0
    assert r["text"].startswith("نص \ufffd ") and len(r["text"]) == len("نص x " + GOOD)
    assert len(lines_naming(err, "surr.jsonl:1")) == 1 and "surrogate" in err


def test_lone_surrogate_through_a_real_process_stdout(tmp_path):
    p = tmp_path / "surr.jsonl"
    p.write_text('{"id": "s", "text": "\\udfff' + GOOD + '"}\n', encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "marsad.cli", "extract", "-q", "--format", "jsonl", str(p)],
                          capture_output=True, timeout=120)
    assert proc.returncode == 0 and b"Traceback" not in proc.stderr
    assert json.loads(proc.stdout)["text"][0] == "\ufffd"


def test_5000_digit_id_names_the_line_and_keeps_the_rest(tmp_path, capsys):
    p = tmp_path / "ids.jsonl"
    p.write_text('{"id": ' + "9" * 5000 + ', "text": "' + GOOD + '"}\n' + rec(id=7, text=GOOD) + "\n"
                 + rec(id="after", text=GOOD) + "\n", encoding="utf-8")
    code, recs, err = extract(capsys, p)
    assert code == 2
    [line] = lines_naming(err, "ids.jsonl")
    assert "ids.jsonl:1" in line and "5000 characters" in line
    assert [r["id"] for r in recs] == ["7", "after"]


@pytest.mark.parametrize("field,value,kind", [("outlet", {"name": "x"}, "object"), ("author", [1, 2], "array"),
                                              ("title", 5.5, "number"), ("url", True, "boolean")])
def test_fields_of_the_wrong_type_are_left_out_with_a_warning(tmp_path, capsys, field, value, kind):
    p = tmp_path / "typed.jsonl"
    p.write_text(rec(id="o", text=GOOD, **{field: value}) + "\n", encoding="utf-8")
    code, [r], err = extract(capsys, p)
    assert code == 0 and r[field] is None
    [line] = lines_naming(err, "typed.jsonl:1")
    assert f"'{field}' is a JSON {kind}" in line
    db = tmp_path / "m.db"
    assert main(["ingest", "-q", "--db", str(db), str(p)]) == 0


def test_bom_only_file_is_empty_input(tmp_path, good, capsys):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf")
    code, recs, err = extract(capsys, p, good)
    assert code == 2 and len(recs) == 1
    [line] = lines_naming(err, "bom.txt")
    assert "empty" in line and "byte-order mark" in line


def test_jsonl_starting_with_a_bom_keeps_its_first_record(tmp_path, capsys):
    p = tmp_path / "bom.jsonl"
    p.write_bytes(b"\xef\xbb\xbf" + (rec(id="first", text=GOOD) + "\n" + rec(id="second", text=GOOD)).encode())
    code, recs, err = extract(capsys, p)
    assert code == 0 and [r["id"] for r in recs] == ["first", "second"]


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_decoded(tmp_path, capsys, enc):
    p = tmp_path / f"{enc}.txt"
    p.write_bytes(GOOD.encode(enc))
    code, [r], err = extract(capsys, p)
    assert code == 0 and r["text"] == GOOD and r["encoding"] == enc
    html = tmp_path / f"{enc}.html"
    html.write_bytes(f"<html><body><p>{GOOD}</p><p>{REL}</p></body></html>".encode(enc))
    code, [r], err = extract(capsys, html)
    assert code == 0 and GOOD in r["text"]


@pytest.mark.parametrize("body", [b"<script></script>\x01", b"<html><body><script></script>\x01</body></html>",
                                  b"<html><body><p>\x01\x02\x1b[31m</p><script>x</script>\x0b</body></html>"])
def test_control_characters_in_html(tmp_path, good, capsys, body):
    p = tmp_path / "ctl.html"
    p.write_bytes(body)
    code, recs, err = extract(capsys, p, good)
    assert recs[-1]["text"] == GOOD  # the neighbour came out
    assert len(lines_naming(err, "ctl.html")) <= 1
    assert "ValueError" not in err and "XML compatible" not in err


def test_control_characters_inside_an_article_are_not_fatal(tmp_path, capsys):
    p = tmp_path / "art.html"
    p.write_text(f"<html><body><article><p>{GOOD}\x01</p><p>{REL}\x08</p><script></script>\x01"
                 "</article></body></html>", encoding="utf-8")
    code, [r], err = extract(capsys, p)
    assert code == 0 and "بلدة طفس" in r["text"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_is_refused_without_blocking(tmp_path, good):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    proc = subprocess.run([sys.executable, "-m", "marsad.cli", "extract", "-q", "--format", "jsonl", str(fifo),
                           str(good)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and len(proc.stdout.splitlines()) == 1
    [line] = [x for x in proc.stderr.splitlines() if "pipe.txt" in x]
    assert "FIFO" in line and "not a regular file" in line


def test_device_is_refused(good, capsys):
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero here")
    code, recs, err = extract(capsys, "/dev/zero", good)
    assert code == 2 and len(recs) == 1
    assert "not a regular file" in lines_naming(err, "/dev/zero")[0]


def _warc(path: Path, n: int = 3) -> list[int]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    offsets = []
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=path.suffix == ".gz")
        for i in range(n):
            offsets.append(fh.tell())
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            page = f"<html><body><h1>خبر {i}</h1><p>{GOOD}</p><p>{REL}</p></body></html>".encode()
            w.write_record(w.create_warc_record(f"https://example.org/{i}", "response", payload=io.BytesIO(page),
                                                http_headers=http))
        offsets.append(fh.tell())
    return offsets


@pytest.mark.parametrize("name,cut", [("tail.warc.gz", lambda o: o[3] - 4),  # the last member's size field
                                      ("mid.warc.gz", lambda o: (o[2] + o[3]) // 2),  # the middle of the last
                                      ("second.warc.gz", lambda o: (o[1] + o[2]) // 2),
                                      ("plain.warc", lambda o: (o[2] + o[3]) // 2)])  # uncompressed, cut short
def test_truncated_warc_member_gives_one_line(tmp_path, good, capsys, name, cut):
    p = tmp_path / name
    offsets = _warc(p)
    data = p.read_bytes()
    p.write_bytes(data[: cut(offsets)])
    complete = sum(1 for o in offsets[1:] if o <= cut(offsets))
    code, recs, err = extract(capsys, p, good)
    assert code == 2
    [line] = lines_naming(err, name)
    assert "truncated" in line
    assert [r["url"] for r in recs[:-1]] == [f"https://example.org/{i}" for i in range(complete)]
    assert recs[-1]["text"] == GOOD


def test_whole_warc_reads_clean(tmp_path, capsys):
    p = tmp_path / "ok.warc.gz"
    _warc(p)
    code, recs, err = extract(capsys, p)
    assert code == 0 and len(recs) == 3 and not lines_naming(err, "ok.warc.gz")


def test_300_digit_numbers_are_no_amounts_and_store(tmp_path, capsys):
    p = tmp_path / "nums.txt"
    p.write_text(f"قتل {'9' * 400} عنصراً و{'٣' * 350} مدنياً و99999999999999999999 جندياً في قصف على إدلب أمس، "
                 f"وخسائر بقيمة {'9' * 300} مليار دولار. وانشق 35 عنصراً في درعا.", encoding="utf-8")
    code, [r], err = extract(capsys, p)
    assert code == 0
    values = [q["low"] for q in r["quantities"]]
    assert 35 in values and all(v is None or abs(v) < 10 ** 15 for q in r["quantities"] for v in (q["low"], q["high"]))
    for e in r["events"]:
        for k in ("count", "fatalities", "injured"):
            if e.get(k):
                assert abs(e[k]["low"] or 0) < 10 ** 15
    db = tmp_path / "m.db"
    assert main(["ingest", "-q", "--db", str(db), str(p)]) == 0
    assert "Overflow" not in capsys.readouterr().err


@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-01", "2024-02-30", "2024-13", "yesterday"])
def test_published_option_out_of_range_is_one_clear_line(good, capsys, value):
    with pytest.raises(SystemExit) as e:
        main(["extract", "--published", value, str(good)])
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert "--published" in err and value in err and "Traceback" not in err


@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-01"])
def test_published_field_out_of_range_is_warned_and_the_document_kept(tmp_path, capsys, value):
    p = tmp_path / "pub.jsonl"
    p.write_text(rec(id="x", text=REL, published=value) + "\n", encoding="utf-8")
    code, [r], err = extract(capsys, p)
    assert code == 0 and r["published"] is None
    [line] = lines_naming(err, "pub.jsonl:1")
    assert "outside 1800-2200" in line
    db = tmp_path / "m.db"
    assert main(["ingest", "-q", "--db", str(db), str(p)]) == 0


def test_names_are_printed_with_control_characters_escaped(tmp_path, capsys):
    p = tmp_path / "evil\x1b[2J\x07.txt"
    p.write_bytes(b"")
    code, recs, err = extract(capsys, p)
    assert code == 2
    assert "\x1b" not in err and "\x07" not in err
    assert "evil\\x1b[2J\\x07.txt" in err


def test_jsonl_line_over_the_limit_is_never_held_whole(tmp_path, monkeypatch):
    from marsad.ingest import readers

    limit = 1 << 20
    monkeypatch.setattr(readers, "MAX_DOC_BYTES", limit)
    p = tmp_path / "big.jsonl"
    with open(p, "w", encoding="utf-8") as fh:
        fh.write(rec(id="a", text=GOOD) + "\n" + '{"text": "')
        for _ in range(16):
            fh.write("ا" * limit)  # a 32 MB line
        fh.write('"}\n' + rec(id="b", text=GOOD) + "\n")
    tracemalloc.start()
    items = list(readers.read_path(str(p)))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [getattr(i, "id", None) for i in items] == ["a", None, "b"]
    assert items[1].source == f"{p}:2" and "limit" in items[1].reason
    assert peak < 6 * limit  # the 32 MB line was drained in bounded chunks, never read whole


def test_a_small_file_costs_its_size_not_the_limit(tmp_path, monkeypatch):
    from marsad.ingest import readers

    monkeypatch.setattr(readers, "MAX_DOC_BYTES", 64 << 20)
    p = tmp_path / "small.txt"
    p.write_text(GOOD * 200, encoding="utf-8")  # ~45 KB
    tracemalloc.start()
    [doc] = list(readers.read_path(str(p)))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert doc.text == GOOD * 200
    assert peak < 4 << 20  # read(limit + 1) allocated the whole 64 MiB limit for any file


def test_a_file_over_the_limit_is_one_line_and_read_in_bounded_chunks(tmp_path, monkeypatch, capsys):
    from marsad.ingest import readers

    monkeypatch.setattr(readers, "MAX_DOC_BYTES", 3 << 20)
    p = tmp_path / "big.txt"
    p.write_text(GOOD * 40_000, encoding="utf-8")  # ~9 MB
    [err] = list(readers.read_path(str(p)))
    assert err.source == str(p) and "over the 3 MB limit" in err.reason


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory read from /proc (Linux)")
def test_10mb_of_newlines_stays_small(tmp_path):
    p = tmp_path / "newlines.txt"
    p.write_bytes(b"\n" * 5_000_000 + GOOD.encode() + b"\n" * 5_000_000)
    # VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so a child of a big pytest would
    # report the parent's size
    code = ("import re, sys\nfrom marsad.cli import main\n"
            f"rc = main(['extract', '-q', '--format', 'jsonl', {str(p)!r}])\n"
            "hwm = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)\n"
            "print(hwm, file=sys.stderr)\nsys.exit(rc)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["text"] == GOOD
    peak_kb = int(proc.stderr.strip().splitlines()[-1])
    assert peak_kb < 400_000  # was 2.9 GB


def test_gzip_on_stdin_and_jsonl_streamed_from_stdin(tmp_path):
    data = ("\ufeff" + rec(id="a", text=GOOD) + "\n" + "{broken\n" + rec(id="b", text=GOOD) + "\n").encode()
    proc = subprocess.run([sys.executable, "-m", "marsad.cli", "extract", "-q", "--format", "jsonl",
                           "--stdin-format", "jsonl", "-"], input=data, capture_output=True, timeout=120)
    assert proc.returncode == 2
    assert [json.loads(x)["id"] for x in proc.stdout.splitlines()] == ["a", "b"]
    assert b"<stdin>:2" in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "marsad.cli", "extract", "-q", "-"],
                          input=gzip.compress(GOOD.encode()), capture_output=True, timeout=120)
    assert proc.returncode == 2 and b"gzip" in proc.stderr and b"Traceback" not in proc.stderr


def test_jsonl_output_survives_any_line_splitter(tmp_path, capsys):
    text = GOOD + "\u2028" + REL + "\x85" + "\u2029"
    p = tmp_path / "seps.jsonl"
    p.write_text(rec(id="a", text=text) + "\n" + rec(id="b", text=GOOD) + "\n", encoding="utf-8")
    assert main(["extract", "-q", "--format", "jsonl", "--passage", str(p)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()  # str.splitlines also cuts at U+2028, U+2029 and U+0085
    assert len(lines) == 2 and json.loads(lines[0])["text"] == text
