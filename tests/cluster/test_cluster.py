"""The Dask runner gives the serial run's database, byte for byte (a content hash over every row),
with one worker, two workers, an existing scheduler, and a worker killed mid-run."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from marsad.cluster.partition import plan
from marsad.cluster.run import ClusterUnavailable, database_fingerprint, ingest_cluster
from marsad.commands.ingest import ingest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))


def _need_dask():
    try:
        import distributed  # noqa: F401
    except ImportError:
        pytest.skip("dask.distributed is not installed (pip install 'marsad[cluster]'; make setup installs it)")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    """A WARC of our sample pages, a JSONL of sample texts (a bad line among them), text files."""
    import build_warc

    d = tmp_path_factory.mktemp("in")
    build_warc.build(str(d / "pages.warc.gz"), sorted((REPO / "samples" / "html").glob("*.html")))
    texts = sorted((REPO / "samples" / "corpus").glob("*.txt"))
    lines = [json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8"), "outlet": "نشرة"}, ensure_ascii=False)
             for p in texts[:30]]
    lines.insert(11, "{not json")
    (d / "texts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(d / "pages.warc.gz"), str(d / "texts.jsonl"), *map(str, texts[30:42])]


@pytest.fixture(scope="module")
def serial_db(inputs, tmp_path_factory) -> tuple[str, dict]:
    db = str(tmp_path_factory.mktemp("serial") / "s.db")
    stats = ingest(inputs, db)
    return db, stats


@pytest.fixture(scope="module")
def local_cluster():
    _need_dask()
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                           memory_limit=0)
    client = Client(cluster)
    yield cluster, client
    client.close()
    cluster.close()


def test_serial_run_is_not_trivial(serial_db):
    db, stats = serial_db
    assert stats["stored"] >= 60 and stats["errors"] == 1  # the broken JSONL line
    from marsad.store import open_store

    with open_store(db) as st:
        assert st.scalar("SELECT COUNT(*) FROM events") > 20
        assert st.scalar("SELECT COUNT(*) FROM near_duplicates") >= 0


def test_two_workers_on_an_existing_scheduler_give_the_serial_database(inputs, serial_db, tmp_path, local_cluster):
    cluster, _ = local_cluster
    db = str(tmp_path / "c2.db")
    done: list[str] = []
    during: list[set] = []
    s = ingest_cluster(inputs, db, scheduler=cluster.scheduler_address, partition_size=5,
                       on_doc=done.append, on_partition=lambda res, cl: during.append(_index_names(db)))
    assert s.workers == 2 and s.stored == serial_db[1]["stored"]
    # the web's indexes were built once at the end (store.defer_indexes), the merge lookup's kept
    assert "events_type_count" not in during[0] and "events_type_admin1_lo" in during[0]
    assert _index_names(db) == _index_names(serial_db[0])
    assert len(done) == s.documents_planned == serial_db[1]["stored"] + 1
    assert len(s.peak_rss) == 2 and all(v > 10 * 2 ** 20 for v in s.peak_rss.values())  # both workers worked
    assert database_fingerprint(db) == database_fingerprint(serial_db[0])
    # a second run over the same inputs stores nothing more and changes nothing; with the default
    # partition size a small input is cut finer (here to the smallest size) so both workers get tasks
    s2 = ingest_cluster(inputs, db, scheduler=cluster.scheduler_address)
    assert (s2.stored, s2.skipped) == (0, serial_db[1]["stored"])
    assert s2.partition_size == 16 and s2.partitions == len(plan(inputs, 16).partitions) > len(plan(inputs).partitions)
    assert database_fingerprint(db) == database_fingerprint(serial_db[0])


def _index_names(db: str) -> set[str]:
    import sqlite3

    con = sqlite3.connect(db)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    finally:
        con.close()


def test_a_worker_killed_mid_run_has_its_partition_retried(inputs, serial_db, tmp_path, local_cluster):
    _, client = local_cluster
    killed: list[str] = []

    def kill_a_busy_worker(res, cl):
        if killed:
            return
        busy = [w for w, keys in cl.processing().items() if keys]
        if not busy:
            return
        killed.append(busy[0])
        try:
            cl.run(os._exit, 1, workers=[busy[0]])  # the worker process dies with its task unfinished
        except Exception:  # noqa: BLE001 - the call dies with the worker
            pass

    db = str(tmp_path / "k.db")
    s = ingest_cluster(inputs, db, partition_size=4, on_partition=kill_a_busy_worker, client=client)
    assert killed, "no worker was busy when the first partition came back"
    assert s.errors == 1 and s.stored == serial_db[1]["stored"]
    assert database_fingerprint(db) == database_fingerprint(serial_db[0])


def test_cli_one_local_worker_gives_the_serial_database(inputs, serial_db, tmp_path, capsys):
    _need_dask()
    from marsad.cli import main

    db = str(tmp_path / "cli.db")
    rc = main(["ingest", *inputs, "--db", db, "--workers", "1", "--partition-size", "16", "--quiet"])
    err = capsys.readouterr().err.strip().splitlines()
    assert rc == 2  # the broken JSONL line, as in the serial run
    assert err[0] == f"marsad: {inputs[1]}:12: invalid JSON (Expecting property name enclosed in double quotes at column 2)"
    assert err[-1] == f"marsad: {serial_db[1]['stored']} stored, 0 already in {db}, 1 errors (1 workers, 5 partitions)"
    assert database_fingerprint(db) == database_fingerprint(serial_db[0])


def test_cli_bad_cluster_flags_are_one_line(tmp_path, capsys, monkeypatch):
    from marsad.cli import main

    f = tmp_path / "a.txt"
    f.write_text("نص قصير", encoding="utf-8")
    db = str(tmp_path / "x.db")
    assert main(["ingest", str(f), "--db", db, "--workers", "0"]) == 2
    assert capsys.readouterr().err == "marsad: --workers must be at least 1\n"
    assert main(["ingest", str(f), "--db", db, "--workers", "2", "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert "not both" in capsys.readouterr().err
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if the cluster extra were not installed
    assert main(["ingest", str(f), "--db", db, "--workers", "2", "--quiet"]) == 2
    assert capsys.readouterr().err == "marsad: --workers and --scheduler need Dask: pip install 'marsad[cluster]'\n"


def test_unreachable_scheduler_is_one_line(tmp_path):
    _need_dask()
    with pytest.raises(ClusterUnavailable, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"):
        ingest_cluster([str(REPO / "samples" / "corpus" / "d01.txt")], str(tmp_path / "u.db"),
                       scheduler="tcp://127.0.0.1:9")


def test_two_workers_into_postgresql_give_the_serial_database(inputs, local_cluster, pg_url):
    """Serial and clustered runs into two PostgreSQL databases: the same rows."""
    import psycopg

    _, client = local_cluster
    serial_url = pg_url
    cluster_url = pg_url.rsplit("/", 1)[0] + "/" + pg_url.rsplit("/", 1)[1] + "_cluster"
    with psycopg.connect(pg_url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as con:
        con.execute(f"CREATE DATABASE {cluster_url.rsplit('/', 1)[1]}")
    st = ingest(inputs, serial_url)
    during: list[int] = []
    s = ingest_cluster(inputs, cluster_url, partition_size=6, client=client,
                       on_partition=lambda res, cl: during.append(len(_pg_indexes(cluster_url))))
    assert s.stored == st["stored"] and s.errors == 1
    assert database_fingerprint(cluster_url) == database_fingerprint(serial_url)
    # the web's indexes were built once at the end (store.defer_indexes), as the migrations make them
    assert during and max(during) < len(_pg_indexes(serial_url))
    assert _pg_indexes(cluster_url) == _pg_indexes(serial_url)


def _pg_indexes(url: str) -> list[str]:
    import psycopg

    with psycopg.connect(url) as con:
        return sorted(r[0] for r in con.execute("SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()"))


def test_a_worker_loads_the_language_classifier_with_its_pipeline(monkeypatch):
    """So its memory does not step up ~70 MB in the middle of a crawl (docs/SCALING.md, Memory)."""
    from marsad.cluster import worker
    from marsad.cluster.worker import _runner
    from marsad.ingest.language import _identifier

    monkeypatch.setattr(worker, "_RUNNERS", {})
    _identifier.cache_clear()
    _runner((False, None, True))  # any language: no classifier needed
    assert _identifier.cache_info().currsize == 0
    _runner((False, None, False))
    assert _identifier.cache_info().currsize == 1


def test_a_worker_freezes_its_pipeline_out_of_the_collector(monkeypatch):
    """The pipeline's long-lived objects are never walked by the cyclic collector again."""
    import gc

    from marsad.cluster import worker
    from marsad.cluster.worker import _runner

    monkeypatch.setattr(worker, "_RUNNERS", {})
    gc.unfreeze()
    try:
        _runner((False, None, True))
        assert gc.get_freeze_count() > 50_000
    finally:
        gc.unfreeze()  # this test process is no worker


def _worker_settings():
    import dask

    return [dask.config.get(k) for k in ("distributed.worker.profile.enabled", "distributed.admin.tick.interval",
                                         "distributed.admin.system-monitor.interval")]


def _scheduler_extras(dask_scheduler):
    """(work stealing on, active memory manager running)"""
    amm = dask_scheduler.extensions.get("amm")
    return "stealing" in dask_scheduler.extensions, bool(amm is not None and amm.running)


def test_the_local_cluster_runs_without_dask_diagnostics():
    """`--workers N` starts its cluster without the profiler, work stealing and the other
    diagnostics a batch ingest does not use (their CPU per document: docs/SCALING.md)."""
    _need_dask()
    from marsad.cluster.run import connect

    client, cluster = connect(1)
    try:
        assert list(client.run(_worker_settings).values()) == [[False, "1s", "5s"]]
        assert client.run_on_scheduler(_scheduler_extras) == (False, False)
        # results come straight from the worker, not through the scheduler in the driver's process
        assert client.direct_to_workers is True and client.submit(sum, [1, 2]).result() == 3
    finally:
        client.close()
        cluster.close()


def test_the_fingerprint_is_content_not_storage(serial_db, tmp_path):
    """The content hash reads a table a chunk at a time (a 20,000-page crawl's rows sorted in memory
    took ~1 GB) and sums its rows' digests, so it does not depend on the order rows are stored or
    read in; one changed value changes it."""
    import shutil

    from marsad.store import open_store

    db = str(tmp_path / "copy.db")
    shutil.copy(serial_db[0], db)
    want = database_fingerprint(serial_db[0])
    with open_store(db) as st:  # the same rows stored in another order
        st.execute("CREATE TABLE bands_copy AS SELECT * FROM lsh_bands ORDER BY doc_key DESC, band DESC")
        st.execute("DELETE FROM lsh_bands")
        st.execute("INSERT INTO lsh_bands SELECT * FROM bands_copy")
        st.execute("DROP TABLE bands_copy")
    assert database_fingerprint(db) == want
    with open_store(db) as st:
        st.execute("UPDATE events SET n_reports = n_reports + 1 WHERE event_id = (SELECT MIN(event_id) FROM events)")
    assert database_fingerprint(db) != want


def test_a_result_is_handed_over_in_a_file_where_the_driver_can_read_it(tmp_path):
    """worker.spill: the result pickled into the driver's spool directory and only its name sent
    back; read once, the file is gone. A worker that cannot see the directory (another machine)
    hands the result itself back."""
    from marsad.cluster.worker import PartitionResult, Spilled, spill

    res = PartitionResult(7, items=[{"source": "a", "text": "نص قصير"}, None], warnings=["w"], pid=42, cpu=1.5)
    got = spill(res, str(tmp_path))
    assert isinstance(got, Spilled) and os.path.dirname(got.path) == str(tmp_path)
    assert got.load() == res and os.listdir(tmp_path) == []
    assert spill(res, str(tmp_path / "elsewhere")) is res and spill(res, None) is res


def test_only_a_local_cluster_spools_and_its_spool_is_removed(inputs, serial_db, tmp_path, local_cluster,
                                                              monkeypatch):
    import tempfile

    from marsad.cluster.run import _is_local

    cluster, client = local_cluster
    assert _is_local(client)
    from distributed import Client

    remote = Client(cluster.scheduler_address)
    try:
        assert not _is_local(remote)
    finally:
        remote.close()
    private = tmp_path / "tmp"  # the driver's temporary directory for this test alone
    private.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    seen: list[list[str]] = []
    db = str(tmp_path / "s.db")
    s = ingest_cluster(inputs, db, partition_size=8, client=client,
                       on_partition=lambda res, cl: seen.append(sorted(os.listdir(private))))
    assert seen and all(len(names) == 1 and names[0].startswith("marsad-spool-") for names in seen)
    assert os.listdir(private) == []  # removed with the run
    assert s.stored == serial_db[1]["stored"] and database_fingerprint(db) == database_fingerprint(serial_db[0])
