"""The source chooser's structure model (extract/events/source_structure.py, stop 38) against today's code,
leave-one-set-out over the development paraphrase sets (COMMON's gate): each fold set is scored with a model trained
without it (its today's run and its first-run replay both left out), on today's rules and on its first-run commit.
Printed per table: pooled reported_by over matched events and type+place+count F1 (bench_events.score on the
concatenated documents) for the rules, today's code (the rules and stop 36's model, source_chooser.json: in-sample)
and the structure model, emitted/gold, the folds that move; then news_dev (never trained on) with the model trained
on every set; `--flips` lists each record the model moves; `--misses` the reported_by misses on matched events of
the 22 sets by cause (where the gold's source stands from the record, what marsad gave), today's and first runs;
then the model's cost against the events stage (stage_cost).

    .venv/bin/python benchmarks/bench_source_structure.py [--cache DIR] [--flips] [--misses] [--no-speed]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "scripts"), str(ROOT / "benchmarks"), str(ROOT / "src")]

import bench_events as be  # noqa: E402
import train_source_chooser as ts  # noqa: E402
import train_source_structure as tss  # noqa: E402
from bench_source_chooser import _line, _score, speed as speed_of  # noqa: E402


def _stop36() -> dict:
    return json.loads((ROOT / "src/marsad/data/events/source_chooser.json").read_text(encoding="utf-8"))


def fold_weights(sets: dict[str, list[dict]]) -> dict[str, dict]:
    """Each paraphrase set's model, trained on every other set (both of its runs left out)."""
    return {f: tss.fit(tss.examples(sets, leave_out=f)) for f in ts.PARAPHRASE}


def table(sets: dict, weights: dict, suffix: str, title: str) -> tuple[float, float, float]:
    """The three pooled lines and the folds that move; returns (today's code, model) pooled reported_by and the
    model's F1 less today's code's."""
    old = _stop36()
    cs = [(f, c) for f in ts.PARAPHRASE for c in sets[f + suffix]]
    rules = _score([c for _, c in cs], lambda c: c["events"])
    # (today's code runs stop 36's model before lead_source; the records here are after it: the same on today's
    # tree, where that model moves none of them; on a first-run tree it is what today's chooser would do)
    code = _score([c for _, c in cs], lambda c: ts.chosen(c, old["weights"], old["margin"]))
    model = _score([c for _, c in cs], lambda c: ts.chosen(c, weights[c["set"]], tss.MARGIN))
    moved = []
    for f in ts.PARAPHRASE:
        sub = sets[f + suffix]
        a = _score(sub, lambda c: ts.chosen(c, old["weights"], old["margin"]))
        b = _score(sub, lambda c: ts.chosen(c, weights[f], tss.MARGIN))
        n = round((b["reported_by"] - a["reported_by"]) * b["tp"])
        if n:
            moved.append(f"{f[5:]} {n:+d}")
    print(f"{title} (leave-one-set-out over {len(ts.PARAPHRASE)} paraphrase sets):")
    for name, s in (("rules", rules), ("today's code", code), ("structure model", model)):
        print(_line("  " + name, s) + f"  matched {s['tp']}")
    print("  folds that move (events, against today's code): " + (", ".join(moved) or "none"))
    return code["reported_by"], model["reported_by"], model["f1"] - code["f1"]


def flips(sets: dict, weights: dict, suffix: str) -> None:
    """Each matched record whose source the model changes, right or wrong."""
    for f in ts.PARAPHRASE:
        for c in sets[f + suffix]:
            new = ts.chosen(c, weights[f], tss.MARGIN)
            index = {id(e): i for i, e in enumerate(c["events"])}
            golds = c["doc"]["events"]
            for gi, (_, e) in be._match(golds, be._units(c["events"])).items():
                a, b = be._rep_ok(golds[gi], e), be._rep_ok(golds[gi], new[index[id(e)]])
                if a is not None and a != b:
                    print(f"  {'won ' if b else 'lost'} {f} {c['doc']['id']} {e['type']} gold={golds[gi]['reported_by']!r} "
                          f"rules={be._rep_surface(e)[0]!r} model={be._rep_surface(new[index[id(e)]])[0]!r}")


class Causes:
    """The reported_by misses on matched events by cause: where the gold's source is told (the cue reader's sources
    of today's tree whose name the scorer accepts, else the gold's words in the text) from the record's sentence,
    and what marsad gave."""

    def __init__(self) -> None:
        from marsad.pipeline import Pipeline

        self.pipe, self.ctxs = Pipeline(), {}

    def _ctx(self, d: dict):
        from marsad.document import Document
        from marsad.extract.events.attribution import Attribution
        from marsad.extract.events.context import Ctx
        from marsad.extract.events.vocab import vocab

        if d["id"] not in self.ctxs:
            doc = Document(d["text"], id=d["id"], published=d["published"], outlet=d["outlet"])
            self.pipe(doc)
            ctx = Ctx(doc, vocab())
            att = Attribution(ctx)
            self.ctxs[d["id"]] = ctx, [(k, a) for k in range(len(ctx.sents)) for a in att.of_sentence(k)
                                       if a.get("start") is not None and not a.get("_self")]
        return self.ctxs[d["id"]]

    def gold_at(self, d: dict, g: str, si: int) -> tuple[int | None, bool]:
        """The sentence nearest the record's where the gold's source is told, and whether the cue reader read it."""
        ctx, srcs = self._ctx(d)
        hits = sorted({k for k, a in srcs if be._overlap(g, a.get("name") or a["surface"])})
        read = bool(hits)
        if not hits:
            from marsad.arabic.normalize import fold_str

            text = fold_str(d["text"])
            at = next((text.find(w) for w in sorted(be._stems(be._norm(g)), key=len, reverse=True)
                       if text.find(w) >= 0), -1)
            hits = [ctx.sent_of(at)] if at >= 0 else []
        return (min(hits, key=lambda k: (abs(k - si), k > si)) if hits else None), read

    def cause(self, d: dict, e: dict, g: dict) -> str:
        from marsad.extract.events import source_structure as st

        ctx, _ = self._ctx(d)
        si = ctx.sent_of(e["start"])
        surf, fallback = be._rep_surface(e)
        rb = e.get("reported_by") if isinstance(e.get("reported_by"), dict) else {}
        got = ctx.sent_of(rb["start"]) if rb.get("start") is not None and not fallback else None
        para = si  # (the paragraph does not matter here: earlier sentences are `para` or `top`)
        at = (lambda k: st.where(ctx, si, k, para) if k is not None else "?")  # noqa: E731
        if g["reported_by"] is None:
            return "a source where gold has none: " + ("its own sentence's" if got in (si, None) else
                                                       f"carried from {at(got)}")
        gk, read = self.gold_at(d, g["reported_by"], si)
        if gk is None:
            return "gold's source not in the text (" + ("outlet given)" if fallback or not surf else "a source given)")
        if fallback or not surf:
            return f"outlet; gold's source at {at(gk)}" + ("" if read else " (the cue reader misses it)")
        if gk == got:
            return "another source or span in the gold source's sentence"
        return f"a source at {at(got)} taken; gold's at {at(gk)}"

    def run(self, sets: dict, suffix: str) -> None:
        causes, n, bad = Counter(), 0, 0
        for f in ts.PARAPHRASE:
            for c in sets[f + suffix]:
                golds = c["doc"]["events"]
                for gi, (_, e) in be._match(golds, be._units(c["events"])).items():
                    ok = be._rep_ok(golds[gi], e)
                    n += ok is not None
                    if ok is False:
                        bad += 1
                        causes[self.cause(c["doc"], e, golds[gi])] += 1
        print(f"misses ({suffix or 'today'}): {bad} of {n} matched")
        for k, v in sorted(causes.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {v:4d}  {k}")


def speed(weights: dict) -> None:
    """The chooser with the structure features (candidates, features, scores on every record) against the events
    stage alone on the same documents (bench_source_chooser's loop)."""
    from marsad.extract.events import source_chooser as sc

    was, sc.STRUCTURE = sc.STRUCTURE, True
    try:
        speed_of(weights=weights)
    finally:
        sc.STRUCTURE = was


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", help="collected sets kept here (train_source_chooser.load_all; a fresh folder per tree)")
    ap.add_argument("--flips", action="store_true")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--no-speed", action="store_true")
    args = ap.parse_args()
    sets = ts.load_all(Path(args.cache) if args.cache else None)
    for name, cs in sets.items():
        for c in cs:
            c["set"] = name.split("@")[0]
    if args.misses:
        causes = Causes()
        for suffix in ("", "@first"):
            causes.run(sets, suffix)
    weights = fold_weights(sets)
    gate = []
    for title, suffix in (("today's rules", ""), ("first-run folds", "@first")):
        gate.append(table(sets, weights, suffix, title))
        if args.flips:
            flips(sets, weights, suffix)
    nd = ts.collect(be.news_dev_gold()) if be.NEWS_DEV.exists() else []
    w_all = tss.fit(tss.examples(sets))
    nd_gate = 0.0
    if nd:
        a = _score(nd, lambda c: ts.chosen(c, _stop36()["weights"], _stop36()["margin"]))
        b = _score(nd, lambda c: ts.chosen(c, w_all, tss.MARGIN))
        print(_line("news_dev today's code", a))
        print(_line("news_dev model", b))
        nd_gate = min(b["reported_by"] - a["reported_by"], b["f1"] - a["f1"])
    ship = all(m > c and df >= 0 for c, m, df in gate) and nd_gate >= 0
    print(f"gate: reported_by today's {gate[0][1] - gate[0][0]:+.4f}, first runs {gate[1][1] - gate[1][0]:+.4f}, "
          f"news_dev {nd_gate:+.4f} -> {'SHIP' if ship else 'do not ship'}")
    if not args.no_speed:
        speed(w_all)
    return 0


if __name__ == "__main__":
    sys.exit(main())
