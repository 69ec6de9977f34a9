"""The CRF scored here (ner/decode.py) gives crfsuite's own tags, token for token."""
from __future__ import annotations

from pathlib import Path

import pycrfsuite
import pytest

from marsad.arabic.tokens import sentences
from marsad.build_info import load_pure
from marsad.ner.conll import read_conll
from marsad.ner.crfsuite_file import FormatError, read_model
from marsad.ner.decode import rows, rows_f
from marsad.ner.features import gazetteer_tags, memory_tags, sentence_features
from marsad.ner.model import MODEL_NAME, ModelMissing, NerModel, default_model, model_dir
from marsad.ner.tokens import ner_tokenize

from conftest import shared_path

REPO = Path(__file__).resolve().parents[2]

OWN = [  # written for this test
    "قال وزير الدفاع التركي خلوصي أكار إن القوات دخلت مدينة تل أبيض صباح الأحد.",
    "وأوضح محمد عبد الرحمن الحلبي لوكالة الأنباء أن ٣٫٥ ألف شخص فرّوا من جنوب إدلب.",
    "التقى وفد من الأمم المتحدة بممثلين عن المجلس المحلي في دوما، ثم عاد إلى دمشق.",
    "«هيئة تحرير الشام» تسيطر على معبر باب الهوى منذ عام 2017",
    "Reuters 12 NATO",
    "و",
]


def _sentences(text: str, toks):
    """(start, end) token ranges of the text's sentences, as NerModel.tag_document cuts them."""
    k = 0
    for s in sentences(text):
        while k < len(toks) and toks[k].start < s.start:
            k += 1
        j = k
        while j < len(toks) and toks[j].end <= s.end:
            j += 1
        if j > k:
            yield k, j
        k = j


def _texts() -> list[str]:
    out = list(OWN)
    out += [p.read_text(encoding="utf-8") for p in sorted((REPO / "samples" / "corpus").glob("*.txt"))]
    return out


def crf_only() -> NerModel:
    """The committed CRF without the neural tagger it ships with (crfsuite knows only the CRF)."""
    model = NerModel()
    model.set_ensemble(None, 0.0)
    return model


def _crfsuite_tags(model: NerModel, text: str, toks, gz, mem) -> list[str]:
    return model.tagger.tag(sentence_features(text, toks, gz, mem, ctx=model._ctx, keep=model.keep))


def test_weights_read_from_the_file_are_crfsuites():
    model = default_model()
    w = read_model(model.path)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model.path))
    info = tagger.info()  # crfsuite's dump: weights rounded to six decimals
    assert w.labels == tagger.labels()
    assert set(w.attrs) == {a for a, _ in info.state_features}
    n = 0
    for (attr, label), x in info.state_features.items():
        got = dict(w.state[w.attrs[attr]])[w.labels.index(label)]
        assert abs(got - x) < 1e-6
        n += 1
    assert n == sum(len(r) for r in w.state) > 10_000
    for (a, b), x in info.transitions.items():
        assert abs(w.trans[w.labels.index(a)][w.labels.index(b)] - x) < 1e-6


def test_tags_equal_crfsuites_on_our_sentences_and_the_sample_corpus():
    model = crf_only()
    n = 0
    for text in _texts():
        toks_all = ner_tokenize(text)
        gz_all = gazetteer_tags(text, toks_all)
        mem_all = memory_tags(text, toks_all, model.memory, model.memory_words, model.name_part)
        for a, b in _sentences(text, toks_all):
            toks, gz, mem = toks_all[a:b], gz_all[a:b], mem_all[a:b]
            assert model.tag_fast(toks, gz, mem) == _crfsuite_tags(model, text, toks, gz, mem), text[:60]
            n += len(toks)
    assert n > 5_000
    # a whole text as one sequence too (long sequences, every bigram across sentence ends)
    text = "\n".join(_texts()[:8])
    toks = ner_tokenize(text)
    gz = gazetteer_tags(text, toks)
    mem = memory_tags(text, toks, model.memory, model.memory_words, model.name_part)
    tags = model.tag_fast(toks, gz, mem)
    assert tags == _crfsuite_tags(model, text, toks, gz, mem)
    assert {"B-PER", "B-LOC", "B-ORG"} <= set(tags)


def test_tags_equal_crfsuites_on_anercorp():
    sents = list(read_conll(shared_path("data", "anercorp", "ANERcorp_camelrules_train.txt")))
    model = crf_only()
    differ = 0
    for s in sents[::2]:
        text = " ".join(w for w, _ in s)
        toks = ner_tokenize(text)
        if not toks:
            continue
        gz = gazetteer_tags(text, toks)
        mem = memory_tags(text, toks, model.memory, model.memory_words, model.name_part)
        differ += model.tag_fast(toks, gz, mem) != _crfsuite_tags(model, text, toks, gz, mem)
    assert differ == 0


def test_pure_and_compiled_decoders_agree():
    """setup.py compiles ner/decode.py; its pure source must decide the same."""
    pure = load_pure("ner.decode")
    model = default_model()
    chain = model._chain
    twin = pure.Chain(chain.n, list(chain.trans), list(chain.weights))
    for text in OWN[:3]:
        toks = ner_tokenize(text)
        words = [model._spelling(t.text) for t in toks]
        args = ([w[0] for w in words], [w[2] for w in words], [tuple(rows([]) for _ in range(5)) for _ in toks],
                [-1] * len(toks), [-1] * len(toks), model._bos, model._eos)
        assert chain.tag_sentence(*args) == twin.tag_sentence(*args)
        assert list(chain.prefix([0, chain.n])) == list(twin.prefix([0, chain.n]))
        assert list(chain.states(*args)) == list(twin.states(*args))
        sc = chain.states(*args)
        assert chain.best_path(sc, chain.trans) == twin.best_path(twin.states(*args), twin.trans)
    assert chain.tag_sentence([], [], [], [], [], -1, -1) == []
    assert chain.best_path(rows_f([]), chain.trans) == []


def test_state_scores_decoded_give_the_chains_tags():
    """The ensemble decodes the CRF's state scores plus the neural ones: with nothing added,
    ``states`` + ``best_path`` are ``tag_sentence`` (same scores, same tie rules)."""
    model = crf_only()
    chain = model._chain
    n = 0
    for text in _texts()[:40]:
        toks_all = ner_tokenize(text)
        words = [model._spelling(t.text) for t in toks_all]
        gz_all = gazetteer_tags(text, toks_all)
        mem_all = memory_tags(text, toks_all, model.memory, model.memory_words, model.name_part)
        hits = [model._hits(tuple(g + m)) if g + m else tuple(rows([]) for _ in range(5))
                for g, m in zip(gz_all, mem_all)]
        bgm, bgp = model._bigram_rows(words)
        for a, b in _sentences(text, toks_all):
            args = ([w[0] for w in words[a:b]], [w[2] for w in words[a:b]], hits[a:b], bgm[a:b], bgp[a:b],
                    model._bos, model._eos)
            sc = chain.states(*args)
            assert len(sc) == (b - a) * chain.n
            assert chain.best_path(sc, chain.trans) == chain.tag_sentence(*args)
            n += b - a
    assert n > 2_000
    # another model's scores change the path: a huge bonus for one label on every token wins
    sc = list(chain.states(*args))
    k = model.labels.index("B-LOC")
    forced = [x + (1e6 if i % chain.n == k else 0.0) for i, x in enumerate(sc)]
    assert set(chain.best_path(rows_f(forced), chain.trans)) == {k}


def test_a_damaged_model_file_is_one_clear_error(tmp_path):
    src = model_dir() / MODEL_NAME
    bad = tmp_path / MODEL_NAME
    bad.write_bytes(src.read_bytes()[:5000])
    with pytest.raises(FormatError):
        read_model(bad)
    with pytest.raises(ModelMissing, match="not a usable CRFsuite model"):
        NerModel(bad)
    bad.write_bytes(b"not a model at all")
    with pytest.raises(ModelMissing, match="not a usable CRFsuite model"):
        NerModel(bad)


def test_document_tagging_is_the_same_through_crfsuite(monkeypatch):
    """Where ner/decode.py runs uncompiled the model hands crfsuite the feature strings: the
    document's entities must not change."""
    import marsad.ner.model as model_mod

    model = crf_only()
    texts = _texts()[:20]
    fast = [model.tag_document(t) for t in texts]
    monkeypatch.setattr(model_mod, "COMPILED", False)
    slow = [model.tag_document(t) for t in texts]
    assert fast == slow
    assert sum(len(x) for x in fast) > 40


def test_split_punct_through_the_text_equals_the_token_pass():
    from marsad.arabic.tokens import tokenize
    from marsad.ner.tokens import split_punct

    texts = _texts()[:30] + ["بلغ ٣٫٥ مليون، و١٬٢٠٠ آخرون؟ نعم؛ ٪٥", "٫", "", "لا علامات هنا"]
    for text in texts:
        toks = tokenize(text)
        assert split_punct(toks, text) == split_punct(toks)


def test_max_marginals_are_the_chains_marginals():
    """The gate's confidence: each token's best label marginal equals the one found by summing
    every label path of a short sentence (forward-backward, not an approximation), compiled
    and pure alike."""
    import itertools
    import math

    pure = load_pure("ner.decode")
    model = crf_only()
    chain = model._chain
    twin = pure.Chain(chain.n, list(chain.trans), list(chain.weights))
    L = chain.n
    tr = list(chain.trans)
    for text in ("دخلت القوات حلب", "قال خالد العلي", "و"):
        toks = ner_tokenize(text)
        words = [model._spelling(t.text) for t in toks]
        args = ([w[0] for w in words], [w[2] for w in words], [tuple(rows([]) for _ in range(5)) for _ in toks],
                [-1] * len(toks), [-1] * len(toks), model._bos, model._eos)
        sc = list(chain.states(*args))
        T = len(toks)
        mass = [[0.0] * L for _ in range(T)]
        for path in itertools.product(range(L), repeat=T):
            s = sum(sc[t * L + y] for t, y in enumerate(path)) + sum(tr[a * L + b] for a, b in zip(path, path[1:]))
            for t, y in enumerate(path):
                mass[t][y] += math.exp(s)
        want = [max(m) / sum(m) for m in mass]
        got = list(chain.max_marginals(rows_f(sc)))
        assert got == pytest.approx(want, rel=1e-9)
        assert list(twin.max_marginals(rows_f(sc))) == pytest.approx(got, rel=1e-12)
        assert all(0 < x <= 1 for x in got)
    assert list(chain.max_marginals(rows_f([]))) == []
