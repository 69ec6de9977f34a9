"""A document made ready to write: everything the store derives from a record without looking at
the database. Content hash, canonical JSON of every row, span rows, report columns, the place
views and date windows merging compares, the MinHash signature and its LSH band keys.

Why apart from the writer: writing is one ordered step (near-duplicate links and incident merging
depend on what is stored before), so whatever can be computed without the database is computed
where the document was analysed: on a Dask worker in a clustered run (marsad.cluster), in the
ingesting process otherwise. The serial run and the cluster go through this one function, so both
write the same rows; the writer (store/api.py) only runs the lookups that need the database.

A prepared document is plain data (dicts, tuples, str, bytes), cheap to pickle.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from typing import Any

from . import merge
from .backends import StoreError
from .records import day, dumps, place_cols, place_view, report_cols, report_key

SPAN_LAYERS_STORED_APART = ("events",)  # events live in ``reports``; other layers in ``spans``
BANDS, ROWS = 25, 5  # datasketch's optimal banding for threshold 0.45 with 128 permutations


@dataclass
class DocumentFailed:
    """One document of a batch that could not be stored (the others were)."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def band_keys(sig: bytes) -> list[tuple[int, int]] | None:
    """The LSH (band, key) pairs of a MinHash signature; None when it says nothing (no words)."""
    import numpy as np

    mine = np.frombuffer(sig, dtype=np.uint32)
    if len(mine) < BANDS * ROWS or mine.min() == mine.max():
        return None
    w = ROWS * 4
    return [(b, int.from_bytes(hashlib.blake2b(sig[b * w:(b + 1) * w], digest_size=8).digest(), "little",
                               signed=True)) for b in range(BANDS)]


def prepare(doc: Any, signer=None, copy: bool = False) -> dict:
    """``doc`` (a Document or its ``to_record()`` dict) as the store writes it. ``signer`` makes
    MinHash signatures (marsad.ingest.dedup.NearDuplicateIndex), None when dedup is off.
    ``copy``: for a store that loads rows as COPY text (PostgreSQL, ``Backend.copy_text``): the
    columns the writer passes through untouched come as that text already (``COPY_FORM``), so
    the one ordered writer only puts its keys in front of them."""
    rec = doc.to_record() if hasattr(doc, "to_record") else dict(doc)
    text = rec.get("text")
    if not isinstance(text, str):
        raise StoreError("a document record needs its text")
    h = content_hash(text)
    outlet = rec.get("outlet")
    outlet = str(outlet) if outlet not in (None, "") else None
    span_layers = {k: v for k, v in rec.items() if k not in SPAN_LAYERS_STORED_APART and _is_span_layer(v)}
    rest = {k: v for k, v in rec.items() if k not in ("text", "events") and k not in span_layers}
    sig = signer.signature(text) if signer is not None else None
    spans = []
    for layer, items in span_layers.items():
        for seq, r in enumerate(sorted(items, key=report_key)):
            spans.append((layer, seq, int(r["start"]), int(r["end"]), str(r.get("surface", "")), dumps(r)))
    spans = pack_spans(spans)
    reports = []
    events = [e for e in rec.get("events") or [] if isinstance(e, dict)]
    for seq, ev in enumerate(sorted(events, key=report_key)):
        c = report_cols(ev, text)
        place = ev.get("place") if isinstance(ev.get("place"), dict) else None
        scope = ev.get("scope")
        reports.append({
            "seq": seq, "cols": c, "record": dumps(ev),
            "actors": dumps([a for a in ev.get("actors") or [] if isinstance(a, dict)]),
            "scope": dumps(scope) if scope is not None else None,
            # what merging compares and what a new or refined event takes
            "window": merge.date_interval(c["date_value"], c["date_grain"], c["date_source"]),
            "view": place_view(place), "place_cols": place_cols(place),
            "level": merge.place_level(place) if place else 0,
        })
    out = {
        "source": str(rec.get("source") or rec.get("id") or h[:12]), "hash": h, "outlet": outlet,
        "doc_id": str(rec.get("id") if rec.get("id") is not None else h[:16]),
        "url": _str(rec.get("url")), "published": day(rec.get("published")), "title": _str(rec.get("title")),
        "author": _str(rec.get("author")), "doc_source": _str(rec.get("source")), "text": text,
        "record": dumps(rest), "sig": sig, "bands": band_keys(sig) if sig is not None else None,
        "spans": spans, "reports": reports,
    }
    return as_copy_form(out) if copy else out


def pack_spans(spans: list[tuple]) -> str | None:
    """A document's span rows (layer, seq, start, end, surface, record text) as the one JSON text
    ``document_spans`` keeps (migration 0029): ``[[layer, seq, start, end, surface, record], ...]``
    in (layer, seq) order, each record its canonical text as it is: the whole is the canonical text
    (``records.dumps``) of that list, made without parsing the records again; None for no spans
    (no row)."""
    import json

    if not spans:
        return None
    return "[" + ", ".join([f"[{json.dumps(layer, ensure_ascii=False)}, {seq}, {a}, {b}, "
                            f"{json.dumps(surface, ensure_ascii=False)}, {rec}]"
                            for layer, seq, a, b, surface, rec in sorted(spans, key=lambda t: (t[0], t[1]))]) + "]"


# What a prepared document in COPY form carries as text (store/api.py writes it after the keys
# it gives): the documents columns after doc_key, outlet_id, minhash and duplicate_of; the
# document's packed spans; every reports column after report_id, event_id, doc_key and seq.
DOC_COPY_COLS = ("content_hash", "outlet_key", "doc_id", "url", "published", "title", "author", "source", "text",
                 "record")
REPORT_TAIL = ("actor_names", "actors", "record", "scope")
# the report columns the writer reads (merging, the event a report makes or joins, its tally); in
# COPY form a report carries only these as values (the rest are in its text): a third as many
# objects for the driver to unpickle (measured in stop 23: 0.050 -> 0.015 ms per document)
WRITER_COLS = frozenset(("type", "subtype", "counted_in", "count_low", "count_high", "fatalities_low",
                         "fatalities_high", "injured_low", "injured_high", "date_lo", "date_hi", "date_value",
                         "date_grain", "date_source", "reported_by"))
_NAMES: dict[tuple, tuple] = {}  # a report's column names, one object per set (pickled once a partition)


def as_copy_form(p: dict) -> dict:
    """A prepared document (row form) in COPY form: the pass-through columns as COPY text lines,
    UTF-8 encoded (``doc_copy``, ``spans_copy``, each report's ``copy``), their row values
    dropped. On the driver that is a few bytes objects to unpickle (a copy, no decoding) and to
    send on (no encoding), not hundreds of values to format (measured in stop 23:
    docs/SCALING.md)."""
    from .backends.postgres import text_array

    out = {k: v for k, v in p.items() if k not in ("url", "published", "title", "author", "doc_source", "text",
                                                      "record", "spans", "reports")}
    out["doc_copy"] = copy_fields((p["hash"], p["outlet"] or "", p["doc_id"], p["url"], p["published"], p["title"],
                                   p["author"], p["doc_source"], p["text"], p["record"])).encode()
    spans = pack_spans(p["spans"]) if isinstance(p["spans"], list) else p["spans"]  # (rows of an older prepare)
    out["spans_copy"] = None if spans is None else copy_field(spans).encode()
    if p["bands"]:  # the LSH keys as the writer's unit-wide bucket lookup sends them
        out["bkeys"] = ",".join([str(k) for _, k in p["bands"]])
    reports = []
    for r in p["reports"]:
        c = r["cols"]
        line = copy_fields([c[k] for k in c if k != "actor_names"] + [
            text_array(str(x) for x in c["actor_names"]), r["actors"], r["record"], r["scope"]])
        names = tuple(c)
        r = {k: v for k, v in r.items() if k not in REPORT_TAIL}
        r["cols"] = {k: v for k, v in c.items() if k in WRITER_COLS}
        r["names"] = _NAMES.setdefault(names, names)
        r["copy"] = line.encode()
        reports.append(r)
    out["reports"] = reports
    return out


def prepare_or_fail(doc: Any, signer=None, copy: bool = False) -> "dict | DocumentFailed":
    """``prepare``, or a DocumentFailed for a record that cannot be stored (a malformed span or
    event), so one bad document costs only itself. A record without text is the caller's bug:
    StoreError."""
    try:
        return prepare(doc, signer, copy)
    except StoreError:
        raise
    except Exception as e:  # noqa: BLE001 - one bad document must not undo its batch
        if os.environ.get("MARSAD_DEBUG"):
            raise
        rec = doc.to_record() if hasattr(doc, "to_record") else dict(doc)
        text = rec.get("text") if isinstance(rec.get("text"), str) else ""
        return DocumentFailed(str(rec.get("source") or rec.get("id") or content_hash(text)[:12]),
                              f"could not store document ({type(e).__name__}: {e})")


def copy_field(v) -> str:
    """One value as a field of COPY's text format (a backslash starts an escape, a tab ends the
    field, a newline the row), read back by the server as psycopg's own ``write_row`` sends it: NULL as \\N; str escaped; bool t/f; int and float as their shortest
    text (float8 reads the same double back); bytes as bytea's hex form."""
    if v is None:
        return "\\N"
    if isinstance(v, str):
        if "\\" in v or "\t" in v or "\n" in v or "\r" in v:
            v = v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
        return v
    if isinstance(v, bool):
        return "t" if v else "f"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, (bytes, bytearray, memoryview)):
        return "\\\\x" + bytes(v).hex()
    raise TypeError(f"no COPY text for a {type(v).__name__} value")


def copy_fields(values) -> str:
    """A row's values (or the tail of one) as tab-separated COPY text, without the newline."""
    return "\t".join(map(copy_field, values))


def _is_span_layer(v) -> bool:
    """A non-empty list of span records (every item a dict with offsets)."""
    return isinstance(v, list) and bool(v) and all(isinstance(r, dict) and "start" in r and "end" in r for r in v)


def _str(v) -> str | None:
    return None if v is None else str(v)
