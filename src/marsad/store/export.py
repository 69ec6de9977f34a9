"""Exports: ACLED-shaped CSV, JSONL and Parquet, one row per merged event.

ACLED's column names and type vocabulary let analysts drop marsad output next to ACLED data;
marsad's own columns (count range, reports, outlets, document ids) keep every figure traceable.
"""
from __future__ import annotations

import csv
import json
from typing import Iterator

from ..arabic.normalize import fold_str
from ..extract.events import load_types

ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1",
                 "actor2", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
                 "geo_precision", "source", "notes", "fatalities"]
MARSAD_COLUMNS = ["event_id", "marsad_type", "subtype", "count_low", "count_high", "reports", "outlets",
                  "document_ids", "reported_by", "date_lo", "date_hi"]
COLUMNS = ACLED_COLUMNS + MARSAD_COLUMNS


def acled_types(marsad_type: str, text: str = "") -> tuple[str, str]:
    cfg = load_types()
    t = cfg["types"].get(marsad_type) or cfg["types"]["other"]
    if "acled_government" in t:
        f = fold_str(text)
        if any(fold_str(w) in f for w in cfg["government_actor_words"]):
            return tuple(t["acled_government"])  # type: ignore[return-value]
    return tuple(t["acled"])  # type: ignore[return-value]


def _time_precision(grain: str | None, date_source: str | None) -> int:
    if grain == "day" and date_source != "published":
        return 1
    if grain in ("day", "week"):
        return 2
    return 3


def _geo_precision(level: int | None) -> int:
    return {4: 1, 3: 2, 2: 2, 1: 3}.get(level or 0, 3)


def rows(store, **filters) -> Iterator[dict]:
    for e in store.events(**filters):
        reps = e["reports"]
        first = reps[0] if reps else {}
        actors = []
        for r in reps:
            for a in json.loads(r.get("actors") or "[]"):
                actors.append(a)
        agents = [a["surface"] for a in actors if a["role"] == "agent"]
        others = [a["surface"] for a in actors if a["role"] != "agent"]
        sentence = first.get("sentence") or ""
        etype, sub = acled_types(e["type"], sentence + " " + " ".join(agents))
        sources = []
        for r in reps:
            for s in (r.get("reported_by"), r.get("outlet")):
                if s and s not in sources:
                    sources.append(s)
        date = e["date_value"] or ""
        fatal = int(e["count_low"]) if e["type"] == "casualties" and e.get("subtype") == "killed" and \
            e["count_low"] is not None else 0
        yield {
            "event_id_cnty": f"MRS{e['event_id']}",
            "event_date": date,
            "year": int(date[:4]) if date[:4].isdigit() else None,
            "time_precision": _time_precision(e["date_grain"], first.get("date_source")),
            "event_type": etype, "sub_event_type": sub,
            "actor1": agents[0] if agents else "", "actor2": others[0] if others else "",
            "country": "Syria",
            "admin1": e["admin1"] or "", "admin2": e["admin2"] or "", "admin3": e["admin3"] or "",
            "location": e["place_name"] or e["place_ar"] or "",
            "latitude": e["lat"], "longitude": e["lon"],
            "geo_precision": _geo_precision(e["place_level"]),
            "source": "; ".join(sources), "notes": sentence[:500], "fatalities": fatal,
            "event_id": e["event_id"], "marsad_type": e["type"], "subtype": e.get("subtype") or "",
            "count_low": e["count_low"], "count_high": e["count_high"],
            "reports": e["n_reports"], "outlets": e["n_outlets"],
            "document_ids": ";".join(dict.fromkeys(str(r["doc_id"]) for r in reps)),
            "reported_by": "; ".join(dict.fromkeys(r["reported_by"] for r in reps if r.get("reported_by"))),
            "date_lo": e["date_lo"], "date_hi": e["date_hi"],
        }


def write_csv(store, out, **filters) -> int:
    n = 0
    w = csv.DictWriter(out, fieldnames=COLUMNS)
    w.writeheader()
    for r in rows(store, **filters):
        w.writerow(r)
        n += 1
    return n


def write_jsonl(store, out, **filters) -> int:
    n = 0
    for r in rows(store, **filters):
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_parquet(store, path: str, **filters) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"year": pa.int32(), "time_precision": pa.int8(), "latitude": pa.float64(), "longitude": pa.float64(),
             "geo_precision": pa.int8(), "fatalities": pa.int32(), "event_id": pa.int64(),
             "count_low": pa.float64(), "count_high": pa.float64(), "reports": pa.int32(), "outlets": pa.int32()}
    schema = pa.schema([(c, types.get(c, pa.string())) for c in COLUMNS])
    data = {c: [] for c in COLUMNS}
    n = 0
    for r in rows(store, **filters):
        for c in COLUMNS:
            data[c].append(r[c])
        n += 1
    pq.write_table(pa.table(data, schema=schema), path)
    return n
