"""conlleval-style scoring and the CoNLL reader."""
import pytest

from marsad.ner.conll import ConllError, chunks, norm_tag, read_conll, report, score


def test_chunks_follow_conlleval_rules():
    tags = ["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-ORG", "I-PER", "B-PER", "B-PER"]
    assert chunks(tags) == [("PER", 0, 2), ("LOC", 3, 5), ("ORG", 5, 6), ("PER", 6, 7), ("PER", 7, 8), ("PER", 8, 9)]


def test_score_needs_type_and_both_boundaries():
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "O", "O", "B-LOC"]]
    s = score(gold, pred)
    assert (s["overall"].tp, s["overall"].pred, s["overall"].gold) == (1, 2, 2)
    assert s["LOC"].f1 == 1.0 and s["PER"].f1 == 0.0
    assert report(s).splitlines()[-1] == "overall precision 0.500 recall 0.500 f1 0.500"


def test_anercorp_tags_map_to_marsad_types(tmp_path):
    assert norm_tag("B-PERS") == "B-PER" and norm_tag("I-MISC") == "I-MISC" and norm_tag("O") == "O"
    with pytest.raises(ConllError):
        norm_tag("B-WEAPON")
    f = tmp_path / "x.conll"
    f.write_text("محمد B-PERS\nفي O\n\nدمشق B-LOC\n", encoding="utf-8")
    assert list(read_conll(f)) == [[("محمد", "B-PER"), ("في", "O")], [("دمشق", "B-LOC")]]
    f.write_text("onlyonecolumn\n", encoding="utf-8")
    with pytest.raises(ConllError, match="line 1"):
        list(read_conll(f))
