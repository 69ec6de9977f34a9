"""``marsad eval ner FILE.conll``: entity-level scores of the NER model on an annotated file."""
from __future__ import annotations

import sys
from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("eval", help="evaluate a model on annotated data (ner)",
                       description="Score one of marsad's models against an annotated file.")
    esub = p.add_subparsers(dest="model", metavar="MODEL")
    n = esub.add_parser("ner", help="score the NER model on a CoNLL file",
                        description="Tag the tokens of a CoNLL file (ANERcorp format: 'token TAG' per line, "
                                    "blank line between sentences; tags B-/I- PERS or PER, LOC, ORG, MISC) and "
                                    "print entity-level precision, recall and F1 per type and overall "
                                    "(conlleval rules). The last line reads "
                                    "'overall precision P recall R f1 F'.")
    n.add_argument("file", type=Path, metavar="FILE.conll")
    n.add_argument("--model", type=Path, default=None, help="a model file other than the packaged one")
    n.add_argument("--with-rules", action="store_true",
                   help="score what 'marsad extract' does: the CRF plus the organisation-name rule "
                        "(longer, descriptive organisation names than ANERcorp annotates)")
    n.add_argument("--sentences", action="store_true",
                   help="tag each sentence alone; by default every 20 consecutive sentences are read as "
                        "one document, so a name tagged in one sentence is found again in the others "
                        "(as 'marsad extract' does over a whole article)")
    n.set_defaults(func=run_ner)
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])


def run_ner(args) -> int:
    from ..ner.conll import ConllError
    from ..ner.model import ModelMissing, NerModel
    from ..ner.train import evaluate_file

    if not args.file.is_file():
        print(f"marsad eval ner: {args.file}: no such file", file=sys.stderr)
        return 2
    try:
        model = NerModel(args.model)
        print(evaluate_file(model, args.file, rules=args.with_rules, context=not args.sentences))
        if args.model is None and model.meta.get("dev_seen_by_shipped_model"):
            print("marsad eval ner: note: the packaged model was trained on all of ANERcorp (its dev blocks "
                  "too); its held-out figure is the dev-excluded twin's 'dev' in ner.json", file=sys.stderr)
    except (ConllError, ModelMissing) as e:
        print(f"marsad eval ner: {args.file}: {e}", file=sys.stderr)
        return 2
    except UnicodeDecodeError:
        print(f"marsad eval ner: {args.file}: not UTF-8 text", file=sys.stderr)
        return 2
    return 0
