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
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
# `--src DIR`: run an older tree of marsad (the benchmark's first-run folds); else this one
SRC = Path(sys.argv[sys.argv.index("--src") + 1]) if "--src" in sys.argv[:-1] else ROOT / "src"
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(SRC))

import marsad  # noqa: E402,F401  (first: bench_events puts this tree's src before SRC)
import bench_events as be  # noqa: E402
from bench_events_history import archive_src  # noqa: E402
from marsad.document import Document  # noqa: E402
from marsad.extract.events import arguments, place_chooser  # noqa: E402
from marsad.extract.events.attribution import Attribution  # noqa: E402
from marsad.extract.events.context import Ctx  # noqa: E402
from marsad.extract.events.vocab import vocab  # noqa: E402

# every SEEN probe set present, in the order they were written (stop 32: sets 39-60 and any later seen set join by
# themselves). Never news_dev (the second check), never the samples, never a held-out set (bench_events.HELD_OUT:
# `load_set` refuses one, whoever asks)
TRAIN_SETS = [n for n in be.PROBES if n not in be.HELD_OUT]
assert not set(TRAIN_SETS) & set(be.HELD_OUT)
# the main commit of each set's first (unseen) run and the F1 recorded for it
# (benchmarks/data/events_probe/README.md, BENCHMARKS.md): the rules as they
# were on unseen text, replayed from git history; sets 2 and 3 have no recorded commit
FIRST_RUNS = {"probe": ("11125da", 0.62), "probe4": ("964cac5", 0.57), "probe5": ("8416902", 0.87),
              "probe6": ("f2f7d68", 0.56), "probe7": ("a2f1029", 0.59), "probe8": ("7219256", 0.62),
              "probe9": ("b5a8bac", 0.53), "probe10": ("ee0323a", 0.65),
              # stop 29: every later seen set's first run too (README of events_probe, BENCHMARKS.md, stop 28's
              # helper notes); 28-31 and 36-38 are coverage sets, their writers had read the code
              "probe11": ("62b0728", 0.74), "probe12": ("bae6b33", 0.80), "probe13": ("53838a7", 0.69),
              "probe14": ("0c1c345", 0.77), "probe15": ("0c1c345", 0.70), "probe16": ("354d743", 0.74),
              "probe17": ("da97b53", 0.70), "probe18": ("da97b53", 0.69), "probe19": ("724a490", 0.71),
              "probe20": ("4f60299", 0.57), "probe21": ("4f60299", 0.68), "probe28": ("ec5c2bc", 0.73),
              "probe29": ("ec5c2bc", 0.68), "probe30": ("ec5c2bc", 0.70), "probe31": ("ec5c2bc", 0.53),
              "probe36": ("d638bdb", 0.68), "probe37": ("d638bdb", 0.77), "probe38": ("d638bdb", 0.91),
              # stop 32: the coverage sets of stops 29-30 on their stop's start code (events_probe README; 45, 47
              # and 49 record no first run: stop 30's start code, as 46), and stop 31's seven sets by writers who
              # read no code on that stop's start code (as bench_events_census.LATER_FIRST_RUNS)
              "probe39": ("e529b0e", 0.77), "probe40": ("e529b0e", 0.63), "probe41": ("e529b0e", 0.51),
              "probe42": ("e529b0e", 0.41), "probe43": ("e529b0e", 0.73), "probe44": ("e529b0e", 0.62),
              "probe45": ("e8058d0", 0.0), "probe46": ("e8058d0", 0.70), "probe47": ("e8058d0", 0.0),
              "probe48": ("669b6d4", 0.57), "probe49": ("e8058d0", 0.0),
              "probe52": ("010b634", 0.57), "probe53": ("010b634", 0.84), "probe56": ("010b634", 0.56),
              "probe57": ("010b634", 0.75), "probe58": ("010b634", 0.69), "probe59": ("010b634", 0.70),
              "probe60": ("010b634", 0.71),
              # the development sets that paraphrase real pages (stops 32-34), each on its stop's start code
              **be.PARAPHRASE_FIRST_RUNS}
FIRST_RUNS = {k: v for k, v in FIRST_RUNS.items() if k in be.PROBES}  # (a set not landed yet: none to replay)
assert not set(FIRST_RUNS) & set(be.HELD_OUT)
# the JUDGE (stop 34): the development sets that paraphrase real pages, like the held-out text; the invented
# sets are training data only. Each is left out in turn (bench_place_chooser.py); never a held-out set
PARAPHRASE = be.PARAPHRASE


# stop 34: chosen leave-one-set-out over the paraphrase development sets (bench_place_chooser.py; nine points of
# margin 0/0.5/1, L2 0.003/0.01/0.05, REAL_WEIGHT 1/3/5 were tried: every one beat the rules on both tables, this
# one most, by 1-3 acts: a choice on the judge, a mild one). Stop 29 had chosen L2 0.05 over all seen sets, where
# the rules place 96% right and a firm prior pays. Stop 35 kept them (set 83 joined the folds; no new grid on the
# judge): a fit on the paraphrase sets alone was 1-3 acts better on both tables, within what a choice on the judge buys
# Stop 45 (36 folds): l2 0.003/0.01/0.03/0.1, margin 0/0.25/0.5/1, 1200 steps, REAL_WEIGHT 3 and the rules' label
# read off the final record (FINAL_RULE) were tried: 0.01/0.5/600/5 is best or within 1-3 tp of the best on both
# tables: kept. The refit on every seen set passed the judge but placed 5 acts fewer than stop 35's file in the
# pipeline on the 36 sets (1 fewer on the 24 that file never saw): stop 35's file stays (BENCHMARKS.md, stop 45)
L2 = 0.01
STEPS = 600
RATE = 0.1
MIN_TYPE = 10  # examples of an event type the model needs before it may change that type's places
# types the model never moves, whatever their count: what a party says, signs or is sanctioned with is placed
# by the rules alone (where it was said is rarely told beside it, and a place named is what it is about)
# (stop 34: and where reinforcements arrived, a movement's end the rules read by routes.py that no feature here
# sees; the model moved no reinforcement of the paraphrase folds either way, and on the seen sets it broke one)
KEEP_TYPES = frozenset({"statement", "sanction", "agreement", "reinforcement"})
REAL_WEIGHT = 5.0  # an example from a paraphrase set counts this many invented ones in the fit
MARGIN = 0.5  # the rules' choice gets this on top of its score (written into the model file)
FINAL_RULE = False
FINAL_TARGET = False  # (stop 46) the label of a candidate is the place the record would end with (finer_place after it)
DROP: tuple[str, ...] = ()  # feature-name prefixes left out of the fit (the benchmark's ablations)


def load_set(name: str) -> list[dict]:
    if name in be.HELD_OUT or Path(name).stem.replace("gold", "probe") in be.HELD_OUT:
        raise SystemExit(f"{name}: held out (bench_events.HELD_OUT); no learned chooser trains or tests on it")
    if name == "news_dev":
        return be.news_dev_gold() if be.NEWS_DEV.exists() else []
    if name == "samples":
        return be.samples_gold()
    return be.news_dev_gold(be.PROBES[name] if name in be.PROBES else Path(name))


def collect(docs: list[dict], pipe=None, hook: bool = False) -> list[dict]:
    """Run the pipeline on each document once (the hook off): its events, and per single-place event
    record the hook would see, the candidates and their features as the hook works them out. `hook`
    (stop 46, benchmarks/bench_place_chooser_pipe.py): the hook left on, the events those the pipeline emits with
    the model file's weights (and each item's `hooked`: whether this tree's events stage calls the hook at all)."""
    from marsad.pipeline import Pipeline

    pipe = pipe or Pipeline()
    v = vocab()
    was, place_chooser.ENABLED = place_chooser.ENABLED, hook  # the rules' own places: the model learns on top of them
    # the hook's own view: candidates and features worked out inside the events stage, on its records, its
    # Ctx and its source finder (a fresh Ctx of the finished document is not quite the same: the stage drops
    # fields and flags, e.g. `_no_place`, the records the hook never touches), keyed by span and type
    seen: dict[tuple, tuple] = {}
    hooked = [False]
    hook = place_chooser.refine

    def watch(ctx, att, recs):
        hooked[0] = True
        place_chooser.note_records(ctx, recs)
        for r in recs:
            if r.get("group") is None and not r.get("_no_place") and r.get("modality", "asserted") == "asserted":
                cands = place_chooser.candidates(ctx, r)
                seen[(r["start"], r["end"], r.get("type"))] = (
                    cands, place_chooser.features(ctx, att, r, cands),
                    [place_chooser.then(ctx, r, c) for c in cands] if hasattr(place_chooser, "then") else None)
        return hook(ctx, att, recs)

    place_chooser.refine = watch
    try:
        out = []
        for d in docs:
            seen.clear()
            doc = Document(d["text"], id=d["id"], published=d["published"], outlet=d["outlet"])
            pipe(doc)
            events = [dict(e) for e in doc["events"]]
            items = {}
            if hooked[0]:
                for i, e in enumerate(events):
                    got = seen.get((e["start"], e["end"], e.get("type")))
                    if got is not None and e.get("group") is None:
                        items[i] = got
            else:  # an older tree (a first-run replay) with no hook: worked out on the finished document
                ctx = Ctx(doc, v)
                att = Attribution(ctx)
                place_chooser.note_records(ctx, events)
                for i, e in enumerate(events):
                    if e.get("group") is not None or e.get("modality", "asserted") != "asserted":
                        continue
                    cands = place_chooser.candidates(ctx, e)
                    items[i] = (cands, place_chooser.features(ctx, att, e, cands))
            out.append({"doc": d, "events": events, "items": items, "hooked": hooked[0]})
    finally:
        place_chooser.ENABLED = was
        place_chooser.refine = hook
    return out


def align(d: dict, events: list[dict], loose=None) -> list[tuple[dict, int]]:
    """(gold event, index of the event record) pairs: bench_events' matching first, then the
    golds and acts it left by `loose(gold, record)` — by default type and figure alone (the figure
    chooser passes type and place alone). Grouped records are left out."""
    units = be._units(events)
    golds = d["events"]
    first = be._match(golds, units)
    pairs = {gi: ui for gi, (ui, _) in first.items()}
    rest_g = [gi for gi in range(len(golds)) if gi not in pairs]
    used = set(pairs.values())
    rest_u = [ui for ui in range(len(units)) if ui not in used]
    second = be._match([golds[gi] for gi in rest_g], [units[ui] for ui in rest_u], place=False, ok=loose)
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
            cands, feats = c["items"][i][:2]
            thens = c["items"][i][2] if FINAL_TARGET and len(c["items"][i]) > 2 else None
            # (FINAL_TARGET, stop 46: a candidate is right when the place finer_place would move the record to from it is)
            labels = [be._place_ok(g, {"place": arguments.clean_place((thens[k] if thens and thens[k] else p))})
                      for k, p in enumerate(cands)]
            rule_ok = be._place_ok(g, c["events"][i])
            if FINAL_RULE:  # (the rules' choice is right when the record the pipeline ends with is)
                labels[next(k for k, f in enumerate(feats) if f.get("rule") or f.get("none&rule"))] = rule_ok
            out.append({"set": set_name, "doc": c["doc"]["id"], "rec": i, "type": c["events"][i]["type"],
                        "feats": feats, "labels": labels,
                        "rule_ok": rule_ok})
    return out


def _flat(exs: list[dict], names: list[str]):
    """The candidates that may be taken (a vetoed one is never: not in the softmax), one row each, as
    sparse triplets (row, feature, value), with Y (right or not) and the first row of each example."""
    idx = {n: k for k, n in enumerate(names)}
    rows, cols, vals, ys, starts = [], [], [], [], []
    r = 0
    for e in exs:
        starts.append(r)
        for f, y in zip(e["feats"], e["labels"]):
            if f.get("veto"):
                continue
            for k, v in f.items():
                if k in idx and v:
                    rows.append(r)
                    cols.append(idx[k])
                    vals.append(v)
            ys.append(bool(y))
            r += 1
    return np.array(rows, dtype=int), np.array(cols, dtype=int), np.array(vals, dtype=float), np.array(ys), \
        np.array(starts)


def fit(exs: list[dict], l2: float = L2, steps: int = STEPS, rate: float = RATE) -> dict:
    """{"weights": by name, "types": the event types with MIN_TYPE examples or more (on the others
    the model has too little to go on: the rules' place stands)}. Only examples with at least one
    right candidate teach anything."""
    exs = [e for e in exs if any(y and not f.get("veto") for y, f in zip(e["labels"], e["feats"]))]
    counts: dict[str, int] = {}
    for e in exs:
        counts[e["type"]] = counts.get(e["type"], 0) + 1
    return {"weights": _weights(exs, l2, steps, rate, REAL_WEIGHT),
            "types": sorted(t for t, n in counts.items() if n >= MIN_TYPE and t not in KEEP_TYPES)}


def _weights(exs: list[dict], l2: float, steps: int, rate: float, real_weight: float = 1.0) -> dict[str, float]:
    """A conditional logit, full batch Adam from zero for a fixed number of steps: the same examples
    give the same weights. The softmax of each example runs over its own rows (reduceat). An example of
    a PARAPHRASE set counts `real_weight` times (1: every example alike, as the figure chooser fits)."""
    if not exs:
        return {}
    # (stop 41: the `structure` features are fitted only when the model file switches them on)
    skip = DROP + (() if place_chooser.load()["structure"] else place_chooser.STRUCTURE)
    names = sorted({k for e in exs for f in e["feats"] if not f.get("veto") for k in f
                    if not k.startswith(skip) and k != "veto"})
    rows, cols, vals, Y, starts = _flat(exs, names)
    seg = np.repeat(np.arange(len(starts)), np.diff(np.append(starts, len(Y))))
    # an example of a paraphrase of a real page counts REAL_WEIGHT times one of an invented set (stop 34: the
    # invented sets, whose places the rules get right 96% of the time, taught the model to keep the rules')
    per_ex = np.array([real_weight if e.get("set") in PARAPHRASE else 1.0 for e in exs])
    ew = per_ex[seg]
    w = np.zeros(len(names))
    m1 = np.zeros_like(w)
    m2 = np.zeros_like(w)
    n = float(per_ex.sum())
    for t in range(1, steps + 1):
        s = np.bincount(rows, weights=vals * w[cols], minlength=len(Y))  # X @ w, X sparse
        s = s - np.maximum.reduceat(s, starts)[seg]
        p = np.exp(s)
        p /= np.add.reduceat(p, starts)[seg]
        py = np.where(Y, p, 0.0)
        q = py / np.add.reduceat(py, starts)[seg]  # the posterior over the right candidates
        # d(-log sum_right p)/ds = p - q; (p - q) @ X
        g = np.bincount(cols, weights=vals * (ew * (p - q))[rows], minlength=len(w)) / n + l2 * w
        m1 = 0.9 * m1 + 0.1 * g
        m2 = 0.999 * m2 + 0.001 * g * g
        w -= rate * (m1 / (1 - 0.9 ** t)) / (np.sqrt(m2 / (1 - 0.999 ** t)) + 1e-8)
    return {k: round(float(x), 4) for k, x in zip(names, w) if abs(x) >= 1e-4}


def pick(ex: dict, model: dict) -> int:
    """Index of the candidate the model picks (place_chooser.best, with this MARGIN); on a type the
    model was not trained on, the rules' choice."""
    if ex["type"] not in model["types"]:
        return next(b for b, f in enumerate(ex["feats"]) if f.get("rule") or f.get("none&rule"))
    return place_chooser.best(ex["feats"], model["weights"], MARGIN)


def dump(names: list[str], out: Path, hooked: dict | None = None) -> None:
    """Each document's events and candidate features, as JSON lines (read back by `undump`). `hooked` (stop 46):
    {set: {config: model-file keys}}: instead, each set run once per config with the hook on and those keys over the
    model file (place_chooser.FLAGS), the events only, each line naming its config."""
    from marsad.pipeline import Pipeline

    pipe = Pipeline()
    with open(out, "w", encoding="utf-8") as fh:
        for name in names:
            for conf, keys in (hooked or {}).get(name, {None: None}).items():
                if conf is not None:
                    place_chooser.FLAGS.clear()
                    place_chooser.FLAGS.update(keys)
                    place_chooser.load.cache_clear()
                for c in collect(load_set(name), pipe, hook=conf is not None):
                    fh.write(json.dumps({"set": name, "id": c["doc"]["id"], "events": c["events"], "config": conf,
                                         "hooked": c["hooked"],
                                         "items": {} if conf is not None else
                                         {str(i): v for i, v in c["items"].items()}},
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


def archived_with(commit: str, tmp: Path, module: str) -> Path | None:
    """The src tree of `commit` under tmp with today's `module` (an events module) copied in, made once (None: no git
    or no such commit). The trainers replay a set on the code of its first run with their own chooser in it."""
    tree = tmp / commit
    if not tree.exists():
        tree.mkdir()
        if archive_src(commit, tree):
            tree.rmdir()
            return None
        shutil.copy(ROOT / "src/marsad/extract/events" / module, tree / "src/marsad/extract/events/")
    return tree


def replay(name: str, commit: str, tmp: Path) -> list[dict] | None:
    """The set's events and candidates on the tree of `commit` (None: no git or no such commit)."""
    fresh = not (tmp / commit).exists()
    tree = archived_with(commit, tmp, "place_chooser.py")
    if tree is None:
        return None
    if fresh:
        if not (tree / "src/marsad/extract/events/routes.py").exists():
            # today's chooser asks routes.py for a movement's ends; an older tree has none (its cues name no
            # motion: nothing is dropped)
            shutil.copy(ROOT / "src/marsad/extract/events/routes.py", tree / "src/marsad/extract/events/")
        shutil.copy(ROOT / "src/marsad/data/events/place_chooser.json", tree / "src/marsad/data/events/")
        if place_chooser.FLAGS:  # (the benchmark's --flags: the replayed tree reads the same switches)
            copied = tree / "src/marsad/data/events/place_chooser.json"
            raw = json.loads(copied.read_text(encoding="utf-8"))
            copied.write_text(json.dumps({**raw, **place_chooser.FLAGS}, ensure_ascii=False), encoding="utf-8")
    out = tmp / f"{Path(name).stem}.jsonl"
    run = subprocess.run([sys.executable, str(ROOT / "scripts/train_place_chooser.py"), "--src", str(tree / "src"),
                          "--dump", str(out), "--sets", name], capture_output=True, text=True, cwd=tmp)
    if run.returncode:
        print(f"{name}: replay on {commit} failed: {run.stderr.strip().splitlines()[-1:]}")
        return None
    return undump(out, name)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(place_chooser.WEIGHTS), help="the model file to write the weights into")
    ap.add_argument("--src", help="the src folder of the marsad tree to run (with --dump)")
    ap.add_argument("--dump", help="write candidates and features of --sets to this JSON-lines file; no training")
    ap.add_argument("--sets", default=",".join(TRAIN_SETS), help="comma-separated sets (with --dump)")
    ap.add_argument("--hooked", help="with --dump: a JSON file {set: {config: model-file keys}}; each set run once per "
                                     "config with the hook on (benchmarks/bench_place_chooser_pipe.py)")
    ap.add_argument("--cache", help="a folder of benchmarks/bench_place_chooser.py --cache (one per switches: the "
                                    "model file's own, `file`): each set's run and replay read from it when it holds "
                                    "them")
    args = ap.parse_args()
    if args.dump:
        if not hasattr(Ctx, "real_breaks"):  # an older tree: the plain clause breaks
            Ctx.real_breaks = Ctx.breaks_between
        if not hasattr(Ctx, "headline"):
            Ctx.headline = lambda self, si: False
        from marsad.extract.events.vocab import Vocab
        if not hasattr(Vocab, "response_verbs"):
            Vocab.response_verbs = frozenset()
        if not hasattr(arguments, "holds"):  # an older tree: today's containment test (arguments.holds), on its levels
            def _holds(outer, inner, _lv=arguments._level):
                if inner is None or _lv(outer) <= _lv(inner):
                    return False
                if (outer.get("kind") or outer.get("level")) == "country":
                    return outer.get("country") is not None and outer.get("country") == inner.get("country")
                gov = outer.get("admin1_en") or (outer.get("name_en") if (outer.get("kind") or outer.get("level"))
                                                 == "governorate" else None)
                return gov is not None and gov == inner.get("admin1_en")
            arguments.holds = _holds
        from marsad.extract.events import routes
        if not hasattr(routes, "second_choice"):
            routes.second_choice = lambda *a: False  # (an older tree names no movement a type takes second)
        for name, none in (("_past_clause", None), ("_fired_from", False), ("_fire_source", False)):
            if not hasattr(arguments, name):  # a rule the older tree did not have yet: it vetoes nothing
                setattr(arguments, name, lambda *a, _v=none: _v)
        ctx_src = Path(sys.modules[Ctx.__module__].__file__).read_text(encoding="utf-8")
        if "self.memo" not in ctx_src or "self.ftoks" not in ctx_src:
            # today's chooser reads ctx.memo and ctx.ftoks/tok_starts (the folded tokens); an older Ctx
            # lacks them: built here the way today's Ctx builds them
            from marsad.arabic.normalize import fold_str
            init = Ctx.__init__

            def _init(self, *a, **k):
                init(self, *a, **k)
                if not hasattr(self, "memo"):
                    self.memo = {}
                if not hasattr(self, "ftoks"):
                    self.tok_starts = [t.start for t in self.tokens]
                    self.ftoks = [fold_str(t.text) for t in self.tokens]
            Ctx.__init__ = _init
        dump(args.sets.split(","), Path(args.dump),
             json.loads(Path(args.hooked).read_text(encoding="utf-8")) if args.hooked else None)
        return 0
    cache = Path(args.cache) if args.cache else None
    with tempfile.TemporaryDirectory(prefix="place_chooser_") as tmp:
        exs = []
        for name, (commit, _) in FIRST_RUNS.items():
            kept = cache / f"first-{name}.jsonl" if cache else None
            got = undump(kept, name) if kept and kept.exists() else replay(name, commit, Path(tmp))
            if got is None:
                print(f"cannot replay {name} on {commit} (no git history here?): the model needs it", file=sys.stderr)
                return 1
            exs += examples(got, name)
    replayed = len(exs)
    for name in TRAIN_SETS:
        kept = cache / f"today-{name}.jsonl" if cache else None
        exs += examples(undump(kept, name) if kept and kept.exists() else collect(load_set(name)), name)
    model = fit(exs)
    path = Path(args.out)
    raw = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    raw["weights"] = dict(sorted(model["weights"].items()))
    raw["types"] = model["types"]
    raw["margin"] = MARGIN
    raw["trained_on"] = {"sets": TRAIN_SETS, "replayed_first_runs": {k: v[0] for k, v in FIRST_RUNS.items()},
                         "examples": len(exs), "of_them_replayed": replayed,
                         "with_a_right_candidate": sum(1 for e in exs if any(e["labels"])),
                         "l2": L2, "steps": STEPS, "min_type": MIN_TYPE, "real_weight": REAL_WEIGHT,
                         "paraphrase_sets": PARAPHRASE}
    path.write_text(json.dumps(raw, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(exs)} examples, {len(model['weights'])} weights, {len(model['types'])} types -> {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
