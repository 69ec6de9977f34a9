"""NER and whole-pipeline speed of this checkout against another one (e.g. the code before a
change), on the same texts, in one run.

Each side runs in its own child process (``PYTHONPATH`` = that checkout's ``src``; the model is
the one packaged there), rounds alternate between the sides so machine load hits both alike,
and speeds are CPU seconds of the child (time.process_time). Texts: the sample corpus plus the
ANERcorp dev blocks rebuilt as documents of 20 sentences (../shared, if present).

    git archive BASE | tar -x -C /tmp/base   # + the compiled .so files if the sources match
    .venv/bin/python benchmarks/bench_ner_compare.py --baseline-src /tmp/base/src [--rounds 3]

The same checkout with and without a setting (the neural tagger mixed in against the CRF alone):

    .venv/bin/python benchmarks/bench_ner_compare.py --baseline-src src --env MARSAD_NER_NEURAL=1
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, sys, time
docs = json.load(open(sys.argv[1], encoding="utf-8"))
from marsad.arabic.tokens import tokenize
from marsad.document import Document
from marsad.extract.entities import EntityTagger
from marsad.pipeline import Pipeline
n_tok = sum(len(tokenize(t)) for t in docs)
tagger, pipe = EntityTagger(), Pipeline()
for t in docs[:5]:
    pipe(Document(t))  # load lazily built tables outside the timing
out = {}
for name, comp in (("entities", tagger), ("pipeline", pipe)):
    c0 = time.process_time()
    for t in docs:
        comp(Document(t))
    out[name] = n_tok / (time.process_time() - c0)
print(json.dumps(out))
"""


def texts(shared: Path) -> list[str]:
    out = [f.read_text(encoding="utf-8") for f in sorted((ROOT / "samples" / "corpus").glob("*.txt"))]
    p = shared / "data" / "anercorp" / "ANERcorp_camelrules_train.txt"
    if p.exists():
        sys.path.insert(0, str(ROOT / "src"))
        from marsad.ner.conll import read_conll
        from marsad.ner.data import block_split

        dev = block_split(list(read_conll(p)))[1]
        sents = [" ".join(w for w, _ in s) for s in dev]
        out += [" ".join(sents[i:i + 20]) for i in range(0, len(sents), 20)]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline-src", type=Path, required=True, help="the other checkout's src folder")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                    help="an environment variable set for this checkout's side only (repeatable)")
    args = ap.parse_args()
    extra = dict(e.split("=", 1) for e in args.env if "=" in e)
    if len(extra) != len(args.env):
        print("bench_ner_compare: --env takes NAME=VALUE", file=sys.stderr)
        return 2
    if not (args.baseline_src / "marsad").is_dir():
        print(f"bench_ner_compare: {args.baseline_src} has no marsad package", file=sys.stderr)
        return 2
    docs = texts(args.shared)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(docs, f, ensure_ascii=False)
    sides = {"baseline": args.baseline_src, "this checkout": ROOT / "src"}
    if extra:
        print("this checkout with " + " ".join(args.env))
    got: dict[str, list[dict]] = {k: [] for k in sides}
    try:
        for r in range(args.rounds):
            for name in (sides if r % 2 == 0 else list(sides)[::-1]):
                env = {**os.environ, "PYTHONPATH": str(sides[name].resolve()), **(extra if name == "this checkout" else {})}
                res = subprocess.run([sys.executable, "-c", CHILD, f.name], env=env, capture_output=True,
                                     text=True, cwd=tempfile.gettempdir())
                if res.returncode:
                    print(f"bench_ner_compare: {name} failed: {res.stderr.strip().splitlines()[-1:]}",
                          file=sys.stderr)
                    return 1
                got[name].append(json.loads(res.stdout.strip().splitlines()[-1]))
    finally:
        os.unlink(f.name)
    print(f"{len(docs)} documents; best of {args.rounds} alternating rounds, tokens per CPU second")
    best = {k: {m: max(x[m] for x in v) for m in ("entities", "pipeline")} for k, v in got.items()}
    for k, v in best.items():
        print(f"{k:<15}entities {v['entities']:>10,.0f}   whole pipeline {v['pipeline']:>10,.0f}")
    for m in ("entities", "pipeline"):
        print(f"{m}: this checkout / baseline = {best['this checkout'][m] / best['baseline'][m]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
