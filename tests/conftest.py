"""Shared fixtures. ../shared (seed pages, training data, conformance vectors) sits beside the
repository in development and CI; tests that need it skip, saying why, where it is absent."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MARSAD_SHARED", REPO.parent / "shared"))


def shared_path(*parts: str) -> Path:
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} is absent: ../shared (seed pages and data) is not beside the repository")
    return p


def pytest_sessionstart(session):
    # an edited source shadowed by its older compiled copy would test stale code: stop at once
    from marsad.build_info import stale_binaries
    stale = stale_binaries()
    if stale:
        pytest.exit("compiled modules are out of date (" + "; ".join(stale) + "): run `make setup`", returncode=2)


@pytest.fixture(scope="session")
def seeds_expected() -> dict:
    return json.loads(shared_path("seeds", "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_text():
    def get(name: str) -> str:
        return shared_path("seeds", name).read_text(encoding="utf-8")

    return get


# -- a throwaway PostgreSQL server for the store's second backend ----------------------------------
# initdb + pg_ctl in a temporary folder on a free loopback port (as the postgres user when run as
# root). Without the binaries the tests skip saying why, unless MARSAD_REQUIRE_SERVICES=1 (CI),
# where a missing server is a failure.
def _pg_bindir() -> Path | None:
    import glob
    import shutil

    for cand in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(cand) / "initdb").exists() and (Path(cand) / "pg_ctl").exists():
            return Path(cand)
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).resolve().parent
    return None


def _no_service(reason: str):
    if os.environ.get("MARSAD_REQUIRE_SERVICES") == "1":
        pytest.fail(f"{reason} (MARSAD_REQUIRE_SERVICES=1: required here)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pg_server():
    """(host, port, user) of a PostgreSQL server that lives for the test session."""
    import shutil
    import socket
    import subprocess
    import tempfile

    bindir = _pg_bindir()
    if bindir is None:
        _no_service("PostgreSQL binaries (initdb, pg_ctl) not found: apt-get install postgresql")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _no_service("psycopg is not installed: pip install -e '.[postgres]'")
    root = tempfile.mkdtemp(prefix="marsad-pg-")
    data, sock = os.path.join(root, "data"), os.path.join(root, "sock")
    os.mkdir(sock)
    prefix: list[str] = []
    if os.geteuid() == 0:
        import pwd

        try:
            pw = pwd.getpwnam("postgres")
        except KeyError:
            _no_service("running as root and there is no 'postgres' user to run the server as")
        for p in (root, sock):
            os.chown(p, pw.pw_uid, pw.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    run = lambda *a: subprocess.run(prefix + list(a), capture_output=True, text=True, timeout=120)  # noqa: E731
    r = run(str(bindir / "initdb"), "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale")
    if r.returncode:
        shutil.rmtree(root, ignore_errors=True)
        _no_service(f"initdb failed: {r.stderr.strip()[-300:]}")
    opts = f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -F -c max_connections=100"
    r = run(str(bindir / "pg_ctl"), "-D", data, "-o", opts, "-l", os.path.join(root, "log"), "-w", "-t", "60",
            "start")
    if r.returncode:
        log = Path(root, "log").read_text(errors="replace")[-300:] if Path(root, "log").exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        _no_service(f"PostgreSQL did not start: {r.stderr.strip()[-200:]} {log}")
    try:
        yield ("127.0.0.1", port, "postgres")
    finally:
        run(str(bindir / "pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server):
    """A fresh, empty database on the session's server."""
    return _pg_create(*pg_server)


_PG_SEQ = __import__("itertools").count(1)


@pytest.fixture(params=["sqlite", "postgresql"])
def new_store_url(request, tmp_path):
    """A maker of locations of new, empty stores on each backend (the store tests run on both)."""
    seq = iter(range(1, 1000))
    if request.param == "sqlite":
        return lambda: str(tmp_path / f"marsad{next(seq)}.db")
    host, port, user = request.getfixturevalue("pg_server")
    return lambda: _pg_create(host, port, user)


def _pg_create(host, port, user) -> str:
    import psycopg

    name = f"t{next(_PG_SEQ)}_{os.getpid()}"
    with psycopg.connect(f"postgresql://{user}@{host}:{port}/postgres", autocommit=True) as con:
        con.execute(f"CREATE DATABASE {name}")
    return f"postgresql://{user}@{host}:{port}/{name}"


@pytest.fixture
def store_url(new_store_url):
    """The location of a new, empty store, once per backend."""
    return new_store_url()
