"""«طائرة من دون طيار» (a drone) is no negation of the act told after it (stop 47, the lead; cues.json modality
`pilotless`): the longest cue wins over «دون», and its window reaches no act. On our own sentences, with the key on and
off (off, «دون» reads the strike as not done: the bug noun47 found)."""
from __future__ import annotations

import pytest

from piped import cues_switched, on_off_fixtures, rules_runner

DRONE = "أكدت شبكة محلية أن طائرة من دون طيار قصفت سيارة في بلدة السنابل صباح اليوم."
DRONE_B = "وذكر ناشطون أن طائرة بدون طيار استهدفت شاحنة صغيرة قرب قرية الورود مساء أمس."
# «دون» before an act still negates it, with the key or without
NO_FIGHT = "انسحب المسلحون من قرية الورود صباح اليوم دون اشتباكات تذكر."


def _runner(on: bool):
    run = rules_runner(cues=cues_switched("modality", "pilotless", on))
    return lambda text, typ: [(e["trigger"], e.get("modality", "asserted")) for e in run(text) if e["type"] == typ]


on, off = on_off_fixtures(_runner)


def test_a_drone_strike_happened(on):
    assert on(DRONE, "airstrike") == [("قصفت", "asserted")]
    assert on(DRONE_B, "airstrike") == [("استهدفت", "asserted")]


def test_without_the_key_a_drone_negates_its_strike(off):
    assert off(DRONE, "airstrike") == [("قصفت", "negated")]
    assert off(DRONE_B, "airstrike") == [("استهدفت", "negated")]


@pytest.mark.parametrize("keep", [True, False])
def test_without_fighting_is_still_no_fight(keep):
    assert _runner(keep)(NO_FIGHT, "armed_clash") == [("اشتباكات", "negated")]
