"""Where the deaths go: a census of `casualties` events no gold matches, and of gold lost to a join.

Issue 10's contract attaches deaths and injuries to the act that caused them (`casualties` only where none
is stated). This lists, on the paraphrase development sets (bench_events.PARAPHRASE), each emitted
`casualties` unit that no gold matches and says what the gold does with its figure: the dead of a gold
act (which type, whether that gold is matched, where the act's nearest word stands — same sentence before or
after, the sentence before, the lead, elsewhere — and the word that links them: «جراء», «خلال», «في», «فيها»…,
by deaths.py's word classes), a gold `casualties` of that figure (place or kind wrong), a gold `casualties` of
another figure (a part, a breakdown, another toll), or no gold `casualties` at all (a part of a gold figure,
a figure no gold has, no figure). For each gold lost to a join (its type is matched only on records matched
to other gold), which gold took its record and what tells the two apart (place, figure,
date, agent). Held-out sets are refused, as bench_events does.

    .venv/bin/python benchmarks/bench_casualties.py [--list] [--set probe64,...]
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_events as be  # noqa: E402

def _fig(e: dict) -> tuple | None:
    c = e.get("fatalities") or e.get("count") or e.get("injured")
    return None if not c else (be._num(c.get("low")), be._num(c.get("high")))


def _where_act(text: str, e: dict, t: str) -> tuple[str, str]:
    """Where the nearest word of an act of type t (deaths.py's word classes; `attack` too) stands against the
    deaths' trigger — same clause before/after, previous sentence, headline, another paragraph, nowhere — and
    the link word between them in the sentence («جراء», «خلال», «في», «فيها»…, or none)."""
    from marsad.extract.events import deaths
    a, b = deaths._sentence(text, e)
    toks = deaths._tokens(text, a, b)
    at = next((k for k, x in enumerate(toks) if x[0] >= e["start"]), len(toks))
    hits = [k for k, x in enumerate(toks) if x[2] in (t, "attack")]
    if hits:
        k = min(hits, key=lambda h: abs(h - at))
        span = toks[min(k, at) + 1:max(k, at)] if k != at else []
        c = deaths.cues()
        link = next((x[1] for x in span if x[1] in c["links"] or x[1] in c["pronoun_links"]), None)
        link = link or ("ب" if k > at and toks[k][1][:1] == "ب" else "none")
        return ("same sentence, before" if k < at else "same sentence, after"), link
    prev = deaths._sentence(text, {"start": max(a - 2, 0)}) if a > 0 else None
    if prev and any(x[2] in (t, "attack") for x in deaths._tokens(text, *prev)):
        return "previous sentence", "-"
    head = deaths._sentence(text, {"start": 0})
    if any(x[2] in (t, "attack") for x in deaths._tokens(text, *head)):
        return "headline/lead", "-"
    if any(x[2] in (t, "attack") for x in deaths._tokens(text, 0, len(text))):
        return "elsewhere in the passage", "-"
    return "no act word", "-"


def diagnose(docs: list[dict], run, out: list | None = None) -> tuple[collections.Counter, collections.Counter]:
    extra: collections.Counter = collections.Counter()
    joined: collections.Counter = collections.Counter()
    for d in docs:
        doc = run(d)
        text = doc.text
        units = be._units(doc["events"])
        golds = d["events"]
        m = be._match(golds, units)
        mu = {ui: gi for gi, (ui, _) in m.items()}
        for ui, unit in enumerate(units):
            e = unit[0]
            if ui in mu or e["type"] != "casualties":
                continue
            fig = _fig(e)
            acts = [g for g in golds if fig is not None and g["count"] == fig and g["type"] != "casualties"]
            cas = [g for g in golds if g["type"] == "casualties"]
            where = link = "-"
            if acts:
                g = acts[0]
                cls = f"the dead of a gold act: {g['type']} ({'matched' if golds.index(g) in m else 'unmatched'})"
                where, link = _where_act(text, e, g["type"])
            elif any(g["count"] == fig for g in cas):
                cls = "a gold casualties of its figure (place or kind wrong)"
            elif cas:
                cls = "gold casualties of another figure (a part, a breakdown or another toll)"
            elif fig is None:
                cls = "no figure; gold has no casualties (a recall, background, or the act's unnumbered dead)"
            elif any(g["count"] and fig[0] is not None and g["count"][0] and fig[0] < g["count"][0] for g in golds):
                cls = "a figure below a gold figure; no gold casualties (a part or breakdown of it)"
            else:
                cls = "a figure no gold has; no gold casualties (background, recall, or another telling)"
            k = f"{cls} | {where} | link {link}"
            extra[cls] += 1
            extra["  " + k] += 1
            if out is not None:
                out.append(f"\n{d['id']} XTRA casualties fig={fig} trig=«{e.get('trigger')}» [{k}]\n  sent: "
                           f"{text[e.get('sentence_start', 0):e.get('sentence_end', 0)]}\n  gold: " +
                           "\n        ".join(f"{g['type']} {g['count']} {g['place']!r} {'M' if i in m else '-'} "
                                             f"{(g.get('note') or '')[:160]}" for i, g in enumerate(golds)))
        matched_types = collections.Counter(units[ui][0]["type"] for ui in mu)
        for gi, g in enumerate(golds):
            if gi in m:
                continue
            tk = [(ui, golds[og]) for ui, og in mu.items() if units[ui][0]["type"] == g["type"]]
            if not tk or be._match([g], [u for i, u in enumerate(units) if i not in mu], place=False):
                continue
            if any(u[0]["type"] == g["type"] for i, u in enumerate(units) if i not in mu):
                continue
            ui, og = tk[0]
            diff = [k for k in ("place", "count", "date", "agent") if g.get(k) != og.get(k)]
            key = "joined: differs by " + ("+".join(diff) or "nothing")
            joined[key] += 1
            if out is not None:
                out.append(f"\n{d['id']} JOIN {g['type']} {g['count']} {g['place']!r} {g.get('date')} into "
                           f"{og['count']} {og['place']!r} {og.get('date')} [{key}]\n  note: "
                           f"{(g.get('note') or '')[:200]}")
    return extra, joined


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", default=",".join(be.PARAPHRASE))
    ap.add_argument("--list", action="store_true", help="print each case with its sentence (dev sets only)")
    args = ap.parse_args()
    names = args.set.split(",")
    assert not set(names) & set(be.HELD_OUT), "held out: only the lead scores it"
    from marsad.document import Document
    from marsad.pipeline import Pipeline
    pipe = Pipeline()

    def run(d):
        doc = Document(d["text"], id=d["id"], published=d["published"], outlet=d["outlet"])
        pipe(doc)
        return doc
    out: list = []
    tot_e: collections.Counter = collections.Counter()
    tot_j: collections.Counter = collections.Counter()
    per: dict[str, tuple] = {}
    for n in names:
        e, j = diagnose(be.news_dev_gold(be.PROBES[n]), run, out if args.list else None)
        per[n] = (e, j)
        tot_e.update(e)
        tot_j.update(j)
    print("casualties extras by what the gold does with the deaths (pooled, then per set):")
    for k, v in sorted(tot_e.items(), key=lambda kv: (kv[0].strip().split(" |")[0], kv[0].startswith(" "), -kv[1])):
        print(f"{v:5d}  {k}")
    print("joined misses by what tells the two gold incidents apart (pooled):")
    for k, v in tot_j.most_common():
        print(f"{v:5d}  {k}")
    classes = [k for k in tot_e if not k.startswith(" ")]
    print("per set: " + " | ".join(f"{i}={c.split(';')[0].split(' (')[0][:40]}" for i, c in enumerate(classes)))
    for n, (e, j) in per.items():
        print(f"{n:8s} extras {sum(e[c] for c in classes):3d} [" + " ".join(f"{e[c]:2d}" for c in classes) +
              f"]  joined {sum(j.values()):3d}")
    for line in out:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
