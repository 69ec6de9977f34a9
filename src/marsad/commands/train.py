"""``marsad train ner``: train the NER model from ../shared/data and write it into the package."""
from __future__ import annotations

import sys
from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("train", help="train a model (ner)",
                       description="Train one of marsad's models from the annotated data in ../shared/data.")
    tsub = p.add_subparsers(dest="model", metavar="MODEL")
    n = tsub.add_parser("ner", help="train the CRF named-entity tagger",
                        description="Train the CRF NER model on ANERcorp (its 10% dev split held out) and "
                                    "write ner.crfsuite, ner_memory.json, ner_vocab.json and ner.json (data hashes, "
                                    "parameters, dev scores) into the package's models/ folder.")
    n.add_argument("--shared", type=Path, default=None,
                   help="path of the shared data folder (default: ../shared beside the repository)")
    n.add_argument("--out", type=Path, default=None, help="output folder (default: the package's models/)")
    n.add_argument("--newsfane", action="store_true",
                   help="also train on NewsFANE (fine-grained tags mapped to PER/LOC/ORG/MISC)")
    n.add_argument("--limit", type=int, default=None, metavar="N",
                   help="train on the first N training sentences only (smoke tests)")
    n.add_argument("--iterations", type=int, default=None, help="L-BFGS iterations (default 200)")
    n.add_argument("--dev-out", type=Path, default=None, metavar="FILE",
                   help="also write the dev split as a CoNLL file (for 'marsad eval ner')")
    n.set_defaults(func=run_ner)
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])


def _default_shared() -> Path:
    import os

    env = os.environ.get("MARSAD_SHARED")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent.parent / "shared" / "data").is_dir():
            return parent.parent / "shared"
    return Path.cwd().parent / "shared"


def run_ner(args) -> int:
    from rich.console import Console

    from ..ner.model import model_dir
    from ..ner.train import default_paths, train

    shared = args.shared or _default_shared()
    paths = default_paths(shared)
    if not paths["anercorp"].exists():
        print(f"marsad train ner: training data not found: {paths['anercorp']}", file=sys.stderr)
        return 2
    if args.newsfane and not paths["newsfane"].exists():
        print(f"marsad train ner: NewsFANE not found: {paths['newsfane']}", file=sys.stderr)
        return 2
    out = args.out or model_dir()
    console = Console(stderr=True)
    params = {"max_iterations": args.iterations} if args.iterations else None
    with console.status("training NER model") as status:
        meta = train(paths["anercorp"], out, newsfane=paths["newsfane"] if args.newsfane else None,
                     limit=args.limit, params=params, dev_out=args.dev_out,
                     progress=lambda m: status.update(m))
    o = meta["dev"]["overall"]
    print(f"wrote {out / meta['model']} ({meta['model_bytes'] / 1e6:.1f} MB) in {meta['train_seconds']:.0f} s; "
          f"dev precision {o['precision']:.3f} recall {o['recall']:.3f} f1 {o['f1']:.3f}")
    return 0
