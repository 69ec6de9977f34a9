"""The synthetic crawls benchmarks and scale tests use (scripts/build_warc.py, scripts/outlet_crawl.py):
the varied crawl looks like an outlet's (a few % syndicated copies, the rest not near-duplicates of
each other, incidents spread over places and days, told by one or a few pages), pages are the same
however the crawl is cut into files, and the pooled stress crawl is still there."""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))

import build_warc  # noqa: E402
import outlet_crawl  # noqa: E402


@pytest.fixture(scope="module")
def stories() -> list[dict]:
    return [outlet_crawl.article(k) for k in range(600)]


def test_a_page_is_the_same_whatever_file_it_lands_in():
    whole = list(build_warc.synthetic_pages(30, start=0, crawl="varied"))
    cut = list(build_warc.synthetic_pages(12, start=0, crawl="varied")) + list(
        build_warc.synthetic_pages(18, start=12, crawl="varied"))
    assert whole == cut
    assert len({body for _, body, _ in whole}) == 30


def test_a_few_percent_are_syndicated_copies_of_a_recent_page(stories):
    copies = [(k, s) for k, s in enumerate(stories) if s["copy_of"] is not None]
    assert 0.02 <= len(copies) / len(stories) <= 0.07
    for k, s in copies:
        orig = stories[s["copy_of"]]
        assert 0 < k - s["copy_of"] <= 60 and orig["copy_of"] is None
        assert s["paragraphs"][1:] == orig["paragraphs"][1:] and s["paragraphs"][0].endswith(orig["paragraphs"][0])


def test_pages_that_are_not_copies_are_not_near_duplicates(stories):
    from marsad.ingest.dedup import DEFAULT_THRESHOLD, shingles

    sets = [shingles(" ".join(s["paragraphs"])) for s in stories[100:260] if s["copy_of"] is None]
    worst = max(len(a & b) / len(a | b) for i, a in enumerate(sets) for b in sets[i + 1:])
    assert worst < DEFAULT_THRESHOLD


def test_incidents_are_spread_over_places_and_days_and_told_a_few_times(stories):
    leads = Counter()
    places, days = set(), set()
    for k in range(600):
        inc = outlet_crawl.incident(k)
        places.add(inc["place"])
        days.add(inc["day"])
    for s in stories:
        if s["copy_of"] is None:
            leads[s["title"]] += 1
    assert len(places) > 300 and len(days) >= 20
    assert max(leads.values()) <= 8 and sum(leads.values()) / len(leads) < 2.5


@pytest.mark.parametrize("k", range(240, 300))
def test_the_page_carries_its_own_day_and_story(k):
    """Every layout: the page's day in its metadata, its headline (not the sample's), its text."""
    url, body, name = next(build_warc.synthetic_pages(1, start=k, crawl="varied"))
    html = body.decode("utf-8")
    story = outlet_crawl.article(k)
    day = story["published"].isoformat()
    assert set(re.findall(r"\d{4}-\d{2}-\d{2}", html)) == {day}
    assert re.search(r"<h[12][^>]*>" + re.escape(story["title"]) + "</h[12]>", html)
    assert all(f"<p>{p}</p>" in html for p in story["paragraphs"])
    assert url.endswith(f"/news/{k:07d}") and name.endswith(f"#{k}")


def test_the_pooled_stress_crawl_is_still_there():
    pages = list(build_warc.synthetic_pages(5, crawl="pooled"))
    assert len(pages) == 5 and all(b"<p>" in body for _, body, _ in pages)
    with pytest.raises(ValueError):
        next(build_warc.synthetic_pages(1, crawl="other"))


def test_the_open_crawl_names_new_people_places_and_figures_on_every_page():
    """The open-vocabulary crawl (memory benchmarks): the varied crawl's pages, each with words no
    earlier page had (made-up names, figures of up to six digits) and places from the whole
    gazetteer; the same pages whatever file they land in."""
    varied = list(build_warc.synthetic_pages(40, crawl="varied"))
    opened = list(build_warc.synthetic_pages(40, crawl="open"))
    assert opened == list(build_warc.synthetic_pages(15, crawl="open")) + list(
        build_warc.synthetic_pages(25, start=15, crawl="open"))
    words = [set(re.findall(r"[\u0621-\u064a]+", body.decode())) for _, body, _ in opened]
    plain = [set(re.findall(r"[\u0621-\u064a]+", body.decode())) for _, body, _ in varied]
    new = [len(w - set().union(*words[:k]) - plain[k]) for k, w in enumerate(words) if k]
    assert min(new) >= 2 and sum(new) / len(new) >= 4  # every page brings words never seen before
    places = {p for _, body, _ in opened for p in re.findall(r"من سكان ([^،]+)،", body.decode())}
    assert len(places) >= 5 and places <= set(build_warc._all_places())
    for (u1, b1, _), (u2, b2, _) in zip(varied, opened):  # the same story, in the same layout
        assert u1 == u2 and b2.startswith(b1[:b1.rfind(b"</p>")])
