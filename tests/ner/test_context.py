"""Document consistency: names tagged once are found again elsewhere in the document."""
from marsad.ner.context import common_words, propagate


def _doc(*sents):
    return [(s.split(), t.split()) for s, t in sents]


def test_surname_and_full_name_are_found_again():
    doc = _doc(("وقال رئيس الحكومة سعد الحريري أمس", "O O O B-PER I-PER O"),
               ("واعتبر الحريري أن الاتفاق قائم", "O O O O O"),
               ("والتقى سعد الحريري الوفد", "O O O O"))
    out = propagate(doc, frozenset())
    assert out[0] == ["O", "O", "O", "B-PER", "I-PER", "O"]
    assert out[1] == ["O", "B-PER", "O", "O", "O"]
    assert out[2] == ["O", "B-PER", "I-PER", "O"]


def test_a_conjunction_glued_to_the_repeat_is_looked_through():
    doc = _doc(("زار الوفد بلنسية أمس", "O O B-LOC O"), ("وعاد من وبلنسية", "O O O"))
    assert propagate(doc, frozenset())[1] == ["O", "O", "B-LOC"]


def test_common_words_and_tagged_words_are_left_alone():
    doc = _doc(("ظهر صباح حسن في الصورة", "O B-PER I-PER O O"),
               ("وفي صباح اليوم التالي", "O O O O"),
               ("قالت وزارة حسن للتجارة", "O B-ORG I-ORG I-ORG"))
    out = propagate(doc, frozenset({"صباح"}))
    assert out[1] == ["O", "O", "O", "O"]      # "صباح" (morning) is mostly not a name
    assert out[2] == ["O", "B-ORG", "I-ORG", "I-ORG"]  # inside a predicted name: untouched


def test_common_words_are_those_mostly_tagged_o():
    sents = [[("صباح", "O")], [("صباح", "O")], [("صباح", "B-PER")], [("نزار", "B-PER")] * 3]
    assert common_words(sents) == ["صباح"]
