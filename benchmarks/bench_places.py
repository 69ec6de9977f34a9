"""Places, dates and quantities on the news development set (../shared/data/news_dev/gold.jsonl).

Each passage runs through marsad's own pipeline stages (quantities, dates, entities, places)
with its gold ``published`` date, as ``marsad extract --passage`` would. Scoring:

- places: a prediction matches a gold place whose span it overlaps (one to one). A repeat of a
  gold place's name elsewhere in the passage is neither right nor wrong (the gold marks first
  mentions only). Unresolved NER-only records (``id`` null) count as predictions. Of the matched
  places, "governorate right" means the same governorate (or both outside any governorate:
  foreign places, countries and country-wide regions).
- dates: overlap and the same ``value`` (the gold's ``mod`` is not compared, as in its README).
- quantities: overlap and the same low/high (1e-3 relative tolerance); gold items marked
  ``optional`` and predictions overlapping them are neither rewarded nor penalised.

"strict" figures also require the exact gold span. ``--show`` prints every miss and false hit.

``--probe`` scores our own held-out-style probe instead (benchmarks/data/places_probe/*.txt:
passages the marsad authors wrote, gold marked inline, see ``load_probe``); each file scores only
the layers it declares, and places also report country and kind accuracy of matched places.

    .venv/bin/python benchmarks/bench_places.py [--show places,dates,quantities] [--gold PATH] [--probe]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

GOLD = ROOT.parent / "shared" / "data" / "news_dev" / "gold.jsonl"
PROBE = ROOT / "benchmarks" / "data" / "places_probe"

# gold governorate spellings (news_dev README) -> marsad's admin1_en
GOV = {"Rif Dimashq": "Rural Damascus", "Latakia": "Lattakia"}


def load(path: Path) -> list[dict]:
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


_MARK = re.compile(r"\[\[(?P<p>[^\]]+)\]\]|\{\{(?P<d>[^}]+)\}\}|<<(?P<q>[^>]+)>>")


def load_probe(path: Path) -> tuple[list[dict], set[str]]:
    """Passages of a probe file in the news_dev record shape, and the layers the file scores.
    "## id published" starts a passage; [[surface|canonical_en|governorate|country|kind]] marks a
    place ("-": no governorate), {{surface|value|grain}} a date, <<surface|low|high>> a quantity
    ("-": open bound; a fourth field "opt" marks a borderline item, news_dev's "optional");
    "# layers: a,b" names the layers the file annotates."""
    layers: set[str] = set()
    docs: list[dict] = []
    for ln in path.read_text(encoding="utf-8").splitlines():
        if ln.startswith("# layers:"):
            layers = {x.strip() for x in ln.split(":", 1)[1].split(",")}
        elif ln.startswith("## "):
            pid, pub = ln[3:].split()
            docs.append({"id": pid, "published": pub, "raw": []})
        elif ln.startswith("#") or not docs:
            continue
        else:
            docs[-1]["raw"].append(ln)
    for d in docs:
        raw = "\n".join(d.pop("raw")).strip()
        text, places, dates, qs, pos = [], [], [], [], 0
        n = 0
        for m in _MARK.finditer(raw):
            text.append(raw[pos:m.start()])
            n += m.start() - pos
            pos = m.end()
            f = (m.group("p") or m.group("d") or m.group("q")).split("|")
            surf = f[0]
            span = {"surface": surf, "start": n, "end": n + len(surf)}
            if m.group("p"):
                gov = f[2] if len(f) > 2 and f[2] != "-" else None
                places.append(dict(span, canonical_en=f[1], governorate_en=gov,
                                   country=f[3] if len(f) > 3 else "SYR", kind=f[4] if len(f) > 4 else None))
            elif m.group("d"):
                dates.append(dict(span, value=f[1], grain=f[2]))
            else:
                lo, hi = (None if x == "-" else float(x) for x in f[1:3])
                qs.append(dict(span, low=lo, high=hi, optional=f[3:4] == ["opt"]))
            text.append(surf)
            n += len(surf)
        text.append(raw[pos:])
        d.update(text="".join(text), places=places, dates=dates, quantities=qs)
        for x in places + dates + qs:
            assert d["text"][x["start"]:x["end"]] == x["surface"], (d["id"], x)
    return docs, layers


def run(docs: list[dict]) -> list[dict]:
    from marsad.document import Document
    from marsad.pipeline import Pipeline

    pipe = Pipeline(only=["quantities", "dates", "entities", "places"])
    out = []
    for g in docs:
        doc = Document(g["text"])
        doc.published = g["published"]
        pipe(doc)
        out.append({"places": doc["places"], "dates": doc["dates"], "quantities": doc["quantities"]})
    return out


def _overlap(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _close(x, y) -> bool:
    if x is None or y is None:
        return x is None and y is None
    return abs(float(x) - float(y)) <= 1e-3 * max(1.0, abs(float(y)))


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _match(golds: list[dict], preds: list[dict], same) -> list[tuple[int, int]]:
    """One-to-one: each gold takes the first free overlapping prediction that ``same`` accepts."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            if pi not in used and _overlap(g, p) and same(g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def gov_right(g: dict, p: dict) -> bool:
    gold_gov = g.get("governorate_en")
    if gold_gov is None:  # abroad, or a country-wide region: no Syrian governorate
        return p.get("admin1_en") is None or p.get("kind", p.get("level")) == "country" or \
            p.get("country") not in (None, "SYR")
    return GOV.get(gold_gov, gold_gov) == p.get("admin1_en")


def score(docs: list[dict], preds: list[dict], show: set[str]) -> dict:
    res: dict = {}
    # places
    tp = tps = n_pred = n_gold = gov_ok = ctry_ok = ctry_n = kind_ok = kind_n = 0
    for g, pr in zip(docs, preds):
        golds = g["places"]
        names = {x["surface"] for x in golds}
        pairs = _match(golds, pr["places"], lambda a, b: True)
        matched_p = {pi for _, pi in pairs}
        extra = [p for i, p in enumerate(pr["places"]) if i not in matched_p]
        # a repeat of a gold name (only first mentions are annotated) is not a false place
        extra = [p for p in extra if not any(p["surface"] == n or p["surface"].endswith(n) for n in names)]
        n_gold += len(golds)
        n_pred += len(pairs) + len(extra)
        tp += len(pairs)
        for gi, pi in pairs:
            ok = gov_right(golds[gi], pr["places"][pi])
            gov_ok += ok
            gc, gk, p = golds[gi].get("country"), golds[gi].get("kind"), pr["places"][pi]
            if gc and len(gc) == 3 and gc.isupper():  # the probe's ISO codes (news_dev gives names)
                ctry_n += 1
                ctry_ok += gc == p.get("country")
            if gk:
                kind_n += 1
                kind_ok += gk == p.get("kind")
                if "kinds" in show and gk != p.get("kind"):
                    print(f"  {g['id']} kind gold {gk} «{golds[gi]['surface']}» | got {p.get('kind')} «{p['surface']}»")
            tps += (golds[gi]["start"], golds[gi]["end"]) == (pr["places"][pi]["start"], pr["places"][pi]["end"])
            if "places" in show and (not ok or (golds[gi]["start"], golds[gi]["end"]) != (
                    pr["places"][pi]["start"], pr["places"][pi]["end"])):
                p = pr["places"][pi]
                print(f"  {g['id']} place ~ gold «{golds[gi]['surface']}» {golds[gi].get('governorate_en')} "
                      f"| got «{p['surface']}» {p.get('admin1_en')} {p.get('name_en')}")
        if "places" in show:
            for gi, x in enumerate(golds):
                if gi not in {a for a, _ in pairs}:
                    print(f"  {g['id']} place MISS «{x['surface']}» {x.get('governorate_en')} "
                          f"…{g['text'][max(0, x['start'] - 25):x['end'] + 25]}…")
            for p in extra:
                print(f"  {g['id']} place FALSE «{p['surface']}» {p.get('name_en')} {p.get('admin1_en')} "
                      f"…{g['text'][max(0, p['start'] - 25):p['end'] + 25]}…")
    res["places"] = _prf(tp, n_pred, n_gold) + (_prf(tps, n_pred, n_gold)[2], gov_ok / tp if tp else 0.0, n_gold)
    res["place_attrs"] = (ctry_ok / ctry_n if ctry_n else None, kind_ok / kind_n if kind_n else None)
    # dates
    tp = tps = n_pred = n_gold = 0
    for g, pr in zip(docs, preds):
        golds = g["dates"]
        pairs = _match(golds, pr["dates"], lambda a, b: a["value"] == b["value"])
        n_gold += len(golds)
        n_pred += len(pr["dates"])
        tp += len(pairs)
        tps += sum((golds[a]["start"], golds[a]["end"]) == (pr["dates"][b]["start"], pr["dates"][b]["end"])
                   for a, b in pairs)
        if "dates" in show:
            mg = {a for a, _ in pairs}
            mp = {b for _, b in pairs}
            for gi, x in enumerate(golds):
                if gi not in mg:
                    print(f"  {g['id']} date MISS «{x['surface']}» {x['value']} (pub {g['published']})")
            for pi, p in enumerate(pr["dates"]):
                if pi not in mp:
                    print(f"  {g['id']} date FALSE «{p['surface']}» {p['value']} {p['grain']}")
            for a, b in pairs:
                if (golds[a]["start"], golds[a]["end"]) != (pr["dates"][b]["start"], pr["dates"][b]["end"]):
                    print(f"  {g['id']} date SPAN gold «{golds[a]['surface']}» got «{pr['dates'][b]['surface']}»")
    res["dates"] = _prf(tp, n_pred, n_gold) + (_prf(tps, n_pred, n_gold)[2], None, n_gold)
    # quantities
    tp = tps = n_pred = n_gold = 0
    for g, pr in zip(docs, preds):
        golds = [q for q in g["quantities"] if not q.get("optional")]
        opt = [q for q in g["quantities"] if q.get("optional")]
        ps = [p for p in pr["quantities"] if not any(_overlap(p, o) for o in opt)]
        pairs = _match(golds, ps, lambda a, b: _close(a["low"], b["low"]) and _close(a["high"], b["high"]))
        n_gold += len(golds)
        n_pred += len(ps)
        tp += len(pairs)
        tps += sum((golds[a]["start"], golds[a]["end"]) == (ps[b]["start"], ps[b]["end"]) for a, b in pairs)
        if "quantities" in show:
            mg = {a for a, _ in pairs}
            mp = {b for _, b in pairs}
            for gi, x in enumerate(golds):
                if gi not in mg:
                    print(f"  {g['id']} qty MISS «{x['surface']}» {x['low']}..{x['high']}")
            for pi, p in enumerate(ps):
                if pi not in mp:
                    print(f"  {g['id']} qty FALSE «{p['surface']}» {p['low']}..{p['high']} {p['kind']}")
    res["quantities"] = _prf(tp, n_pred, n_gold) + (_prf(tps, n_pred, n_gold)[2], None, n_gold)
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Places/dates/quantities F1 on news_dev.")
    ap.add_argument("--gold", type=Path, default=GOLD, help="gold JSONL (default: ../shared news_dev)")
    ap.add_argument("--show", default="", help="comma list of layers whose errors to print (and kinds)")
    ap.add_argument("--probe", action="store_true", help="score our own probe (benchmarks/data/places_probe)")
    ap.add_argument("--set", default="", help="with --probe: score only the probe files whose name contains this")
    args = ap.parse_args(argv)
    show = set(filter(None, args.show.split(",")))
    if args.probe:
        for path in sorted(p for p in PROBE.glob("*.txt") if args.set in p.name):
            docs, layers = load_probe(path)
            preds = run(docs)
            res = score(docs, preds, show & (layers | {"kinds"}))
            print(f"probe {path.name}: {len(docs)} passages")
            _report(res, layers)
        return 0
    if not args.gold.exists():
        print(f"bench_places: {args.gold} not found (../shared absent?)", file=sys.stderr)
        return 2
    docs = load(args.gold)
    t0 = time.perf_counter()
    preds = run(docs)
    el = time.perf_counter() - t0
    res = score(docs, preds, show)
    print(f"news_dev: {len(docs)} passages, {el:.1f} s (incl. loading)")
    _report(res, {"places", "dates", "quantities"})
    return 0


def _report(res: dict, layers: set[str]) -> None:
    for layer in ("places", "dates", "quantities"):
        if layer not in layers:
            continue
        p, r, f, fs, gov, n = res[layer]
        extra = f", governorate right on {gov:.3f} of matched" if gov is not None else ""
        if layer == "places" and res["place_attrs"][0] is not None:
            extra += f", country right on {res['place_attrs'][0]:.3f}"
        if layer == "places" and res["place_attrs"][1] is not None:
            extra += f", kind right on {res['place_attrs'][1]:.3f}"
        print(f"{layer:10s} P {p:.3f} R {r:.3f} F1 {f:.3f} (strict span F1 {fs:.3f}; {n} gold){extra}")


if __name__ == "__main__":
    sys.exit(main())
