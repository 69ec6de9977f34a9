"""Fixtures for the web workbench: one evidence database built once from the bundled sample
corpus (samples/corpus) plus documents written here for the tests, copied per test that writes."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from .webutil import TOKEN, build_db, login, start_server

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


@pytest.fixture
def pg_copy(base_pg) -> str:
    """A private PostgreSQL copy of the test database."""
    import psycopg

    root, _, name = base_pg.rpartition("/")
    copy = f"webcopy_{os.getpid()}_{next(_COPIES)}"
    with psycopg.connect(f"{root}/postgres", autocommit=True) as con:
        con.execute(f"CREATE DATABASE {copy} TEMPLATE {name}")
    return f"{root}/{copy}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request) -> str:
    """A private copy of the test database on each backend (the page and API tests run on both)."""
    return str(request.getfixturevalue("db_path" if request.param == "sqlite" else "pg_copy"))


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
    proc, url = start_server(db_path)
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
