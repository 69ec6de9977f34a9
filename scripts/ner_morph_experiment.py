"""Stop-24 NER experiment: a word's morphological classes as CRF features (issue 14).

Measures whether a dictionary analysis of each word (known verb / common noun / derived-noun
pattern / stopword / proper noun, or unanalysable, as foreign names often are) lifts the honest
dev figure of the CRF. It is a measurement, not part of marsad: the analyser, qalsadi with its
arramooz dictionary, is GPL (v3 for arramooz-pysqlite) and this project is MIT, so neither the
library nor a table derived from its dictionary is shipped or depended on. Two steps, two
Pythons, because qalsadi lives in its own venv outside the project:

    # 1. analyse every distinct ANERcorp word (any Python with qalsadi; no marsad import)
    nice -n 10 /tmp/qv/bin/python scripts/ner_morph_experiment.py cache /tmp/ner2/morph.json
    # 2. a dev-excluded twin CRF per mode (project venv), each printing its dev scores
    nice -n 10 .venv/bin/python scripts/ner_morph_experiment.py fit /tmp/ner2/morph.json none /tmp/ner2/twin_none
    nice -n 10 .venv/bin/python scripts/ner_morph_experiment.py fit /tmp/ner2/morph.json full /tmp/ner2/twin_full
    nice -n 10 .venv/bin/python scripts/ner_morph_experiment.py fit /tmp/ner2/morph.json flag /tmp/ner2/twin_flag

Modes: ``none`` is the control (today's features); ``full`` adds each class of the word
(``kq=v``, ``kq=u``, ...) and its whole class set (``kq:n+v``); ``flag`` adds only "unanalysable"
(``kq=u``) and "has a common-word reading" (``kq=c``). The classes are word flags, so the CRF
also sees them on the neighbours at ±1 and ±2, and the runtime's pruned path keeps them (their
"k" prefix is the one it keeps for cluster flags). Scores: the honest dev blocks, document pass
on, no organisation rule, as in BENCHMARKS.md's stop-24 NER rows.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ANERCORP = ROOT.parent / "shared" / "data" / "anercorp" / "ANERcorp_camelrules_train.txt"

# qalsadi type -> class; derived nouns are read from the type's last part
_DERIVED = {"اسم فاعل": "fa", "اسم مفعول": "mf", "مصدر": "ms", "منسوب": "mn", "صيغة مبالغة": "mb", "جامد": "n"}
COMMON = frozenset({"v", "sw", "n", "fa", "mf", "ms", "mn", "mb", "nd"})


def classes(types: list[str]) -> set[str]:
    """qalsadi's analysis types of one word -> our small class set."""
    out = set()
    for t in types:
        if t == "Noun:noun_prop":
            out.add("p")
        elif t == "unknown":
            out.add("u")
        elif t == "Verb":
            out.add("v")
        elif t.startswith("STOPWORD"):
            out.add("sw")
        elif t.startswith("Noun"):
            out.add(_DERIVED.get(t.split(":")[-1], "nd"))
        else:  # numbers, punctuation
            out.add("o")
    return out


def flags_for(cs: set[str], mode: str) -> tuple[str, ...]:
    if mode == "full":
        return tuple(f"kq={c}" for c in sorted(cs)) + ("kq:" + "+".join(sorted(cs)),)
    return (("kq=u",) if "u" in cs else ()) + (("kq=c",) if cs & COMMON else ())


def cache(out: Path) -> None:
    try:
        import qalsadi.analex as qa
    except ImportError:
        sys.exit("ner_morph_experiment: qalsadi is not installed in this Python (pip install qalsadi in a separate venv)")
    words = sorted({line.split()[0] for line in ANERCORP.open(encoding="utf-8") if line.split()})
    analex = qa.Analex()
    table, t = {}, time.time()
    for w in words:
        table[w] = sorted({(x.get("type") if isinstance(x, dict) else vars(x).get("type")) or "?"
                           for x in analex.check_word(w)})
    out.write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
    print(f"{len(table)} words analysed in {time.time() - t:.0f} s -> {out}")


def fit(table_path: Path, mode: str, out_dir: Path) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from marsad.arabic.normalize import fold_str
    from marsad.ner import features
    from marsad.ner.conll import read_conll
    from marsad.ner.data import block_split
    from marsad.ner.train import PARAMS, evaluate
    from marsad.ner.train import fit as fit_crf

    if mode != "none":
        by_fold: dict[str, set[str]] = {}
        for w, types in json.loads(table_path.read_text(encoding="utf-8")).items():
            by_fold.setdefault(fold_str(w), set()).update(classes(types))
        table = {f: flags_for(cs, mode) for f, cs in by_fold.items()}
        base = features._word_flags

        def word_flags(f, core, stems, lx, flags):  # the same hook for training and the pruned runtime
            base(f, core, stems, lx, flags)
            flags.extend(table.get(f, ()))
        features._word_flags = word_flags
    train_s, dev_s, _ = block_split(list(read_conll(ANERCORP)))
    t = time.time()
    model, n = fit_crf(train_s, out_dir, dict(PARAMS))
    print(f"{mode}: trained on {len(train_s)} sentences, {n} tokens, {time.time() - t:.0f} s")
    for doc in (True, False):
        sc = evaluate(model, dev_s, rules=False, context=doc)
        o = sc["overall"]
        print("doc  " if doc else "alone", f"P {o.precision:.4f} R {o.recall:.4f} F1 {o.f1:.4f}",
              " ".join(f"{k} {sc[k].f1:.4f}" for k in ("PER", "LOC", "ORG", "MISC")), flush=True)


def main(argv: list[str]) -> None:
    if len(argv) == 2 and argv[0] == "cache":
        cache(Path(argv[1]))
    elif len(argv) == 4 and argv[0] == "fit" and argv[2] in ("none", "full", "flag"):
        fit(Path(argv[1]), argv[2], Path(argv[3]))
    else:
        sys.exit("usage: ner_morph_experiment.py cache OUT.json | fit TABLE.json none|full|flag OUT_DIR")


if __name__ == "__main__":
    main(sys.argv[1:])
