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


def test_lam_before_the_article_is_looked_through():
    # «ل» + «الرقة» is written «للرقة» (the article's alif drops): the same name both ways
    doc = _doc(("وصل الوفد إلى الرقة مساء", "O O O B-LOC O"), ("وعاد الوفد للرقة بعد يومين", "O O O O O"))
    assert propagate(doc, frozenset())[1] == ["O", "O", "B-LOC", "O", "O"]
    doc = _doc(("قدم الشكر للمهيري أمس", "O O B-PER O"), ("وقال المهيري إن الجلسة انتهت", "O O O O O O"))
    assert propagate(doc, frozenset())[1] == ["O", "B-PER", "O", "O", "O", "O"]
    # «لله» is no «ل» + article
    assert propagate(_doc(("قال الله", "O B-PER"), ("الحمد لله", "O O")), frozenset())[1] == ["O", "O"]


def test_common_words_and_tagged_words_are_left_alone():
    doc = _doc(("ظهر صباح حسن في الصورة", "O B-PER I-PER O O"),
               ("وفي صباح اليوم التالي", "O O O O"),
               ("قالت وزارة حسن للتجارة", "O B-ORG I-ORG I-ORG"))
    out = propagate(doc, frozenset({"صباح"}))
    assert out[1] == ["O", "O", "O", "O"]      # "صباح" (morning) is mostly not a name
    assert out[2] == ["O", "B-ORG", "I-ORG", "I-ORG"]  # inside a predicted name: untouched


def test_a_common_noun_that_is_a_named_persons_family_name_is_found_again():
    doc = _doc(("وقال الوزير ماهر الخطيب في كلمته", "O O B-PER I-PER O O"),
               ("واضاف الخطيب ان الخطة جاهزة", "O O O O O"),
               ("ورد الخطيب على الاسئلة", "O O O O"))
    out = propagate(doc, frozenset({"الخطيب", "ماهر"}))
    assert out[1] == ["O", "B-PER", "O", "O", "O"] and out[2] == ["O", "B-PER", "O", "O"]
    # not without the full name in the document, and a common first name is still not spread
    alone = _doc(("واضاف الخطيب ان الخطة جاهزة", "O O O O O"), ("قال ماهر الخطيب", "O O O"))
    assert propagate(alone, frozenset({"الخطيب"})) == [["O"] * 5, ["O"] * 3]
    first = _doc(("قال ماهر الخطيب", "O B-PER I-PER"), ("وكان ماهر في البيت", "O O O O"))
    assert propagate(first, frozenset({"ماهر"}))[1] == ["O", "O", "O", "O"]
    # a ruler's ordinal is no family name
    king = _doc(("زار الملك فيصل الثاني بغداد", "O O B-PER I-PER B-LOC"), ("في اليوم الثاني", "O O O"))
    assert propagate(king, frozenset({"الثاني"}))[1] == ["O", "O", "O"]


def test_common_words_are_those_mostly_tagged_o():
    sents = [[("صباح", "O")], [("صباح", "O")], [("صباح", "B-PER")], [("نزار", "B-PER")] * 3]
    assert common_words(sents) == ["صباح"]


def test_a_nasab_of_given_names_takes_the_family_name_after_it():
    from marsad.ner.context import complete_persons

    from marsad.arabic.normalize import fold_str

    given = frozenset({"عبدالعزيز", "جاسم", "احمد", "محمود"})  # the lexicons hold folded words
    titles = frozenset({fold_str("قائد")})
    words = "انشقاق اللواء عبدالعزيز جاسم شلال قائد الشرطة".split()
    tags = ["O", "O", "B-PER", "I-PER", "O", "O", "O"]
    got = complete_persons(words, tags, given, frozenset(), frozenset(), titles)
    assert got == ["O", "O", "B-PER", "I-PER", "I-PER", "O", "O"]
    # a title after the chain, a conjoined name, or a pronoun-suffixed noun is not the family name
    for nxt in ("قائد", "ومحمود", "اخيه"):
        words = ["احمد", "محمود", nxt]
        assert complete_persons(words, ["B-PER", "I-PER", "O"], given, frozenset(), frozenset(),
                                titles)[2] == "O"
    # a name never ends on "أبو": the kunya takes the next word
    assert complete_persons(["قال", "احمد", "ابو", "الخير"], ["O", "B-PER", "I-PER", "O"], given,
                            frozenset(), frozenset()) == ["O", "B-PER", "I-PER", "I-PER"]



def test_a_kunya_or_a_nasab_opens_the_name_the_tagger_cut():
    from marsad.ner.context import complete_persons

    given = frozenset({"احمد"})
    common = frozenset({"الكبير"})
    # "أبا" before the name is its first word
    words = "وصل أبا سعيد إلى المدينة".split()
    assert complete_persons(words, ["O", "O", "B-PER", "O", "O"], given, frozenset(), common) == \
        ["O", "B-PER", "I-PER", "O", "O"]
    # a name starting with "بن" takes the person's own name before it ...
    words = "وصل سالم بن راشد أمس".split()
    assert complete_persons(words, ["O", "O", "B-PER", "I-PER", "O"], given, frozenset(), common) == \
        ["O", "B-PER", "I-PER", "I-PER", "O"]
    # ... but not a common word, a title, or anything before "ابن" (which opens names itself)
    for before, head in (("الكبير", "بن"), ("الشيخ", "بن"), ("وصل", "ابن")):
        words = [before, head, "راشد"]
        got = complete_persons(words, ["O", "B-PER", "I-PER"], given, frozenset(), common, frozenset({"الشيخ"}))
        assert got == ["O", "B-PER", "I-PER"], before


def test_a_two_word_place_read_as_a_person_is_the_place():
    from marsad.ner.context import places_over_persons

    gz = [[], ["gzK-B"], ["gzK-I"], []]
    assert places_over_persons(["O", "B-PER", "I-PER", "O"], gz) == ["O", "B-LOC", "I-LOC", "O"]
    # a person whose name only starts like a place, and organisations, stay
    assert places_over_persons(["O", "B-PER", "I-PER", "I-PER"], gz + []) == ["O", "B-PER", "I-PER", "I-PER"]
    assert places_over_persons(["O", "B-ORG", "I-ORG", "O"], gz) == ["O", "B-ORG", "I-ORG", "O"]
    # a small locality named after a person ("أبو بكر") leaves the person alone
    assert places_over_persons(["O", "B-PER", "I-PER", "O"], [[], ["gzS-B"], ["gzS-I"], []]) == ["O", "B-PER", "I-PER", "O"]


def test_rif_joins_the_place_after_it_with_its_direction():
    from marsad.ner.context import rural_regions

    words = "قصف بريف درعا الشرقي أمس".split()
    assert rural_regions(words, ["O", "O", "B-LOC", "O", "O"]) == ["O", "B-LOC", "I-LOC", "I-LOC", "O"]
    assert rural_regions(words, ["O", "B-LOC", "B-LOC", "B-LOC", "O"]) == ["O", "B-LOC", "I-LOC", "I-LOC", "O"]
    assert rural_regions("قصف ريف المدينة".split(), ["O", "O", "O"]) == ["O", "O", "O"]


def test_a_word_with_an_attached_pronoun_leaves_the_persons_name():
    """«وزّع على جنودها سليم الناصر»: «جنودها» (her soldiers) is no part of the name after it;
    a name with the article that ends like a pronoun («الحكم») and a word seen only in names stay."""
    from marsad.ner.context import pronoun_words_out

    words = ["وزع", "على", "جنودها", "سليم", "الناصر", "ثم", "مروان", "بن", "الحكم"]
    tags = ["O", "O", "B-PER", "I-PER", "I-PER", "O", "B-PER", "I-PER", "I-PER"]
    assert pronoun_words_out(words, tags, frozenset()) == ["O", "O", "O", "B-PER", "I-PER", "O",
                                                            "B-PER", "I-PER", "I-PER"]
    # in the middle of a chunk: the name goes on after it as a new name
    words = ["سليم", "بلادهم", "الناصر"]
    assert pronoun_words_out(words, ["B-PER", "I-PER", "I-PER"], frozenset()) == ["B-PER", "O", "B-PER"]
    # a word the training data saw only inside names is kept; other types are left alone
    assert pronoun_words_out(words, ["B-PER", "I-PER", "I-PER"], frozenset({"بلادهم"})) == ["B-PER", "I-PER", "I-PER"]
    assert pronoun_words_out(words, ["B-ORG", "I-ORG", "I-ORG"], frozenset()) == ["B-ORG", "I-ORG", "I-ORG"]


def test_a_kunyas_father_of_is_never_spread_alone():
    """«أبو سلمى» named once: a later «أبو» or «أبا» alone is no name, the full kunya still is."""
    doc = _doc(("وقال الشاعر أبو سلمى إن القصيدة قديمة", "O O B-PER I-PER O O O"),
               ("ورأى أبو الطالب البيت", "O O O O"),
               ("ثم عاد أبو سلمى", "O O O O"))
    out = propagate(doc, frozenset())
    assert out[1] == ["O", "O", "O", "O"]
    assert out[2] == ["O", "O", "B-PER", "I-PER"]


def test_a_kunya_takes_a_name_in_taa_marbuta_but_not_a_pronoun_suffixed_noun():
    """Folding reads "ة" as "ه": «أبو عبيدة» is a name, «ابن أخيه» (his nephew) is not."""
    from marsad.ner.context import complete_persons

    tags = ["O", "B-PER", "O", "O"]
    assert complete_persons(["قال", "أبو", "عبيدة", "أمس"], tags, frozenset(), frozenset(), frozenset())[2] == "I-PER"
    assert complete_persons(["قال", "ابن", "أخيه", "أمس"], tags, frozenset(), frozenset(), frozenset())[2] == "O"


def test_a_quoted_name_after_an_outlet_noun_is_an_organisation():
    from marsad.ner.context import quoted_outlets

    over = frozenset({"O", "LOC"})
    words = ["ونقلت", "صحيفة", "«", "صوت", "الجبل", "»", "عن", "مسؤول"]
    got = quoted_outlets(words, ["O", "O", "O", "O", "B-LOC", "O", "O", "O"], over)
    assert got == ["O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O"]
    # with a proclitic on the noun; a person's name in quotes is left alone, so is a long quotation
    words = ["وقال", "لقناة", '"', "الأفق", '"', "أمس"]
    assert quoted_outlets(words, ["O"] * 6, over)[3] == "B-ORG"
    assert quoted_outlets(words, ["O", "O", "O", "B-PER", "O", "O"], over)[3] == "B-PER"
    words = ["وكتبت", "صحيفة", "«", "إن", "الحرب", "لم", "تنته", "بعد", "»"]
    assert quoted_outlets(words, ["O"] * 9, over) == ["O"] * 9
    # no outlet noun before the quote: nothing
    assert quoted_outlets(["قال", '"', "الأفق", '"'], ["O"] * 4, over) == ["O"] * 4


def test_a_given_name_right_after_a_title_opens_a_name():
    from marsad.ner.context import titled_given_names

    titles, given = frozenset({"الشيخ", "الامام"}), frozenset({"علي", "احمد"})
    words = ["وخطب", "الشيخ", "أحمد", "في", "المسجد"]
    assert titled_given_names(words, ["O"] * 5, titles, given) == ["O", "O", "B-PER", "O", "O"]
    # «على» written with ى is the preposition; a tagged word is left as the tagger said
    assert titled_given_names(["الإمام", "على"], ["O", "O"], titles, given) == ["O", "O"]
    assert titled_given_names(["الإمام", "علي"], ["O", "O"], titles, given) == ["O", "B-PER"]
    assert titled_given_names(["الإمام", "علي"], ["B-PER", "I-PER"], titles, given) == ["B-PER", "I-PER"]


def test_a_place_cut_inside_the_gazetteer_name_it_begins_takes_the_whole_name():
    from marsad.ner.context import places_whole

    # «زار الوفد البوسنة والهرسك أمس»: the gazetteer marks «البوسنة والهرسك» (kind C) and
    # «البوسنة» alone (W) at the same start; the CRF stopped at «و»
    gz = [[], [], ["gzC-B", "gzW-B"], ["gzC-I"], []]
    assert places_whole(["O", "O", "B-LOC", "O", "O"], gz) == ["O", "O", "B-LOC", "I-LOC", "O"]
    # the rest already tagged (another name) or the chunk not a place: unchanged
    assert places_whole(["O", "O", "B-LOC", "B-ORG", "O"], gz) == ["O", "O", "B-LOC", "B-ORG", "O"]
    assert places_whole(["O", "O", "B-PER", "O", "O"], gz) == ["O", "O", "B-PER", "O", "O"]
    # a place that does not open the match (it starts inside it) is left alone
    gz2 = [["gzK-B"], ["gzK-I"], []]
    assert places_whole(["O", "B-LOC", "O"], gz2) == ["O", "B-LOC", "O"]
    # two names of one kind side by side: the second's «-B» ends the first
    gz3 = [["gzK-B"], ["gzK-I"], ["gzK-B"], ["gzK-I"]]
    assert places_whole(["B-LOC", "O", "O", "O"], gz3) == ["B-LOC", "I-LOC", "O", "O"]


def test_a_name_takes_the_type_most_of_its_mentions_have():
    doc = _doc(("وصل الوفد إلى الكوفة صباحا", "O O O B-LOC O"),
               ("وغادر الكوفة مساء", "O B-LOC O"),
               ("وقالت الكوفة في بيان", "O B-ORG O O"))
    assert propagate(doc, frozenset())[2] == ["O", "B-LOC", "O", "O"]
    # a tie keeps each mention's own type
    tie = _doc(("زار برشلونة", "O B-LOC"), ("فاز برشلونة", "O B-ORG"))
    assert propagate(tie, frozenset()) == [["O", "B-LOC"], ["O", "B-ORG"]]
