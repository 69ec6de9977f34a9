"""An act's place (issue 10, stop 31, helper places): families read from the first-runs pool and sets 52-53, each
stated as one structural rule. Our own sentences in several house styles (monitor, local outlet, state agency,
wire); the whole pipeline; every place asserted by value and span."""
from __future__ import annotations

import pytest

from piped import piped_events, type_place


def _at(evs, typ, place):
    got = [e for e in evs if e["type"] == typ and (e["place"] or {}).get("surface", "").removeprefix("حي ") == place]
    assert got, f"no {typ} at {place}: {type_place(evs)}"
    return got[0]


# -- a parallel clause («فيما/بينما/في حين») placed by a noun that stands for the place before ----------------------
@pytest.mark.parametrize("text,typ,place", [
    # a monitor's: «فيما تواصلت الاشتباكات في محيط البلدة»
    ("قتل أربعة مدنيين، اليوم الجمعة، بقصف صاروخي لقوات النظام على بلدة كفرنبل جنوبي إدلب، فيما تواصلت "
     "الاشتباكات في محيط البلدة، بحسب المرصد.", "armed_clash", "كفرنبل"),
    # a wire's: «في حين دارت اشتباكات على أطراف الحي» after a quarter in its city
    ("قال ناشطون إن قذائف الهاون سقطت على حي الخالدية في مدينة حمص، ما أدى إلى مقتل طفلين، في حين دارت "
     "اشتباكات عنيفة على أطراف الحي.", "armed_clash", "الخالدية"),
    # a state agency's: «بينما شن الطيران غارات … في محيط المطار»
    ("حلب-سانا: أحبطت وحدات الجيش محاولة تسلل نحو مطار كويرس العسكري شرقي حلب، بينما شن الطيران الحربي "
     "غارات على تجمعات المسلحين في محيط المطار.", "airstrike", "مطار كويرس العسكري"),
    # a local outlet's: units deployed «في المنطقة» after clashes in a region
    ("قتل 15 شخصاً في مواجهات بين مسلحين من العشائر وقوات الأمن في قرى بريف حماة الشمالي، بينما أعلنت وزارة "
     "الدفاع نشر وحدات من الجيش في المنطقة لضبط الأمن.", "reinforcement", "ريف حماة الشمالي"),
])
def test_a_parallel_clause_placed_by_a_place_noun_is_at_its_antecedent(pipe, text, typ, place):
    evs = piped_events(pipe, text)
    e = _at(evs, typ, place)
    p = e["place"]
    assert text[p["start"]:p["end"]] == p["surface"]
    assert p["surface"].removeprefix("حي ") == place


def test_another_sides_attack_on_the_area_is_no_second_place(pipe):
    # «في حين قالت سانا إن الجيش صد هجوماً على المنطقة»: the other side's telling of the same battle
    text = ("أعلنت فصائل المعارضة أنها قتلت 20 عنصراً من قوات النظام في معارك على جبهة تل الصوان شرقي دوما، في حين "
            "قالت وكالة سانا إن الجيش صد هجوماً للمسلحين على المنطقة.")
    evs = piped_events(pipe, text)
    assert [t for t in type_place(evs) if t[0] == "armed_clash"] == [("armed_clash", "تل الصوان")]


# -- the places layer: a town named bare whose name is also a word or a person's --------------------------------
@pytest.mark.parametrize("text,typ,place", [
    # a local outlet's: the name, then its countryside with «ب»
    ("قُتل شاب برصاص مسلحين مجهولين، مساء أمس، في جاسم بريف درعا الشمالي، بحسب تجمع أحرار حوران.",
     "armed_clash", "جاسم"),
    # a monitor's: the name, then «في ريف …»
    ("داهمت قوات الأمن منازل في الحراك في ريف درعا الشرقي، واعتقلت أربعة شبان، وفق المرصد.", "arrest", "الحراك"),
    # a wire's: the name, then a bearing from the governorate's seat
    ("قالت مصادر محلية إن قوات النظام اعتقلت ثلاثة شبان في الحراك شرقي درعا اليوم.", "arrest", "الحراك"),
    # a state agency's: a well-known town tagged as an organisation, bare after «على»
    ("حلب-سانا: سيطرت القوات التركية والفصائل الموالية لها على جنديرس بعد معارك عنيفة.", "territory_change",
     "جنديرس"),
])
def test_a_bare_town_whose_name_is_also_a_word_is_placed_by_its_container(pipe, text, typ, place):
    evs = piped_events(pipe, text)
    e = _at(evs, typ, place)
    p = e["place"]
    assert text[p["start"]:p["end"]] == place
    assert p["kind"] == "locality"


@pytest.mark.parametrize("text", [
    "شارك الآلاف في الحراك الشعبي بريف درعا ضد النظام، بحسب ناشطين.",
    "تستمر المشاركة في الحراك بمحافظة السويداء للأسبوع العاشر على التوالي.",
])
def test_the_word_before_an_adjective_or_in_another_area_is_no_town(pipe, text):
    from marsad.document import Document

    d = Document(text, published="2024-03-05", outlet="منصة المثال")
    pipe(d)
    assert "الحراك" not in [p["surface"] for p in d["places"]]
