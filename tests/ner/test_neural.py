"""The neural tagger's numpy inference (the model is not the committed one: the CRF scored
higher on the dev blocks; see BENCHMARKS.md). Training needs torch (the train extra)."""
import json

import pytest

np = pytest.importorskip("numpy", reason="numpy is only in the train/dev environments")

from marsad.ner.neural import NeuralTagger, viterbi  # noqa: E402
from marsad.ner.tokens import ner_tokenize  # noqa: E402

from conftest import shared_path  # noqa: E402


def test_viterbi_takes_the_best_path_through_the_transitions():
    emit = np.array([[2.0, 0.0], [0.0, 1.0], [0.0, 1.0]])
    no_trans = np.zeros((2, 2))
    assert viterbi(emit, no_trans, np.zeros(2), np.zeros(2)) == [0, 1, 1]
    # forbidding 0 -> 1 makes the path stay on 0 or start on 1
    trans = np.array([[0.0, -10.0], [0.0, 0.0]])
    assert viterbi(emit, trans, np.zeros(2), np.zeros(2)) == [0, 0, 0]


def _tiny_model(tmp_path):
    rng = np.random.default_rng(0)
    tags = ["O", "B-PER", "I-PER"]
    H, W, C, F = 4, 5, 3, 2
    w = {"word_emb": rng.normal(size=(4, W)), "char_emb": rng.normal(size=(5, C)),
         "char_conv_w": rng.normal(size=(3 * C, 6)), "char_conv_b": np.zeros(6),
         "flag_emb": rng.normal(size=(3, F)), "hid_w": rng.normal(size=(2 * H, H)), "hid_b": np.zeros(H),
         "out_w": rng.normal(size=(H, 3)), "out_b": np.zeros(3), "trans": np.zeros((3, 3)),
         "start": np.zeros(3), "end": np.zeros(3)}
    for d in ("fw_", "bw_"):
        w[d + "w_ih"] = rng.normal(size=(4 * H, W + 6 + F))
        w[d + "w_hh"] = rng.normal(size=(4 * H, H))
        w[d + "b"] = np.zeros(4 * H)
    np.savez(tmp_path / "m.npz", **w)
    meta = {"words": ["<pad>", "<unk>", "قال", "سامي"], "chars": ["<pad>", "<unk>", "س", "ا"],
            "flags": ["<none>", "name", "sh=P"], "tags": tags, "char_width": 3}
    (tmp_path / "m.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    return NeuralTagger(tmp_path / "m.npz")


def test_numpy_tagger_gives_one_valid_tag_per_token(tmp_path):
    tagger = _tiny_model(tmp_path)
    text = "قال سامي إن الوضع، x 12"
    toks = ner_tokenize(text)
    tags = tagger.tag(text, toks)
    assert len(tags) == len(toks) and set(tags) <= {"O", "B-PER", "I-PER"}
    assert tagger.tag(text, []) == []
    assert tagger.tag(text, toks) == tags  # deterministic


@pytest.mark.slow
def test_training_exports_a_numpy_model_that_scores_as_torch_did(tmp_path):
    pytest.importorskip("torch", reason="torch is only in the train extra")
    from marsad.ner.train_neural import train_neural

    aner = shared_path("data", "anercorp", "ANERcorp_camelrules_train.txt")
    meta = train_neural(aner, tmp_path, hp={"epochs": 1, "hidden": 8, "word_dim": 8, "char_filters": 8},
                        limit=60, progress=lambda m: None)
    assert (tmp_path / "ner_nn.npz").exists()
    assert meta["mode"] == "held_in" and meta["held_in_f1"] is not None  # the epoch chosen on held-in text
    kept = meta["history"][meta["epoch_kept"] - 1]
    assert meta["dev"]["overall"]["f1"] == pytest.approx(kept["dev_f1"], abs=1e-4)


def test_batched_emissions_equal_the_step_by_step_scores(tmp_path):
    """Every sentence of a document through the LSTM at once (sorted by length, both directions
    in one loop) gives the scores of the sentence-by-sentence, step-by-step reference."""
    tagger = _tiny_model(tmp_path)
    texts = ["قال سامي إن الوضع، x 12", "سامي", "", "قال سامي قال سامي قال سامي إن الوضع هادئ في المدينة"]
    hits = {1: ["name"], 3: ["name", "sh=P", "unknown"]}
    sents = []
    for text in texts:
        toks = ner_tokenize(text)
        sents.append((text, toks, [hits.get(i, []) for i in range(len(toks))]))
    got = tagger.emissions([([t.text for t in toks], h) for _, toks, h in sents])
    assert [g.shape for g in got] == [(len(toks), 3) for _, toks, _ in sents]
    for (text, toks, h), g in zip(sents, got):
        if toks:
            want = tagger.scores(text, toks, mem=h, gz=[[] for _ in toks])
            assert np.abs(g - want).max() < 1e-4
    # a second call (spellings cached) gives the same numbers
    again = tagger.emissions([([t.text for t in toks], h) for _, toks, h in sents])
    assert all(np.array_equal(a, b) for a, b in zip(got, again))
    # a full spelling store starts again (flat memory) and the scores do not change
    tagger._spell.maxsize = 3
    small = tagger.emissions([([t.text for t in toks], h) for _, toks, h in sents])
    assert all(np.array_equal(a, b) for a, b in zip(got, small))
    assert len(tagger._spell.data) <= 12  # this call's spellings only
    assert tagger.emissions([]) == []
