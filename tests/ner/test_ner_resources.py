"""Word clusters, the world gazetteer and the remembered name parts: the CRF's new inputs."""
import pytest

from marsad.ner.clusters import KS, cluster_map
from marsad.ner.features import gazetteer_tags, memory_lexicon, memory_tags, memory_tokens, word_features
from marsad.ner.tokens import ner_tokenize


def test_committed_cluster_map_covers_common_words_and_gives_every_granularity():
    cm = cluster_map()
    assert len(cm) > 5000
    for w in ("بغداد", "قال", "الرييس"):  # folded spellings
        assert [x.split("=")[0] for x in cm[w]] == [f"k{k}" for k in KS]
        assert all(0 <= int(x.split("=")[1]) < k for x, k in zip(cm[w], KS))


def test_a_word_with_a_proclitic_takes_its_stems_clusters():
    cm = cluster_map()
    assert "وبغداد" not in cm
    assert set(cm["بغداد"]) <= set(word_features("وبغداد")[2])
    assert "k=none" in word_features("زخرفيطون")[2]


def test_world_places_mark_towns_and_countries_abroad():
    text = "زار الوفد أوسلو ثم البوسنة والهرسك وجنوب أفريقيا"
    toks = ner_tokenize(text)
    gz = gazetteer_tags(text, toks)
    assert "gzC-B" in gz[2]                                      # أوسلو
    assert "gzC-B" in gz[4] and "gzC-I" in gz[5]                 # البوسنة والهرسك
    assert "gzC-B" in gz[6] and "gzC-I" in gz[7]                 # (و)جنوب أفريقيا


def test_remembered_name_parts_are_features_of_new_combinations():
    names = {"نزار قباني": ["PER"], "مجلس الأمن": ["ORG"]}
    words = memory_tokens(names)
    assert words["نزار"] == ("mt=PER",) and words["الامن"] == ("mt=ORG",)
    text = "وكتب ونزار الشاعر"
    toks = ner_tokenize(text)
    tags = memory_tags(text, toks, memory_lexicon(names), words)
    assert tags == [[], ["mt=PER"], []]


def test_cluster_building_is_deterministic():
    pytest.importorskip("numpy", reason="numpy (train extra) builds the clusters")
    from marsad.ner import clusters

    sents = [["قال", "الوزير", w, "إن", "الوضع", "صعب"] for w in ("سامي", "نزار", "هاني")] * 4
    sents += [["في", w, "أمس", "قصف", "عنيف"] for w in ("حلب", "حماة", "درعا")] * 4
    a = clusters.build(sents)
    b = clusters.build(list(sents))
    assert a == b and set(a) >= {"سامي", "حلب", "قال"}
    assert a["سامي"][0] == a["نزار"][0] and a["حلب"][0] == a["حماة"][0]
