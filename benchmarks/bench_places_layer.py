"""Does the places layer hold the gold places? For every gold event's place surface on the paraphrase development
sets, is it (by bench_events._overlap) a span of the places layer, and if not, in which form does the text give it
(stop 36's helper "layer": place3 found gazetteer names the layer misses in general news phrasing — a list after
«هي:»/«منها», «حاجز X», a quoted name, «بادية X», «طريق X – Y»). Counted on today's tree and on each set's
first-run commit (bench_events.PARAPHRASE_FIRST_RUNS, replayed with bench_events_history.archive_src), and with
the layer's fixes (COMMITS: this branch's commits replayed as patches) applied, so the layer's gain shows beside
the events gate (`--gate`: bench_figure_fixes' two tables on the same patches).

Stop 36 (18 sets, 1,157 gold places; today's code 1f327b0 and first runs alike): 1,050 in the layer; of the 107
missed, 29 gazetteer names (list 3, checkpoint 1, quoted 2, badia 1, road 3, other 19: mostly a locative with nothing
in the document to confirm the governorate). `heads` (SHIPPED: «حاجز X»/«بادية X» weak evidence) +2 places, events
today +0.001 / first runs +0.001; `lists` (list head and road ends) +5, `hash` +1, `cues` (camp dual, owner's
pronoun) +2: events ties or worse on first runs, left (the events take the area before the list).

    .venv/bin/python benchmarks/bench_places_layer.py [--base REV] [--fix NAME,...] [--first] [-v] [--gate]
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

# the forms a missed gold place is in: the raw text just before it, first match wins
FORMS = (("list", re.compile(r"(?:هي|هما|منها|ومنها|وهي|بينها|وبينها)\s*:?\s*(?:[^.\n]{0,80}[،,]\s*)?و?$")),
         ("checkpoint", re.compile(r"حاجز\s*$")),
         ("quoted", re.compile(r"[«\"“]\s*$")),
         ("badia", re.compile(r"بادي[ةه]\s*$")),
         ("road", re.compile(r"(?:طريق|اوتوستراد|أوتوستراد)\s+(?:[^\s]+\s+){0,3}[-–—]?\s*$")),
         ("dash", re.compile(r"[-–—]\s*$")))


def form(before: str) -> str:
    for name, pat in FORMS:
        if pat.search(before):
            return name
    return "other"


# The layer's fixes, for bench_figure_fixes' gate: each replays this branch's commits whose subject holds the
# words (their diffs of places.py and the cue list, in order) as a patch on an archived tree, so the same change
# runs on today's rules and on each set's first-run commit.
COMMITS = {"lists": "«هي:»", "hash": "hashtag", "cues": "owner's pronoun", "heads": "«حاجز X»"}
FILES = ("src/marsad/extract/places.py", "src/marsad/data/gazetteer/cues.tsv")


def _patch_of(words: str):
    def fix(src: Path) -> None:
        revs = subprocess.run(["git", "-C", str(ROOT), "log", "--reverse", "--format=%H", "-F", "--grep", words,
                               "HEAD", "--", *FILES], capture_output=True, text=True, check=True).stdout.split()
        assert revs, words
        for rev in revs:
            diff = subprocess.run(["git", "-C", str(ROOT), "diff", f"{rev}^", rev, "--", *FILES],
                                  capture_output=True, check=True).stdout
            subprocess.run(["patch", "-p1", "-s", "-d", str(src.parent)], input=diff, check=True)
    return fix


def register() -> None:
    """Add the layer's fixes to bench_figure_fixes.FIXES (its gate then runs them: `--fix lists,hash,cues`)."""
    import bench_figure_fixes as ff
    for name, words in COMMITS.items():
        ff.FIXES.setdefault(name, _patch_of(words))


def _child(src: str, names: list[str]) -> int:
    sys.path.insert(0, src)
    import marsad  # noqa: F401

    import bench_events as be
    from marsad.document import Document
    from marsad.extract.places import gazetteer
    from marsad.arabic.normalize import fold_str
    from marsad.pipeline import Pipeline
    assert Path(marsad.__file__).resolve().is_relative_to(Path(src).resolve()), marsad.__file__
    gz, pipe, out = gazetteer(), Pipeline(), {}
    for name in names:
        assert name not in be.HELD_OUT
        rows = []
        for d in be.news_dev_gold(be.PROBES[name]):
            doc = Document(d["text"], id=d["id"], published=d["published"], outlet=d["outlet"])
            pipe(doc)
            layer = doc.layers.get("places", [])
            for g in d["events"]:
                if not g["place"]:
                    continue
                if any(be._overlap(g["place"], p.get("surface")) for p in layer):
                    rows.append({"in": True})
                    continue
                key = " ".join(fold_str(g["place"]).split())
                in_gz = any(k in gz.by_key for k in (key, key.removeprefix("ال"), "ال" + key))
                k = d["text"].find(g["place"])
                before = d["text"][max(0, k - 90):k] if k >= 0 else ""
                rows.append({"in": False, "gaz": in_gz, "form": form(before), "id": d["id"], "place": g["place"],
                             "ctx": (before[-40:] + "[" + g["place"] + "]" + d["text"][k + len(g["place"]):][:25])
                             if k >= 0 else ""})
        out[name] = rows
    print(json.dumps(out, ensure_ascii=False))
    return 0


def run(rev: str | None, names: list[str], fixes: list[str]) -> dict:
    """{set: rows} on rev's archived src (None: this tree's src) with bench_figure_fixes-style `fixes` applied."""
    import bench_events_history as hist
    import bench_figure_fixes as ff
    register()
    with tempfile.TemporaryDirectory(prefix="marsad-layer-") as tmp:
        if rev is None:
            subprocess.run(["cp", "-r", str(ROOT / "src"), tmp], check=True)
        elif failed := hist.archive_src(rev, Path(tmp)):
            raise SystemExit(failed)
        for f in fixes:
            ff.FIXES[f](Path(tmp) / "src")
        got = subprocess.run([sys.executable, __file__, "--child", str(Path(tmp) / "src"), "--set", ",".join(names)],
                             capture_output=True, text=True, cwd=tmp)
        if got.returncode:
            raise SystemExit(f"{rev} could not run: {got.stderr.strip().splitlines()[-3:]}")
        return json.loads(got.stdout.strip().splitlines()[-1])


def report(title: str, rows: dict, names: list[str], verbose: bool) -> None:
    print(f"\n== {title}")
    forms = [f for f, _ in FORMS] + ["other"]
    print(f"{'set':9s} {'gold':>4s} {'in':>4s} {'miss':>4s} {'gaz':>4s}  " + " ".join(f"{f[:5]:>5s}" for f in forms))
    tot = Counter()
    for n in names + ["pooled"]:
        rs = [r for m in names for r in rows[m]] if n == "pooled" else rows[n]
        miss = [r for r in rs if not r["in"]]
        gz = [r for r in miss if r["gaz"]]
        c = Counter(r["form"] for r in gz)
        print(f"{n:9s} {len(rs):4d} {len(rs) - len(miss):4d} {len(miss):4d} {len(gz):4d}  "
              + " ".join(f"{c[f]:5d}" for f in forms))
        tot.update(c)
    if verbose:
        for n in names:
            for r in rows[n]:
                if not r["in"]:
                    print(f"  {n} {r['id']} gaz={int(r['gaz'])} {r['form']:10s} {r['ctx']!r}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", help="a commit for today's rules (default: this tree's src)")
    ap.add_argument("--fix", default="", help="comma-separated fixes of bench_figure_fixes.FIXES")
    ap.add_argument("--first", action="store_true", help="also each set on its first run's commit")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the misses")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--set", help=argparse.SUPPRESS)
    ap.add_argument("--gate", action="store_true", help="bench_figure_fixes' events gate on --fix (and --base)")
    args = ap.parse_args()
    if args.gate:
        import bench_figure_fixes as ff
        register()
        sys.argv = [ff.__file__, "--fix", args.fix, *(["--base", args.base] if args.base else [])]
        return ff.main()
    if args.child:
        return _child(args.child, [n for n in args.set.split(",") if n])
    import bench_events as be
    names, fixes = list(be.PARAPHRASE), [f for f in args.fix.split(",") if f]
    assert not set(names) & set(be.HELD_OUT)
    report(f"today ({args.base or 'this tree'}; fixes: {','.join(fixes) or 'none'})",
           run(args.base, names, fixes), names, args.verbose)
    if args.first:
        jobs: dict[str, list[str]] = {}
        for n in names:
            jobs.setdefault(be.PARAPHRASE_FIRST_RUNS[n][0], []).append(n)
        rows: dict = {}
        for rev, ns in jobs.items():
            rows.update(run(rev, ns, fixes))
        report("first-run commits", rows, names, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
