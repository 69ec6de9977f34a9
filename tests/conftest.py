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
