"""Dates: marsad vs dateparser's search_dates on the same texts, in the same run.

Accuracy: our gold corpus (samples/corpus/d*.txt + samples/gold/dates.jsonl): a gold date counts
as found when a returned date overlaps its span and has its value at the gold grain (dateparser
returns datetimes without a grain, so it is compared at the gold grain: the generous reading).
Precision counts returned dates that match some gold date. Also Duckling's Arabic time corpus
(day/month/year examples, ../shared) when present. Speed: documents per second over the corpus,
after a warm-up, one core.

    .venv/bin/python benchmarks/bench_dates.py [--rounds 5]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
import warnings
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.extract.dates import extract_dates  # noqa: E402

SHARED = ROOT.parent / "shared"


def load_gold():
    by = defaultdict(list)
    for line in (ROOT / "samples" / "gold" / "dates.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        by[g["doc"]].append(g)
    docs = []
    for name in sorted(by):
        text = (ROOT / "samples" / "corpus" / f"{name}.txt").read_text(encoding="utf-8")
        docs.append((name, text, by[name][0]["published"], by[name]))
    return docs


def at_grain(d: dt.date, grain: str) -> str:
    if grain == "year":
        return f"{d.year:04d}"
    if grain == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if grain == "week":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    return d.isoformat()


def run_marsad(text: str, published: str) -> list[tuple[int, int, dict]]:
    return [(r["start"], r["end"], r) for r in extract_dates(text, published)]


def make_dateparser():
    from dateparser.search import search_dates

    def run(text: str, published: str, prefer: str = "past") -> list[tuple[int, int, dt.datetime]]:
        base = dt.datetime.fromisoformat(published)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(text, languages=["ar"],
                                 settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": prefer}) or []
        out, cur = [], 0
        for sub, when in found:
            i = text.find(sub, cur)
            if i < 0:
                i = text.find(sub)
            if i < 0:
                continue
            cur = i + len(sub)
            out.append((i, i + len(sub), when))
        return out

    return run


def score(docs, preds_by_doc, value_of):
    found = total = correct_pred = n_pred = 0
    for (name, text, pub, gold), preds in zip(docs, preds_by_doc):
        n_pred += len(preds)
        good_preds = set()
        for g in gold:
            total += 1
            for k, (s, e, p) in enumerate(preds):
                if k in good_preds:
                    continue  # one returned date answers one gold date
                if s < g["end"] and g["start"] < e and value_of(p, g["grain"]) == g["value"]:
                    found += 1
                    good_preds.add(k)
                    break
        correct_pred += len(good_preds)
    return found / total, (correct_pred / n_pred if n_pred else 0.0), total


def ours_value(r: dict, grain: str) -> str | None:
    return r["value"] if r["grain"] == grain else None


def dp_value(when: dt.datetime, grain: str) -> str:
    return at_grain(when.date(), grain)


def timed(fn, docs, rounds):
    fn(docs[0][1], docs[0][2])  # warm-up: lexicons, caches
    best = None
    for _ in range(rounds):
        t0 = time.perf_counter()
        for _, text, pub, _ in docs:
            fn(text, pub)
        el = time.perf_counter() - t0
        best = el if best is None else min(best, el)
    return len(docs) / best


def duckling(dp_run):
    path = SHARED / "data" / "conformance" / "duckling_ar_time.jsonl"
    if not path.exists():
        return None
    sys.path.insert(0, str(ROOT / "tests"))
    sys.path.insert(0, str(ROOT / "tests" / "extract"))
    from test_duckling_time import _at_grain, _examples, judge

    exs = _examples()
    ours = sum(judge(ex)[0] for ex in exs)
    theirs = 0
    for ex in exs:
        if ex.get("type") == "interval":
            continue  # dateparser has no intervals
        res = dp_run(ex["text"], "2013-02-12T04:30:00", prefer="future")
        if res and at_grain(res[0][2].date(), ex["grain"]) == _at_grain(ex["value"], ex["grain"]):
            theirs += 1
    return ours / len(exs), theirs / len(exs), len(exs)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5, help="timing rounds (best is kept)")
    args = ap.parse_args(argv)
    docs = load_gold()
    dp_run = make_dateparser()

    ours_preds = [run_marsad(t, p) for _, t, p, _ in docs]
    dp_preds = [dp_run(t, p) for _, t, p, _ in docs]
    o_rec, o_prec, n = score(docs, ours_preds, ours_value)
    d_rec, d_prec, _ = score(docs, dp_preds, dp_value)
    o_speed = timed(run_marsad, docs, args.rounds * 10)
    d_speed = timed(dp_run, docs, args.rounds)
    print(f"gold corpus: {len(docs)} documents, {n} gold dates")
    print(f"  marsad     found {o_rec:.1%}  precision {o_prec:.1%}  {o_speed:,.0f} docs/s")
    print(f"  dateparser found {d_rec:.1%}  precision {d_prec:.1%}  {d_speed:,.1f} docs/s")
    print(f"  speed ratio marsad/dateparser: {o_speed / d_speed:.1f}x")
    dk = duckling(dp_run)
    if dk:
        print(f"duckling day/month/year ({dk[2]} examples): marsad {dk[0]:.1%}, dateparser {dk[1]:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
