from hypothesis import given, settings, strategies as st

from marsad.arabic.lexicon import Lexicon


def make():
    lex = Lexicon()
    for term, val in [("حلب", "Aleppo"), ("ريف حلب", "Aleppo countryside"), ("انشقاق", "defection"),
                      ("حماة", "Hama"), ("إدلب", "Idlib")]:
        lex.add(term, val)
    return lex.finalize()


def test_whole_words_with_proclitics_and_offsets():
    text = "وقصفت الطائرات ريف حلب وبإدلب، وأعلن الانشقاقُ في حماه وحلبون"
    ms = make().find(text)
    got = [(m.surface, m.value, m.prefix) for m in ms]
    assert got == [("ريف حلب", "Aleppo countryside", ""), ("إدلب", "Idlib", "وب"),
                   ("انشقاقُ", "defection", "ال"), ("حماه", "Hama", "")]
    for m in ms:
        assert text[m.start:m.end] == m.surface


def test_no_article_mode():
    lex = Lexicon(allow_article=False)
    lex.add("حرستا")
    assert [m.surface for m in lex.find("في الحرستا وبحرستا")] == ["حرستا"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("حلبريف إدماةوهُ،ـ")), max_size=80))
def test_offsets_always_exact(text):
    for m in make().find(text):
        assert text[m.start:m.end] == m.surface
