"""«على ما» + a reporting verb with the pronoun of «ما» («على ما ذكره», «على ما أفاد به») closes a sentence with its
source, as the bare form «على ما ذكر» does (stop 37, helper src2; cues.json attribution.prep). Our own sentences."""
from __future__ import annotations

import pytest

from marsad.document import Document

OUTLET = "منصة المثال"


@pytest.mark.parametrize("text, source", [
    ("سقط ثلاثة مدنيين قتلى بقصف مدفعي على بلدة التمانعة، على ما ذكره ناشطون محليون.", "ناشطون محليون"),
    ("اعتقلت دورية أمنية أربعة شبان في قرية الكرك الشرقي، على ما أفاد به مصدر أهلي في القرية.",
     "مصدر أهلي في القرية"),
    ("استهدفت مسيّرة سيارة عسكرية قرب بلدة تل تمر، على ما نقلته شبكة إخبارية محلية.", "شبكة إخبارية محلية"),
])
def test_ala_ma_with_the_pronoun_names_the_source(pipe, text, source):
    d = Document(text, id="t", published="2024-03-05", outlet=OUTLET)
    pipe(d)
    assert d["events"]
    for e in d["events"]:
        rb = e["reported_by"]
        assert rb["surface"] == source and not rb.get("outlet")
        assert text[rb["start"]:rb["end"]] == source and rb["start"] == text.index(source)


def test_ala_ma_of_no_report_is_no_source(pipe):
    text = "سيطرت فصائل المعارضة على ما تبقى من أحياء مدينة مورك بعد معارك عنيفة."
    d = Document(text, id="t", published="2024-03-05", outlet=OUTLET)
    pipe(d)
    assert d["events"] and all(e["reported_by"] == {"surface": OUTLET, "outlet": True} for e in d["events"])


@pytest.mark.parametrize("text", [
    "أفادت أنباء واردة من المدينة بأن دورية أمنية اعتقلت ثلاثة شبان في حي الكورنيش مساء أمس.",
    "تداولت أوساط محلية أن مسلحين مجهولين هاجموا حاجزاً للشرطة في بلدة الكرك الشرقي.",
])
def test_news_or_circles_name_no_source(pipe, text):
    """(cues.json attribution_words nameless_heads)"""
    d = Document(text, id="t", published="2024-03-05", outlet=OUTLET)
    pipe(d)
    assert d["events"] and all(e["reported_by"] == {"surface": OUTLET, "outlet": True} for e in d["events"])


def test_a_named_subject_of_the_same_verb_still_reports(pipe):
    text = "أفادت مصادر محلية بأن دورية أمنية اعتقلت ثلاثة شبان في حي الكورنيش مساء أمس."
    d = Document(text, id="t", published="2024-03-05", outlet=OUTLET)
    pipe(d)
    assert d["events"] and all(e["reported_by"]["surface"] == "مصادر محلية" for e in d["events"])
