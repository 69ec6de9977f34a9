"""The organisation-name rule on phrases written for these tests."""
import pytest

from marsad.ner.rules import apply_org_rules, org_spans
from marsad.ner.tokens import ner_tokenize


def spans(text):
    toks = ner_tokenize(text)
    return [text[toks[i].start:toks[j - 1].end] for i, j in org_spans(toks)]


@pytest.mark.parametrize("text,name", [
    ("قال المرصد السوري لحقوق الإنسان إن القصف استمر", "المرصد السوري لحقوق الإنسان"),
    ("أعلنت وزارة الخارجية التركية أمس", "وزارة الخارجية التركية"),
    ("دعا مجلس الأمن الدولي إلى هدنة", "مجلس الأمن الدولي"),
    ("أصدرت غرفة عمليات ردع العدوان بيانا", "غرفة عمليات ردع العدوان"),
    ("نشر موقع «تجمع شباب الساحل» صورا", "تجمع شباب الساحل"),
    ("بحسب المركز العربي للأبحاث ودراسة السياسات", "المركز العربي للأبحاث"),
])
def test_organisation_shaped_phrases(text, name):
    assert spans(text) == [name]


@pytest.mark.parametrize("text", [
    "وصل الوفد إلى مركز المدينة أمس",      # a place in town, not a body
    "تحدث عن الحركة الاقتصادية في البلاد",   # head + ordinary adjective
    "هاجم فصيل مسلح الحاجز",                 # indefinite, unquoted
    "قال الجيش إن الهجوم فشل",              # a head alone
])
def test_ordinary_phrases_are_left_alone(text):
    assert spans(text) == []


def test_rule_replaces_inner_chunks_but_not_crossing_ones():
    toks = ner_tokenize("قال المرصد السوري لحقوق الإنسان إن")
    tags = ["O", "B-ORG", "I-ORG", "O", "B-MISC", "O"]
    assert apply_org_rules(toks, tags) == ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    crossing = ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"]  # a CRF chunk reaching past the rule span wins
    assert apply_org_rules(toks, crossing) == crossing


def test_listed_organisations_override_inner_crf_chunks():
    from marsad.ner.rules import known_org_spans

    toks = ner_tokenize("سيطرت هيئة تحرير الشام على البلدة ولهيئة تحرير الشام بيان")
    assert known_org_spans(toks) == [(1, 4), (6, 9)]  # a glued ل does not hide the name
    tags = ["O", "O", "O", "B-LOC", "O", "O", "O", "O", "B-LOC", "O"]
    out = apply_org_rules(toks, tags)
    assert out[1:4] == ["B-ORG", "I-ORG", "I-ORG"] and out[6:9] == ["B-ORG", "I-ORG", "I-ORG"]


def test_a_longer_crf_organisation_containing_a_listed_name_is_kept():
    toks = ner_tokenize("دعا مجلس الأمن الدولي إلى هدنة")
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O"]
    assert apply_org_rules(toks, tags) == tags


def test_lil_before_a_head_noun_opens_a_definite_name():
    assert spans("وجه رسالة للمجلس الإسلامي السوري أمس") == ["للمجلس الإسلامي السوري"]


def test_a_head_naming_a_quoted_name_takes_the_quotes():
    assert spans('تحت إشراف غرفة عمليات "درع الشمال" لتأمين الطريق') == ['غرفة عمليات "درع الشمال"']
    assert spans("أعلن تجمع «شباب القرى» انسحابه") == ["تجمع «شباب القرى»"]
