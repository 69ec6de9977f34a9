"""Estimate rows: every stated figure for a type, one row per report, side by side and never
averaged (aggregates and incident figures alike, each saying which it is)."""
from __future__ import annotations

from ..store.filters import EventFilter


def estimate_rows(store, type: str | None = "defection", include_all: bool = False,
                  filt: EventFilter | None = None) -> list[dict]:
    """Rows of the estimates table. Only asserted figures unless ``include_all`` (then denied,
    future, hypothetical and called-for figures are listed too, marked by their modality)."""
    out = []
    for r in store.estimates(type, filt):
        if not include_all and r["modality"] != "asserted":
            continue
        rec = r.get("record") or {}
        scope = rec.get("scope") if isinstance(rec.get("scope"), dict) else {}
        period = rec.get("period") if isinstance(rec.get("period"), dict) else None
        period_s = ""
        if period and (period.get("start") or period.get("end")):
            period_s = f"{period.get('start') or '…'} – {period.get('end') or '…'}"
        elif scope.get("period"):
            period_s = ", ".join(str(p) for p in scope["period"])
        out.append({
            "low": r["count_low"], "high": r["count_high"], "approx": bool(r["approx"]),
            "kind": r["kind"], "type": r["type"],
            "counted": r["counted"], "counted_en": r["counted_en"],
            "rank": ", ".join(str(x) for x in scope.get("rank") or []), "place": r["place_surface"] or "",
            "period": period_s,
            "claimed_by": r["reported_by"] or "", "claim_source": r["reported_by_source"],
            "outlet": r["outlet"] or "", "document": r["doc_id"], "published": r["published"] or "",
            "date": r["date_value"] if r["date_source"] == "text" else "", "modality": r["modality"],
            "event_id": r["event_id"], "report_id": r["report_id"], "quantity": r["quantity"],
            "sentence": r["sentence"],
        })
    return out
