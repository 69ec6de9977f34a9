"""arabic.scan: a pattern tried only where a match can start returns what finditer returns."""
import random
import re

from marsad.arabic.scan import finditer_at, starts_near


def test_finditer_at_the_possible_starts_equals_finditer():
    rx = re.compile(r"(?<!\w)(?:و|ب)?(?:ال)?ريف(?:\s+\w+)?")
    rnd = random.Random(11)
    bits = ["ريف", "وريف", "بالريف", "الريف", " ", "\n", "حلب", "تريف", "ر", "يف", "،"]
    for _ in range(2000):
        text = "".join(rnd.choice(bits) for _ in range(rnd.randint(0, 15)))
        got = [m.span() for m in finditer_at(rx, text, starts_near(text, ("ريف",), 3))]
        assert got == [m.span() for m in rx.finditer(text)]


def test_starts_near_lists_each_lead_once_in_order():
    assert starts_near("ab xab", ("ab",), 2) == [0, 2, 3, 4]
    assert starts_near("none here", ("ab",), 3) == []
