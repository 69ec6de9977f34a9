"""One act told coarse and fine is one record (stop 39, issue 10), on our own sentences: a record whose place holds
another record's of its type (or has none beside one that has), counting nothing more, on the same day and not
called another act, goes; its mentions join the finer record (coarse_told.py). Off, the rules' two records stay."""
from __future__ import annotations

import copy
import json

import pytest

from marsad.document import Document
from marsad.extract.events import coarse_told
from marsad.extract.events.context import Ctx
from marsad.extract.events.vocab import vocab
from piped import figure_low, file_switched_off, piped_events, place_surface

BASE = ("لقي ثلاثة مدنيين حتفهم ظهر الأحد حين سقطت قذائف مدفعية أطلقها جيش النظام على بلدة كفرنبل جنوبي إدلب. ونقلت "
        "فرق الإسعاف المصابين إلى نقطة طبية داخل البلدة. ")
SHELLED = BASE + "وشهد ريف إدلب الجنوبي قصفاً عنيفاً طال الأحياء السكنية."
COUNTED = BASE + "وشهد ريف إدلب الجنوبي قصفاً عنيفاً أوقع سبعة قتلى."
RAIDED = ("اعتقلت الشرطة العسكرية صباح الاثنين خمسة شبان من قرية المليحة. ونقل الموقع عن أحد الأهالي أن عناصر الدورية "
          "حطموا أثاث المنازل. ")
SWEEP = RAIDED + "وشهدت الغوطة الشرقية حملة دهم واعتقال واسعة."
LAST_WEEK = RAIDED + "وفي يوم السبت الماضي شهدت الغوطة الشرقية حملة دهم واعتقال واسعة."
TAKEN = ("انتزعت الفصائل فجر الخميس قرية الجلمة من قوات النظام إثر اشتباكات دامت ساعات. وأعلنت غرفة العمليات لاحقاً "
         "السيطرة على مواقع في ريف حماة الشمالي.")
OTHERS = ("تظاهر العشرات في بلدة كفرتخاريم يوم الجمعة رفضاً لفرض الضرائب. وخرجت مظاهرات أخرى دعت إليها تنسيقيات "
          "محافظة إدلب.")


def _records(pipe, text: str) -> list[dict]:
    """The asserted records, every span checked against the text (piped.py)."""
    return piped_events(pipe, text, published="2022-05-10", outlet="موقع التجربة")


def _brief(e: dict) -> tuple:
    return e["type"], place_surface(e), figure_low(e)


@pytest.fixture
def off(monkeypatch):
    monkeypatch.setattr(coarse_told, "ENABLED", False)


@pytest.mark.parametrize("text,kind,fine,fig,coarse_word", [
    (SHELLED, "shelling", "كفرنبل", 3, "قصفاً"),  # a closing line at the district's countryside
    (SWEEP, "arrest", "المليحة", 5, "حملة دهم واعتقال"),  # the sweep named at the region the village lies in
    (TAKEN, "territory_change", "الجلمة", None, "السيطرة على"),  # the taking announced at the countryside
])
def test_the_coarse_telling_joins_the_fine_record(pipe, text, kind, fine, fig, coarse_word):
    recs = _records(pipe, text)
    assert [_brief(e) for e in recs] == [(kind, fine, fig)]
    words = [m["surface"] for m in recs[0]["mentions"]]
    assert words[-1] == coarse_word and recs[0]["mentions"][-1]["start"] == text.rindex(coarse_word)
    assert recs[0]["place"]["start"] == text.index(fine)


@pytest.mark.parametrize("text,coarse", [(SHELLED, "ريف إدلب الجنوبي"), (SWEEP, "الغوطة الشرقية"),
                                         (TAKEN, "ريف حماة الشمالي")])
def test_off_the_rules_keep_two_records(pipe, off, text, coarse):
    recs = _records(pipe, text)
    assert len(recs) == 2 and recs[1]["place"]["surface"] == coarse
    assert recs[1]["place"]["start"] == text.rindex(coarse)


@pytest.mark.parametrize("text,second", [
    (COUNTED, ("shelling", "ريف إدلب الجنوبي", 7)),  # the coarse telling counts dead of its own: a figure to keep
    (LAST_WEEK, ("arrest", "الغوطة الشرقية", None)),  # the text gives it another day: another act
    (OTHERS, ("protest", "إدلب", None)),  # «مظاهرات أخرى»: it calls itself another act
])
def test_a_coarse_record_that_is_another_act_stays(pipe, text, second):
    recs = _records(pipe, text)
    assert len(recs) == 2 and _brief(recs[1]) == second


def test_a_record_with_no_place_joins_the_placed_one(pipe, off):
    doc = Document(SWEEP, published="2022-05-10", outlet="موقع التجربة")
    pipe(doc)
    recs = copy.deepcopy([e for e in doc["events"] if e["modality"] == "asserted"])
    recs[1]["place"] = None  # (the sweep told with no place)
    coarse_told.ENABLED = True
    kept = coarse_told.merge(Ctx(doc, vocab()), recs)
    assert [_brief(e) for e in kept] == [("arrest", "المليحة", 5)]
    assert [m["surface"] for m in kept[0]["mentions"]] == ["اعتقلت", "حملة دهم واعتقال"]
    coarse_told.ENABLED = False
    assert len(coarse_told.merge(Ctx(doc, vocab()), copy.deepcopy(recs))) == 2


def test_the_file_switches_it_off(pipe, monkeypatch, tmp_path):
    with file_switched_off(monkeypatch, tmp_path, coarse_told, coarse_told._conf):
        assert len(_records(pipe, SHELLED)) == 2
    assert len(_records(pipe, SHELLED)) == 1


def test_the_switch_and_window_are_in_the_json():
    raw = json.loads(coarse_told.DATA.read_text(encoding="utf-8"))
    assert raw["enabled"] is True and raw["window"] == 3
    assert coarse_told._conf() == (True, 3)


QUIET = ["وانقطع التيار الكهربائي عن معظم المنازل لساعات طويلة. ", "وأغلقت المدارس أبوابها حتى إشعار آخر. "]


@pytest.mark.parametrize("quiet,records", [(1, 1), (2, 2)])
def test_a_coarse_telling_past_the_window_stays(pipe, quiet, records):
    # the closing line three sentences after the town's telling joins it; four after, it is out of `window` (3)
    text = BASE + "".join(QUIET[:quiet]) + "وشهد ريف إدلب الجنوبي قصفاً عنيفاً طال الأحياء السكنية."
    assert len(_records(pipe, text)) == records


def test_with_no_window_any_distance_joins(pipe, monkeypatch):
    # (the sentence index that keeps the pairs linear reads every record when the JSON gives no window)
    monkeypatch.setattr(coarse_told, "_conf", lambda: (True, None))
    text = BASE + "".join(QUIET) + "وشهد ريف إدلب الجنوبي قصفاً عنيفاً طال الأحياء السكنية."
    assert [_brief(e) for e in _records(pipe, text)] == [("shelling", "كفرنبل", 3)]


def test_two_named_doers_are_two_acts(pipe):
    # the coarse strike names another doer (the coalition's, after Russian jets' at a village of that countryside)
    text = ("شنت مقاتلات روسية غارتين مساء الثلاثاء على قرية البارة بجبل الزاوية، دون أنباء عن ضحايا. وقال ناشطون "
            "إن طائرات التحالف الدولي نفذت بدورها غارة في ريف إدلب الجنوبي.")
    assert [_brief(e) for e in _records(pipe, text)] == [("airstrike", "البارة", None),
                                                          ("airstrike", "ريف إدلب الجنوبي", None)]
