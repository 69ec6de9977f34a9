"""Where each event error stands, in counts only: a census of the misses and extras of an event set.

bench_events.py says how many events are wrong; this says what kind of wrong, by the same matching
(type + place + figure, then type + figure alone on what is left), so that work can go where the errors
are without reading a passage. Misses: right type and figure at the wrong place (and whether the gold
place was found by the places layer at all, or a coarser place was taken), right type with the wrong
figure, another type emitted at the gold's place (the confusion pairs), nothing of its type, joined into
an incident matched to other gold, or found but judged not to have happened. Extras: paired with a gold
event of their type (arguments wrong), an aggregate, a second telling of a matched incident, or no gold
of their type in the passage (a non-act or a type error). Held-out sets are refused, as bench_events does.
`--list-extras KIND` prints the extras with no gold like them (no gold of their type in the passage, or an
aggregate) with their trigger, sentence and the passage's gold, so their causes can be read (stop 40, extra);
with `--first-runs` and `--set` it lists them on the first-run replays of those sets.

    .venv/bin/python benchmarks/bench_events_census.py --set probe20,probe21
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if "--src" in sys.argv:  # a child run on an older tree: its marsad first, before bench_events adds this one
    sys.path.insert(0, sys.argv[sys.argv.index("--src") + 1])
    import marsad  # noqa: F401

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_events as be  # noqa: E402

_LEVEL = {"neighbourhood": 0, "facility": 0, "camp": 0, "locality": 1, "city": 1, "subdistrict": 2, "district": 2,
          "region": 3, "governorate": 4, "country": 5}


def census(docs: list[dict], run, cases: list | None = None,
           extra_cases: list | None = None) -> tuple[collections.Counter, collections.Counter]:
    """(misses, extras) by kind. `run(d)` gives a finished Document for a gold passage. `cases`, when given,
    gets one dict a miss (its kind, the gold, the event paired with it, where the places stand): the
    listing of --list on seen sets, and the sentence counts of --where. `extra_cases` gets one dict an extra
    with no gold like it (no gold of its type in the passage, or an aggregate): --list-extras."""
    miss: collections.Counter = collections.Counter()
    extra: collections.Counter = collections.Counter()
    for d in docs:
        doc = run(d)
        layer = doc.layers.get("places", [])
        _, misses, extras = ladder(doc, d["events"])
        for g, paired_e, kind in misses:
            miss[kind] += 1
            if cases is not None:
                cases.append(_case(doc, d, g, paired_e, kind, layer))
        for _, u, kind in extras:
            extra[kind] += 1
            if extra_cases is not None and _unlike(kind):
                extra_cases.append(_extra_case(doc, d, u[0], kind))
    return miss, extra


def _unlike(kind: str) -> bool:
    """An extra with nothing of its kind in the passage's gold: a non-act, a type error or a toll gold leaves out
    (not an extra paired with a gold of its type, whose arguments are the error)."""
    return kind.startswith("no gold of its type") or kind.endswith(", no gold like it")


def _extra_case(doc, d: dict, e: dict, kind: str) -> dict:
    """One extra with its trigger, sentence and the passage's gold: what --list-extras prints, so that the cause
    (a recall, a habit, an aim, a toll of a coded act ...) can be read without opening the passage."""
    p = e.get("place") or {}
    return {"id": d["id"], "kind": kind, "type": e["type"], "trigger": e.get("trigger"), "start": e.get("start"),
            "place": p.get("surface"), "count": e.get("count"), "fatalities": e.get("fatalities"),
            "sentence": doc.text[e.get("sentence_start", 0):e.get("sentence_end", 0)],
            "sentence_no": _sentence(doc, e.get("start") or 0),
            "gold": [(g["type"], g["place"], g["count"], g.get("fatalities")) for g in d["events"]]}


def ladder(doc, golds: list[dict]) -> tuple[dict, list[tuple], list[tuple]]:
    """The census's ladder on one finished Document: (the strict match gold -> (unit, event), each unmatched gold
    as (gold, the event paired with it or None, its kind), each unmatched unit as (index, unit, its kind)). The one
    place the kinds are decided; bench_whole_zones reads it too."""
    evs = doc["events"]
    units = be._units(evs)
    m = be._match(golds, units)
    mu = {ui for ui, _ in m.values()}
    ug = [g for i, g in enumerate(golds) if i not in m]
    uu = [(i, u) for i, u in enumerate(units) if i not in mu]
    loose = be._match(ug, [u for _, u in uu], place=False)
    paired = {uu[j][0] for j, _ in loose.values()}
    layer = doc.layers.get("places", [])
    left = [u for i, u in uu if i not in paired]
    left_types = collections.Counter(u[0]["type"] for u in left)
    matched_types = collections.Counter(u[0]["type"] for i, u in enumerate(units) if i in mu)
    off = collections.Counter(e["type"] for e in evs if e.get("modality", "asserted") != "asserted")
    misses = []
    for gi, g in enumerate(ug):
        t = g["type"]
        paired_e = loose[gi][1] if gi in loose else None
        if gi in loose:
            kind = _place_kind(g, loose[gi][1], layer)
        elif left_types[t]:
            kind = "right type, figure wrong"
            paired_e = next(u[0] for u in left if u[0]["type"] == t)
        elif any(g["place"] and be._place_ok(g, u[0]) for u in left):
            paired_e = next(u[0] for u in left if g["place"] and be._place_ok(g, u[0]))
            kind = f"another type at its place: {t} -> {paired_e['type']}"
        elif matched_types[t]:
            kind = "its type only on events matched to other gold (joined)"
        elif off[t]:
            kind = "found, judged not to have happened"
        else:
            kind = f"nothing of its type: {t}"
        misses.append((g, paired_e, kind))
    gold_types = collections.Counter(g["type"] for g in golds)
    unmatched_gold_types = collections.Counter(g["type"] for g in ug)
    extras = []
    for i, u in uu:
        t, kind = u[0]["type"], u[0].get("kind", "incident")
        if i in paired or unmatched_gold_types[t]:
            what = "paired with a gold of its type (arguments wrong)"
        elif kind != "incident":
            what = f"{kind}, no gold like it"
        elif gold_types[t]:
            what = "a second telling of a matched incident"
        else:
            what = f"no gold of its type in the passage: {t}"
        extras.append((i, u, what))
    return m, misses, extras


def _sentence(doc, pos: int) -> int:
    """The index of the sentence holding offset `pos` (the pipeline's own sentences; an older tree without
    them: split at full stops and line breaks)."""
    try:
        bounds = [(x.start, x.end) for x in doc.sentences]
    except AttributeError:
        bounds = [(m.start(), m.end()) for m in re.finditer(r"[^.!؟?\n]+[.!؟?\n]*", doc.text)]
    for i, (a, b) in enumerate(bounds):
        if a <= pos < b:
            return i
    return -1


def _case(doc, d: dict, g: dict, e: dict | None, kind: str, layer: list[dict]) -> dict:
    """One miss, with where its gold place and the paired event's place stand against the event's trigger
    sentence (counts of these are all --where prints, so it may run on any set)."""
    text = doc.text
    found = [pl for pl in layer if g["place"] and be._overlap(g["place"], pl.get("surface"))]
    c = {"id": d["id"], "kind": kind, "type": g["type"], "gold_place": g["place"], "gold_count": g["count"],
         "gold_fat": g.get("fatalities")}
    if e is None:  # nothing paired: the passage is where to look
        c["passage"] = text if len(text) <= 700 else text[:700] + " …"
        return c
    ts = _sentence(doc, e["start"])
    p = e.get("place") or None
    c.update(emitted_type=e["type"], trigger=e.get("trigger"), emitted_place=(p or {}).get("surface"),
             emitted_kind=(p or {}).get("kind"), count=e.get("count"), fatalities=e.get("fatalities"),
             sentence=text[e.get("sentence_start", 0):e.get("sentence_end", 0)])

    def rel(si: int) -> str:
        return "none" if si < 0 else "same" if si == ts else "earlier" if si < ts else "later"
    c["gold_where"] = sorted({rel(_sentence(doc, pl["start"])) for pl in found}) or ["not found"]
    c["gold_kinds"] = sorted({pl.get("kind") or "?" for pl in found})
    c["emitted_where"] = rel(_sentence(doc, p["start"])) if p and p.get("start") is not None else "none"
    c["first_sentence"] = {"trigger": ts == 0, "gold": any(_sentence(doc, pl["start"]) == 0 for pl in found)}
    gold_here = [pl for pl in found if _sentence(doc, pl["start"]) == ts]
    if gold_here and p and p.get("start") is not None and rel(_sentence(doc, p["start"])) == "same":
        gp = gold_here[0]["start"]
        c["order"] = ("gold before trigger" if gp < e["start"] else "gold after trigger") + ", " + \
            ("chosen before trigger" if p["start"] < e["start"] else "chosen after trigger") + ", " + \
            ("gold nearer" if abs(gp - e["start"]) < abs(p["start"] - e["start"]) else "chosen nearer")
        g_word = text[:gp].split()[-1:] or [""]
        c["word_before_gold"] = g_word[0][-12:]
    return c


def _place_kind(g: dict, e: dict, layer: list[dict]) -> str:
    p = e.get("place")
    if g["place"] is None:
        return "right type+figure; a place where the gold has none"
    found = [pl for pl in layer if be._overlap(g["place"], pl.get("surface"))]
    if not found:
        return "right type+figure; the gold place is not in the places layer"
    if p is None:
        return "right type+figure; no place taken (the gold place was found)"
    gl = min(_LEVEL.get(pl.get("kind"), 1) for pl in found)
    if _LEVEL.get(p.get("kind"), 1) > gl:
        return "right type+figure; a coarser place taken (the gold place was found)"
    return "right type+figure; another place of its level or finer taken (the gold place was found)"


def _where(cases: list[dict]) -> collections.Counter:
    """Counts only: for misses of the right type and figure at a wrong place, where the gold place and the
    place taken stand against the trigger's sentence. Safe on any set: no text is printed."""
    out: collections.Counter = collections.Counter()
    for c in cases:
        if not c["kind"].startswith("right type+figure") or "gold_where" not in c:
            continue
        k = c["kind"].split("; ")[1].split(" (")[0]
        out[f"{k} | gold place in sentence: {'/'.join(c['gold_where'])}; taken: {c['emitted_where']}"] += 1
        if "order" in c:
            out[f"{k} | both in the trigger's sentence: {c['order']}"] += 1
        if c["first_sentence"]["gold"] and not c["first_sentence"]["trigger"]:
            out[f"{k} | the gold place is in the first sentence, the trigger is not"] += 1
        out[f"{k} | kinds: gold {'/'.join(map(str, c['gold_kinds']))} -> taken {c['emitted_kind']}"] += 1
    return out


def _list_extras(cases: list[dict], what: str) -> None:
    for c in cases:
        if what not in c["kind"]:
            continue
        gold = "; ".join(f"{t} {p!r} n={n} fat={f}" for t, p, n, f in c["gold"])
        print(f"\n{c['id']}  [{c['kind']}] s{c['sentence_no']}\n  took: {c['type']} «{c['trigger']}» "
              f"place={c['place']!r} count={c['count']} fat={c['fatalities']}\n  sentence: {c['sentence']}\n"
              f"  gold: {gold}")


def _list(cases: list[dict], what: str) -> None:
    for c in cases:
        if what not in c["kind"]:
            continue
        print(f"\n{c['id']}  [{c['kind']}]\n  gold: {c['type']} place={c['gold_place']!r} count={c['gold_count']} "
              f"fat={c['gold_fat']}")
        if "emitted_type" in c:
            print(f"  took: {c['emitted_type']} «{c['trigger']}» place={c['emitted_place']!r} ({c['emitted_kind']}) "
                  f"count={c['count']} fat={c['fatalities']}; gold place in sentence "
                  f"{'/'.join(c.get('gold_where', []))}, taken {c.get('emitted_where')}")
            print(f"  sentence: {c['sentence']}")
        elif "passage" in c:
            print(f"  passage: {c['passage']}")


# first runs of sets written after the place chooser was last trained (not in its FIRST_RUNS, which must stay the
# sets it trains on): stop 31's development sets by writers who read no code, run once on the stop's start code
LATER_FIRST_RUNS = {"probe52": ("010b634", 0.57), "probe53": ("010b634", 0.84), "probe57": ("010b634", 0.75),
                    "probe56": ("010b634", 0.56), "probe58": ("010b634", 0.69),
                    "probe60": ("010b634", 0.71), "probe59": ("010b634", 0.70),
                    **be.PARAPHRASE_FIRST_RUNS}


def _first_runs() -> dict[str, list[str]]:
    """{commit: seen sets} of each seen set's first (unseen) run, as the place chooser's trainer records them."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from train_place_chooser import FIRST_RUNS
    out: dict[str, list[str]] = {}
    for name, (commit, _) in {**FIRST_RUNS, **LATER_FIRST_RUNS}.items():
        if name not in be.HELD_OUT:
            out.setdefault(commit, []).append(name)
    return out


def _on_rev(rev: str, names: list[str]) -> dict | str:
    """The census of `names` on the events code of `rev` (a child process on its `git archive`d src)."""
    import bench_events_history as hist
    return hist.on_rev(rev, lambda src: [sys.executable, __file__, "--src", src, "--json", "--set", ",".join(names),
                                         *(["--writer-run"] if "--writer-run" in sys.argv else [])])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", default="all", help="comma-separated sets (news_dev, samples, probeN) or all (seen sets)")
    ap.add_argument("--writer-run", action="store_true", help=argparse.SUPPRESS)  # the lead, on held-out sets
    ap.add_argument("--top", type=int, default=25, help="rows of each list")
    ap.add_argument("--rev", help="run the events code of this git revision (this tree's gold and scorer)")
    ap.add_argument("--first-runs", action="store_true",
                    help="each seen set on the code of its first (unseen) run, pooled: the errors of text the rules "
                         "had not been tuned on (scripts/train_place_chooser.py's FIRST_RUNS; ignores --rev; --set, "
                         "when given, keeps those of its sets)")
    ap.add_argument("--where", action="store_true",
                    help="counts of where the gold place and the place taken stand (wrong-place misses)")
    ap.add_argument("--list", metavar="KIND", help="print each miss whose kind contains KIND, with its sentence "
                                                   "(seen sets only); '' lists all")
    ap.add_argument("--list-extras", metavar="KIND", help="print each extra with no gold like it (no gold of its "
                    "type in the passage, or an aggregate) whose kind contains KIND: trigger, sentence, the "
                    "passage's gold (seen sets only); '' lists all")
    ap.add_argument("--src", help=argparse.SUPPRESS)  # the child of --rev
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.first_runs:
        keep = set(args.set.split(",")) if args.set != "all" else None
        args.set = ",".join(n for ns in _first_runs().values() for n in ns if keep is None or n in keep)
    names = [n for n in (args.set.split(",") if args.set != "all" else ["news_dev", *be.PROBES]) if n]
    if args.set == "all":
        names = [n for n in names if n not in be.HELD_OUT]
    bad = [n for n in names if n not in be.PROBES and n != "news_dev"]
    if bad:
        print(f"unknown set(s): {', '.join(bad)}")
        return 2
    held = [n for n in names if n in be.HELD_OUT]
    if held and not args.writer_run:
        print(f"{', '.join(held)}: held out; only the lead scores it, with bench_events_history.py")
        return 2
    if (args.list is not None or args.list_extras is not None) and held:
        print("--list prints passages: not on held-out sets")
        return 2
    miss: collections.Counter = collections.Counter()
    extra: collections.Counter = collections.Counter()
    cases: list[dict] = []
    xcases: list[dict] = []
    if args.rev or args.first_runs:
        jobs = _first_runs() if args.first_runs else {args.rev: names}
        for rev, ns in jobs.items():
            ns = [n for n in ns if n in names]
            if not ns:
                continue
            got = _on_rev(rev, ns)
            if isinstance(got, str):
                print(f"{','.join(ns)}: {got}")
                continue
            miss.update(got["miss"])
            extra.update(got["extra"])
            cases += got["cases"]
            xcases += got.get("extra_cases", [])
        _report(miss, extra, cases, args, None, xcases)
        return 0
    from marsad.document import Document
    from marsad.pipeline import Pipeline

    pipe = Pipeline()

    def run(d: dict):
        doc = Document(d["text"], id=d["id"], published=d["published"], outlet=d["outlet"])
        pipe(doc)
        return doc

    docs = []
    for n in names:
        if n == "news_dev":
            if be.NEWS_DEV.exists():
                docs += be.news_dev_gold()
            continue
        docs += be.news_dev_gold(be.PROBES[n])
    miss, extra = census(docs, run, cases, xcases)
    if args.json:
        print(json.dumps({"miss": miss, "extra": extra, "cases": cases, "extra_cases": xcases}, ensure_ascii=False))
        return 0
    _report(miss, extra, cases, args, docs, xcases)
    return 0


def _report(miss, extra, cases, args, docs, xcases=()) -> None:
    if docs is not None:
        print(f"{len(docs)} passages, {sum(len(d['events']) for d in docs)} gold events")
    print(f"misses: {sum(miss.values())}")
    for k, v in miss.most_common(args.top):
        print(f"{v:5d}  {k}")
    print(f"extras: {sum(extra.values())}")
    for k, v in extra.most_common(args.top):
        print(f"{v:5d}  {k}")
    if args.where:
        print("where the places stand (wrong-place misses):")
        for k, v in sorted(_where(cases).items()):
            print(f"{v:5d}  {k}")
    if args.list is not None:
        _list(cases, args.list)
    if args.list_extras is not None:
        _list_extras(xcases, args.list_extras)


if __name__ == "__main__":
    sys.exit(main())
