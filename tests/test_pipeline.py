"""Components with declared needs: the registry, needs added or refused, import failures."""
from __future__ import annotations

import pytest

from marsad import pipeline
from marsad.pipeline import REGISTRY, ComponentSpec, Pipeline, PipelineError, load_component, resolve


def test_registry_order_satisfies_every_need():
    assigned: set[str] = set()
    for spec in REGISTRY.values():
        assert set(spec.requires) <= assigned, spec.name
        assigned |= set(spec.assigns)


def test_only_adds_needs_in_run_order():
    assert resolve(["events"]) == ["published", "quantities", "dates", "entities", "places", "events"]
    assert resolve(["places"]) == ["entities", "places"]
    assert resolve(["quantities"]) == ["quantities"]
    assert resolve(None) == list(REGISTRY)


def test_missing_need_is_one_clear_error():
    with pytest.raises(PipelineError) as e:
        resolve(["places"], add_needs=False)
    assert str(e.value) == "stage 'places' needs entities: add them to the pipeline (or let it add them)"
    assert resolve(["entities", "places"], add_needs=False) == ["entities", "places"]
    with pytest.raises(PipelineError, match="unknown stage 'evnts'"):
        resolve(["evnts"])


def test_import_failure_is_an_error_not_a_skip():
    with pytest.raises(PipelineError, match=r"stage 'broken' could not be loaded .*ModuleNotFoundError"):
        load_component(ComponentSpec("broken", "marsad.extract.no_such_stage:Thing"))


def test_register_refuses_unsatisfiable_needs():
    with pytest.raises(PipelineError, match="requires sentiment"):
        pipeline.register("opinions", "x:y", requires=["sentiment"])
    assert "opinions" not in REGISTRY


def test_pipeline_only_quantities_analyze():
    pipe = Pipeline(only=["quantities"])
    assert pipe.names == ["quantities"]
    doc = pipe.analyze("انشق 12 ضابطاً أمس")
    q = doc["quantities"]
    assert [(r["surface"], r["low"], r["counted"]) for r in q] == [("12", 12, "ضابط")]
    assert doc["events"] == []


def test_pipeline_events_gets_its_inputs():
    pipe = Pipeline(only=["events"])
    doc = pipe.analyze("انشق 12 ضابطاً عن جيش النظام في درعا أمس.", published="2024-03-05")
    ev = doc["events"]
    assert ev and ev[0]["type"] == "defection"
    assert ev[0]["count"]["low"] == 12 and ev[0]["date"] == "2024-03-04"


def test_cli_reports_a_broken_stage_in_one_line(tmp_path, monkeypatch, capsys):
    from marsad.cli import main

    monkeypatch.setitem(REGISTRY, "events", ComponentSpec("events", "marsad.extract.no_such_stage:Thing",
                                                          REGISTRY["events"].requires, ("events",)))
    page = tmp_path / "p.txt"
    page.write_text("انشق 12 ضابطاً", encoding="utf-8")
    assert main(["extract", str(page), "--quiet"]) == 2
    assert main(["ingest", str(page), "--db", str(tmp_path / "e.db"), "--quiet"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["marsad: stage 'events' could not be loaded from marsad.extract.no_such_stage:Thing "
                   "(ModuleNotFoundError: No module named 'marsad.extract.no_such_stage')"] * 2


def test_the_text_is_folded_tokenized_and_split_once_per_document(monkeypatch):
    # issue 11: the text was folded 6+ times and cut into sentences three ways; now every stage
    # reads the Document's analyses. Count calls on the whole text from any marsad module.
    import sys

    from marsad.arabic import normalize, tokens

    pipe = Pipeline()  # every stage imported
    text = "انشق 12 ضابطاً عن جيش النظام في درعا أمس، وقال المرصد إن 3 مدنيين قتلوا بقصف على إدلب.\nوأكد ناشطون الخبر."
    calls = {"fold": 0, "tokenize": 0, "sentences": 0}
    originals = {"fold": normalize.fold, "tokenize": tokens.tokenize, "sentences": tokens.sentences}

    def counting(name):
        def f(t, *a, **k):
            if t == text and not a[1:] and k.get("end") is None and (name != "tokenize" or not a):
                calls[name] += 1
            return originals[name](t, *a, **k)
        return f

    for mod in [m for n, m in sys.modules.items() if n.startswith("marsad") and m is not None]:
        for name, orig in originals.items():
            if getattr(mod, name, None) is orig:
                monkeypatch.setattr(mod, name, counting(name))
    doc = pipe.analyze(text, published="2024-03-05")
    assert doc["events"] and doc["places"] and doc["quantities"]
    assert calls == {"fold": 1, "tokenize": 1, "sentences": 1}


def test_stages_that_edit_an_earlier_layer_run_after_it():
    order = list(REGISTRY)
    for spec in REGISTRY.values():
        for layer in spec.edits:
            owner = next(s.name for s in REGISTRY.values() if layer in s.assigns)
            assert order.index(owner) < order.index(spec.name), (spec.name, layer)
    assert REGISTRY["dates"].edits == ("quantities",)
    # an edited layer is not a need: dates alone does not pull quantities in
    assert resolve(["dates"]) == ["published", "dates"]
    with pytest.raises(PipelineError, match="requires sentiment"):
        pipeline.register("late", "x:y", edits=["sentiment"])
