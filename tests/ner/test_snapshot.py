"""The NER reads its own snapshot of the gazetteer, versioned with the model (ner/snapshot.py)."""
import json

import pytest

from marsad import resources as data
from marsad.ner import features, rules, snapshot
from marsad.ner.model import META_NAME, model_dir
from marsad.ner.tokens import ner_tokenize


@pytest.fixture(scope="module")
def meta():
    return json.loads((model_dir() / META_NAME).read_text(encoding="utf-8"))


def test_the_model_was_trained_with_the_feature_files_in_the_package(meta):
    """Every file the features read (the gazetteer snapshot included) is the one the committed
    model was trained with: an edit changes the model's inputs, so it needs a retraining."""
    recorded = meta.get("feature_inputs")
    assert recorded, "models/ner.json records no feature_inputs (a model older than its snapshot): run make train-ner"
    now = snapshot.file_hashes()
    assert set(recorded) == set(now) == {p[-1] for p in snapshot.FEATURE_FILES}
    changed = sorted(name for name in now if now[name] != recorded[name])
    assert not changed, (f"{', '.join(changed)} changed since the NER model was trained (models/ner.json, "
                         "feature_inputs): run make train-ner")


def _rec(names, level="locality", country="Syria", known=True):
    return {"names_ar": names, "level": level, "country": country, "known": known}


def test_rows_give_each_name_its_kind_and_nations_their_own_rows():
    recs = [_rec(["تل الورد", "تل"]), _rec(["كفر سمك"], known=False), _rec(["حي النخيل"], "neighbourhood"),
            _rec(["ناحية البستان"], "subdistrict"), _rec(["موريتانيا", "جمهورية موريتانيا"], "country", "Mauritania"),
            _rec(["الرقة"], "governorate"), _rec(["الحمدانية"], "locality", "Iraq"), _rec(["سطر\tمكسور"])]
    got = snapshot.snapshot_rows(recs)
    assert got == sorted(set(got))
    assert set(got) == {("تل الورد", "K"), ("كفر سمك", "S"), ("حي النخيل", "S"), ("ناحية البستان", "A"),
                        ("موريتانيا", "W"), ("موريتانيا", "nation"), ("جمهورية موريتانيا", "W"),
                        ("الرقة", "A"), ("الرقة", "nation"), ("الحمدانية", "W")}  # "تل": under 3 letters


def test_building_is_deterministic_and_reads_back(tmp_path):
    a = snapshot.build(tmp_path / "a.tsv")
    b = snapshot.build(tmp_path / "b.tsv")
    assert a.read_bytes() == b.read_bytes()
    got = snapshot.read_rows(a.read_text(encoding="utf-8"))
    assert list(got) == snapshot.snapshot_rows(data.gazetteer())
    assert len(got) > 5000 and {k for _, k in got} == {"W", "A", "K", "S", "nation"}


def test_the_features_and_the_rules_read_the_snapshot_not_the_live_gazetteer(monkeypatch):
    """With the live gazetteer emptied, the place features and the nation words are unchanged."""
    text = "وصل الوفد إلى دير الزور أمس"
    toks = ner_tokenize(text)
    before = features.gazetteer_tags(text, toks, features.lexicons().places)
    nations = rules._lists().nations
    assert any(t.startswith("gz") for t in before[3]) and "لبنان" in nations
    monkeypatch.setattr(data, "gazetteer", lambda: [])
    assert features.gazetteer_tags(text, toks, features.Lexicons().places) == before
    assert rules._lists.__wrapped__().nations == nations


def test_training_reads_the_copy_and_rewrites_it_only_when_asked(tmp_path, monkeypatch, capsys):
    """`marsad train ner` (what `make train-ner` runs) trains from the committed copy, so it gives
    the committed model back after gazetteer edits; --refresh-gazetteer takes a new copy first."""
    from marsad.cli import main

    from conftest import shared_path

    shared = shared_path("data", "anercorp", "ANERcorp_camelrules_train.txt").parents[2]
    built = []
    real = model_dir().parent.joinpath(*snapshot.SNAPSHOT)
    monkeypatch.setattr(snapshot, "build", lambda dest=None: built.append(dest) or real)
    args = ["train", "ner", "--shared", str(shared), "--limit", "40", "--iterations", "3",
            "--out", str(tmp_path / "m")]
    assert main(args) == 0
    assert built == []
    assert main([*args, "--refresh-gazetteer"]) == 0
    assert built == [None]
    assert f"wrote {real} ({len(snapshot.rows())} names, from data/gazetteer; 0 new, 0 gone" in capsys.readouterr().out
