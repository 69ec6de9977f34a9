"""Fixtures for the web workbench: one evidence database built once from the bundled sample
corpus (samples/corpus) plus documents written here for the tests, copied per test that writes."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from .webutil import TOKEN, build_db, free_port, login

@pytest.fixture(scope="session")
def base_db(tmp_path_factory) -> Path:
    return build_db(tmp_path_factory.mktemp("webdb") / "marsad.db")


@pytest.fixture(scope="session")
def base_pg(pg_server, tmp_path_factory) -> str:
    """The same evidence in a PostgreSQL database, built once; tests get copies (TEMPLATE)."""
    import psycopg

    host, port, user = pg_server
    with psycopg.connect(f"postgresql://{user}@{host}:{port}/postgres", autocommit=True) as con:
        con.execute(f"CREATE DATABASE webbase_{os.getpid()}")
    url = f"postgresql://{user}@{host}:{port}/webbase_{os.getpid()}"
    build_db(url, tmp_path_factory.mktemp("webpg"))
    return url


_COPIES = iter(range(1, 100000))


@pytest.fixture
def db_path(base_db, tmp_path) -> Path:
    """A private SQLite copy: tests that review never see each other's changes."""
    out = tmp_path / "marsad.db"
    shutil.copy(base_db, out)
    return out


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    """A private copy of the test database on each backend (the page and API tests run on both)."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("db_path"))
    import psycopg

    base = request.getfixturevalue("base_pg")
    root, _, name = base.rpartition("/")
    copy = f"webcopy_{os.getpid()}_{next(_COPIES)}"
    with psycopg.connect(f"{root}/postgres", autocommit=True) as con:
        con.execute(f"CREATE DATABASE {copy} TEMPLATE {name}")
    return f"{root}/{copy}"


@pytest.fixture
def make_client(db_url):
    from fastapi.testclient import TestClient

    from marsad.web.app import create_app

    made = []

    def make(**kw):
        app = create_app(str(db_url), **kw)
        c = TestClient(app)
        made.append(app)
        return c

    yield make
    for app in made:
        app.state.db.close()


@pytest.fixture
def client(make_client):
    return make_client()


@pytest.fixture
def writer(make_client):
    """A client started with a token and logged in through the /login form."""
    c = make_client(token=TOKEN)
    login(c)
    return c


@pytest.fixture
def live_server(db_path):
    """`marsad serve` in a subprocess on a free loopback port; yields its base URL."""
    port = free_port()
    env = dict(os.environ)
    proc = subprocess.Popen([sys.executable, "-m", "marsad.cli", "serve", "--db", str(db_path), "--port", str(port),
                             "--token", TOKEN], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while True:
        try:
            urllib.request.urlopen(url + "/api/map", timeout=2)
            break
        except Exception:  # noqa: BLE001 - not up yet
            if proc.poll() is not None:
                raise RuntimeError("marsad serve exited: " + proc.stderr.read().decode(errors="replace"))
            if time.time() > deadline:
                proc.kill()
                raise RuntimeError("marsad serve did not start within 60 s")
            time.sleep(0.2)
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
