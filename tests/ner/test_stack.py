"""The stacked second-stage CRF experiment (ner/stack.py): its document features and a smoke run."""
from pathlib import Path

from marsad.ner.stack import document_features

from conftest import shared_path

ANER = ("data", "anercorp", "ANERcorp_camelrules_train.txt")


def test_document_features_carry_other_mentions_labels():
    doc = [("قال سمير الخطيب امس".split(), ["O", "B-PER", "I-PER", "O"]),
           ("وصرح الخطيب في حمص".split(), ["O", "O", "O", "B-LOC"]),
           ("ثم عاد الخطيب الى حمص".split(), ["O", "O", "B-PER", "O", "O"])]
    feats = document_features(doc)
    # the untagged "الخطيب" sees its mentions as a name's inside word and a name's first word
    assert feats[1][1] == ["s1=O", "dB=PER", "dI=PER"]
    # "حمص" sees the other "حمص", which the first stage left untagged
    assert feats[2][4] == ["s1=O", "dB=LOC"] and feats[1][3] == ["s1=B-LOC", "dO"]
    # a word mentioned once, and short words, get no document feature; ``own`` drops "s1="
    assert feats[0][3] == ["s1=O"] and feats[1][2] == ["s1=O"]
    assert document_features(doc, own=False)[1][1] == ["dB=PER", "dI=PER"]


def test_a_proclitic_does_not_hide_a_mention():
    doc = [("التقى الخطيب".split(), ["O", "B-PER"]), ("وقال والخطيب".split(), ["O", "O"])]
    assert document_features(doc, own=False)[1][1] == ["dB=PER"]


def test_stacked_experiment_runs_end_to_end(tmp_path):
    from marsad.ner.stack import experiment

    got = experiment(shared_path(*ANER), tmp_path, folds=2, limit=90, params={"max_iterations": 8})
    assert set(got) == {"first_stage", "first_stage+document_pass", "stacked", "stacked+document_pass"}
    for scores in got.values():
        assert 0.0 <= scores["overall"]["f1"] <= 1.0 and set(scores) >= {"PER", "overall"}
    assert (tmp_path / "stage2_doc" / "ner.crfsuite").exists() and (tmp_path / "fold1" / "ner.crfsuite").exists()
