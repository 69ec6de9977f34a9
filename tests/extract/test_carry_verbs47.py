"""«رجّح» (judged likely) as a reporting verb (stop 47, helper carry47; cues.json attribution.carry_verb_lemmas): a
sentence «وأضاف أن…» after «ورجّح مراسل X …» goes on with the one who judged, not the outlet. On our own sentences,
with the switch on and off."""
from __future__ import annotations

import pytest

from marsad.extract.events.vocab import load_cues
from piped import cues_switched, on_off_fixtures, rules_runner, source_surface

# the act in the sentence of «رجّح», and an act in the «وأضاف أن» sentence after it
JUDGED = ("ورجّحت شبكة الرصد الميداني أن تكون طائرات حربية قصفت قرية الورود فجر اليوم.")
WENT_ON = ("سقطت قذيفة على سوق بلدة السنابل صباح اليوم. ورجّح مراسل إذاعة المثال في البلدة ارتفاع عدد الجرحى لخطورة "
           "حالاتهم. وأضاف أن قوات الأمن اعتقلت ثلاثة معلمين في قرية الورود مساء أمس.")
# the imperfect reports nothing: «يُرجّح أنها» is the writer's hedge
HEDGE = "قصفت طائرات حربية يُرجّح أنها أجنبية قرية الورود فجر اليوم فجرحت أربعة أطفال."


def _runner(on: bool):
    run = rules_runner(cues=cues_switched("attribution", "carry_verb_lemmas", on))
    return lambda text, typ: [source_surface(e) for e in run(text) if e["type"] == typ]


on, off = on_off_fixtures(_runner)


@pytest.mark.parametrize("text, typ, who", [(JUDGED, "airstrike", "شبكة الرصد الميداني"),
                                            (WENT_ON, "arrest", "مراسل إذاعة المثال")])
def test_the_verb_names_the_source(on, off, text, typ, who):
    got = on(text, typ)
    assert got and all(s and s.startswith(who) for s in got)
    assert off(text, typ) == [None] * len(got)


def test_the_imperfect_hedge_names_no_one(on, off):
    assert on(HEDGE, "airstrike") == off(HEDGE, "airstrike") == [None]


def test_shipped_switch():
    assert load_cues()["attribution"]["carry_verb_lemmas"]["enabled"] is True
