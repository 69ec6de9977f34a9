"""A throwaway PostgreSQL server for tests and benchmarks: initdb + pg_ctl in a temporary folder on
a free loopback port (as the ``postgres`` user when run as root), stopped and deleted afterwards.

    with throwaway_server() as (host, port, user):
        url = create_database(host, port, user, "bench")

``Unavailable`` says in one line why no server could be started (no binaries, no psycopg...);
tests turn it into a skip (or a failure when MARSAD_REQUIRE_SERVICES=1).
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


_DATA: dict[int, str] = {}  # port -> data folder of the servers started here


class Unavailable(RuntimeError):
    """No PostgreSQL server can be started here; the message says why."""


def bindir() -> Path | None:
    for cand in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(cand) / "initdb").exists() and (Path(cand) / "pg_ctl").exists():
            return Path(cand)
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).resolve().parent
    return None


@contextmanager
def throwaway_server(fsync: bool = False, settings: tuple[str, ...] = ()) -> Iterator[tuple[str, int, str]]:
    """(host, port, user) of a server that lives for the block. ``fsync=False`` (tests) trades
    crash durability for speed; benchmarks keep PostgreSQL's defaults. ``settings``: extra
    ``name=value`` server settings."""
    bd = bindir()
    if bd is None:
        raise Unavailable("PostgreSQL binaries (initdb, pg_ctl) not found: apt-get install postgresql")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise Unavailable("psycopg is not installed: pip install -e '.[postgres]'") from None
    root = tempfile.mkdtemp(prefix="marsad-pg-")
    data, sock = os.path.join(root, "data"), os.path.join(root, "sock")
    os.mkdir(sock)
    prefix: list[str] = []
    if os.geteuid() == 0:
        import pwd

        try:
            pw = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(root, ignore_errors=True)
            raise Unavailable("running as root and there is no 'postgres' user to run the server as") from None
        for p in (root, sock):
            os.chown(p, pw.pw_uid, pw.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]

    def run(*a: str):
        return subprocess.run(prefix + list(a), capture_output=True, text=True, timeout=120)

    r = run(str(bd / "initdb"), "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale")
    if r.returncode:
        shutil.rmtree(root, ignore_errors=True)
        raise Unavailable(f"initdb failed: {r.stderr.strip()[-300:]}")
    opts = f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c max_connections=100"
    if not fsync:
        opts += " -F"
    opts += "".join(f" -c {s}" for s in settings)
    r = run(str(bd / "pg_ctl"), "-D", data, "-o", opts, "-l", os.path.join(root, "log"), "-w", "-t", "60", "start")
    if r.returncode:
        log = Path(root, "log").read_text(errors="replace")[-300:] if Path(root, "log").exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        raise Unavailable(f"PostgreSQL did not start: {r.stderr.strip()[-200:]} {log}")
    _DATA[port] = data
    try:
        yield ("127.0.0.1", port, "postgres")
    finally:
        _DATA.pop(port, None)
        run(str(bd / "pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)


def create_database(host: str, port: int, user: str, name: str) -> str:
    """A new, empty database on the server; its URL."""
    import psycopg

    with psycopg.connect(f"postgresql://{user}@{host}:{port}/postgres", autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}"')
    return f"postgresql://{user}@{host}:{port}/{name}"


def drop_database(host: str, port: int, user: str, name: str) -> None:
    """Drop a database made by ``create_database`` (a benchmark's rounds keep the disk bounded)."""
    import psycopg

    with psycopg.connect(f"postgresql://{user}@{host}:{port}/postgres", autocommit=True) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}"')


def server_cpu(port: int) -> float | None:
    """CPU seconds used so far by the server started here on ``port`` (its postmaster and every
    backend process), from /proc; None where that cannot be read."""
    try:
        with open(os.path.join(_DATA[port], "postmaster.pid"), encoding="ascii") as fh:
            master = int(fh.readline())
    except (KeyError, OSError, ValueError):
        return None
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat", encoding="ascii", errors="replace") as fh:
                f = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(d) == master or int(f[1]) == master:  # f[1]: the parent's pid
            total += int(f[11]) + int(f[12]) + int(f[13]) + int(f[14])  # own and waited-for children's time
    return total / tick
