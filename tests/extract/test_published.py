"""Publication date: metadata first, else what the text states near the top, else null."""
from __future__ import annotations

from marsad.document import Document
from marsad.extract.published import PublishedDate, detect_published, normalise_published


def run(text: str, published=None) -> Document:
    doc = Document(text, published=published)
    PublishedDate()(doc)
    return doc


def test_metadata_wins_and_is_normalised():
    doc = run("دمشق - 12 آذار 2023\nنص الخبر", "2024-12-04T10:00:00Z")
    assert doc.published == "2024-12-04" and doc.extra["published_source"] == "metadata"
    assert normalise_published("December 4, 2024") == "2024-12-04"


def test_dateline():
    doc = run("دمشق - 12 آذار 2023\n\nقالت مصادر إن الاشتباكات تجددت أمس.")
    assert doc.published == "2023-03-12" and doc.extra["published_source"] == "text:dateline"
    assert run("حلب (سوريا) – ٢٢ كانون الأول ٢٠١٦\n\nأعلن الجيش").published == "2016-12-22"
    assert run("الثلاثاء 3 ديسمبر 2024 - 10:30\nعنوان الخبر\nنص").published == "2024-12-03"


def test_publication_cues():
    doc = run("عنوان الخبر\nنُشر في: 5 أيار 2022\nنص الخبر الذي يذكر 1 كانون الثاني 2011")
    assert doc.published == "2022-05-05" and doc.extra["published_source"] == "text:published_cue"
    doc = run("عنوان\nآخر تحديث: 2021-06-20 14:00\nنص")
    assert doc.published == "2021-06-20" and doc.extra["published_source"] == "text:updated_cue"
    doc = run("عنوان\nآخر تحديث: 2021-06-21\nتاريخ النشر: 2021-06-20\nنص")
    assert doc.published == "2021-06-20"


def test_no_stated_date_stays_null():
    doc = run("قالت مصادر إن الاشتباكات اندلعت في 23 نيسان 2011 في حرستا، وأمس تجددت.")
    assert doc.published is None and doc.extra["published_source"] is None
    assert detect_published("")[0] is None
    # a date deep in the text is an event date, not the publication date
    assert run("مقدمة\n" + "كلام " * 200 + "\nدمشق - 12 آذار 2023").published is None


def test_seed_without_metadata(seed_text):
    doc = run(seed_text("004_af9fbbe17a89b194.txt"))
    assert doc.published is None  # the page states no date


def test_pipeline_resolves_against_the_detected_date():
    from marsad.pipeline import Pipeline

    pipe = Pipeline(only=["published", "dates"])
    assert pipe.names == ["published", "dates"]
    doc = pipe(Document("دمشق - 12 آذار 2023\n\nأعلنت الوزارة أمس عن خطة جديدة."))
    assert doc.published == "2023-03-12"
    assert [(r["surface"], r["value"]) for r in doc["dates"]] == [("12 آذار 2023", "2023-03-12"),
                                                                    ("أمس", "2023-03-11")]
    doc = pipe(Document("أعلنت الوزارة أمس عن خطة جديدة."))
    assert doc.published is None and doc["dates"][0]["value"] is None
