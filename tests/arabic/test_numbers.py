"""The number grammar: words, digits, duals, ordinals, multipliers and the API others call."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from marsad.arabic.numbers import digits_value, parse_number, scan_numbers, to_words


@pytest.mark.parametrize("text,value", [
    ("واحد", 1), ("اثنتان", 2), ("ثلاث", 3), ("ثمانية", 8), ("عشر", 10), ("إحدى عشرة", 11),
    ("اثنا عشر", 12), ("خمسة عشر", 15), ("خمسة وعشرون", 25), ("واحدة و عشرون", 21), ("تسعون", 90),
    ("مئة", 100), ("مائة", 100), ("مئتان", 200), ("مئتا", 200), ("مائتا", 200), ("مائتين", 200),
    ("ثلاثمائة", 300), ("ثلاث مئة", 300), ("ثلاثمئة", 300), ("تسعمائة وتسعة وتسعون", 999),
    ("ألف", 1000), ("ألفان", 2000), ("ألفا", 2000), ("ثلاثة آلاف", 3000), ("أحد عشر ألفاً", 11000),
    ("أربعة آلاف وخمسمائة", 4500), ("مئة ألف", 100000), ("مليون", 10 ** 6), ("مليونان", 2 * 10 ** 6),
    ("3 ملايين", 3 * 10 ** 6), ("مليار", 10 ** 9), ("ملياران", 2 * 10 ** 9), ("2.5 مليون", 2_500_000),
    ("4 آلاف و500", 4500), ("170 ألف", 170000), ("4 الاف", 4000), ("4 ألاف", 4000),
    ("مليون ونصف", 1_500_000), ("نصف مليون", 500_000), ("ألف ومئتا", 1200),
    ("الثامن", 8), ("الحادي عشر", 11), ("الحادي والعشرين", 21), ("الثاني عشر", 12), ("العاشر", 10),
    ("الثُلث", 0.3333), ("عُشر", 0.1), ("ربع", 0.25),
    ("٤٥٠", 450), ("۴۵۰", 450), ("4,500", 4500), ("٤٬٥٠٠", 4500), ("1.500.000", 1_500_000), ("2.5", 2.5),
    ("١٢٫٥", 12.5), ("0.77", 0.77), ("-1.2", -1.2), ("١١/١٠", 1.1), ("تلتمية وخمسين", 350),
])
def test_parse_number_values(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "   ", "حلب", "4 قتلى", "ثلاثة جنود", "4.8.6.6", "١,٢٣٤٥", "الأحد"])
def test_parse_number_refuses_what_is_not_one_number(text):
    assert parse_number(text) is None


def test_digits_separators():
    assert digits_value("1,234,567") == 1234567
    assert digits_value("1,5") == 1.5  # Maghrebi decimal comma
    assert digits_value("4.500") == 4.5
    assert digits_value("4.500", thousands_dot=True) == 4500
    assert digits_value("1.234,5") == 1234.5
    assert digits_value("1,234.5") == 1234.5
    assert digits_value("12,34,56") is None


def test_scan_splits_the_tricky_between():
    text = "بما بين 4 الاف و500 و5 الاف ضابط، وبين 6 الاف و6 الاف و500، ونحو 170 ألف و5 آخرين"
    got = [(text[n.start:n.end], n.value) for n in scan_numbers(text)]
    assert got == [("4 الاف و500", 4500), ("5 الاف", 5000), ("6 الاف", 6000), ("6 الاف و500", 6500),
                   ("170 ألف", 170000), ("5", 5)]
    for n in scan_numbers(text):
        assert n.start < n.end


def test_scan_offsets_with_proclitics_and_diacritics():
    text = "وقُتِلَ خمسةٌ وعشرونَ جندياً وبـ300 دولار في الحادي عشر من الشهر"
    spans = scan_numbers(text)
    assert [(text[n.start:n.end], n.value, n.ordinal) for n in spans] == [
        ("خمسةٌ وعشرونَ", 25, False), ("300", 300, False), ("الحادي عشر", 11, True)]


def test_scan_skips_handles_urls_hashtags_and_latin_ids():
    text = "@news24 و#حلب_2016 https://x.com/a/123 pic.twitter.com/vfIKy00N3s و15 قتيلا"
    assert [(text[n.start:n.end], n.value) for n in scan_numbers(text)] == [("15", 15)]


def test_to_words_examples():
    assert to_words(4500) == "أربعة آلاف وخمسمائة"
    assert to_words(2_000_000) == "مليونان"
    assert to_words(11) == "أحد عشر"


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=0, max_value=10 ** 9))
def test_round_trip_our_writer(n):
    assert parse_number(to_words(n)) == n


# num2words 0.5.14's Arabic writer garbles some numbers: a 1 in the thousands or millions group
# after hundreds comes out as "مائة و ألف ألف" (101 000) or "مئتان و مليون مليون" (201 000 000).
# Those outputs are not Arabic for the number, so the property is checked where the writer is sound.
_N2W_BROKEN = re.compile(r"ألف ألف|مليون مليون")


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=0, max_value=10 ** 9))
def test_round_trip_num2words(n):
    num2words = pytest.importorskip("num2words").num2words
    words = num2words(n, lang="ar")
    if _N2W_BROKEN.search(words):
        return
    assert parse_number(words) == n


def test_scan_api_for_other_stages():
    text = "بعد ثلاثة أيام، في العاشر من الشهر، وصل 4 آلاف و500 نازح"
    got = [(text[n.start:n.end], n.value, n.ordinal) for n in scan_numbers(text)]
    assert got == [("ثلاثة", 3, False), ("العاشر", 10, True), ("4 آلاف و500", 4500, False)]


# -- the fast paths give what the plain algorithms give ------------------------------------------
_MIXED = st.lists(st.sampled_from(list(
    "ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآؤئىة ًٌَُّْـ٠١٢٥۰۳یکە0159 .،؛؟!\n\u200f\u202a\ufeff\u00a0«»٪"
    "\U0001F600\u2030\uFB50xyz_"
) + ["خمسة", "وثلاثة", "الألف", "بالمئة", "عشرين", "مليون", "ست", "والثامن"]), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(_MIXED)
def test_fold_table_matches_the_plain_dict_fold(text):
    from marsad.arabic import normalize
    stripped = normalize.strip_marks(text)
    assert normalize.fold(text).text == stripped.translate(normalize._TABLE)
    assert normalize.fold(text, light=True).text == stripped.translate(normalize._LIGHT_TABLE)
    assert normalize.fold_str(text) == stripped.translate(normalize._TABLE)


def test_code_page_fold_matches_the_table_fold_for_every_character():
    # the Windows-1256 byte path must give what str.translate gives, character by character
    from marsad.arabic import normalize
    for light, table in ((False, normalize._TABLE_LIST), (True, normalize._LIGHT_TABLE_LIST)):
        bad = [hex(o) for o in range(0x10000) if not 0xD800 <= o < 0xE000
               and normalize._translate(chr(o), light) != chr(o).translate(table)]
        assert bad == [], bad[:10]
    # a text that leaves the code page (Eastern digits) still folds, through str.translate
    assert normalize.fold_str("قُتل ٤٥ مدنيًا") == "قتل 45 مدنيا"


@settings(max_examples=300, deadline=None)
@given(_MIXED)
def test_byte_fold_keeps_the_same_offset_map_as_the_character_fold(text):
    from marsad.arabic import normalize
    for light in (False, True):
        a, b = normalize.fold(text, light), normalize._fold_chars(text, light)
        assert (a.text, a._norm_pos, a._shift) == (b.text, b._norm_pos, b._shift)


@settings(max_examples=300, deadline=None)
@given(_MIXED)
def test_digit_atoms_fast_path_matches_the_full_check(text):
    from marsad.arabic.numbers import DIGITS_RE, default_grammar
    g = default_grammar()
    got = [(a.start, a.end, a.wstart, a.prefix, a.raw, a.astart) for a in g.atoms(text) if a.kind in ("digits", "bad_digits")]
    want = []
    for m in DIGITS_RE.finditer(text):
        a = g._digit_atom(text, m.start(), m.end())
        if a is not None:
            want.append((a.start, a.end, a.wstart, a.prefix, a.raw, a.astart))
    assert got == want


@settings(max_examples=300, deadline=None)
@given(_MIXED)
def test_grammar_word_scan_matches_lexicon_find(text):
    from marsad.arabic.normalize import fold
    from marsad.arabic.numbers import default_grammar, lexicon_hits
    from marsad.extract.places import gazetteer
    f = fold(text)
    # the number words and the places gazetteer (stop 23: places scans by lexicon_hits too)
    for lex in (default_grammar().lexicon, gazetteer().lexicon):
        want = [(m.start, m.end, m.prefix_start, m.prefix, m.value[0] if isinstance(m.value, list) else m.value)
                for m in lex.find(f)]
        assert lexicon_hits(lex, f) == want


@pytest.mark.parametrize("s", ["0", "007", "4500", "٤٥٠٠", "۴۵۰", "12345678901234567890"])
def test_plain_digit_runs_read_as_integers(s):
    v = digits_value(s)
    assert v == int(s) and isinstance(v, int)


# -- issue 14 ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("بلغ عددهم 9 آلاف و44 شخصاً", 9044), ("بلغ 25 الفا و667 لاجئا", 25667),
    ("بلغ العدد مليوناً و905 آلاف و980 لاجئاً", 1905980), ("بلغ مليونا و200 ألف", 1200000),
])
def test_thousands_and_a_small_remainder_are_one_number(text, value):
    assert [n.value for n in scan_numbers(text)] == [value]


def test_170_thousand_and_5_others_stay_two_amounts():
    assert [n.value for n in scan_numbers("قتل 170 ألف و5 آخرين")] == [170000, 5]


def test_construct_dual_before_a_noun_is_two_thousand():
    assert [n.value for n in scan_numbers("يضم ألفا مقاتل")] == [2000]
    assert [n.value for n in scan_numbers("قتل 223 ألفاً")] == [223000]


@pytest.mark.parametrize("text", ["افتتح فرن الدخان الأول في المدينة", "للمرة الأولى منذ سنوات"])
def test_first_is_a_rank_not_an_amount(text):
    assert scan_numbers(text) == []


def test_higher_ordinals_still_read():
    assert [(n.value, n.ordinal) for n in scan_numbers("خرجت المظاهرة في الأسبوع الخامس")] == [(5, True)]
    assert [n.value for n in scan_numbers("الحادي عشر")] == [11]



@pytest.mark.parametrize("text", [
    "قصفت الطائرات بلدةَ كفرنبودة وقرى سهلِ الغاب، وبحمص واللاذقية وللبوكمال",
    "نزح الأهالي من ريف حلب الشمالي إلى عفرين وجنديـرس ومخيمات أطمة وقاح",
    "",
])
def test_places_gazetteer_scan_matches_lexicon_find(text):
    # stop 23: the places stage reads the gazetteer by the compiled scan; same hits as find
    from marsad.arabic.normalize import fold
    from marsad.arabic.numbers import lexicon_hits
    from marsad.extract.places import gazetteer
    lex = gazetteer().lexicon
    f = fold(text)
    want = [(m.start, m.end, m.prefix_start, m.prefix, m.value[0] if isinstance(m.value, list) else m.value)
            for m in lex.find(f)]
    assert lexicon_hits(lex, f) == want and (text == "" or want)
