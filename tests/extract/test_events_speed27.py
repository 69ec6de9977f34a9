"""Stop 27, speed: word lists moved from the events code into cues.json, each site reading exactly
the words it read before (the events output is identical on every text, bench_events_speed.py
--dump); and the compiled events package (setup.py), guarded all-or-nothing against stale builds."""
from __future__ import annotations

from marsad.arabic.normalize import fold_str
from marsad.extract.events import actors, arguments, attribution, clauses, mentions, modality, tellings
from marsad.extract.events.vocab import complementisers, cue_words, load_cues


def _f(*words: str) -> frozenset[str]:
    return frozenset(fold_str(w) for w in words)


def test_complementisers_are_one_list_in_cues_json():
    c = load_cues()["complementisers"]
    assert {"about", "that", "and_that", "and_by_that", "so_that"} <= set(c)
    # folded, «أن», «إن» and «ان» are one word
    assert complementisers("that") == {"ان", "بان"}
    assert complementisers("and_that") == {"وان"}
    assert complementisers("so_that") == {"فان"}
    assert complementisers("and_by_that") == {"وبان"}


def test_every_site_reads_the_words_it_read_before():
    # (the literal lists each module held before stop 27; arguments' first «_THAT» was dead: a later
    # module-level «_THAT» replaced it, so _opens_clause always read the bare list)
    assert actors._THAT == _f("أن", "إن", "بأن", "ان", "بان")
    assert arguments._THAT == _f("أن", "إن", "ان", "بأن", "بان")
    assert arguments._AND_THAT == _f("وإن", "وأن", "وان", "وبأن")
    assert attribution._COMPLEMENT == _f("أن", "إن", "بأن", "بان", "ان")
    assert clauses._THAT == _f("أن", "إن", "ان", "بأن", "وأن")
    assert mentions._THAT == _f("أن", "إن", "ان", "بأن", "بان", "وأن", "وإن")
    assert modality._NEW_THAT == _f("وإن", "وأن", "وان", "فإن", "فأن")
    assert tellings._THAT == _f("أن", "إن", "بأن")


def test_short_word_lists_come_from_cues_json():
    # raw text keys (a substring test on the unfolded text): the hamza stays
    assert mentions._MEANS_KEYS == cue_words("means_in_clause", "keys", fold=False)
    assert "ألغام" in mentions._MEANS_KEYS and "رصاص" in mentions._MEANS_KEYS
    assert set(arguments._PART_SHARES) == _f("معظم", "أغلب", "اغلب", "غالبيت", "جل", "أكثر", "بعض", "كل", "جميع")
    assert set(attribution._PUBLISHING) == _f("نشر", "بث", "تداول")
    assert set(mentions._S_NOUNS) == _f("سيطر", "سيار", "سياس", "سياد", "سيد", "سين", "سيف", "سيول", "سيل", "سنو",
                                        "ستين", "سيناريو")
    assert actors._POST_NOUNS == _f("حاجز", "نقطة", "مفرزة", "فرع", "ثكنة", "قاعدة", "مقر", "كتيبة", "موقع", "مخفر")
    assert actors._FROM_POST == _f("من", "عناصر", "دورية", "دوريات", "قوة", "مجموعة")
    for key in ("complementisers", "means_in_clause", "share_words", "publishing_verbs", "future_s_nouns",
                "post_anaphor"):
        assert load_cues()[key]["about"]
