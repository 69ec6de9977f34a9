"""Train the learned incident join (extract/events/join_chooser.py) on SEEN sets; never on a held-out one.

Every candidate pair the hook considers (join_chooser.candidates: asserted records of related types a few
records apart in one passage) is labelled from the gold by alignment. Each record is paired one to one with a
gold event (bench_events' matching first, then type and place, then type and figure; never type alone). Two
records paired with two different gold events are two incidents (0); a record paired with a gold event and a
record left unpaired that could tell that same event (a related type, its place and figure, when it has them,
the gold's) are one incident told twice (1). Other pairs teach nothing and are left out.

A logistic regression (L2 on the weights, full-batch Adam from zero for a fixed number of steps: the same data
give the same weights) is fitted in numpy. The file is written `enabled` only with `--enable`; the benchmark
(benchmarks/bench_join_chooser.py) judges it leave-one-set-out on the paraphrase sets and COMMON's gate decides.
news_dev is never trained on (the benchmark's second check).

The join point's model ("point" in the file) is fitted the same way on the pairs incidents.resolve decides
(`collect_point`, `point_label`), the rules' answer among its features; the margin the rules' answer gets is chosen
leave-one-set-out on the invented seen sets (`choose_margin`).

    .venv/bin/python scripts/train_join_chooser.py [--sets a,b,...] [--out PATH] [--enable]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # (train_event_filter's numpy fit: small matrices)
os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]


def _point_child(src: str, names: list[str], model: str | None) -> int:
    """`--point-child SRC --sets … [--model PATH]`: an older tree (its src, with today's join_chooser.py copied in)
    run on each passage of the sets, its incidents._joins patched to ask join_chooser.decide (with the fold's
    model, or none: the rules' answers); one JSON line per passage {set, id, events, watch}."""
    sys.path.insert(0, src)
    import marsad  # noqa: F401

    if not Path(marsad.__file__).resolve().is_relative_to(Path(src).resolve()):
        print(f"the old tree was not imported: {marsad.__file__}", file=sys.stderr)
        return 1
    sys.path.insert(1, str(ROOT / "benchmarks"))
    import bench_events as be_old
    from marsad.document import Document as Doc
    from marsad.extract.events import incidents, join_chooser as jc
    from marsad.pipeline import Pipeline

    rules = incidents._joins
    incidents._joins = lambda ctx, inc, m: jc.decide(ctx, inc, m, rules(ctx, inc, m))
    jc.OVERRIDE = json.loads(Path(model).read_text(encoding="utf-8")) if model else None
    pipe = Pipeline()
    for name in names:
        if name in be_old.HELD_OUT or name not in be_old.PROBES:
            print(f"{name}: not a seen probe set", file=sys.stderr)
            return 2
        for d in be_old.news_dev_gold(be_old.PROBES[name]):
            jc.WATCH = []
            doc = Doc(d["text"], id=d["id"], published=d["published"], outlet=d["outlet"])
            pipe(doc)
            print(json.dumps({"set": name, "id": d["id"], "events": list(doc["events"]), "watch": jc.WATCH},
                             ensure_ascii=False, default=str))
    return 0


if __name__ == "__main__" and "--point-child" in sys.argv[:-1]:
    _a = sys.argv
    sys.exit(_point_child(_a[_a.index("--point-child") + 1], _a[_a.index("--sets") + 1].split(","),
                          _a[_a.index("--model") + 1] if "--model" in _a[:-1] else None))

sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))

import bench_events as be  # noqa: E402
from bench_events_history import archive_src  # noqa: E402
from marsad.document import Document  # noqa: E402
from marsad.extract.events import join_chooser, mentions  # noqa: E402
from marsad.extract.events.context import Ctx  # noqa: E402
from marsad.extract.events.vocab import vocab  # noqa: E402
from train_event_filter import HeldOut  # noqa: E402
from train_event_filter import check as _known  # noqa: E402
from train_event_filter import fit as _fit  # noqa: E402

# the paraphrase development sets (COMMON.md: the judge) and every other seen probe set (training only)
PARAPHRASE = be.PARAPHRASE
TRAIN = [n for n in be.PROBES if n not in be.HELD_OUT]
assert not set(TRAIN) & set(be.HELD_OUT)
L2 = 0.01
STEPS = 800
RATE = 0.05
THRESHOLD = 0.5
CACHE = Path(tempfile.gettempdir()) / "join_chooser_cache"


def check(names: list[str]) -> list[str]:
    """The sets asked for, each known and none held out (a held-out set raises HeldOut, whoever asks)."""
    held = [n for n in names if n in be.HELD_OUT]
    if held:
        raise HeldOut(f"{', '.join(held)}: held out (bench_events.HELD_OUT); the join chooser never trains or "
                      "tests on it")
    return _known(names)


def first_run(name: str) -> str | None:
    """The commit of the set's first (unseen) run (bench_events_census.LATER_FIRST_RUNS, train_place_chooser)."""
    from bench_events_census import LATER_FIRST_RUNS
    from train_place_chooser import FIRST_RUNS

    got = {**FIRST_RUNS, **LATER_FIRST_RUNS}.get(name)
    return got[0] if got else None


def _records_today(name: str, pipe) -> list[tuple[dict, list[dict], Document]]:
    out = []
    was, join_chooser.ENABLED = join_chooser.ENABLED, False
    try:
        for d in load_set(name):
            doc = Document(d["text"], id=d["id"], published=d["published"], outlet=d["outlet"])
            pipe(doc)
            out.append((d, [dict(e) for e in doc["events"]], doc))
    finally:
        join_chooser.ENABLED = was
    return out


def _records_then(commit: str, names: list[str]) -> dict[tuple[str, str], list[dict]] | str:
    """The records the tree of `commit` emits on each passage of the sets (train_event_filter's child)."""
    with tempfile.TemporaryDirectory(prefix="join-chooser-") as tmp:
        failed = archive_src(commit, Path(tmp))
        if failed:
            return failed
        run = subprocess.run([sys.executable, str(ROOT / "scripts/train_event_filter.py"), "--child",
                              str(Path(tmp) / "src"), "--sets", ",".join(names)],
                             capture_output=True, text=True, cwd=tmp)
    if run.returncode:
        return f"{commit}: " + (run.stderr.strip().splitlines() or ["no message"])[-1]
    return {(r["set"], r["id"]): r["events"] for r in map(json.loads, run.stdout.splitlines()) if "set" in r}


def load_set(name: str) -> list[dict]:
    check([name])
    if name == "news_dev":
        return be.news_dev_gold() if be.NEWS_DEV.exists() else []
    return be.news_dev_gold(be.PROBES[name])


def collect(name: str, pipe=None, commit: str | None = None) -> list[dict]:
    """Per passage of the set: its gold, the records (this tree's with the hook off, or those of `commit`), and
    each candidate pair with its features (on this tree's analysis of the passage) and its label. Cached by
    set and commit in CACHE (the features are worked out again: they follow this tree's code)."""
    from marsad.pipeline import Pipeline

    check([name])
    pipe = pipe or Pipeline()
    today = _records_today(name, pipe)
    if commit is not None:
        key = CACHE / f"{commit}_{name}.json"
        if key.exists():
            then = {tuple(k.split("\t")): v for k, v in json.loads(key.read_text(encoding="utf-8")).items()}
        else:
            then = _records_then(commit, [name])
            if isinstance(then, str):
                raise RuntimeError(then)
            CACHE.mkdir(exist_ok=True)
            key.write_text(json.dumps({"\t".join(k): v for k, v in then.items()}, ensure_ascii=False, default=str),
                           encoding="utf-8")
        today = [(d, then[(name, d["id"])], doc) for d, _, doc in today]
    return [_passage(name, d, recs, doc) for d, recs, doc in today]


def _passage(name: str, d: dict, recs: list[dict], doc: Document) -> dict:
    ctx = Ctx(doc, vocab())
    mentions.event_words(ctx)
    pairs = join_chooser.candidates(recs)
    feats = [join_chooser.features(ctx, recs[i], recs[j], join_chooser.between(recs, i, j)) for i, j in pairs]
    return {"set": name, "id": d["id"], "golds": d["events"], "records": recs, "pairs": pairs, "feats": feats,
            "labels": labels(d["events"], recs, pairs)}


def align(golds: list[dict], recs: list[dict]) -> dict[int, int]:
    """{record index: gold index}, one to one, for the asserted single records: bench_events' matching, then in
    text order a gold of the record's type at its place (any figure), then one with its figure (a record with a
    figure, any place). A record with neither its gold's place nor its figure stays unpaired: it may be another
    telling of a gold paired already (`tells`), never a guess by type alone."""
    idx = [k for k, r in enumerate(recs) if r.get("group") is None and r.get("modality", "asserted") == "asserted"]
    out = {idx[u]: g for g, (u, _) in be._match(golds, [[recs[k]] for k in idx]).items()}
    for ok in (be._place_ok, lambda g, r: (r.get("count") or r.get("fatalities")) is not None and be._figure_ok(g, r)):
        for k in idx:
            if k in out:
                continue
            g = next((g for g in range(len(golds)) if g not in out.values() and golds[g]["type"] == recs[k].get("type")
                      and ok(golds[g], recs[k])), None)
            if g is not None:
                out[k] = g
    return out


def tells(g: dict, r: dict) -> bool:
    """Record r could tell gold event g: a related type, and its place and figure (when it has them) g's."""
    if join_chooser.relation(g["type"], r.get("type") or "") is None:
        return False
    if r.get("place") is not None and not be._place_ok(g, r):
        return False
    has_fig = r.get("count") is not None or r.get("fatalities") is not None
    return not has_fig or be._figure_ok(g, r)


def labels(golds: list[dict], recs: list[dict], pairs: list[tuple[int, int]]) -> list[float | None]:
    """1 one incident, 0 two, None nothing to learn (see the module docstring)."""
    at = align(golds, recs)
    out: list[float | None] = []
    for i, j in pairs:
        gi, gj = at.get(i), at.get(j)
        if gi is not None and gj is not None:
            out.append(0.0)
        elif (gi is None) != (gj is None):
            g, other = (gi, j) if gi is not None else (gj, i)
            out.append(1.0 if tells(golds[g], recs[other]) else 0.0)
        else:
            out.append(None)
    return out


def second_labels(golds: list[dict], recs: list[dict], pairs: list[tuple[int, int]]) -> list[float | None]:
    """The census's labels (stop 38; bench_events_census, bench_incidents): 1 when one record of the pair is matched
    (bench_events' strict match) and the other is a SECOND TELLING of it — unmatched, paired with no unmatched gold
    even loosely (type and figure, any place), and every gold of its type matched — and merging the two keeps the
    match; 0 when both are matched (two incidents), when the unmatched one tells an unmatched gold loosely (another
    incident, its arguments wrong), or when the merge loses the match; None otherwise (nothing to learn). Unlike
    `labels`, a second telling at a coarser or other place than its gold's (a lead «في درعا» retold «في حي القصور»)
    is one incident: the gold's coders made it one event."""
    idx = [k for k, r in enumerate(recs) if r.get("group") is None and r.get("modality", "asserted") == "asserted"]
    m = be._match(golds, [[recs[k]] for k in idx])
    matched = {idx[u]: g for g, (u, _) in m.items()}
    left_g = [g for g in range(len(golds)) if g not in m]
    left_r = [k for k in idx if k not in matched]
    loose = {left_r[u] for u, _ in be._match([golds[g] for g in left_g], [[recs[k]] for k in left_r],
                                              place=False).values()}
    open_types = {golds[g]["type"] for g in left_g}
    base = len(be._match(golds, be._units(recs)))
    out: list[float | None] = []
    for i, j in pairs:
        if i in matched and j in matched:
            out.append(0.0)
            continue
        if (i in matched) == (j in matched):
            out.append(None)
            continue
        other = j if i in matched else i
        if other in loose:
            out.append(0.0)
        elif recs[other].get("type") in open_types or other not in idx:
            out.append(None)
        else:
            after = join_chooser.apply(recs, [(i, j, 1.0)], 0.5)
            out.append(1.0 if len(be._match(golds, be._units(after))) >= base else 0.0)
    return out


def relabel(docs: list[dict], how: str) -> list[dict]:
    """The passages with the labels of `how` ("align": `labels`, stop 34; "second": `second_labels`, stop 38)."""
    fn = second_labels if how == "second" else labels
    return [dict(d, labels=fn(d["golds"], d["records"], d["pairs"])) for d in docs]


# -- the join point -----------------------------------------------------------------------------------
def collect_point(name: str, pipe=None, model: dict | None = None) -> list[dict]:
    """Per passage of the set on this tree: its gold, the records with the join point's `model` (None: the
    rules' answers), and every pair the join point decided, with its features and its label (`point_label`)."""
    from marsad.pipeline import Pipeline

    check([name])
    pipe = pipe or Pipeline()
    out = []
    was = join_chooser.OVERRIDE, join_chooser.ENABLED
    join_chooser.OVERRIDE, join_chooser.ENABLED = model, True
    try:
        for d in load_set(name):
            join_chooser.WATCH = []
            doc = Document(d["text"], id=d["id"], published=d["published"], outlet=d["outlet"])
            pipe(doc)
            out.append(_point_passage(name, d, [dict(e) for e in doc["events"]], join_chooser.WATCH))
    finally:
        join_chooser.OVERRIDE, join_chooser.ENABLED = was
        join_chooser.WATCH = None
    return out


def replay_point(name: str, commit: str, model: dict | None = None) -> list[dict]:
    """`collect_point` on the tree of `commit` (today's join_chooser.py copied in; its _joins patched)."""
    check([name])
    with tempfile.TemporaryDirectory(prefix="join-point-") as tmp:
        failed = archive_src(commit, Path(tmp))
        if failed:
            raise RuntimeError(failed)
        for f in ("extract/events/join_chooser.py", "data/events/join_chooser_cues.json"):
            (Path(tmp) / "src/marsad" / f).write_bytes((ROOT / "src/marsad" / f).read_bytes())
        cmd = [sys.executable, str(Path(__file__).resolve()), "--point-child", str(Path(tmp) / "src"), "--sets", name]
        if model is not None:
            (Path(tmp) / "model.json").write_text(json.dumps(model), encoding="utf-8")
            cmd += ["--model", str(Path(tmp) / "model.json")]
        run = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp)
    if run.returncode:
        raise RuntimeError(f"{commit}: " + (run.stderr.strip().splitlines() or ["no message"])[-1])
    golds = {d["id"]: d for d in load_set(name)}
    return [_point_passage(name, golds[r["id"]], r["events"], r["watch"])
            for r in map(json.loads, run.stdout.splitlines()) if r.get("set") == name]


def _point_passage(name: str, d: dict, recs: list[dict], watch: list[dict]) -> dict:
    return {"set": name, "id": d["id"], "golds": d["events"], "records": recs,
            "feats": [w["feats"] for w in watch], "labels": [point_label(d["events"], w["inc"], w["m"]) for w in watch],
            "rules": [w["rule"] for w in watch]}


MARGINS = (0.0, 1.0, 2.0, 3.0)  # the rules' answer's margin at the join point, chosen on the invented sets


def choose_margin(point: dict[str, list[dict]], pipe, threshold: float = THRESHOLD) -> tuple[float, dict]:
    """The margin with the best pooled F1 leave-one-set-out over the INVENTED seen sets of `point` (never a
    paraphrase set: those are the judge), each set run again with the model fitted without it; ties go to the
    larger margin. ({margin: pooled F1}: the rules alone under None.)"""
    invented = [n for n in point if n not in PARAPHRASE]
    models = {n: fit_point([d for m, ds in point.items() if m != n for d in ds], threshold) for n in invented}
    docs = [d for n in invented for d in point[n]]
    got = {None: _f1(docs)}
    for margin in MARGINS:
        got[margin] = _f1([d for n in invented for d in collect_point(n, pipe, dict(models[n], margin=margin))])
    best = max(MARGINS, key=lambda m: (round(got[m], 4), m))
    return best, got


def fit_point(docs: list[dict], threshold: float = THRESHOLD) -> dict:
    """The join point's model: `fit` on its pairs, on, at the threshold."""
    return dict(fit(docs), enabled=True, threshold=threshold)


def _f1(docs: list[dict]) -> float:
    return be.score([{"id": d["id"], "events": d["golds"], "set": d["set"]} for d in docs],
                    lambda x: next(d["records"] for d in docs if (d["set"], d["id"]) == (x["set"], x["id"])))["f1"]


def point_label(golds: list[dict], inc: dict, m: dict) -> float | None:
    """1 when the mention could tell one gold event only (`tells`) and the incident could tell it too, 0 when each
    could tell some gold event but none both; else None (either tells none: a non-event, a wrong argument; or a
    mention with nothing to tell one gold from another: nothing to learn)."""
    gi = {k for k, g in enumerate(golds) if tells(g, inc)}
    gm = {k for k, g in enumerate(golds) if tells(g, m)}
    if not gi or not gm:
        return None
    if not gi & gm:
        return 0.0
    return 1.0 if len(gm) == 1 else None


def fit(docs: list[dict], l2: float = L2, steps: int = STEPS, rate: float = RATE) -> dict:
    """{"bias", "weights"}: logistic regression on the labelled pairs, L2 on the weights, Adam from zero
    (train_event_filter.fit, on the pairs as its units)."""
    rows = [(f, y) for d in docs for f, y in zip(d["feats"], d["labels"]) if y is not None]
    return _fit([{"feats": [f for f, _ in rows], "lenient": [y == 1 for _, y in rows]}], l2, steps, rate)


def merged(doc: dict, model: dict | None, threshold: float = THRESHOLD) -> list[dict]:
    """The passage's records after the hook with this model (None: the rules' records)."""
    if model is None:
        return doc["records"]
    scored = [(i, j, join_chooser.score(f, model["weights"], model["bias"]))
              for (i, j), f in zip(doc["pairs"], doc["feats"])]
    return join_chooser.apply(doc["records"], scored, threshold)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default=",".join(TRAIN), help="comma-separated training sets (seen sets only)")
    ap.add_argument("--out", default=str(join_chooser.WEIGHTS), help="the model file to write")
    ap.add_argument("--enable", action="store_true", help="write both enabled (only when the benchmark's gate held)")
    args = ap.parse_args()
    try:
        names = check([n for n in args.sets.split(",") if n and n != "news_dev"])
    except (HeldOut, ValueError) as e:
        print(f"train_join_chooser: {e}", file=sys.stderr)
        return 2
    from marsad.pipeline import Pipeline

    pipe = Pipeline()
    docs = [d for n in names for d in collect(n, pipe)]
    model = fit(docs)
    point = {n: collect_point(n, pipe) for n in names}
    margin, by_margin = choose_margin(point, pipe)
    at = fit([d for ds in point.values() for d in ds])
    ys = [y for d in docs for y in d["labels"] if y is not None]
    yp = [y for ds in point.values() for d in ds for y in d["labels"] if y is not None]
    path = Path(args.out)
    about = json.loads(path.read_text(encoding="utf-8")).get("about", "") if path.exists() else ""
    raw = {"about": about, "enabled": bool(args.enable), "threshold": THRESHOLD, "bias": model["bias"],
           "weights": dict(sorted(model["weights"].items())),
           "trained_on": {"sets": names, "pairs": len(ys), "one_incident": int(sum(ys)), "l2": L2, "steps": STEPS},
           "point": {"enabled": bool(args.enable), "threshold": THRESHOLD, "margin": margin, "bias": at["bias"],
                     "weights": dict(sorted(at["weights"].items())),
                     "trained_on": {"pairs": len(yp), "one_incident": int(sum(yp)), "l2": L2, "steps": STEPS,
                                    "margin_loso_invented_f1": {str(k): round(v, 4) for k, v in by_margin.items()}}}}
    path.write_text(json.dumps(raw, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"merge: {len(ys)} labelled pairs ({int(sum(ys))} one incident), {len(model['weights'])} weights; point: "
          f"{len(yp)} pairs ({int(sum(yp))} one incident), {len(at['weights'])} weights, margin {margin} -> {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
