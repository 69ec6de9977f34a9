"""Stop 42 (helper perf): the events stage's new structures read what the scans they replace read.
Incident.join keeps an incident's fullest telling in one comparison per telling added, and its tellings with a round
figure (resolve's join loop; the main read before a change stays until the next add, as ever); place_part finds a record's twin through an index of the
records by type and figure; mouthpiece finds a tie through its first word. Our own sentences and records; each new
reading checked against the old one. No timing here (bench_events_speed.py --scale measures the cost)."""
from __future__ import annotations

import random

import pytest

from marsad.extract.events import incidents, mouthpiece, place_part
from marsad.extract.events.incidents import Incident, _fullness
from marsad.extract.events.mentions import Mention


def _telling(rng: random.Random, start: int) -> Mention:
    m = Mention(start, start + 4, "غارة", "airstrike", "noun", None, 0, False, start)
    m.figure = rng.choice(({"low": 4, "high": 4}, {"low": 40, "high": None}, {"low": 70, "high": 70, "approx": True},
                           None, None))
    m.place = {"surface": "بصرى", "start": start + 6} if rng.random() < 0.5 else None
    m.date = ("2024-03-04", "day", "text") if rng.random() < 0.3 else (None, None, "none")
    m.earlier = rng.random() < 0.2
    return m


def test_join_keeps_the_fullest_telling_as_a_read_over_all_tellings():
    rng = random.Random(42)
    for _ in range(300):
        # (starts drawn with repeats: two tellings of one fullness keep the first, as max over the list does)
        tellings = [_telling(rng, rng.randrange(0, 60)) for _ in range(rng.randrange(1, 25))]
        inc = Incident(tellings[0])
        for m in tellings[1:]:
            inc.join(m)
            if rng.random() < 0.5:  # (read after some joins only: the fullest is kept up either way)
                assert inc.main is max(inc.mentions, key=_fullness)
        assert inc.main is max(tellings, key=_fullness)
        assert inc.rounds() == [o for o in tellings if o.figure and (o.figure.get("approx") or o.figure["high"] is None)]


def test_a_joined_telling_changed_is_read_again_at_the_next_add():
    rng = random.Random(7)
    first, second, third = (_telling(rng, s) for s in (0, 10, 20))
    first.figure = first.place = None
    second.figure, second.place, third.figure, third.place = {"low": 2}, None, None, None
    second.earlier = third.earlier = first.earlier = False
    inc = Incident(first)
    inc.join(second)
    assert inc.main is second
    first.figure, first.place = {"low": 5}, {"surface": "إنخل", "start": 3}
    inc.changed()
    assert inc.main is second  # (the main read before stays until a telling is added, as it always did)
    inc.join(third)
    assert inc.main is first  # (then the fullest over every telling, the changed one too)
    inc.reset()
    assert inc.main is first


def test_the_check_of_join_fires_on_a_change_left_unsaid(monkeypatch):
    monkeypatch.setattr(incidents, "CHECK_BEST", True)
    rng = random.Random(3)
    first, second = _telling(rng, 0), _telling(rng, 10)
    first.figure = first.place = second.place = None
    first.earlier = second.earlier = False
    first.date = second.date = (None, None, "none")
    second.figure = {"low": 1}
    inc = Incident(first)
    inc.join(second)
    assert inc.main is second
    first.figure, first.place = {"low": 9}, {"surface": "طفس", "start": 2}  # (no changed(): a site that forgot it)
    inc.join(_telling(rng, 30))
    with pytest.raises(AssertionError):
        inc.main


# each page goes through one of the places where resolve's loop changes a joined telling: the shelling told forty
# times (join alone), a count told round then exact (_rounded_by: changed), a headline's place given up for the body's
# (headline_again: changed), a vague count then the exact one in its sentence (_exact_after_vague: reset)
PAGES = (
    "قصفت مدفعية القوات النظامية حي الكاشف في مدينة درعا مساء الخميس. " +
    "وذكر ناشطون أن قذائف المدفعية على حي الكاشف أصابت خمسة من السكان. " * 40,
    "وثق فريق الرصد مقتل نحو 40 ألف مدني خلال سنوات الصراع. وقال الفريق إنه سجل بالأسماء 40215 قتيلاً مدنياً.",
    "عقيد في الشرطة ينشق ويصل إلى الأردن\n"
    "أعلن عقيد في شرطة محافظة درعا انشقاقه عن الفرع المتمركز في مدينة إزرع، بحسب ناشطين.",
    "نزح آلاف المدنيين من بلدة الحارة يوم السبت، ووصل عدد النازحين حتى المساء إلى 3150 شخصاً.",
)


@pytest.mark.parametrize("text", PAGES)
def test_pages_run_with_the_check_of_join_on(pipe, monkeypatch, text):
    from piped import checked_events

    plain = checked_events(pipe, text)
    monkeypatch.setattr(incidents, "CHECK_BEST", True)
    assert checked_events(pipe, text) == plain


def _twin_by_scan(out: list[dict], i: int, q: dict, gone: set[int]) -> int | None:
    """The reading before stop 42: every record of the document looked at."""
    r = out[i]
    return next((k for k, s in enumerate(out) if k != i and k not in gone and s["type"] == r["type"] and
                 (s.get("quantity") or {}).get("start") == q["start"] and
                 bool(s.get("place")) and place_part._same(s["place"], r["place"])), None)


def test_the_twin_looked_up_is_the_twin_found_by_a_scan():
    rng = random.Random(11)
    places = [None, {"id": 1, "surface": "نوى"}, {"id": 2, "surface": "جاسم"}, {"id": None, "surface": "الحي الغربي"}]
    found = 0
    for _ in range(300):
        out = [{"type": rng.choice(("airstrike", "shelling")), "place": rng.choice(places),
                "quantity": rng.choice((None, {"start": 10}, {"start": 20}, {"start": 30}))}
               for _ in range(rng.randrange(1, 12))]
        holding, gone = None, set()
        for i, r in enumerate(out):
            if r["quantity"] is None or r["place"] is None or rng.random() < 0.3:
                continue  # (a record with a place and a figure takes a part: place_part._field)
            q = {"start": rng.choice((10, 20, 30, 40))}
            was = r["quantity"]["start"]
            r["quantity"] = {"start": q["start"]}  # (what _take does to the figure's span)
            if holding is None:
                holding = place_part._holding(out)
            else:
                place_part._moved(holding, r["type"], was, q["start"], i)
            k = place_part._twin(out, i, q, gone, holding)
            assert k == _twin_by_scan(out, i, q, gone)
            if k is not None:
                gone.add(i)
                found += 1
    assert found > 50


def test_a_tie_is_found_through_its_first_word_as_through_the_list():
    ties = (("الناطقة", "باسم"), ("منه",), ("القريبة", "من"), ("الناطقة", "بلسان"), ("لسان", "حال"), ("القريبة", "منه"))
    words = ["الناطقة", "باسم", "باسمه", "بلسان", "القريبة", "من", "منه", "منها", "لسان", "حال", "حالها", "أعلنت"]
    by_first = mouthpiece._ties_by_first(ties)
    hits = 0
    for a in words:
        for b in words:
            for c in words:
                f = [a, b, c]
                want = next((t for t in ties if mouthpiece._tie_at(f, 1, t)), None)
                got = next((t for t in by_first.get(f[1], by_first[None]) if mouthpiece._tie_at(f, 1, t)), None)
                assert got == want, f
                hits += want is not None
    assert hits > 100
    assert by_first["القريبة"] == (("منه",), ("القريبة", "من"), ("القريبة", "منه"))  # (the list's order kept)
