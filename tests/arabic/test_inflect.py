"""marsad.arabic.inflect: the written forms of a trigger lemma (types.json `lemmas`), folded."""
from __future__ import annotations

import pytest

from marsad.arabic.inflect import SpecError, accusative, expand, parse
from marsad.arabic.normalize import fold_str


def _forms(lemma, spec="verb"):
    return set(expand(lemma, spec))


def _has(forms, *words):
    missing = [w for w in words if fold_str(w) not in forms]
    assert not missing, missing


def _lacks(forms, *words):
    present = [w for w in words if fold_str(w) in forms]
    assert not present, present


def test_form_one_sound():
    f = _forms("قتل")
    _has(f, "قتل", "قتلت", "قتلوا", "قتلا", "قتلتا", "قتلنا", "قتلن",  # past, every subject
         "يقتل", "تقتل", "يقتلون", "يقتلان", "يقتلوا", "يقتلن",  # imperfect
         "قتله", "قتلتهم", "قتلوهم", "قتلناه", "يقتلونهم", "يقتلوه",  # object pronouns
         "سيقتل", "ستقتلون")  # future
    # a three-letter stem: no first person nor 2nd fem. sg. imperfect (four-letter words others share)
    _lacks(f, "نقتل", "أقتل", "تقتلين")


def test_form_eight_and_ten():
    f = _forms("اعتقل")
    _has(f, "اعتقلت", "اعتقلوا", "اعتقلتهم", "اعتقلوه", "يعتقل", "تعتقل", "يعتقلون", "نعتقل", "تعتقلين",
         "سيعتقلون", "ستعتقلون")
    _lacks(f, "يإعتقل", "ياعتقل")  # the hamzat al-wasl drops in the imperfect
    g = _forms("استهدف")
    _has(g, "استهدفت", "استهدفوها", "يستهدف", "تستهدفان", "ستستهدف")


def test_form_four():
    f = _forms("أطلق")
    _has(f, "أطلقت", "أطلقوا", "أطلقها", "يطلق", "يطلقون", "سيطلق")
    _lacks(f, "يأطلق")
    # a defective form IV: «ألقى/يلقي», object on the past with «ا», passive «ألقيت»
    g = _forms("ألقى")
    _has(g, "ألقى", "ألقت", "ألقوا", "ألقيا", "ألقاها", "ألقتها", "يلقي", "يلقون", "يلقيان", "ألقيت")


def test_hollow():
    f = _forms("اقتاد")  # form VIII hollow: the imperfect keeps its «ا», the passive writes «ي»
    _has(f, "اقتادت", "اقتادوا", "اقتادته", "اقتادوهم", "يقتاد", "تقتاد", "يقتادون", "اقتيد", "اقتيدوا", "اقتيدت",
         "اقتدنا")
    g = _forms("قاد", "verb impf=يقود")  # form I hollow: the imperfect given
    _has(g, "قاد", "قادت", "قادوا", "يقود", "يقودون", "تقود", "قدنا", "يقاد")
    _lacks(g, "قيد", "نقود")  # «قيد» (a shackle, «قيد الإنشاء»), «نقود» (money): other words
    h = _forms("أصاب", "verb injured")  # form IV hollow: «يصيب», passive «أصيب/يصاب»
    _has(h, "أصابت", "يصيب", "أصيب", "أصيبوا", "يصاب")
    k = _forms("استعاد")  # form X hollow: «يستعيد»
    _has(k, "استعادت", "يستعيد", "استعادوها", "استعيدت")
    _lacks(k, "استعدت")  # «she got ready»
    with pytest.raises(SpecError, match="impf="):
        expand("قاد", "verb")


def test_defective_form_one():
    f = _forms("رمى")
    _has(f, "رمى", "رمت", "رموا", "رميا", "رمتا", "رمينا", "يرمي", "يرمون", "ترمي", "رماه", "رمته")
    g = _forms("دعا", "verb impf=يدعو")
    _has(g, "دعا", "دعت", "دعوا", "يدعو", "يدعون", "تدعو")
    with pytest.raises(SpecError):
        expand("دعا", "verb")


def test_doubled():
    f = _forms("صد")
    _has(f, "صد", "صدت", "صدوا", "صدتا", "صددنا", "يصد", "يصدون", "صدوه", "صدها")
    _lacks(f, "تصدي")  # the verbal noun «تصدٍّ»
    g = _forms("احتل", "verb dbl")
    _has(g, "احتلت", "احتلوا", "احتللنا", "يحتل")


def test_phrase_verb_inflects_its_head():
    f = _forms("ألقى القبض")
    _has(f, "ألقى القبض", "ألقت القبض", "ألقوا القبض", "يلقي القبض", "سيلقي القبض")
    assert all(x.endswith(" القبض") for x in f)


def test_nouns_sound_and_given_plurals():
    f = _forms("اغتيال", "noun killed")
    _has(f, "اغتيال", "اغتيالاً", "اغتياله", "اغتيالهم", "اغتيالان")
    g = _forms("مظاهرة", "noun")  # «ة»: sound feminine plural by default, «ت» before a suffix
    _has(g, "مظاهرة", "مظاهرات", "مظاهرتين", "مظاهرته", "مظاهراتهم")
    _lacks(g, "مظاهرةا")
    h = _forms("قتيل", "noun pl=قتلى")
    _has(h, "قتيل", "قتيلاً", "قتيلان", "قتلى", "قتلاهم")
    k = _forms("قذيفة", "noun pl=قذائف")
    _has(k, "قذيفة", "قذيفتان", "قذيفتا", "قذائف")
    _lacks(k, "قذائفاً", "قذيفات")  # a diptote takes no tanween; the plural given replaces «ات»
    m = _forms("منشق", "adj")  # an adjective: its feminine, sound plurals and construct forms
    _has(m, "منشق", "منشقاً", "منشقة", "منشقون", "منشقين", "منشقو", "منشقي", "منشقات")
    _lacks(m, "انفجاري")
    n = _forms("انفجار", "noun")
    _lacks(n, "انفجاري")  # the adjective «explosive», not a dual construct


def test_description_carried_and_scoped():
    e = expand("قتل", "verb killed impf:prior=قبل_أن|قبل_ان no=obj")
    assert e["قتلوا"] == "verb killed"
    assert e["يقتلون"] == "verb killed prior=قبل_أن|قبل_ان"
    assert e["سيقتلون"] == "verb killed future"
    assert "قتلوهم" not in e
    assert expand("فرار", "noun needs=الخدمة|الجيش")["فرارا"] == "noun needs=الخدمة|الجيش"


def test_exclude_and_no():
    f = _forms("خطف", "verb exclude=خطفت|يخطف no=fut|pass")
    _lacks(f, "خطفت", "يخطف", "سيخطف")
    _has(f, "خطفوا", "يخطفون")


def test_parse_and_errors():
    pos, opts, desc = parse("verb impf=يقود needs=جهة|مكان back")
    assert (pos, opts["impf"], desc) == ("verb", "يقود", ["needs=جهة|مكان", "back"])
    with pytest.raises(SpecError, match="verb, noun or adj"):
        parse("verbs")
    with pytest.raises(SpecError, match="unknown part"):
        parse("verb no=present")


def test_accusative_rule():
    assert accusative("انفجار") == "انفجارا"
    assert accusative("مظاهرة") is None and accusative("معارك") is None and accusative("الانفجار") is None


def test_noun_phrase_agrees():
    f = _forms("عبوة ناسفة", "noun pl=عبوات")
    _has(f, "عبوة ناسفة", "عبوتان ناسفتان", "عبوتين ناسفتين", "عبوات ناسفة", "عبوة الناسفة", "عبوتين الناسفتين")
    g = _forms("قصف جوي", "noun")  # a masculine adjective: the tanween alif on both words
    _has(g, "قصفاً جوياً", "قصفين جويين", "قصف الجوي")
    h = _forms("تفجير انتحاري", "noun pl=ات")  # a non-human plural takes a feminine singular adjective
    _has(h, "تفجيرات انتحارية", "تفجيرات الانتحارية", "تفجيران انتحاريان")
    _lacks(h, "تفجيرات انتحاري")
    k = _forms("قذيفة هاون", "noun idafa pl=قذائف")  # a genitive: only the head inflects, the dual in construct
    assert k == {fold_str(w) for w in ("قذيفة هاون", "قذيفتا هاون", "قذيفتي هاون", "قذائف هاون")}
