"""Whole articles against short excerpts: the census of the paraphrase dev sets by kind of text, per 100 gold,
and by the zone of the article each hit, miss and extra stands in (headline, lead = first body sentence, body, a
quoted sentence, background «يذكر أن / وكان … قد / يأتي ذلك / في سياق», the last sentence, a glued «اقرأ أيضاً»).

Why: held out, whole articles score below excerpts with more extras; this says which error classes whole articles
carry more of and where in the article they stand, on today's code and on each set's first-run commit (stop 39,
helper "whole"; BENCHMARKS.md, stop 39, "whole"). The kinds are read from events_probe/README.md's set tables.

    .venv/bin/python benchmarks/bench_whole_zones.py [--first-runs]
"""
import collections, json, re, sys
from pathlib import Path
B = Path(__file__).resolve().parent
if "--src" in sys.argv:
    sys.path.insert(0, sys.argv[sys.argv.index("--src") + 1]); import marsad  # noqa
sys.path.insert(0, str(B))
import bench_events as be  # noqa
import bench_events_census as bc  # noqa

BG = re.compile(r"^\s*(و?يُ?ذكر أن|و?يذكر|و?كان(ت)?\b.*\bقد\b|و?يأتي ذلك|و?تأتي|و?جاء ذلك|و?كانت|و?سبق|و?في سياق|و?في وقت سابق|و?في تطور|و?على صعيد|و?إلى ذلك|و?من جهة)")
QUOTE = re.compile(r"«|\b(و?قال|و?أضاف|و?أكد|و?أوضح)")
def sentences(text):
    return [(m.start(), m.end()) for m in re.finditer(r"[^.!؟?\n]+[.!؟?\n]*", text)]
def zones(text):
    ss = sentences(text); out = []
    has_head = "\n" in text[:200] and not re.search(r"[.!؟?]\s*$", text.split("\n")[0])
    body_i = 0
    for i, (a, b) in enumerate(ss):
        s = text[a:b]
        if has_head and a < text.index("\n"): z = "headline"
        elif "اقرأ أيضا" in s: z = "glued"
        else:
            if body_i == 0: z = "lead"
            elif BG.search(s): z = "background"
            elif i == len(ss) - 1: z = "last"
            elif QUOTE.search(s[:40]) : z = "quote"
            else: z = "body"
            body_i += 1
        out.append((a, b, z))
    return out
def zone_at(zs, pos):
    for a, b, z in zs:
        if a <= pos < b: return z
    return "?"
def gold_sents(text, zs, g):
    return [i for i, (a, b, z) in enumerate(zs) if (g.get("place") and g["place"] in text[a:b]) or (g.get("count_surface") and g["count_surface"] in text[a:b])]
def sent_at(zs, pos):
    for i, (a, b, z) in enumerate(zs):
        if a <= pos < b: return i
    return -1
def gold_zone(text, zs, g):
    cands = []
    for a, b, z in zs:
        s = text[a:b]
        hp = bool(g.get("place")) and g["place"] in s
        hc = bool(g.get("count_surface")) and g["count_surface"] in s
        if hp or hc: cands.append((-(hp + hc), z == "headline", a, z))
    if not cands: return "unlocated"
    return min(cands)[3]

# the census's kinds (bench_events_census.ladder) in this table's short words
_MISS = {"right type, figure wrong": "figure wrong", "its type only on events matched to other gold (joined)": "joined",
         "found, judged not to have happened": "judged not happened"}
_EXTRA = {"paired with a gold of its type (arguments wrong)": "arguments wrong",
          "a second telling of a matched incident": "second telling"}


def _miss_kind(kind):
    if kind.startswith("another type at its place"):
        return "other type at place"
    if kind.startswith("nothing of its type"):
        return "nothing of its type"
    return _MISS.get(kind, kind)


def _extra_kind(kind):
    if kind.startswith("no gold of its type in the passage"):
        return "no gold of type"
    if kind.endswith(", no gold like it"):
        return kind.replace(", no gold like it", " no gold")
    return _EXTRA.get(kind, kind)


def classify(d, doc, rows):
    text = doc.text; zs = zones(text); golds = d["events"]
    m, misses, extras = bc.ladder(doc, golds)
    for gi, g in enumerate(golds):
        if gi in m:
            rows.append(dict(id=d["id"], what="hit", kind="hit", type=g["type"], zone=gold_zone(text, zs, g),
                             ezone=zone_at(zs, m[gi][1].get("start", 0)), gs=gold_sents(text, zs, g), es=sent_at(zs, m[gi][1].get("start", 0))))
    for g, pe, kind in misses:
        rows.append(dict(id=d["id"], what="miss", kind=_miss_kind(kind), type=g["type"], zone=gold_zone(text, zs, g),
                         ezone=zone_at(zs, pe["start"]) if pe and pe.get("start") is not None else None,
                         place=g.get("place"), count=g.get("count_surface"),
                         epl=((pe or {}).get("place") or {}).get("surface"), etype=(pe or {}).get("type"),
                         ecount=(pe or {}).get("count"), gs=gold_sents(text, zs, g)))
    for _, u, what in extras:
        e = u[0]; s0 = sent_at(zs, e.get("start", 0))
        rows.append(dict(id=d["id"], what="extra", kind=_extra_kind(what), type=e["type"], zone=zone_at(zs, e.get("start", 0)),
                         trig=e.get("trigger"), epl=(e.get("place") or {}).get("surface"), ecount=e.get("count"),
                         ekind=e.get("kind", "incident"), es=s0, sent=text[zs[s0][0]:zs[s0][1]][:300]))
    rows.append(dict(id=d["id"], what="doc", zones=[z for _, _, z in zs], nz=collections.Counter(z for *_, z in zs)))

def child():
    """One run over `--set` names on the marsad on sys.path (an archived tree's with --src): the rows as JSON."""
    names = sys.argv[sys.argv.index("--set") + 1].split(",")
    assert not any(n in be.HELD_OUT for n in names)
    from marsad.document import Document
    from marsad.pipeline import Pipeline
    pipe = Pipeline(); rows = []
    for n in names:
        for d in be.news_dev_gold(be.PROBES[n]):
            doc = Document(d["text"], id=d["id"], published=d["published"], outlet=d["outlet"]); pipe(doc)
            k0 = len(rows); classify(d, doc, rows)
            for r in rows[k0:]: r["set"] = n
    print(json.dumps(rows, ensure_ascii=False))


WHOLE = {f"probe{n}" for n in (65, 67, 72, 79, 83, 87, 91, 93, 97, 99, 101)}
def short(k):
    return {"right type+figure; another place of its level or finer taken (the gold place was found)": "place: other of level",
            "right type+figure; a coarser place taken (the gold place was found)": "place: coarser",
            "right type+figure; the gold place is not in the places layer": "place: not in layer",
            "right type+figure; no place taken (the gold place was found)": "place: none taken",
            "right type+figure; a place where the gold has none": "place: where gold none"}.get(k, k)
def table(rows, label):
    g = collections.Counter(); cls = collections.Counter(); pas = collections.Counter()
    for r in rows:
        w = "whole" if r["set"] in WHOLE else "short"
        if r["what"] == "doc": pas[w] += 1; continue
        if r["what"] in ("hit", "miss"): g[w] += 1
        if r["what"] != "hit": cls[(r["what"], short(r["kind"]), w)] += 1
        else: cls[("hit", "", w)] += 1
    print(f"### {label}: gold whole {g['whole']} ({pas['whole']} passages), short {g['short']} ({pas['short']})")
    print("| class | whole | per 100 | short | per 100 | ratio |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    keys = sorted({k[:2] for k in cls}, key=lambda k: (k[0], -(cls[k + ("whole",)] + cls[k + ("short",)])))
    for k in keys:
        a, b = cls[k + ("whole",)], cls[k + ("short",)]
        pa, pb = 100 * a / g["whole"], 100 * b / g["short"]
        print(f"| {k[0]} {k[1]} | {a} | {pa:.1f} | {b} | {pb:.1f} | {pa/pb if pb else float('inf'):.2f} |")
    for w in ("whole", "short"):
        tp = cls[("hit", "", w)]; em = tp + sum(v for k, v in cls.items() if k[0] == "extra" and k[2] == w)
        p, r_ = tp / em, tp / g[w]; print(f"{w}: P {p:.3f} R {r_:.3f} F1 {2*p*r_/(p+r_):.3f} emitted/gold {em/g[w]:.2f}")

ZS = ["headline", "lead", "body", "quote", "background", "last", "glued", "unlocated", "?"]
def ztab(rows, label, kind="whole"):
    rows = [r for r in rows if (r["set"] in WHOLE) == (kind == "whole")]
    nsent = collections.Counter()
    for r in rows:
        if r["what"] == "doc": nsent.update(r["nz"])
    c = collections.Counter()
    for r in rows:
        if r["what"] == "doc": continue
        c[(r["what"], r["zone"])] += 1
        if r["what"] != "hit": c[(r["what"] + ":" + short(r["kind"]), r["zone"])] += 1
    zs = [z for z in ZS if any(k[1] == z for k in c) or nsent[z]]
    print(f"### {label} — {kind} ({sum(1 for r in rows if r['what']=='doc')} passages)")
    print("| | " + " | ".join(zs) + " |"); print("| --- |" + " ---: |" * len(zs))
    print("| sentences | " + " | ".join(str(nsent[z]) for z in zs) + " |")
    for k in ["gold", "hit", "miss", "extra"] + sorted({k[0] for k in c if ":" in k[0]}, key=lambda x: (x.split(':')[0], -sum(v for kk, v in c.items() if kk[0] == x))):
        if k == "gold": vals = [c[("hit", z)] + c[("miss", z)] for z in zs]
        else: vals = [c[(k, z)] for z in zs]
        if sum(vals) < 4: continue
        print(f"| {k} | " + " | ".join(str(v) for v in vals) + " |")
    g = {z: c[("hit", z)] + c[("miss", z)] for z in zs}
    print("| recall | " + " | ".join(f"{c[('hit', z)]/g[z]:.2f}" if g[z] else "-" for z in zs) + " |")
    print("| extras/sentence | " + " | ".join(f"{c[('extra', z)]/nsent[z]:.2f}" if nsent[z] else "-" for z in zs) + " |")

def first_runs() -> list[dict]:
    """The rows of each dev set on the commit of its first run (bench_events.PARAPHRASE_FIRST_RUNS)."""
    import bench_events_history as hist
    jobs: dict[str, list[str]] = {}
    for n, (c, _) in be.PARAPHRASE_FIRST_RUNS.items():
        if n in be.PARAPHRASE:
            jobs.setdefault(c, []).append(n)
    rows = []
    for rev, ns in jobs.items():
        got = hist.on_rev(rev, lambda src: [sys.executable, __file__, "--src", src, "--set", ",".join(ns)])
        if isinstance(got, str):
            print(got, file=sys.stderr)
            continue
        rows += got
    return rows


def main() -> int:
    if "--set" in sys.argv:
        child()
        return 0
    if "--first-runs" in sys.argv:
        rows, label = first_runs(), "first runs"
    else:
        import subprocess
        out = subprocess.run([sys.executable, __file__, "--set", ",".join(be.PARAPHRASE)], capture_output=True,
                             text=True, check=True).stdout
        rows, label = json.loads(out.strip().splitlines()[-1]), "today"
    table(rows, label)
    for k in ("whole", "short"):
        ztab(rows, label, k)
    return 0


if __name__ == "__main__":
    sys.exit(main())
