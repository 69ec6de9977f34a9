"""review47's findings on stop 47's landings, each mended under its landing's switch; our own sentences, both states.

F1 (second47, own_clause.json `enabled`): the file's switch turned off the parting of joins but not `reach_mentions`,
which kept making a mention at every verb of reaching after an act (six seen documents moved with the file "off").
The reach mentions are on only when the file's `enabled` and their own are.

F2 (second47, own_clause.json reach_mentions `not_acts`): a verb of reaching read any subject as the act told again:
«، وامتدت النيران إلى مدينة X» (the fire), «، وطالت الأضرار منازل في Y» (the damage) made an act at the town.

F3 (figure47, cues.json lives_counted `led_to`; lives_counted ON): «أودى بـ N إلى X» is "brought N to X", and the
verb of taking lives read its count as dead: «أودت الحملة بعشرين شاباً إلى السجون» was a toll of twenty.

F4 (second47, own_clause.json `city_quarters`): «قصفت الطائرات مدينة X، وطالت الغارات حي Y فيها» parted the quarter
from its city (arguments.holds relates coarser levels only; a city and its quarter are of one level): one act, told
again at its quarter, became two records.

F6 (carry47, cues.json attribution.carry_verb_lemmas `not_before`; carry_verb_lemmas ON): «رجحت كفة X» (X's side
prevailed) named «كفة X» the source.

F5 (source47, cues.json attribution.more_verb_lemmas `nouns_after`; more_verb_lemmas ON): folded, «شرح» is its verbal
noun too, and the cue reader finds verbs anywhere: «وفي شرح للوضع الميداني، قصفت…» named «وضع الميداني» the source.
"""
from __future__ import annotations

import json

import pytest

from marsad.extract.events import attribution, mentions, own_clause
from piped import checked_events, source_surface, type_place

# jets on one village, then «كما طالت» a second town with no subject of its own: an act there (on)
ALSO_THERE = "شنت المقاتلات غارتين على قرية البارة فجر الأحد، كما طالت مدينة أريحا قبيل الظهر."
# the fire the raid started spread to the next town: no raid there
FIRE_SPREAD = "أغارت مقاتلات حربية على قرية البارة فجر الأحد، وامتدت النيران إلى مدينة أريحا المجاورة."
# the damage reached homes in a town nearby: no raid there either
DAMAGE_SPREAD = "قصفت راجمات الصواريخ قرية البارة ليلة السبت، وطالت الأضرار بيوتاً في مدينة أريحا."


def _acts(pipe, text: str) -> list[tuple[str, str | None]]:
    return type_place(checked_events(pipe, text))


@pytest.fixture
def file_off(monkeypatch, tmp_path):
    """own_clause.json with its own `enabled` false (its `reach_mentions` block left as shipped)."""
    raw = json.loads(own_clause.DATA.read_text(encoding="utf-8"))
    assert raw["reach_mentions"]["enabled"] is True
    off = tmp_path / "own_clause.json"
    off.write_text(json.dumps(dict(raw, enabled=False), ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(own_clause, "DATA", off)
    own_clause._conf.cache_clear()
    own_clause._reach_conf.cache_clear()
    yield
    own_clause._conf.cache_clear()
    own_clause._reach_conf.cache_clear()


def test_f1_on_the_verb_of_reaching_is_an_act_at_its_town(pipe):
    assert own_clause._reach_conf()["on"]
    assert _acts(pipe, ALSO_THERE) == [("airstrike", "البارة"), ("airstrike", "أريحا")]


def test_f1_the_files_switch_turns_the_reach_mentions_off(pipe, file_off):
    assert not own_clause._conf()["on"] and not own_clause._reach_conf()["on"]
    assert _acts(pipe, ALSO_THERE) == [("airstrike", "البارة")]


@pytest.mark.parametrize("text", [FIRE_SPREAD, DAMAGE_SPREAD])
def test_f2_what_the_act_left_spreading_is_no_act(pipe, text):
    assert own_clause._reach_conf()["not_acts"]
    assert [a for a in _acts(pipe, text) if a[1] == "أريحا"] == []


@pytest.mark.parametrize("text", [FIRE_SPREAD, DAMAGE_SPREAD])
def test_f2_without_the_list_any_subject_was_the_act(pipe, monkeypatch, text):
    conf = own_clause._reach_conf()
    monkeypatch.setattr(own_clause, "_reach_conf", lambda: dict(conf, not_acts=frozenset()))
    assert [a for a in _acts(pipe, text) if a[1] == "أريحا"] != []


# shells that took lives, and a campaign that brought young men to prison
TOOK = "قصفت المدفعية حي القصور في مدينة بانياس، وأودت القذائف بثلاثة رجال من سكان الحي."
BROUGHT = "نفذت قوة أمنية حملة في حي القصور بمدينة بانياس، وأودت الحملة بثلاثة رجال إلى سجن المدينة المركزي."


def _dead(pipe, text: str) -> list:
    return [(e.get("fatalities") or {}).get("low") for e in checked_events(pipe, text)
            if (e.get("fatalities") or {}).get("low")]


def test_f3_a_toll_under_the_verb_of_taking_lives(pipe):
    assert mentions.LIVES_COUNTED and mentions._LIVES_LED
    assert _dead(pipe, TOOK) == [3]


def test_f3_brought_to_a_place_is_no_toll(pipe):
    assert _dead(pipe, BROUGHT) == []


def test_f3_without_led_to_it_was_read_as_dead(pipe, monkeypatch):
    monkeypatch.setattr(mentions, "_LIVES_LED", frozenset())
    assert _dead(pipe, BROUGHT) == [3]


# the city, then a quarter of it told again by «وطالت الغارات»: one act; a second quarter after a first: two
CITY_THEN_QUARTER = "قصفت المقاتلات مدينة حلب مساء الجمعة، وطالت الغارات حي الكلاسة فيها."
QUARTER_THEN_QUARTER = "قصفت المقاتلات حي الشعار في حلب مساء الجمعة، وطالت الغارات حي الكلاسة."


def test_f4_a_quarter_of_the_city_told_before_stays_joined(pipe):
    assert own_clause._conf()["city_quarters"]
    assert _acts(pipe, CITY_THEN_QUARTER) == [("airstrike", "حي الكلاسة")]
    assert _acts(pipe, QUARTER_THEN_QUARTER) == [("airstrike", "حي الشعار"), ("airstrike", "حي الكلاسة")]


def test_f4_off_the_quarter_was_parted_from_its_city(pipe, monkeypatch):
    conf = own_clause._conf()
    monkeypatch.setattr(own_clause, "_conf", lambda: dict(conf, city_quarters=False))
    assert _acts(pipe, CITY_THEN_QUARTER) == [("airstrike", "حلب"), ("airstrike", "حي الكلاسة")]


# «شرح» as the noun after «وفي»: no source; as the verb opening its sentence: the doctor is the source
NOUN_AFTER_PREP = "وفي شرح لما جرى ليلاً، ضربت الطائرات قرية البارة بستة صواريخ."
VERB_OPENS = "وشرح طبيب المشفى أن القذائف التي سقطت على قرية البارة جرحت ولدين."


def _sources(pipe, text: str) -> list:
    return [source_surface(e) for e in checked_events(pipe, text)]


@pytest.fixture
def more_nouns(monkeypatch):
    def set_after(words):
        g = attribution._lemma_guard("more_verb_lemmas", "nouns_after")
        monkeypatch.setitem(attribution._LEMMA_GUARD, "more_verb_lemmas", dict(g, words=frozenset(words)))
    return set_after


def test_f5_the_noun_after_a_preposition_names_no_source(pipe):
    g = attribution._lemma_guard("more_verb_lemmas", "nouns_after")
    assert g["forms"] and g["words"]
    assert _sources(pipe, NOUN_AFTER_PREP) == [None]
    assert _sources(pipe, VERB_OPENS) and set(_sources(pipe, VERB_OPENS)) == {"طبيب المشفى"}


def test_f5_without_the_words_the_noun_was_a_reporting_verb(pipe, more_nouns):
    more_nouns(())
    assert _sources(pipe, NOUN_AFTER_PREP) != [None]


# «رجحت كفة …»: the side that prevailed, no source; «ورجح ناشطون أن…»: the activists judge it likely
SIDE_PREVAILED = "رجحت كفة الفصائل في معارك قرية البارة بعد قصف مدفعي عنيف."
JUDGED_LIKELY = "قصفت المدفعية قرية البارة، ورجح ناشطون أن القذائف جرحت ولدين."


def test_f6_the_idiom_names_no_source(pipe):
    assert attribution._lemma_guard("carry_verb_lemmas", "not_before")["words"]
    assert set(_sources(pipe, SIDE_PREVAILED)) == {None}
    assert set(_sources(pipe, JUDGED_LIKELY)) == {"ناشطون"}


def test_f6_without_the_words_the_side_was_the_source(pipe, monkeypatch):
    attribution._carry_idiom([], "")
    g = attribution._lemma_guard("carry_verb_lemmas", "not_before")
    monkeypatch.setitem(attribution._LEMMA_GUARD, "carry_verb_lemmas", dict(g, words=frozenset()))
    assert set(_sources(pipe, SIDE_PREVAILED)) != {None}
