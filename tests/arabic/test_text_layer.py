"""The Arabic text layer keeps exact offsets through every operation."""
from hypothesis import given, settings, strategies as st

from marsad.arabic import fold, fold_str, sentences, tokenize
from marsad.document import Document, OffsetError

import pytest

ARABIC = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآؤئىة ًٌٍَُِّْـ٠١٢٣٤٥٦٧٨٩۰۱۲۳یکە0123456789 .،؛؟!\n\u200f")),
    max_size=200,
)


def test_fold_letters_and_digits():
    assert fold_str("أحمد إلى آخر مؤتمر قائد") == "احمد الي اخر موتمر قايد"
    assert fold_str("مدينة") == "مدينه"
    assert fold_str("٢٠١١ و۱۲") == "2011 و12"
    assert fold_str("الثُّلث") == "الثلث"
    assert fold_str("كـــبير") == "كبير"
    assert fold_str("ی ک ە") == "ي ك ه"
    assert fold_str("،؛؟٬٫") == ",;?,."


def test_fold_maps_back_across_deleted_marks():
    text = "نسبة تقارب الثُلث من الوزارة"
    f = fold(text)
    i = f.text.index("الثلث")
    s, e = f.span(i, i + len("الثلث"))
    assert text[s:e] == "الثُلث"
    j = f.text.index("الوزاره")
    s, e = f.span(j, j + len("الوزاره"))
    assert text[s:e] == "الوزارة"


@settings(max_examples=300, deadline=None)
@given(ARABIC, st.data())
def test_fold_span_roundtrip(text, data):
    f = fold(text)
    assert len(f.text) <= len(text)
    if not f.text:
        return
    i = data.draw(st.integers(0, len(f.text) - 1))
    j = data.draw(st.integers(i + 1, len(f.text)))
    s, e = f.span(i, j)
    assert 0 <= s < e <= len(text)
    # The original span folds back to exactly the folded span.
    assert fold_str(text[s:e]) == f.text[i:j]


@settings(max_examples=300, deadline=None)
@given(ARABIC)
def test_tokens_and_sentences_are_offsets(text):
    for t in tokenize(text):
        assert text[t.start:t.end] == t.text
        for _p, stem, stem_start in t.readings():
            assert fold_str(text[stem_start:t.end]) == stem
    last = 0
    for s in sentences(text):
        assert s.start >= last and text[s.start:s.end].strip() == text[s.start:s.end]
        last = s.end


def test_clitic_readings():
    tok = tokenize("وللمنشقين")[0]
    stems = {stem for _p, stem, _s in tok.readings()}
    assert "منشقين" in stems and "للمنشقين" in stems
    tok = tokenize("بالانشقاق")[0]
    assert ("بال", "انشقاق", 3) in tok.readings()


def test_sentences_keep_decimals_and_split_on_arabic_question_mark():
    text = "ارتفع المؤشر 3.5 نقطة. كم عدد المنشقين؟ لا توجد إحصائيات\nسطر آخر"
    got = [text[s.start:s.end] for s in sentences(text)]
    assert got == ["ارتفع المؤشر 3.5 نقطة.", "كم عدد المنشقين؟", "لا توجد إحصائيات", "سطر آخر"]


def test_document_refuses_wrong_offsets():
    doc = Document("قتل 5 أشخاص")
    doc.add("quantities", {"start": 4, "end": 5, "surface": "5"})
    with pytest.raises(OffsetError):
        doc.add("quantities", {"start": 4, "end": 6, "surface": "5"})
    rec = doc.to_record()
    assert rec["quantities"][0]["surface"] == "5"
    assert list(rec)[:7] == ["text", "id", "title", "outlet", "author", "url", "published"]
    with pytest.raises(AttributeError):
        doc.text = "x"


def test_sentences_end_after_a_number_and_at_every_line_break():
    text = "قتل 5. ثم انسحبوا في عام 2011. وقال د. محمد إن 3.5 مليون\n1. البند الأول\nخرجت مظاهرة في درعا\nوأخرى في حمص"
    got = [text[s.start:s.end] for s in sentences(text)]
    assert got == ["قتل 5.", "ثم انسحبوا في عام 2011.", "وقال د. محمد إن 3.5 مليون", "1. البند الأول",
                   "خرجت مظاهرة في درعا", "وأخرى في حمص"]


def test_shared_tokens_keep_arabic_punctuation_apart():
    # NER, quantities and events read the shared tokens: no Arabic mark glued to a word

    text = "قال القشعمي، إنّ ٣٫٥٪ منهم؛ هل انشقوا؟ ١٢؍٣"
    toks = [t.text for t in tokenize(text)]
    assert toks == ["قال", "القشعمي", "،", "إنّ", "٣٫٥", "٪", "منهم", "؛", "هل", "انشقوا", "؟", "١٢", "؍", "٣"]


def test_ner_split_changes_shared_tokens_only_at_eastern_number_marks():
    # EntityTagger skips split_punct unless the text holds ٫ or ٬: every other mark is a token already
    from marsad.ner.tokens import ARABIC_PUNCT, split_punct

    for ch in ARABIC_PUNCT:
        text = f"كلمة{ch}أخرى ١٢{ch}٣ 12{ch}3 {ch}"
        same = [tuple(t) for t in split_punct(tokenize(text))] == [tuple(t) for t in tokenize(text)]
        assert same == (ch not in "\u066b\u066c"), ch


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ابتةأىئـَ ٠١٢٣۴یکە٬٫،؟«»“\u200f\u2066\ufeff😀Ωé\n")), max_size=120))
def test_fold_is_per_character_on_and_off_the_windows_1256_path(text):
    """Text with a character Windows-1256 lacks folds run by run (byte path for the rest):
    the result is the character-by-character fold, whole or cut anywhere, light or not."""
    from marsad.arabic.normalize import _DELETE_RE, _LIGHT_TABLE_LIST, _TABLE_LIST

    for light, table in ((False, _TABLE_LIST), (True, _LIGHT_TABLE_LIST)):
        want = "".join(_DELETE_RE.sub("", ch).translate(table) for ch in text)
        assert fold(text, light=light).text == want
    assert fold_str(text) == "".join(fold_str(ch) for ch in text)
    k = len(text) // 2
    assert fold_str(text) == fold_str(text[:k]) + fold_str(text[k:])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("اب ت1 2.!?؟\n\"'»”)د")), max_size=80))
def test_sentence_split_tried_at_marks_only_equals_the_full_scan(text):
    from marsad.arabic.tokens import _SENT_END, _add_trimmed, _continues

    want: list = []
    last = 0
    for m in _SENT_END.finditer(text):
        if m.start() < last or (m.group() == "\n" and _continues(text, m.start(), last)):
            continue
        _add_trimmed(text, last, m.end() if m.group()[0] != "\n" else m.start(), want)
        last = m.end()
    _add_trimmed(text, last, len(text), want)
    assert sentences(text) == want


def test_a_sentence_cut_by_a_line_break_is_one_sentence_when_the_evidence_is_clear():
    long_line = "نظم أهالي البلدة في ريف المحافظة يوم الجمعة وقفة احتجاجية شارك فيها"
    text = long_line + "\nنحو 200 شخص طالبوا بالإفراج عن المعتقلين.\nالسطر التالي جملة أخرى."
    got = [text[s.start:s.end] for s in sentences(text)]
    assert got == [long_line + "\nنحو 200 شخص طالبوا بالإفراج عن المعتقلين.", "السطر التالي جملة أخرى."]


@pytest.mark.parametrize("text", [
    "عنوان قصير بلا نقطة\nثم يبدأ نص الخبر هنا.",  # a short line: a headline
    "نظم أهالي البلدة في ريف المحافظة يوم الجمعة وقفة احتجاجية شارك فيها:\nنحو 200 شخص.",  # a colon closes it
    "نظم أهالي البلدة في ريف المحافظة يوم الجمعة وقفة احتجاجية شارك فيها\n\nنحو 200 شخص.",  # a blank line
    "نظم أهالي البلدة في ريف المحافظة يوم الجمعة وقفة احتجاجية شارك فيها\n• بند في قائمة.",  # a bullet
    "نظم أهالي البلدة في ريف المحافظة يوم الجمعة وقفة احتجاجية شارك فيها\n2. بند مرقم.",  # a list number
    "نظم أهالي البلدة في ريف المحافظة يوم الجمعة وقفة احتجاجية شارك فيها\n#وسم",  # a hashtag line
])
def test_a_line_that_ends_a_block_still_ends_the_sentence(text):
    assert len(sentences(text)) == 2


def test_an_event_whose_trigger_and_figure_fall_on_two_lines_keeps_its_figure():
    import marsad

    text = ("نظم أهالي مدينة جاسم شمالي درعا يوم الجمعة وقفة احتجاجية شارك فيها\n"
            "نحو 200 شخص طالبوا بالإفراج عن المعتقلين.")
    doc = marsad.analyze(text, published="2024-12-06")
    protests = [e for e in doc["events"] if e["type"] == "protest"]
    assert [(e["count"]["low"], e["place"]["name_en"]) for e in protests] == [(200, "Jasim")]
