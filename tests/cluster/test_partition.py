"""Partitions read back exactly what the serial readers read, with the same source names."""
from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

from marsad.cluster.partition import expand, plan, read_partition
from marsad.ingest.readers import RawDoc, ReadError, read_path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))


def serial(paths):
    return [(i.source, getattr(i, "url", None), getattr(i, "reason", None)) for p in paths for i in read_path(p)]


def clustered(paths, size):
    pl = plan([str(p) for p in paths], size=size)
    return pl, [(i.source, getattr(i, "url", None), getattr(i, "reason", None))
                for part in pl.partitions for i in read_partition(part)]


@pytest.fixture(scope="module")
def warc(tmp_path_factory) -> Path:
    import build_warc

    out = tmp_path_factory.mktemp("w") / "s.warc.gz"
    build_warc.build(str(out), sorted((REPO / "samples" / "html").glob("*.html")))
    return out


def test_warc_record_ranges(warc):
    pl, got = clustered([warc], 5)
    assert [p.docs for p in pl.partitions] == [5, 5, 5, 5, 4]
    assert all(p.kind == "warc" for p in pl.partitions)
    assert got == serial([str(warc)])
    assert len(got) == 24 and got[0][0].startswith(f"{warc}@") and got[0][0].rsplit("@", 1)[1].isdigit()


def test_uncompressed_warc(tmp_path, warc):
    raw = tmp_path / "plain.warc"
    raw.write_bytes(gzip.decompress(warc.read_bytes()))
    pl, got = clustered([raw], 7)
    assert len(pl.partitions) == 4 and got == serial([str(raw)])


def test_single_stream_gzip_warc_is_one_partition(tmp_path, warc):
    one = tmp_path / "one.warc.gz"
    one.write_bytes(gzip.compress(gzip.decompress(warc.read_bytes())))  # not one member per record
    pl, got = clustered([one], 5)
    assert len(pl.partitions) == 1 and got == serial([str(one)])


def test_jsonl_line_ranges(tmp_path):
    f = tmp_path / "c.jsonl"
    lines = []
    for i, p in enumerate(sorted((REPO / "samples" / "corpus").glob("*.txt"))[:23]):
        lines.append(json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8")}, ensure_ascii=False))
        if i % 7 == 3:
            lines += ["", "{broken"]  # blank lines and a bad record keep their line numbers
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pl, got = clustered([f], 4)
    assert len(pl.partitions) == 7 and pl.docs == sum(1 for x in lines if x.strip())
    assert got == serial([str(f)])
    assert any(r[2] and r[2].startswith("invalid JSON") for r in got)


def test_small_files_grouped_and_directories_expanded(tmp_path, warc):
    d = tmp_path / "crawl"
    (d / "b").mkdir(parents=True)
    (d / ".hidden").write_text("x")
    (d / "b" / "2.warc.gz").write_bytes(warc.read_bytes())
    (d / "1.warc.gz").write_bytes(warc.read_bytes())
    texts = sorted((REPO / "samples" / "corpus").glob("*.txt"))[:5]
    assert list(expand([str(d)])) == [str(d / "1.warc.gz"), str(d / "b" / "2.warc.gz")]
    pl, got = clustered([d, *texts], 10)
    assert [p.kind for p in pl.partitions] == ["warc"] * 6 + ["files"]
    assert got == serial([str(d / "1.warc.gz"), str(d / "b" / "2.warc.gz"), *map(str, texts)])


def test_unreadable_inputs_reported_in_place(tmp_path):
    pl, got = clustered([tmp_path / "missing.txt"], 4)
    assert got == [(str(tmp_path / "missing.txt"), None, "cannot open: No such file or directory")]
    pl = plan(["-"])
    assert pl.partitions == [] and "standard input" in pl.errors[0].reason


def test_truncated_warc_reports_the_damage(tmp_path, warc):
    cut = tmp_path / "cut.warc.gz"
    data = warc.read_bytes()
    cut.write_bytes(data[: len(data) * 2 // 3])
    pl, got = clustered([cut], 5)
    want = serial([str(cut)])
    pages = [g for g in got if g[2] is None]
    assert pages == [w for w in want if w[2] is None]
    assert any(g[2] and "WARC" in g[2] for g in got)
    assert all(isinstance(x, (RawDoc, ReadError)) for p in pl.partitions for x in read_partition(p))


def test_the_plan_is_streamed_a_file_at_a_time(tmp_path, warc, monkeypatch):
    """``stream`` gives ``plan``'s partitions and errors in order, and scans a file only when
    the partitions before it have been taken (the driver holds a window, not the whole plan)."""
    from marsad.cluster import partition

    second = tmp_path / "second.warc.gz"
    second.write_bytes(warc.read_bytes())
    paths = [str(warc), "-", str(tmp_path / "missing.txt"), str(second)]
    whole = plan(paths, size=7)
    scanned: list[str] = []
    real = partition._warc_cuts
    monkeypatch.setattr(partition, "_warc_cuts", lambda fh, size: scanned.append(fh.name) or real(fh, size))
    it = partition.stream(paths, size=7)
    first = next(it)
    assert scanned == [str(warc)] and first == whole.partitions[0]
    rest = [first, *it]
    assert [p for p in rest if isinstance(p, partition.Partition)] == whole.partitions
    assert [p for p in rest if not isinstance(p, partition.Partition)] == whole.errors
    assert isinstance(rest[4], ReadError) and "standard input" in rest[4].reason  # in its place
    assert [p.index for p in whole.partitions] == list(range(len(whole.partitions)))
    assert [p.docs for p in whole.partitions] == [7, 7, 7, 3, 1, 7, 7, 7, 3]  # (the missing file: its own)
    assert scanned == [str(warc), str(second)]


class _Holding:
    """A store that says how many documents it holds (all ``cluster.run._planned`` asks of it)."""

    def __init__(self, n: int):
        self.n = n

    def last_document_key(self) -> int:
        return self.n


def test_a_run_plans_ahead_only_what_its_decisions_need(tmp_path, warc, monkeypatch):
    """The clustered run plans ahead until it knows the documents coming exceed the store's (the
    web's indexes are then built once at the end) or the input ends, and no further; the rest is
    planned as the run goes. A small input is cut finer for the workers, as before."""
    from marsad.cluster import partition, run

    paths = [str(warc)] * 3 + ["-"]
    whole = plan(paths, size=5)
    scanned: list[str] = []
    real = partition._warc_cuts
    monkeypatch.setattr(partition, "_warc_cuts", lambda fh, size: scanned.append(fh.name) or real(fh, size))
    stats, errors = run.ClusterStats(), []
    parts, adding = run._planned(paths, 5, 2, _Holding(30), stats, errors.append)
    assert adding == 34 and len(scanned) == 2  # 24 pages a file, 5 a partition: 34 > 30 in the second file
    assert list(parts) == whole.partitions and len(scanned) == 3
    assert stats.partitions == len(whole.partitions) and stats.documents_planned == 72 == whole.docs
    assert stats.partition_size == 5 and len(errors) == 1 and "standard input" in errors[0]
    scanned.clear()
    parts, adding = run._planned(paths[:1], None, 2, _Holding(0), run.ClusterStats(), None)
    assert adding == 24 and [p.docs for p in parts] == [16, 8]  # auto_size: 24 documents, 2 workers


def test_auto_size_keeps_every_worker_busy_on_a_small_input():
    from marsad.cluster.partition import DEFAULT_SIZE, MIN_SIZE, auto_size

    assert auto_size(100_000, 2) == DEFAULT_SIZE == 256
    assert auto_size(2_048, 2) == 256  # 8 tasks of 256: 4 per worker
    assert auto_size(2_000, 2) == 250
    assert auto_size(1_000, 4) == 63
    assert auto_size(73, 2) == MIN_SIZE == 16  # never so small that the per-task cost dominates
    assert auto_size(0, 1) == MIN_SIZE


def test_the_memory_trace_of_a_long_crawl_stays_bounded(monkeypatch):
    """The driver records each worker's resident memory after every partition; past the cap a
    worker's entries are thinned, its last one kept, so a crawl of any length keeps a bounded sample."""
    from marsad.cluster import run

    monkeypatch.setattr(run, "TRACE_CAP", 8)
    stats = run.ClusterStats()
    for i in range(100):
        run._trace(stats, (i, 1 + i % 2, 1000 + i))
    for pid in (1, 2):
        mine = [e for e in stats.rss_trace if e[1] == pid]
        assert 4 <= len(mine) <= 8 and mine[-1][0] in (98, 99) and mine == sorted(mine)


def _mixed_warc(path: Path) -> None:
    """A gzip WARC with what a crawl holds besides HTML pages: a PDF response, a resource record,
    a response whose HTTP block names no type (the record's own says HTML), an empty response,
    a non-HTTP target, header names in other cases and a record of ~3 MB (inflated in pieces)."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = "<html><body><p>تقرير قصير عن قصف في ريف إدلب.</p></body></html>".encode()
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)

        def response(url, ctype, body, warc_type=None):
            headers = [("Content-Type", ctype)] if ctype else []
            http = StatusAndHeaders("200 OK", headers + [("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                                warc_content_type=warc_type or "application/http; msgtype=response"))

        response("https://a.example/1", "text/html; charset=utf-8", page)
        response("https://a.example/2.pdf", "application/pdf", b"%PDF-1.4 not a page")
        w.write_record(w.create_warc_record("https://a.example/3", "resource", payload=io.BytesIO(page),
                                            warc_content_type="text/html"))
        response("https://a.example/4", "", page)
        response("https://a.example/5", "APPLICATION/XHTML+XML", page)
        w.write_record(w.create_warc_record("dns:a.example", "response", payload=io.BytesIO(b"1.2.3.4"),
                                            warc_content_type="text/dns"))
        response("https://a.example/big", "text/html", page + b"<!--" + b"x" * (3 << 20) + b"-->")
        response("https://a.example/6", "text/html", page)


def test_the_zlib_scan_finds_what_warcio_finds(tmp_path, warc):
    """The driver's scan of a gzip WARC (zlib alone) gives warcio's record offsets and pages, or
    hands the file to warcio (None) where it cannot be sure: the partitions, hence the database,
    are the same either way."""
    from marsad.cluster.partition import _gzip_warc_records, _warcio_records

    mixed = tmp_path / "mixed.warc.gz"
    _mixed_warc(mixed)
    for f in (warc, mixed):
        with open(f, "rb") as fh:
            fast = _gzip_warc_records(fh)
            assert fast is not None and fast == _warcio_records(fh)
    with open(mixed, "rb") as fh:
        assert _gzip_warc_records(fh)[1] == [1, 0, 0, 0, 1, 0, 1, 1]
    one = tmp_path / "one.warc.gz"  # one gzip stream of every record
    one.write_bytes(gzip.compress(gzip.decompress(warc.read_bytes())))
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(warc.read_bytes()[:-100])
    for f in (one, cut):
        with open(f, "rb") as fh:
            assert _gzip_warc_records(fh) is None
    pl, got = clustered([mixed], 2)
    assert [p.docs for p in pl.partitions] == [2, 2] and got == serial([str(mixed)])
