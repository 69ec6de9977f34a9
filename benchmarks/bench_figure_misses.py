"""Why a figure is wrong: every "figure wrong" miss of the paraphrase development sets split by its cause, so that the
work goes to the layer that loses it (stop 36). The choosers of stops 34-35 pick among the rules' candidates and tie
the rules; this says how many misses a chooser could mend at all.

A figure miss is a gold event aligned to a record of its type whose figure is wrong (bench_events_reach's ladder,
rung 2: aligned by type+place, else by type alone). Each is counted once, at the first class that fits:

  (g) the gold wants no figure and the record gives one (what it took: the injured, a count of things, …);
  (a) grammar gap: the gold figure is no quantity of the quantities layer at all, or one read with other values;
  (e) convention: a quantity at the gold span whose bounds differ from the gold's by one bound only («نحو 20»
      as exact, «أكثر من 20» as open): a written gold convention or the quantity grammar's reading;
  (d) wrong field: the record holds the gold number as its injured, or in its breakdown (a part where gold wants
      it as the figure);
  (f) another gold's figure: the record's figure is the figure of another gold event of the passage (an aggregate
      or a total where gold wants the incident's, a part, the next incident's; the events "seen from the other side");
  (c) chosen wrong: the gold figure is a quantity of the record's own sentence (a candidate) and the record took
      another one, or none;
  (b) attachment: the gold figure is a parsed quantity of another sentence (before, after, the headline).

Each class has sub-kinds (printed with -v). Runs today's code or, with --first-runs, each set on the commit of its
first run (bench_events_history.on_rev, as the census does), or with --rev on one commit's. Held-out sets are refused (bench_events_reach.load).

`--causes` (stop 38) adds a second table: each case at one CAUSE, what marsad did in the terms of the stop-38 brief
(one taken where gold has none, and what it counts; none taken, and where gold's figure stands; a bound lost or added;
a vague, approximate or «more than» toll kept where gold has the count told inside it (stop 40);
killed+wounded summed; the wounded or the captured counted; a part; another gold's figure; the headline's kept or the
body's taken; an earlier or a later telling's), with how many cases, passages and sets, aligned by type+place or by
type only (another incident's record: an incident miss more than a figure one).

    .venv/bin/python benchmarks/bench_figure_misses.py [--first-runs | --rev 6d5b0f1] [-v] [--causes] [--list CLASS]
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

if "--src" in sys.argv:  # a child run on an older tree: its marsad first
    sys.path.insert(0, sys.argv[sys.argv.index("--src") + 1])
    import marsad  # noqa: F401

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_events as be  # noqa: E402
import bench_events_reach as reach  # noqa: E402

CLASSES = ("g", "a", "e", "d", "f", "c", "b")
NAMES = {"g": "gold wants no figure", "a": "grammar gap", "e": "bounds convention", "d": "wrong field",
         "f": "another gold's figure", "c": "a candidate, chosen wrong", "b": "attachment (another sentence)"}


def _val(c: dict | None):
    return None if not c else (be._num(c.get("low")), be._num(c.get("high")))


def _figs(e: dict) -> list[tuple]:
    return [_val(e.get(k)) for k in ("count", "fatalities") if e.get(k)]


def classify(g: dict, e: dict, golds: list[dict], doc, ss) -> tuple[str, str]:
    """(class, sub-kind) of one figure miss: gold g, aligned record e."""
    qs = doc.layers.get("quantities", [])
    figs = _figs(e)
    if g["count"] is None:
        return "g", _what_taken(e, qs, ss)
    want = g["count"]
    at = [q for q in qs if any(reach._overlaps((q["start"], q["end"]), s) for s in g["_fig"])]
    if not at:
        return "a", "not a quantity: " + ", ".join(sorted({doc.text[a:b] for a, b in g["_fig"]}))
    right = [q for q in at if _val(q) == want]
    if not right:
        got = _val(at[0])
        if got[0] == want[0] or got[1] == want[1]:
            return "e", f"{at[0]['surface']}: read {got}, gold {want}"
        return "a", f"read otherwise: {at[0]['surface']} {got}, gold {want}"
    q = right[0]
    if _val(e.get("injured")) == want:
        return "d", "the record's injured"
    if any(_val(b) == want for b in e.get("breakdown") or []):
        return "d", "in the record's breakdown"
    others = [o for o in golds if o is not g and o["count"] is not None]
    hit = next((o for o in others if o["count"] in figs), None)
    if hit is not None:
        rel = "bigger" if (hit["count"][0] or 0) > (want[0] or 0) else "smaller"
        return "f", f"another gold's ({hit['type']}, {hit.get('kind') or 'incident'}), {rel} than the gold's"
    si, qi = ss.of(e["start"]), ss.of(q["start"])
    if si == qi:
        if not figs:
            return "c", "the record has no figure"
        took = _taken(e, qs)
        return "c", "took " + ("a figure of another sentence" if took is None or ss.of(took["start"]) != si else
                               "one before the gold's" if took["start"] < q["start"] else "one after the gold's")
    where = "the sentence before" if qi == si - 1 else "the sentence after" if qi == si + 1 else \
        "the headline/first sentence" if qi == 0 else "further before" if qi < si else "further after"
    return "b", f"{where}; the record {'has a figure' if figs else 'has none'}"


# -- the cause (stop 38): what marsad did, in the words of the brief's list, one per case ----------------------
CAUSES = ("none where gold has none: the wounded", "none where gold has none: the arrested or captured",
          "none where gold has none: a count of things", "none where gold has none: people (dead or other)",
          "no figure; gold's in the record's own sentence", "no figure; gold's in the headline",
          "no figure; gold's in a later sentence", "no figure; gold's in an earlier body sentence",
          "a bound lost or added", "killed+wounded summed", "the wounded counted", "the arrested or captured counted",
          "a part or breakdown taken (or the gold's part held)", "another gold's figure (aggregate, other incident)",
          "headline's figure kept; gold's in the body", "body's figure; gold's the headline's",
          "an earlier telling's figure kept; gold's a later telling", "a later telling's figure; gold's the earlier",
          "another figure of the same sentence", "a vague, approximate or «more than» toll kept; gold's a count inside it",
          "other")
_HURT = ("جريح", "جرحي", "مصاب", "اصاب", "اصيب", "جرح", "اصابه", "اصابات", "باصابات")
_TAKEN = ("اعتقل", "معتقل", "اسير", "اسري", "اسر", "مختطف", "خطف", "موقوف", "اوقف", "محتجز")


def _words_near(text: str, q: dict, after: int = 4) -> list[str]:
    """The folded words of the quantity and the `after` words that follow it (what it counts)."""
    from marsad.arabic.normalize import fold_str

    words = fold_str(text[q["start"]:min(len(text), q["end"] + 60)]).split()
    return [w.strip("،,.:«»()") for w in words[:1 + after]]


def _is(words: list[str], stems: tuple[str, ...]) -> bool:
    return any(w.lstrip("وفبل").startswith(s) or w.startswith(s) for w in words for s in stems)


def cause(g: dict, e: dict, golds: list[dict], doc, ss) -> str:
    """One of CAUSES for a figure miss: gold g, aligned record e (bench_figure_misses' alignment)."""
    qs = doc.layers.get("quantities", [])
    figs = _figs(e)
    took = _taken(e, qs)
    near = _words_near(doc.text, took) if took else []
    if g["count"] is None:
        if _is(near, _HURT):
            return CAUSES[0]
        if _is(near, _TAKEN):
            return CAUSES[1]
        counted = (took or {}).get("counted") or ""
        return CAUSES[3] if not took or _people(counted) else CAUSES[2]
    want = g["count"]
    at = [q for q in qs if any(reach._overlaps((q["start"], q["end"]), s) for s in g["_fig"])]
    si = ss.of(e["start"])
    gi = min((ss.of(a) for a, _ in g["_fig"]), default=None)
    if not figs:
        if gi is None or gi == si:
            return CAUSES[4]
        return CAUSES[5] if gi == 0 else CAUSES[6] if gi > si else CAUSES[7]
    if any(f[0] == want[0] != f[1] or f[1] == want[1] != f[0] or
           (f[0] == want[0] and want[1] is None) for f in figs) or \
            (took is not None and any(reach._overlaps((took["start"], took["end"]), s) for s in g["_fig"])):
        return CAUSES[8]
    if any(_inside(f, want, took) for f in figs):
        return CAUSES[19]
    inj = _val(e.get("injured"))
    if took is not None and (_is(near[1:3], _HURT) and _is(near[1:3], ("قتل", "قتيل", "قتلي", "قتلا"))):
        return CAUSES[9]
    if inj and any(f[0] is not None and inj[0] is not None and want[0] is not None and
                   abs(f[0] - want[0] - inj[0]) < 1e-6 for f in figs):
        return CAUSES[9]
    if took is not None and _is(near[1:4], _HURT):
        return CAUSES[10]
    if took is not None and _is(near[1:4], _TAKEN):
        return CAUSES[11]
    if inj == want or any(_val(b) == want for b in e.get("breakdown") or []):
        return CAUSES[12]
    if any(o is not g and o["count"] in figs for o in golds):
        return CAUSES[13]
    ti = ss.of(took["start"]) if took else None
    if ti is None or gi is None:
        return CAUSES[-1]
    if ti == gi:
        return CAUSES[18]
    if ti == 0:
        return CAUSES[14]
    if gi == 0:
        return CAUSES[15]
    return CAUSES[16] if gi > ti else CAUSES[17]


def _inside(f: tuple, want: tuple, took: dict | None) -> bool:
    """The record's figure a range the gold's count falls in (stop 40, vague_told.py): vague («عشرات»: high at least
    four times low), approximate («قرابة 50»: within a tenth) or «more than» (open, read approximate: up to 1.5 low)."""
    lo, hi = f
    if lo is None or want[0] is None or want[0] == lo:
        return False
    if hi is None:
        return bool((took or {}).get("approx")) and lo < want[0] <= 1.5 * lo
    if hi >= 4 * lo:
        return lo <= want[0] <= hi
    return bool((took or {}).get("approx")) and hi == lo and abs(want[0] - lo) <= 0.1 * lo


def _people(counted: str) -> bool:
    """A counted noun of people (counted.tsv's people nouns and the dead): the dead or other people taken."""
    return counted in ("", "-") or counted in _PEOPLE


_PEOPLE = {"قتيل", "شخص", "مدني", "جندي", "عنصر", "مقاتل", "مسلح", "عسكري", "طفل", "امرأة", "فرد", "محتج",
           "متظاهر", "ضحية", "شهيد", "ضابط", "رجل", "مواطن", "لاجئ", "نازح", "معتقل", "منشق", "عامل"}


def _taken(e: dict, qs: list[dict]) -> dict | None:
    held = e.get("quantity") or {}
    return next((q for q in qs if q["start"] == held.get("start")), None)


def _what_taken(e: dict, qs: list[dict], ss) -> str:
    q = _taken(e, qs)
    if q is None:
        return "a figure from no quantity span"
    counted = q.get("counted") or "-"
    return f"counts «{counted}»" + ("" if ss.of(q["start"]) == ss.of(e["start"]) else " (another sentence)")


def run_docs(docs: list[dict], pipe) -> list[dict]:
    """One case per figure miss of these gold passages (reach.load's shape)."""
    from marsad.document import Document

    out = []
    for d in docs:
        doc = Document(d["text"], id=d["id"], published=d["published"], outlet=d["outlet"])
        pipe(doc)
        units = be._units(doc["events"])
        pairs, wrong = reach.align(d["events"], units)
        ss = reach.Sents(doc)
        for gi, g in enumerate(d["events"]):
            if gi not in pairs or wrong[gi][0] != "figure":
                continue
            e = pairs[gi][1]
            cls, sub = classify(g, e, d["events"], doc, ss)
            out.append({"set": d["set"], "id": d["id"], "cls": cls, "sub": sub, "how": wrong[gi][1],
                        "cause": cause(g, e, d["events"], doc, ss),
                        "type": g["type"], "gold": g["count"], "took": _figs(e), "trigger": e.get("trigger"),
                        "sentence": ss.text_of(ss.of(e["start"])),
                        "gold_sentence": " | ".join(sorted({ss.text_of(ss.of(a)) for a, _ in g["_fig"]}))})
    return out


def run_sets(names: list[str]) -> dict[str, list[dict]]:
    from marsad.pipeline import Pipeline

    pipe = Pipeline()
    return {n: run_docs(reach.load(n), pipe) for n in names}


def report_causes(res: dict[str, list[dict]], title: str) -> None:
    """Cases, passages and sets of each cause (stop 38), split by how the record was aligned."""
    print(f"\n== {title}: figure misses by cause (cases / passages / sets; type+place | type only)")
    for c in CAUSES:
        rows = [x for v in res.values() for x in v if x.get("cause") == c]
        if not rows:
            continue
        tp = [x for x in rows if x["how"] == "by type+place"]
        print(f"  {len(rows):4d} {len({(x['set'], x['id']) for x in rows}):4d} {len({x['set'] for x in rows}):3d}"
              f"   {len(tp):3d} | {len(rows) - len(tp):3d}   {c}")
    print(f"  {sum(len(v) for v in res.values()):4d} all")


def report(res: dict[str, list[dict]], title: str, verbose: bool, what: str | None) -> None:
    print(f"\n== {title}: figure misses by class")
    print(f"{'set':10s} " + " ".join(f"{c:>4s}" for c in CLASSES) + "   all")
    pooled: collections.Counter = collections.Counter()
    subs: collections.Counter = collections.Counter()
    for n, cases in res.items():
        cnt = collections.Counter(c["cls"] for c in cases)
        pooled.update(cnt)
        subs.update((c["cls"], c["sub"] if c["cls"] not in "ae" else c["sub"].split(":")[0]) for c in cases)
        print(f"{n:10s} " + " ".join(f"{cnt[c]:4d}" for c in CLASSES) + f"  {sum(cnt.values()):4d}")
    print(f"{'pooled':10s} " + " ".join(f"{pooled[c]:4d}" for c in CLASSES) + f"  {sum(pooled.values()):4d}")
    for c in CLASSES:
        print(f"  ({c}) {NAMES[c]}: {pooled[c]}")
        if verbose:
            for (k, s), v in sorted(subs.items(), key=lambda x: -x[1]):
                if k == c:
                    print(f"        {v:4d}  {s}")
    if what is not None:
        for cases in res.values():
            for c in cases:
                if c["cls"] == what or what == "":
                    print(f"\n{c['set']} {c['id']} ({c['cls']}) {c['sub']} [{c['how']}] <{c.get('cause')}>\n  gold {c['type']} {c['gold']}"
                          f"; took «{c['trigger']}» {c['took']}\n  record: {c['sentence']}\n  gold:   {c['gold_sentence']}")


def on_old_trees(script: str, names: list[str], rev: str | None) -> dict | str:
    """{set: cases} of `script --json` run on `rev`'s tree (or each set on its first run's), or why it could not run
    (bench_tellings.py runs the same way)."""
    import bench_events_history as hist
    jobs: dict[str, list[str]] = {}
    for n in names:
        jobs.setdefault(rev or reach.FIRST_RUN[n], []).append(n)
    res: dict[str, list[dict]] = {}
    for r, ns in jobs.items():
        got = hist.on_rev(r, lambda src, ns=ns: [sys.executable, script, "--src", src, "--json", "--set", ",".join(ns)])
        if isinstance(got, str):
            return f"{','.join(ns)}: {got}"
        res.update(got)
    return res


def run_main(script: str, args, run_sets, report) -> int:
    """The tail every diagnosis of this shape shares (this file, bench_tellings.py, bench_incidents.py): `--json` (a
    child on an older tree) prints the cases; otherwise today's code, or each set on `--rev` or on its first run's
    commit (on_old_trees), then `report(res, title)`. A held-out set is refused by an explicit check (an assert is
    skipped under python -O), before anything is read."""
    names = [n for n in args.set.split(",") if n]
    held = [n for n in names if n in be.HELD_OUT]
    if held:
        raise SystemExit(f"{', '.join(held)}: held out; only the lead scores it, with bench_events_history.py")
    if args.json:
        print(json.dumps(run_sets(names), ensure_ascii=False, default=str))
        return 0
    if not args.first_runs and not args.rev:
        report(run_sets(names), "today's code")
        return 0
    res = on_old_trees(script, names, args.rev)
    if isinstance(res, str):
        print(res)
        return 1
    report({n: res[n] for n in names}, f"the code of {args.rev}" if args.rev else "first-run code")
    return 0


def parser(doc: str, list_meta: str, list_help: str) -> argparse.ArgumentParser:
    """The options every diagnosis of this shape takes (run_main reads them): the sets, the code they run on, the
    cases to list; `--src`/`--json` are the child's on an older tree."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--set", default=",".join(reach.PARAPHRASE), help="comma-separated sets (default: paraphrase)")
    ap.add_argument("--first-runs", action="store_true", help="each set on the commit of its first run")
    ap.add_argument("--rev", help="every set on the events code of this git revision (this tree's gold)")
    ap.add_argument("--list", metavar=list_meta, help=list_help)
    ap.add_argument("--src", help=argparse.SUPPRESS)
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    return ap


def main() -> int:
    ap = parser(__doc__, "CLASS", "print each case of this class (a letter; '' for all)")
    ap.add_argument("-v", "--verbose", action="store_true", help="the sub-kinds of each class")
    ap.add_argument("--causes", action="store_true", help="the cases by cause (stop 38's table) after the classes")
    args = ap.parse_args()

    def both(res: dict, title: str) -> None:
        report(res, title, args.verbose, args.list)
        if args.causes:
            report_causes(res, title)
    return run_main(__file__, args, run_sets, both)


if __name__ == "__main__":
    sys.exit(main())
