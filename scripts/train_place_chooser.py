"""Train the learned place chooser (extract/events/place_chooser.py) on the SEEN probe sets.

For every event the pipeline emits on a set, the candidates are the places around its trigger
(place_chooser.candidates); the event is aligned with a gold event the way bench_events aligns
them (its matching first; the acts left over by type and figure only, `_match(place=False)`), and
a candidate is right when bench_events' place test accepts it for that gold event. A conditional
logit (softmax over one event's candidates, the log of the right candidates' mass maximised, L2)
is fitted in numpy: full batch, zero start, fixed steps, so the same data give the same weights.
news_dev is never trained on (it is the second check in benchmarks/bench_place_chooser.py).

    .venv/bin/python scripts/train_place_chooser.py [--out src/marsad/data/events/place_chooser.json]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
# `--src DIR`: run an older tree of marsad (the benchmark's first-run folds); else this one
SRC = Path(sys.argv[sys.argv.index("--src") + 1]) if "--src" in sys.argv[:-1] else ROOT / "src"
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(SRC))

import marsad  # noqa: E402,F401  (first: bench_events puts this tree's src before SRC)
import bench_events as be  # noqa: E402
from marsad.document import Document  # noqa: E402
from marsad.extract.events import arguments, place_chooser  # noqa: E402
from marsad.extract.events.attribution import Attribution  # noqa: E402
from marsad.extract.events.context import Ctx  # noqa: E402
from marsad.extract.events.vocab import vocab  # noqa: E402

# the ten seen probe sets, in the order they were written (set 11 and 12 are never trained on)
TRAIN_SETS = [f"probe{n}" if n > 1 else "probe" for n in range(1, 11)]
L2 = 0.05
STEPS = 600
RATE = 0.1
DROP: tuple[str, ...] = ()  # feature-name prefixes left out of the fit (the benchmark's ablations)


def load_set(name: str) -> list[dict]:
    if name == "news_dev":
        return be.news_dev_gold() if be.NEWS_DEV.exists() else []
    if name == "samples":
        return be.samples_gold()
    return be.news_dev_gold(be.PROBES[name] if name in be.PROBES else Path(name))


def collect(docs: list[dict], pipe=None) -> list[dict]:
    """Run the pipeline on each document once: its events, and per single-place event record the
    candidates and their features (computed on a fresh Ctx of the finished document: the same
    function the pipeline hook calls)."""
    from marsad.pipeline import Pipeline

    pipe = pipe or Pipeline()
    v = vocab()
    out = []
    for d in docs:
        doc = Document(d["text"], id=d["id"], published=d["published"], outlet=d["outlet"])
        pipe(doc)
        events = [dict(e) for e in doc["events"]]
        ctx = Ctx(doc, v)
        att = Attribution(ctx)
        items = {}
        for i, e in enumerate(events):
            if e.get("group") is not None or e.get("modality", "asserted") != "asserted":
                continue
            cands = place_chooser.candidates(ctx, e)
            items[i] = (cands, place_chooser.features(ctx, att, e, cands))
        out.append({"doc": d, "events": events, "items": items})
    return out


def align(d: dict, events: list[dict]) -> list[tuple[dict, int]]:
    """(gold event, index of the event record) pairs: bench_events' matching first, then the
    golds and acts it left by type and figure alone. Grouped records are left out."""
    units = be._units(events)
    golds = d["events"]
    first = be._match(golds, units)
    pairs = {gi: ui for gi, (ui, _) in first.items()}
    rest_g = [gi for gi in range(len(golds)) if gi not in pairs]
    used = set(pairs.values())
    rest_u = [ui for ui in range(len(units)) if ui not in used]
    second = be._match([golds[gi] for gi in rest_g], [units[ui] for ui in rest_u], place=False)
    for k, (j, _) in second.items():
        pairs[rest_g[k]] = rest_u[j]
    index = {id(e): i for i, e in enumerate(events)}
    out = []
    for gi, ui in sorted(pairs.items()):
        unit = units[ui]
        if len(unit) == 1:
            out.append((golds[gi], index[id(unit[0])]))
    return out


def examples(collected: list[dict], set_name: str = "") -> list[dict]:
    """One example per aligned single-place record: features, right/wrong per candidate."""
    out = []
    for c in collected:
        for g, i in align(c["doc"], c["events"]):
            if i not in c["items"]:
                continue
            cands, feats = c["items"][i]
            labels = [be._place_ok(g, {"place": arguments.clean_place(p)}) for p in cands]
            out.append({"set": set_name, "doc": c["doc"]["id"], "rec": i, "feats": feats, "labels": labels,
                        "rule_ok": be._place_ok(g, c["events"][i])})
    return out


def _tensor(exs: list[dict], names: list[str]):
    idx = {n: k for k, n in enumerate(names)}
    nc = max(len(e["feats"]) for e in exs)
    X = np.zeros((len(exs), nc, len(names)))
    M = np.zeros((len(exs), nc), dtype=bool)
    Y = np.zeros((len(exs), nc), dtype=bool)
    for a, e in enumerate(exs):
        for b, (f, y) in enumerate(zip(e["feats"], e["labels"])):
            M[a, b] = True
            Y[a, b] = y
            for k, v in f.items():
                if k in idx:
                    X[a, b, idx[k]] = v
    return X, M, Y


def fit(exs: list[dict], l2: float = L2, steps: int = STEPS, rate: float = RATE) -> dict[str, float]:
    """Weights by name. Only examples with at least one right candidate teach anything."""
    exs = [e for e in exs if any(e["labels"])]
    if not exs:
        return {}
    names = sorted({k for e in exs for f in e["feats"] for k in f if not k.startswith(DROP)})
    X, M, Y = _tensor(exs, names)
    w = np.zeros(len(names))
    m1 = np.zeros_like(w)
    m2 = np.zeros_like(w)
    n = len(exs)
    for t in range(1, steps + 1):
        s = X @ w
        s = np.where(M, s, -np.inf)
        s -= s.max(axis=1, keepdims=True)
        p = np.exp(s)
        p /= p.sum(axis=1, keepdims=True)
        py = np.where(Y, p, 0.0)
        q = py / py.sum(axis=1, keepdims=True)  # the posterior over the right candidates
        # d(-log sum_right p)/ds = p - q
        g = np.einsum("nc,ncf->f", p - q, X) / n + l2 * w
        m1 = 0.9 * m1 + 0.1 * g
        m2 = 0.999 * m2 + 0.001 * g * g
        w -= rate * (m1 / (1 - 0.9 ** t)) / (np.sqrt(m2 / (1 - 0.999 ** t)) + 1e-8)
    return {k: round(float(x), 4) for k, x in zip(names, w) if abs(x) >= 1e-4}


def pick(ex: dict, weights: dict[str, float]) -> int:
    """Index of the candidate the model picks (the rules' choice wins a tie)."""
    best, best_s = 0, -np.inf
    for b, f in enumerate(ex["feats"]):
        s = place_chooser.score(f, weights) + (1e-9 if f.get("rule") or f.get("none&rule") else 0.0)
        if s > best_s:
            best, best_s = b, s
    return best


def dump(names: list[str], out: Path) -> None:
    """Each document's events and candidate features, as JSON lines (read back by `undump`)."""
    from marsad.pipeline import Pipeline

    pipe = Pipeline()
    with open(out, "w", encoding="utf-8") as fh:
        for name in names:
            for c in collect(load_set(name), pipe):
                fh.write(json.dumps({"set": name, "id": c["doc"]["id"], "events": c["events"],
                                     "items": {str(i): v for i, v in c["items"].items()}},
                                    ensure_ascii=False, default=str) + "\n")


def undump(path: Path, name: str) -> list[dict]:
    """The `collect` shape of one set from a dump (documents from the gold of this tree)."""
    docs = {d["id"]: d for d in load_set(name)}
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["set"] == name:
                out.append({"doc": docs[r["id"]], "events": r["events"],
                            "items": {int(i): tuple(v) for i, v in r["items"].items()}})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(place_chooser.WEIGHTS), help="the model file to write the weights into")
    ap.add_argument("--src", help="the src folder of the marsad tree to run (with --dump)")
    ap.add_argument("--dump", help="write candidates and features of --sets to this JSON-lines file; no training")
    ap.add_argument("--sets", default=",".join(TRAIN_SETS), help="comma-separated sets (with --dump)")
    args = ap.parse_args()
    if args.dump:
        if not hasattr(Ctx, "real_breaks"):  # an older tree: the plain clause breaks
            Ctx.real_breaks = Ctx.breaks_between
        if not hasattr(Ctx, "headline"):
            Ctx.headline = lambda self, si: False
        dump(args.sets.split(","), Path(args.dump))
        return 0
    exs = []
    for name in TRAIN_SETS:
        exs += examples(collect(load_set(name)), name)
    w = fit(exs)
    path = Path(args.out)
    raw = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    raw["weights"] = dict(sorted(w.items()))
    raw["trained_on"] = {"sets": TRAIN_SETS, "examples": len(exs),
                         "with_a_right_candidate": sum(1 for e in exs if any(e["labels"])),
                         "l2": L2, "steps": STEPS}
    path.write_text(json.dumps(raw, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(exs)} examples, {len(w)} weights -> {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
