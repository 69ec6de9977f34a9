"""Does a learned place chooser beat the place rules on probe sets it did not see?

The chooser (extract/events/place_chooser.py, fitted by scripts/train_place_chooser.py) is judged
leave-one-SET-out: trained on the other probe sets, tested on the held-out one. Per held-out set:
the events aligned with gold by type and figure (bench_events' matching), how many have a right
place among the candidates, the share whose place is right with the rules' choice and with the
model's, how many the model changed, and the set's type+place+count F1 with either.

Two tables over every SEEN set (train_place_chooser.TRAIN_SETS; never one of bench_events.HELD_OUT):
1. **today's rules** on every set: the rules are in-sample on all of them (their place errors were
   read and fixed), the model is not; the model beating the rules here is a strong sign, the reverse
   not the model's fault alone. Beside it, the committed model (in-sample on the sets its file names).
2. **first-run folds**: each set replayed on the main commit of its first (unseen) run (the tree
   taken with `git archive` into a temporary folder; the replayed F1 is printed beside the one
   recorded, as a check: they differ where the gold was mended after the run); the model, trained
   on the other sets' replays and runs, picks among the same candidates.
Each table ends with the pooled figures: acts placed right over all folds, F1 over all documents.
news_dev is never trained on: the second check, with the model of all the sets (today's rules).
Last, the chooser's cost against its named peer, the events stage, on the same documents.

    .venv/bin/python benchmarks/bench_place_chooser.py [-v] [--no-replay] [--l2 0.05]
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_events as be  # noqa: E402
import stage_cost  # noqa: E402
import train_place_chooser as tr  # noqa: E402
from marsad.extract.events import arguments  # noqa: E402

VERBOSE = False
_FITS: dict[tuple, dict] = {}  # (fold left out, l2): the fold's model, within one run


def with_model(collected: list[dict], model: dict) -> dict[str, list[dict]]:
    """Each document's events, the single-place records given the model's place where it leaves the rules' choice.
    (Stop 45: a record whose rules' choice the model keeps stays as the pipeline left it: the refiners after the hook,
    finer_place, ref_town…, may have moved its place since; giving it the candidate seen at the hook undid them, 45
    acts of today's 36 folds, and the hook in the pipeline never does.)"""
    out = {}
    for c in collected:
        evs = [dict(e) for e in c["events"]]
        for i, (cands, feats, *_) in c["items"].items():
            b = tr.pick({"feats": feats, "type": evs[i]["type"]}, model)
            if not _kept(feats[b]):
                evs[i]["place"] = arguments.clean_place(cands[b])
        out[c["doc"]["id"]] = evs
    return out


def f1(collected: list[dict], events: dict[str, list[dict]] | None = None) -> float:
    docs = [c["doc"] for c in collected]
    by_id = events or {c["doc"]["id"]: c["events"] for c in collected}
    return be.score(docs, lambda d: by_id[d["id"]])["f1"]


def _kept(f: dict) -> bool:
    return bool(f.get("rule") or f.get("none&rule"))


def _right(e: dict, b: int) -> bool:
    """The act placed right with candidate b: the record as the pipeline left it when b is the rules' choice."""
    return e["rule_ok"] if _kept(e["feats"][b]) else e["labels"][b]


def row(name: str, collected: list[dict], model: dict, extra: str = "", shipped: dict | None = None) -> tuple:
    exs = tr.examples(collected, name)
    n = len(exs)
    picks = [tr.pick(e, model) for e in exs]
    ship = sum(_right(e, tr.pick(e, shipped)) for e in exs) if shipped else 0
    rule = sum(e["rule_ok"] for e in exs)
    right = sum(_right(e, b) for e, b in zip(exs, picks))
    reach = sum(any(e["labels"]) for e in exs)
    changed = sum(not _kept(e["feats"][b]) for e, b in zip(exs, picks))
    if VERBOSE:
        by_id = {c["doc"]["id"]: c for c in collected}
        for e, b in zip(exs, picks):
            if not _kept(e["feats"][b]):
                c = by_id[e["doc"]]
                rec = c["events"][e["rec"]]
                got = c["items"][e["rec"]][0][b]
                print(f"    {e['doc']} {rec['type']}: rule={(rec.get('place') or {}).get('surface')!r} "
                      f"({'ok' if e['rule_ok'] else 'wrong'}) -> model={(got or {}).get('surface')!r} "
                      f"({'ok' if e['labels'][b] else 'wrong'})")
    s_rule = _score(collected)
    mine = with_model(collected, model)
    s_model = _score(collected, mine)
    col = f" {ship / n if n else 0:9.2f}" if shipped else ""
    print(f"{name:12} {n:5d} {reach:5d} {rule / n if n else 0:6.2f} {right / n if n else 0:6.2f}{col} {changed:7d} "
          f"{s_rule['f1']:7.2f} {s_model['f1']:7.2f} {s_rule['ratio']:6.2f} {s_rule['reported_by']:6.2f} "
          f"{s_model['reported_by']:6.2f}{extra}")
    return n, rule, right, reach, ship, s_rule, s_model, mine


def _score(collected: list[dict], events: dict[str, list[dict]] | None = None) -> dict:
    docs = [c["doc"] for c in collected]
    by_id = events or {c["doc"]["id"]: c["events"] for c in collected}
    return be.score(docs, lambda d: by_id[d["id"]])


def _pooled(parts: list[tuple[list[dict], dict[str, list[dict]] | None]]) -> dict:
    """bench_events.score on every fold's documents together (each fold's events: the rules' or that
    fold's model's), so the pooled F1, emitted/gold and reported_by are those of one concatenated set."""
    docs, by_doc = [], {}
    for collected, events in parts:
        for c in collected:
            docs.append(c["doc"])
            by_doc[id(c["doc"])] = (events or {})[c["doc"]["id"]] if events else c["events"]
    return be.score(docs, lambda d: by_doc[id(d)])


HDR = f"{'held out':12} {'acts':>5} {'reach':>5} {'rule':>6} {'model':>6} {'changed':>7} {'F1rule':>7} " \
    f"{'F1model':>7} {'em/gd':>6} {'repR':>6} {'repM':>6}"
HDR_SHIP = f"{'held out':12} {'acts':>5} {'reach':>5} {'rule':>6} {'model':>6} {'committed':>9} {'changed':>7} " \
    f"{'F1rule':>7} {'F1model':>7} {'em/gd':>6} {'repR':>6} {'repM':>6}"


def folds(judge: list[str], data: dict[str, list[dict]], train: dict[str, list[dict]], l2: float, extra=None,
          shipped: dict | None = None) -> tuple[dict, dict]:
    """Leave-one-set-out over the `judge` sets: fit on `train` of every other seen set (the fold set's
    replay and today's run both left out), test on `data` of the fold. `shipped`: the committed model's
    share beside it. Returns the pooled scores (rules, model)."""
    print(HDR_SHIP if shipped else HDR)
    tot = [0, 0, 0, 0, 0]
    rules_parts, model_parts = [], []
    wins = losses = 0
    for n in judge:
        if n not in data:
            continue
        if (n, l2) not in _FITS:  # (the same pool for both tables: fitted once per fold)
            _FITS[n, l2] = tr.fit([e for m in train if m != n for e in train[m]], l2=l2)
        w = _FITS[n, l2]
        got = row(n, data[n], w, extra(n) if extra else "", shipped)
        tot = [a + b for a, b in zip(tot, got[:5])]
        rules_parts.append((data[n], None))
        model_parts.append((data[n], got[7]))
        wins += got[6]["f1"] > got[5]["f1"]
        losses += got[6]["f1"] < got[5]["f1"]
    pr, pm = _pooled(rules_parts), _pooled(model_parts)
    if tot[0]:
        col = f" {tot[4] / tot[0]:9.2f}" if shipped else ""
        print(f"{'pooled':12} {tot[0]:5d} {tot[3]:5d} {tot[1] / tot[0]:6.2f} {tot[2] / tot[0]:6.2f}{col} {'':7} "
              f"{pr['f1']:7.3f} {pm['f1']:7.3f} {pr['ratio']:6.2f} {pr['reported_by']:6.2f} {pm['reported_by']:6.2f}")
        print(f"(acts placed right: rules {tot[1]}, model {tot[2]}" + (f", committed model {tot[4]}" if shipped else "")
              + f" of {tot[0]}; pooled over every fold's documents: rules P {pr['precision']:.3f} "
              f"R {pr['recall']:.3f}, "
              f"model P {pm['precision']:.3f} R {pm['recall']:.3f}, tp {pr['tp']} -> {pm['tp']} of {pr['gold']} gold)")
    print(f"model better (F1) on {wins} of {len(rules_parts)} folds, worse on {losses}")
    return pr, pm


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list the events whose place the model changed")
    ap.add_argument("--l2", type=float, default=tr.L2, help="L2 weight of the fit")
    ap.add_argument("--margin", type=float, default=tr.MARGIN, help="the rules' choice gets this on top of its score")
    ap.add_argument("--drop", default="", help="comma-separated feature-name prefixes to leave out (ablation)")
    ap.add_argument("--pool", choices=["replay", "both"], default="both",
                    help="train on the other sets' replays, or on their replays and today's runs")
    ap.add_argument("--judge", choices=["paraphrase", "all"], default="paraphrase",
                    help="the folds: the paraphrase development sets (stop 34), or every seen set (stops 23-33)")
    ap.add_argument("--no-replay", action="store_true", help="skip the first-run replays (no git history)")
    ap.add_argument("--no-cost", action="store_true", help="skip the cost measure")
    ap.add_argument("--cache", help="a folder keeping each set's candidates and features (today's run and first-run "
                                    "replay, one folder per --flags) as JSON lines: a second run with other fit "
                                    "settings reads them back instead of running the pipeline and the replays again")
    ap.add_argument("--flags", default="", help="the model file's switches overridden, e.g. told_ahead=1,spot_feature=0 "
                                                "(stop 38: each candidate or feature change judged on and off)")
    args = ap.parse_args()
    set_flags(args.flags)
    tr.MARGIN = args.margin
    tr.DROP = tuple(x for x in args.drop.split(",") if x)
    global VERBOSE
    VERBOSE = args.verbose
    from marsad.extract.events import place_chooser
    from marsad.pipeline import Pipeline

    committed = place_chooser.load()
    shipped = {"weights": committed["weights"], "types": sorted(committed["types"])}
    pipe = Pipeline()
    names = tr.TRAIN_SETS
    judge = tr.PARAPHRASE if args.judge == "paraphrase" else names
    t0 = time.perf_counter()
    cache = _cache_dir(args.cache)
    data = {n: _today(n, pipe, cache) for n in names}
    exs = {n: tr.examples(data[n], n) for n in names}
    print(f"(today's pipeline on {sum(len(v) for v in data.values())} documents of {len(names)} seen sets: "
          f"{time.perf_counter() - t0:.0f} s; judged on {len(judge)} of them: {', '.join(judge)})")
    print("acts: events aligned with gold by type+figure; reach: a right place among the candidates; "
          "rule/model: place right; committed: the model file as shipped; changed: the model left the rules' "
          "choice; F1: type+place+count, whole set; em/gd: emitted/gold; repR/repM: reported_by, rules/model.")
    with tempfile.TemporaryDirectory(prefix="place_chooser_") as tmp:
        rep: dict[str, list[dict]] = {}
        if not args.no_replay:
            t0 = time.perf_counter()
            rep = {n: r for n, (c, _) in tr.FIRST_RUNS.items() if (r := _replayed(n, c, Path(tmp), cache)) is not None}
            print(f"(replays of {len(rep)} sets on their first-run commits: {time.perf_counter() - t0:.0f} s)")
    rex = {n: tr.examples(rep[n], n) for n in rep}
    # the training pool of a fold: the other sets' replays, and (pool both) their runs on today's rules
    pool = {n: rex.get(n, []) + (exs[n] if args.pool == "both" or not rep else []) for n in names}
    print(f"\n1. Today's rules, each judged set left out in turn (the rules are IN-SAMPLE on it: its errors were read "
          f"and fixed; the model is not); model trained on every other seen set (pool: {args.pool}); "
          f"committed: the model file as shipped:")
    today = folds(judge, data, pool, args.l2, shipped=shipped)
    first = None
    if rep:
        print("\n2. First-run folds: each judged set on the commit of its first unseen run (neither the rules nor "
              "the model had seen it), the model trained on every other seen set:")
        first = folds(judge, rep, pool, args.l2, shipped=shipped,
                      extra=lambda n: f"   (recorded first run F1 {tr.FIRST_RUNS[n][1]:.2f})")
    w_all = tr.fit([e for m in names for e in pool[m]], l2=args.l2)
    print(f"\n3. Never trained on, the model of all {len(names)} seen sets (and the committed model):")
    print(HDR_SHIP)
    nd = tr.collect(tr.load_set("news_dev"), pipe)
    dev = None
    if nd:
        dev = row("news_dev", nd, w_all, "   (today's rules; the events code is tuned on news_dev)", shipped)
    else:
        print(f"news_dev: skipped, {be.NEWS_DEV} is absent")
    row("samples", tr.collect(tr.load_set("samples"), pipe), w_all, "   (our own corpus, v1 gold read as v2)", shipped)
    gate(today, first, dev)
    if not args.no_cost:
        _cost(pipe, [c["doc"] for n in names for c in data[n]])
    return 0


def _cache_dir(root: str | None) -> Path | None:
    """The --cache folder of these switches (the features differ with them), made if absent."""
    if not root:
        return None
    from marsad.extract.events import place_chooser
    key = ",".join(f"{k}={int(v)}" for k, v in sorted(place_chooser.FLAGS.items())) or "file"
    out = Path(root) / key
    out.mkdir(parents=True, exist_ok=True)
    return out


def _today(name: str, pipe, cache: Path | None) -> list[dict]:
    """tr.collect on today's tree, read back from the cache when it holds the set (written there otherwise)."""
    if cache is None:
        return tr.collect(tr.load_set(name), pipe)
    path = cache / f"today-{name}.jsonl"
    if not path.exists():
        part = path.with_suffix(".part")
        with open(part, "w", encoding="utf-8") as fh:
            for c in tr.collect(tr.load_set(name), pipe):
                fh.write(json.dumps({"set": name, "id": c["doc"]["id"], "events": c["events"],
                                     "items": {str(i): v for i, v in c["items"].items()}},
                                    ensure_ascii=False, default=str) + "\n")
        part.rename(path)
    return tr.undump(path, name)


def _replayed(name: str, commit: str, tmp: Path, cache: Path | None) -> list[dict] | None:
    """tr.replay, read back from the cache when it holds the set's replay (copied there otherwise)."""
    path = cache / f"first-{name}.jsonl" if cache else None
    if path is not None and path.exists():
        return tr.undump(path, name)
    got = tr.replay(name, commit, tmp)
    if got is not None and path is not None:
        shutil.copy(tmp / f"{Path(name).stem}.jsonl", path)
    return got


def set_flags(spec: str) -> None:
    """`name=1,other=0` into place_chooser.FLAGS (read by its `load`, and written into each replayed tree's model
    file by train_place_chooser.replay), so that one run judges a switch of the model file either way."""
    from marsad.extract.events import place_chooser
    for item in filter(None, spec.split(",")):
        k, _, v = item.partition("=")
        place_chooser.FLAGS[k.strip()] = v.strip() not in ("0", "false", "off", "")
    place_chooser.load.cache_clear()
    if place_chooser.FLAGS:
        print(f"(model file switches overridden: {place_chooser.FLAGS})")


def gate(today: tuple[dict, dict], first: tuple[dict, dict] | None, dev: tuple | None) -> bool:
    """COMMON.md's gate (stop 34): the model ships enabled only if it beats the rules pooled on the
    paraphrase folds both ways (today's rules, first-run folds) and news_dev does not drop."""
    ok_today = today[1]["f1"] > today[0]["f1"]
    ok_first = first is not None and first[1]["f1"] > first[0]["f1"]
    ok_dev = dev is None or dev[6]["f1"] >= dev[5]["f1"]
    print(f"\ngate: today's rules {today[0]['f1']:.3f} -> {today[1]['f1']:.3f} ({'pass' if ok_today else 'FAIL'}); "
          + (f"first-run folds {first[0]['f1']:.3f} -> {first[1]['f1']:.3f} ({'pass' if ok_first else 'FAIL'}); "
             if first else "first-run folds not run (FAIL); ")
          + (f"news_dev {dev[5]['f1']:.3f} -> {dev[6]['f1']:.3f} ({'pass' if ok_dev else 'FAIL'})" if dev else
             "news_dev absent") + f": {'SHIP enabled' if ok_today and ok_first and ok_dev else 'keep disabled'}")
    return ok_today and ok_first and ok_dev


def _cost(pipe, docs: list[dict]) -> None:
    """The events stage followed by the chooser on its records (the committed model, a fresh
    source finder: an upper bound of what a hook inside the stage would add) against the events
    stage alone (its named peer), interleaved document by document, best of three rounds."""
    from marsad.extract.events import place_chooser
    from marsad.extract.events.attribution import Attribution

    ready = stage_cost.documents(pipe, docs)
    best = stage_cost.interleaved(ready, stage_cost.after_stage(
        lambda ctx, recs: place_chooser.refine(ctx, Attribution(ctx), recs)))
    print(f"\ncost: the events stage on {len(ready)} documents with the chooser after it {best[True]:.2f} s, "
          f"alone {best[False]:.2f} s: {best[True] / best[False]:.2f}x")


if __name__ == "__main__":
    sys.exit(main())
