"""topic_source (stop 40): «أما X فقال/فأكد…»: the topic «أما» fronts is the subject of the reporting verb joined to
it by «ف» — whatever it names, without the particle — and not a name of the clause reported after «أن»; a topic of
place keeps the subject that follows the verb. Our own sentences; both states of the switch."""
from __future__ import annotations

import json

from marsad.document import Document
from marsad.extract.events import topic_source as ts
from marsad.extract.events.attribution import Attribution
from marsad.extract.events.context import Ctx
from marsad.extract.events.vocab import vocab

OUTLET = "منصة المثال"
TWO_TELLERS = ("قالت وزارة الداخلية إن دورية اعتقلت ثلاثة شبان من بلدة الصنمين صباح الأحد. "
               "أما شبكة أخبار الوادي الأخضر فقالت إن عناصر الدورية داهموا مخبزاً في بلدة إنخل واعتقلوا خبازاً مسناً.")
CLAUSE_NAME = ("أما مراسل إذاعة النهر الهادئ في المدينة فأكد أن قوات الشرطة طوقت سوق الخضار "
               "واعتقلت أربعة باعة متجولين مساء الخميس.")
PLACE_TOPIC = "أما في بلدة القريا فقال ناشطون إن دورية أمنية اعتقلت معلماً متقاعداً عند الحاجز الغربي."


def _doc(pipe, text: str) -> Document:
    d = Document(text, id="t", published="2024-03-05", outlet=OUTLET)
    pipe(d)
    return d


def _sources(pipe, text: str, si: int) -> list[dict]:
    ctx = Ctx(_doc(pipe, text), vocab())
    return Attribution(ctx).of_sentence(si)


def _off(monkeypatch) -> None:
    on = ts.settings()
    monkeypatch.setattr(ts, "settings", lambda: dict(on, enabled=False))


def test_the_topic_is_the_speaker(pipe):
    (src,) = _sources(pipe, TWO_TELLERS, 1)
    assert src["surface"] == "شبكة أخبار الوادي الأخضر"
    assert TWO_TELLERS[src["start"]:src["end"]] == src["surface"]


def test_the_second_tellers_arrest_is_its_report(pipe):
    d = _doc(pipe, TWO_TELLERS)
    later = [e for e in d["events"] if e["type"] == "arrest" and e["start"] > TWO_TELLERS.index("أما")]
    assert later and all(e["reported_by"]["surface"] == "شبكة أخبار الوادي الأخضر" for e in later)


def test_not_the_name_after_that(pipe):
    (src,) = _sources(pipe, CLAUSE_NAME, 0)
    assert src["surface"] == "مراسل إذاعة النهر الهادئ في المدينة"
    assert CLAUSE_NAME[src["start"]:src["end"]] == src["surface"]


def test_a_topic_of_place_keeps_the_subject_after_the_verb(pipe):
    (src,) = _sources(pipe, PLACE_TOPIC, 0)
    assert src["surface"] == "ناشطون" and PLACE_TOPIC[src["start"]:src["end"]] == "ناشطون"


def test_an_act_fronted_is_no_speaker(pipe):
    # (review40) «أما القصف فقالت عنه …»: the topic is the act the speaker talks about, not who speaks
    text = "أما القصف فقالت عنه شبكة أخبار الوادي إنه استمر حتى الفجر على بلدة إنخل."
    (e,) = _doc(pipe, text)["events"]
    assert (e["type"], e["place"]["surface"]) == ("shelling", "إنخل")
    assert text[e["start"]:e["end"]] == e["trigger"] and text[e["place"]["start"]:e["place"]["end"]] == "إنخل"
    assert "القصف" not in e["reported_by"]["surface"]


def test_off_the_topic_is_not_read(pipe, monkeypatch):
    _off(monkeypatch)
    assert all("شبكة أخبار الوادي" not in s["surface"] for s in _sources(pipe, TWO_TELLERS, 1))
    assert all(s["surface"] != "مراسل إذاعة النهر الهادئ في المدينة" for s in _sources(pipe, CLAUSE_NAME, 0))
    (src,) = _sources(pipe, PLACE_TOPIC, 0)
    assert src["surface"] == "ناشطون"


def test_the_switch_is_in_the_data():
    raw = json.loads(ts.SETTINGS.read_text(encoding="utf-8"))
    assert raw["enabled"] is True and "أما" in raw["topic_words"]
    assert ts.settings()["enabled"] is True
