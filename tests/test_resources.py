"""One resource loader: every data file read and parsed once, shared settings in one place."""
from __future__ import annotations

from marsad import resources


def test_data_files_are_parsed_once():
    assert resources.gazetteer() is resources.gazetteer()
    assert resources.rows("dates", "months.tsv") is resources.rows("dates", "months.tsv")
    assert all(r and not r[0].startswith("#") for r in resources.rows("dates", "months.tsv"))


def test_places_read_the_gazetteer_and_the_ner_its_own_copy(monkeypatch):
    """The places read the live gazetteer through the loader; the NER's features and rules read
    the copy frozen with the model (ner/snapshot.py, stop 22), never the live one."""
    calls = []
    real = resources.json_data.__wrapped__

    def counting(*parts):
        calls.append(parts)
        return real(*parts)

    from marsad.extract import places
    from marsad.ner import features, rules

    monkeypatch.setattr(resources, "json_data", counting)
    for fn in (places.gazetteer, features.lexicons, rules._lists):
        fn.cache_clear()
    places.gazetteer(), features.lexicons(), rules._lists()
    assert calls.count(("gazetteer", "places.json")) == 1  # uncached here: the places ask the loader
    monkeypatch.undo()
    for fn in (places.gazetteer, features.lexicons, rules._lists):
        fn.cache_clear()


def test_one_month_list():
    m = resources.months()
    assert m["كانون الثاني"] == 1 and m["أيار"] == 5 and m["جويلية"] == 7 and m["نيسان"] == 4
    assert resources.english_months()["sept"] == 9
    from marsad.extract.quantities import _data
    from marsad.ingest.embeds import MONTHS
    from marsad.ingest.lines import dateline_date, lexicons

    assert MONTHS is resources.english_months()
    assert lexicons().months["جويليه"] == 7  # ingest datelines read the same list (folded)
    assert dateline_date("الأحد 3 جويلية 2024") == "2024-07-03"
    assert "جويليه" in _data().months and "رمضان" in _data().months and "June" in _data().months


def test_one_dedup_threshold():
    from marsad.ingest.dedup import DEFAULT_THRESHOLD, NearDuplicateIndex

    assert DEFAULT_THRESHOLD == resources.DEDUP_THRESHOLD == NearDuplicateIndex().threshold


def test_no_json_data_file_names_a_key_twice():
    """json keeps the last of two equal keys without a word: a lexicon entry written twice (one edited, one
    forgotten) would silently decide which reading wins."""
    import json
    from pathlib import Path

    twice = []

    def pairs_hook(pairs, path=None):
        keys = [k for k, _ in pairs]
        twice.extend((path, k) for k in sorted({k for k in keys if keys.count(k) > 1}))
        return dict(pairs)

    root = Path(resources.__file__).resolve().parent / "data"
    files = sorted(root.rglob("*.json"))
    assert len(files) > 10
    for path in files:
        json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=lambda p, path=path: pairs_hook(p, path.name))
    assert twice == []
