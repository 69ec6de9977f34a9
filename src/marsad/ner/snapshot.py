"""The NER's view of the places gazetteer, frozen with the trained model.

The CRF and the neural tagger mark tokens covered by place names ("gzA-B"), and the
organisation rule knows nation words: both came from the live gazetteer, so every place edit
silently changed a trained model's inputs and ``make train-ner`` could not give back the
committed files. Training now writes ``data/ner/gazetteer_features.tsv`` from
``data/gazetteer`` (one "name<TAB>kind" row per name, sorted), records the hash of every file
the features read in ``models/ner.json`` (``feature_inputs``), and tagging reads only the
snapshot: gazetteer edits reach the NER at its next training, never between.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable

from ..arabic.normalize import fold_str

SNAPSHOT = ("data", "ner", "gazetteer_features.tsv")
# Every data file the model's features read (word flags, clusters, places): a change in any of
# them changes what the model sees, so it needs a retraining (tests/ner/test_snapshot.py).
FEATURE_FILES = (("data", "ner", "first_names.txt"), ("data", "ner", "titles.txt"),
                 ("data", "ner", "org_heads.txt"), ("data", "ner", "clusters.tsv"),
                 ("data", "ner", "world_places.txt"), SNAPSHOT)
NATION = "nation"  # a one-word country/city/region/governorate name (the organisation rule)
_NATION_LEVELS = frozenset({"country", "city", "region", "governorate"})
_HEADER = ("# The NER's copy of the places gazetteer (name, kind), frozen with the model: written by "
           "'marsad train ner' from data/gazetteer; kinds W world or Syrian city, A Syrian admin area, "
           "K known locality, S other locality or neighbourhood, nation a one-word country/city/region/"
           "governorate name\n")


def place_kind(rec: dict) -> str:
    """The feature kind of a gazetteer record (the letter in "gzK-B")."""
    if rec["country"] != "Syria" or rec["level"] in ("country", "city"):
        return "W"
    if rec["level"] == "neighbourhood":
        return "S"
    if rec["level"] != "locality":
        return "A"
    return "K" if rec["known"] else "S"


def snapshot_rows(records: Iterable[dict]) -> list[tuple[str, str]]:
    """(name, kind) rows for gazetteer ``records``: names of 3+ letters with their place kind,
    and one-word names of the levels the organisation rule reads as nations; sorted, unique."""
    out: set[tuple[str, str]] = set()
    for rec in records:
        kind = place_kind(rec)
        for name in rec["names_ar"]:
            if "\t" in name or "\n" in name or not name.strip():
                continue
            k = fold_str(name)
            if len(k.replace(" ", "")) >= 3:
                out.add((name, kind))
            if rec["level"] in _NATION_LEVELS and " " not in k:
                out.add((name, NATION))
    return sorted(out)


def build(dest: Path | None = None) -> Path:
    """Write the snapshot from the package's gazetteer (``dest``: default, the package's own
    data file) -> its path. Deterministic: the same gazetteer gives the same bytes."""
    from .. import resources as data

    path = dest or Path(str(resources.files("marsad").joinpath(*SNAPSHOT)))
    body = "".join(f"{name}\t{kind}\n" for name, kind in snapshot_rows(data.gazetteer()))
    path.write_text(_HEADER + body, encoding="utf-8")
    rows.cache_clear()
    return path


@lru_cache(maxsize=1)
def rows() -> tuple[tuple[str, str], ...]:
    """The package snapshot's (name, kind) rows (read once per process)."""
    return read_rows(resources.files("marsad").joinpath(*SNAPSHOT).read_text(encoding="utf-8"))


def read_rows(text: str) -> tuple[tuple[str, str], ...]:
    """(name, kind) rows of a snapshot file's text."""
    out = []
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, kind = line.split("\t")
            out.append((name, kind))
    return tuple(out)


def places() -> list[tuple[str, str]]:
    """(name, place kind) rows: the place lexicon of the features."""
    return [r for r in rows() if r[1] != NATION]


def nations() -> list[str]:
    """One-word names the organisation rule reads as nations."""
    return [name for name, kind in rows() if kind == NATION]


def file_hashes() -> dict[str, str]:
    """{file name: sha256} of every file the features read (FEATURE_FILES), as recorded in
    ``models/ner.json``; a missing file hashes as "missing"."""
    out = {}
    for parts in FEATURE_FILES:
        p = resources.files("marsad").joinpath(*parts)
        out[parts[-1]] = hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "missing"
    return out
