"""The events sample corpus (samples/corpus/e*.txt + samples/gold) and its scorer.

Shared by the tests, the benchmark and the demo so all three report the same figure.
Scoring is per document on the set of (type, place, count) keys of asserted events: a second
mention of the same event in one document is the same key (the store merges it anyway).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator

from ..arabic.normalize import fold_str

ROOT = Path(__file__).resolve().parents[3] / "samples"


def corpus_records(root: Path = ROOT) -> Iterator[dict]:
    """{"id", "text", "published", "outlet", "url"} per sample document, in id order."""
    meta = json.loads((root / "gold" / "events_meta.json").read_text(encoding="utf-8"))["docs"]
    for path in sorted((root / "corpus").glob("e*.txt")):
        m = meta.get(path.stem, {})
        yield {"id": path.stem, "text": path.read_text(encoding="utf-8"), "published": m.get("published"),
               "outlet": m.get("outlet"), "url": m.get("url")}


def write_jsonl(out: Path, records: Iterable[dict] | None = None) -> Path:
    with open(out, "w", encoding="utf-8") as fh:
        for r in records if records is not None else corpus_records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return out


def load_gold(root: Path = ROOT) -> list[dict]:
    with open(root / "gold" / "events.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# the modalities the events scorer leaves out (as extract.events.NOT_HAPPENED; no import from extract/)
_NOT_HAPPENED = frozenset({"negated", "denied", "future", "hypothetical"})


def _num(v):
    return None if v is None else float(v)


def _place_ok(gold: str | None, place: dict | None) -> bool:
    if gold is None or place is None:
        return gold is None and place is None
    g = fold_str(gold)
    names = [place.get("surface"), place.get("name_ar"), place.get("name_en")]
    for n in names:
        if not n:
            continue
        f = fold_str(n)
        if f == g or g in f.split(" ") or f.endswith(" " + g) or (len(g) > 3 and g in f):
            return True
    return False


def score(pred: dict[str, list[dict]], gold: list[dict]) -> dict:
    """Precision/recall/F1 of asserted events on type + place + count, per document."""
    gold_by: dict[str, list[dict]] = {}
    for g in gold:
        if g.get("modality", "asserted") == "asserted":
            gold_by.setdefault(g["doc"], []).append(g)
    tp = fp = fn = 0
    misses, extras = [], []
    for doc in sorted(set(gold_by) | set(pred)):
        golds = gold_by.get(doc, [])
        preds = []
        seen = set()
        for e in pred.get(doc, []):
            if e.get("modality", "asserted") in _NOT_HAPPENED:
                continue
            c = e.get("count") or {}
            key = (e["type"], (e.get("place") or {}).get("id") or (e.get("place") or {}).get("surface"),
                   _num(c.get("low")), _num(c.get("high")))
            if key in seen:
                continue
            seen.add(key)
            preds.append(e)
        used = set()
        for g in golds:
            hit = None
            for i, e in enumerate(preds):
                c = e.get("count") or {}
                if i in used or e["type"] != g["type"]:
                    continue
                if _num(c.get("low")) != _num(g.get("count_low")) or _num(c.get("high")) != _num(g.get("count_high")):
                    continue
                if not _place_ok(g.get("place"), e.get("place")):
                    continue
                hit = i
                break
            if hit is None:
                fn += 1
                misses.append((doc, g["type"], g.get("place"), g.get("count_low"), g.get("count_high")))
            else:
                used.add(hit)
                tp += 1
        for i, e in enumerate(preds):
            if i not in used:
                fp += 1
                c = e.get("count") or {}
                extras.append((doc, e["type"], (e.get("place") or {}).get("surface"), c.get("low"), c.get("high")))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f, "misses": misses,
            "extras": extras}
