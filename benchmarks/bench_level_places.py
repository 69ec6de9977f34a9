"""Where the gold place stood when the place chooser ran, for the census's "another place of its level" misses
(stop 47, helper level47): the record has the gold's type and figure but another place of the gold's level or finer.

Each such miss is counted once by where the gold place was at the chooser (place_chooser.refine is wrapped; the
events code is not changed): a candidate the chooser saw (the rules had it and the chooser moved it; the rules took
another and the chooser kept theirs; the chooser kept or took it and a later step moved it), or not a candidate
(a record the chooser does not judge: a list split by `group`, a type it is not trained on, or not asserted; cut
from the places the events code reads, not_a_place.py; a sentence beyond the chooser's window before or after). A second
table says, of each miss, whether the gold place is in the trigger's sentence, whether arguments.usable_places keeps
it there, and whether the record's place is in that sentence. Counts only unless --list (seen sets only); held-out
sets are refused, as bench_events does.

    .venv/bin/python benchmarks/bench_level_places.py --set paraphrase
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_events as be  # noqa: E402
import bench_events_census as bc  # noqa: E402

KIND = "another place of its level"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", default="paraphrase", help="comma-separated seen sets, or paraphrase (the 40 sets)")
    ap.add_argument("--list", action="store_true", help="print each miss with its sentence")
    args = ap.parse_args()
    names = be.PARAPHRASE if args.set == "paraphrase" else args.set.split(",")
    held = [n for n in names if n in be.HELD_OUT or n not in be.PROBES]
    if held:
        print(f"{', '.join(held)}: held out or unknown; refused")
        return 2
    from marsad.document import Document
    from marsad.extract.events import place_chooser as pc
    from marsad.pipeline import Pipeline

    seen: dict[tuple, dict] = {}
    plain = pc.refine

    def wrapped(ctx, att, recs):
        before = {id(r): r.get("place") for r in recs}
        plain(ctx, att, recs)
        model = pc.load()
        for r in recs:
            judged = not (r.get("group") is not None or r.get("_no_place") or
                          r.get("modality", "asserted") != "asserted" or r.get("type") not in model["types"])
            si = ctx.sent_of(r["start"])
            seen[(r["start"], r["type"])] = {
                "rule": before[id(r)], "chosen": r.get("place"), "judged": judged, "group": r.get("group") is not None,
                "cands": [c["surface"] for c in pc.candidates(ctx, r) if c] if judged else [], "si": si,
                "usable": [p["surface"] for p in pc._usable(ctx, att, si).values()],
                "kept": [(p["surface"], ctx.sent_of(p["start"])) for p in ctx.places.items]}

    pc.refine = wrapped
    pipe = Pipeline()
    causes: collections.Counter = collections.Counter()
    where: collections.Counter = collections.Counter()
    for d in (d for n in names for d in be.news_dev_gold(be.PROBES[n])):
        seen.clear()
        doc = Document(d["text"], id=d["id"], published=d["published"], outlet=d["outlet"])
        pipe(doc)
        _, misses, _ = bc.ladder(doc, d["events"])
        for g, e, kind in misses:
            if KIND not in kind:
                continue
            s = seen.get((e["start"], e["type"]))
            cause, row = _cause(g, e, s)
            causes[cause] += 1
            where[row] += 1
            if args.list:
                took = (e.get("place") or {}).get("surface")
                print(f"\n{d['id']} [{cause}] {g['type']} gold={g['place']!r} took={took!r}\n  "
                      f"{doc.text[e.get('sentence_start', 0):e.get('sentence_end', 0)]}")
    print(f"{sum(causes.values())} misses of the kind '{KIND}' on {len(names)} sets")
    for k, v in causes.most_common():
        print(f"{v:5d}  {k}")
    print("the gold place against the trigger's sentence:")
    for k, v in where.most_common():
        print(f"{v:5d}  {k}")
    return 0


def _cause(g: dict, e: dict, s: dict | None) -> tuple[str, str]:
    if s is None:
        return "no record at the chooser (made after it)", "n/a"
    ok = lambda surface: bool(surface) and be._overlap(g["place"], surface)  # noqa: E731
    rule, chosen = (s["rule"] or {}).get("surface"), (s["chosen"] or {}).get("surface")
    kept = [k for surface, k in s["kept"] if ok(surface)]
    here = s["si"] in kept
    took = (e.get("place") or {}).get("surface")
    took_here = any(surface == took and k == s["si"] for surface, k in s["kept"])
    usable = (", usable" if any(ok(u) for u in s["usable"]) else ", not usable") if here else ""
    row = f"gold {'in' if here else 'not in'} the trigger's sentence{usable}; " \
          f"the record's place {'in' if took_here else 'outside'} it"
    if not s["judged"]:
        return ("not judged: a list split by group" if s["group"] else "not judged: type, modality or no place"), row
    if any(ok(c) for c in s["cands"]):
        if ok(chosen):
            return "candidate: the chooser kept or took it, a later step moved it", row
        if ok(rule):
            return "candidate: the rules had it, the chooser moved it", row
        return "candidate: the rules took another, the chooser kept it", row
    if not kept:
        return "not a candidate: cut from the places the events code reads (not_a_place)", row
    if here:
        return "not a candidate: in the trigger's sentence (beyond NEAR)", row
    if all(k < s["si"] for k in kept):
        return "not a candidate: an earlier sentence beyond the window", row
    return "not a candidate: a later sentence", row


if __name__ == "__main__":
    sys.exit(main())
