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

Several baselines and settings in one run (each a side; every ratio printed); a commit given by
``--baseline-rev`` is built once (``git archive`` + its own compiled modules) into ``--cache``:

    .venv/bin/python benchmarks/bench_ner_compare.py --baseline-rev 84d71ee --baseline-rev 53838a7 \\
        --also-env MARSAD_NER_NEURAL=1
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


def build_rev(rev: str, cache: Path) -> Path:
    """The ``src`` folder of commit ``rev``, built once into ``cache``: ``git archive`` of the
    commit, then its own build (``pip wheel``, isolated, with the commit's build requirements,
    mypy among them) for the mypyc-compiled modules, whose ``.so`` files are put beside their
    sources as an editable install has them. Without them the side would run pure Python: an
    error then, not a slower figure."""
    import shutil
    import zipfile

    sha = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--verify", rev + "^{commit}"], capture_output=True,
                         text=True)
    if sha.returncode:
        raise RuntimeError(f"no commit {rev!r} in {ROOT}")
    tree = cache / sha.stdout.strip()[:12]
    if (tree / ".built").exists():
        return tree / "src"
    shutil.rmtree(tree, ignore_errors=True)
    tree.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", sha.stdout.strip()], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
    wheels = tree / ".wheel"
    res = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(tree)],
                         capture_output=True, text=True)
    so = [n for w in wheels.glob("*.whl") for n in zipfile.ZipFile(w).namelist() if n.endswith(".so")]
    if res.returncode or not so:
        raise RuntimeError(f"{rev}: its compiled modules did not build ({(res.stderr.strip().splitlines() or ['no .so'])[-1]})")
    for w in wheels.glob("*.whl"):
        with zipfile.ZipFile(w) as z:
            for n in z.namelist():
                if n.endswith(".so"):
                    (tree / "src" / n).write_bytes(z.read(n))
    shutil.rmtree(wheels)
    shutil.rmtree(tree / "build", ignore_errors=True)  # the wheel build's own copies
    (tree / ".built").write_text(rev + "\n")
    return tree / "src"


def main() -> int:
    ap = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()))
    ap.add_argument("--baseline-src", type=Path, action="append", default=[],
                    help="another checkout's src folder (repeatable: each is a side; ratios against each)")
    ap.add_argument("--baseline-rev", action="append", default=[], metavar="COMMIT",
                    help="a commit of this repository as a side, built once (git archive + its compiled "
                         "modules) into --cache (repeatable)")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "marsad_bench_trees",
                    help="where --baseline-rev trees are built and kept")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                    help="an environment variable set for this checkout's side only (repeatable)")
    ap.add_argument("--also-env", action="append", default=[], metavar="NAME=VALUE",
                    help="one more side: this checkout with this variable set (repeatable, one side each)")
    args = ap.parse_args()
    pairs = [e.split("=", 1) for e in args.env + args.also_env]
    if any(len(x) != 2 for x in pairs):
        print("bench_ner_compare: --env and --also-env take NAME=VALUE", file=sys.stderr)
        return 2
    extra = dict(e.split("=", 1) for e in args.env)
    for rev in args.baseline_rev:
        try:
            args.baseline_src.append(build_rev(rev, args.cache))
        except (RuntimeError, subprocess.CalledProcessError, OSError) as e:
            print(f"bench_ner_compare: {e}", file=sys.stderr)
            return 2
    if not args.baseline_src:
        print("bench_ner_compare: give --baseline-src or --baseline-rev", file=sys.stderr)
        return 2
    for b in args.baseline_src:
        if not (b / "marsad").is_dir():
            print(f"bench_ner_compare: {b} has no marsad package", file=sys.stderr)
            return 2
    docs = texts(args.shared)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(docs, f, ensure_ascii=False)
    # (label, src, environment): the baselines, this checkout, this checkout with each --also-env
    names = {b: f"baseline {rev}" for rev, b in zip(args.baseline_rev, args.baseline_src[-len(args.baseline_rev):])} \
        if args.baseline_rev else {}
    sides = [(names.get(b, f"baseline {b}") if len(args.baseline_src) > 1 else "baseline", b, {})
             for b in args.baseline_src]
    sides.append(("this checkout", ROOT / "src", extra))
    for e in args.also_env:
        k, v = e.split("=", 1)
        sides.append((f"this checkout {e}", ROOT / "src", {**extra, k: v}))
    if extra:
        print("this checkout with " + " ".join(args.env))
    got: dict[str, list[dict]] = {label: [] for label, _, _ in sides}
    try:
        for r in range(args.rounds):
            for label, src, side_env in (sides if r % 2 == 0 else sides[::-1]):
                env = {**os.environ, "PYTHONPATH": str(src.resolve()), **side_env}
                res = subprocess.run([sys.executable, "-c", CHILD, f.name], env=env, capture_output=True,
                                     text=True, cwd=tempfile.gettempdir())
                if res.returncode:
                    print(f"bench_ner_compare: {label} failed: {res.stderr.strip().splitlines()[-1:]}",
                          file=sys.stderr)
                    return 1
                got[label].append(json.loads(res.stdout.strip().splitlines()[-1]))
    finally:
        os.unlink(f.name)
    print(f"{len(docs)} documents; best of {args.rounds} alternating rounds, tokens per CPU second")
    best = {k: {m: max(x[m] for x in v) for m in ("entities", "pipeline")} for k, v in got.items()}
    width = max(len(k) for k in best) + 2
    for k, v in best.items():
        print(f"{k:<{width}}entities {v['entities']:>10,.0f}   whole pipeline {v['pipeline']:>10,.0f}")
    bases = [label for label, _, _ in sides[:len(args.baseline_src)]]
    for label, _, _ in sides[len(args.baseline_src):]:
        for base in bases:
            for m in ("entities", "pipeline"):
                print(f"{m}: {label} / {base} = {best[label][m] / best[base][m]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
