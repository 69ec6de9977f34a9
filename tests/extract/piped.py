"""The whole pipeline's asserted events for the events tests, with every span the records carry checked
against the text (the trigger, the place, the source, the figure, each telling, each actor): one copy
that the test files of stop 27 share instead of a helper of their own each."""
from __future__ import annotations

import copy
import json
from contextlib import contextmanager

import pytest

from marsad.document import Document
from marsad.extract.events import frames, happened, vocab
from marsad.pipeline import Pipeline


def piped_events(pipe, text: str, published: str = "2024-03-05", outlet: str = "منصة المثال") -> list[dict]:
    return [e for e in checked_events(pipe, text, published, outlet) if happened(e)]


def checked_events(pipe, text: str, published: str = "2024-03-05", outlet: str = "منصة المثال") -> list[dict]:
    """Every record, the unasserted too (a statement's tests read what the rules kept whatever its modality)."""
    d = Document(text, published=published, outlet=outlet)
    pipe(d)
    _spans_hold(d.text, d["events"])
    return d["events"]


def _spans_hold(text: str, evs: list[dict]) -> None:
    for e in evs:
        assert text[e["start"]:e["end"]] == e["trigger"]
        spans = [e.get("place") or {}, e.get("reported_by") or {}, e.get("quantity") or {},
                 *(e.get("mentions") or []), *(e.get("actors") or [])]
        for sp in spans:
            if "start" in sp:
                assert text[sp["start"]:sp["end"]] == sp["surface"], sp


def brief(pipe, text: str, *keys, published: str = "2024-05-14") -> list[tuple]:
    """(type, place surface, and each of `keys`: "trigger", "source", "dead") of every record, spans checked: the
    short form the stop-47 tests compare."""
    read = {"trigger": lambda e: e["trigger"], "source": lambda e: (e.get("reported_by") or {}).get("surface"),
            "dead": lambda e: (e.get("fatalities") or {}).get("low")}
    return [(e["type"], place_surface(e), *(read[k](e) for k in keys))
            for e in checked_events(pipe, text, published)]


def type_place(evs: list[dict]) -> list[tuple]:
    """(type, place surface) of each event: the short form the tests print when an assertion fails."""
    return [(e["type"], (e["place"] or {}).get("surface")) for e in evs]


def source_surface(e: dict) -> str | None:
    """The source the text names (None where the record falls back to the outlet)."""
    rb = e["reported_by"] or {}
    return None if rb.get("outlet") else rb.get("surface")


def event_at(evs: list[dict], place: str) -> dict:
    """The first event placed at `place` (the assertion names what was found instead)."""
    got = [e for e in evs if (e["place"] or {}).get("surface") == place]
    assert got, f"no event at {place}: {type_place(evs)}"
    return got[0]


def figure_low(e: dict) -> int | None:
    """The event's own figure: its dead, else its count."""
    return (e["fatalities"] or e["count"] or {}).get("low")


def place_surface(e: dict) -> str | None:
    return (e.get("place") or {}).get("surface")


def dead(e: dict) -> tuple:
    """(low, high) of the event's dead: what the figure tests of stops 40 and 41 compare."""
    f = e.get("fatalities") or {}
    return f.get("low"), f.get("high")


def conf_with(monkeypatch, module, **kw) -> None:
    """`module.conf()` answering with `kw` over what it answers now: a test sets the switch state it tests, so the
    lead flipping the data file's switch changes only the test that pins the shipped state."""
    c = dict(module.conf(), **kw)
    monkeypatch.setattr(module, "conf", lambda: c)


def asserted_brief(pipe, text: str, published: str, outlet: str = "موقع التجربة") -> list[tuple]:
    """(type, place, lowest figure) of each asserted record: what the deaths tests of stop 40 compare."""
    evs = piped_events(pipe, text, published=published, outlet=outlet)
    return [(e["type"], place_surface(e), figure_low(e)) for e in evs if e.get("modality", "asserted") == "asserted"]


@contextmanager
def file_switched_off(monkeypatch, tmp_path, module, cached, part: str | None = None):
    """Inside: `module` reads a copy of its data file (module.DATA) with `enabled` false (of its `part`, when
    given: one switch of several in one file), its `cached` reader cleared on the way in and out: the lead's switch
    is the file's, not the module's flag."""
    raw = json.loads(module.DATA.read_text(encoding="utf-8"))
    raw = dict(raw, **{part: dict(raw[part], enabled=False)}) if part else dict(raw, enabled=False)
    off = tmp_path / module.DATA.name
    off.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(module, "DATA", off)
    cached.cache_clear()
    try:
        yield
    finally:
        monkeypatch.undo()
        cached.cache_clear()


def flag_fixture(flags: dict, key: str):
    """A fixture whose value sets one switch of a module's FLAGS dict (unlisted.FLAGS …) for one test."""
    @pytest.fixture
    def fixture(monkeypatch):
        def set_(on: bool):
            monkeypatch.setitem(flags, key, on)
        return set_
    return fixture


def model_key_fixture(module, key: str):
    """A fixture whose value sets one key of `module.load()`'s model (the committed file as the pipeline reads it):
    a learned hook's switch tested in both states without writing a file; the cached reader cleared after."""
    @pytest.fixture
    def fixture(monkeypatch):
        real = module.load

        def set_(value):
            real.cache_clear()
            m = dict(real(), **{key: value})
            monkeypatch.setattr(module, "load", lambda *a: m)
        yield set_
        real.cache_clear()
    return fixture


def rules_runner(published: str = "2024-05-16", **vocab_kw):
    """The rules' own records of a text (the events stage after the layers it needs), read with a Vocab built from
    `vocab_kw` (cues=…, types=…: a switch's data changed without writing a file), every span checked as
    checked_events does: one copy for the tests that switch a cues.json or types.json key."""
    from marsad.extract.events.extractor import EventExtractor
    from marsad.extract.events.vocab import Vocab
    pre = Pipeline(only=["published", "quantities", "dates", "entities", "places"])
    ex = EventExtractor()
    ex.v = Vocab(**vocab_kw)

    def run(text: str) -> list[dict]:
        doc = Document(text, published=published, outlet="منصة المثال")
        pre(doc)
        evs = ex.extract(doc)
        _spans_hold(text, evs)
        return evs
    return run


def cues_switched(section: str, key: str, on: bool) -> dict:
    """cues.json as read, with `section`.`key`.enabled set to `on`: what rules_runner reads for one switch."""
    from marsad.extract.events.vocab import load_cues
    cues = load_cues()
    return dict(cues, **{section: dict(cues[section], **{key: dict(cues[section][key], enabled=on)})})


def on_off_fixtures(runner):
    """Module fixtures `on` and `off` (runner(True), runner(False)) for a test file to bind: `on, off = …`."""
    return (pytest.fixture(scope="module", name="on")(lambda: runner(True)),
            pytest.fixture(scope="module", name="off")(lambda: runner(False)))


def flagged_runner(groups: tuple[str, ...], on: bool, published: str):
    """The rules' own records of a text, with types.json `flagged_triggers` `groups` all switched on or off: one copy
    the word-family tests of stops 39 and 40 share (each hands its groups in; a patch of load_types is never seen)."""
    from marsad.extract.events.vocab import load_types
    run = rules_runner(published, types=flagged_switched(load_types(), groups, on))
    return lambda text: [(e["type"], place_surface(e), (e["count"] or {}).get("low"), e["trigger"]) for e in run(text)]


def flagged_switched(types: dict, groups: tuple[str, ...], on: bool) -> dict:
    flagged = dict(types["flagged_triggers"], **{g: dict(types["flagged_triggers"][g], enabled=on) for g in groups})
    return dict(types, flagged_triggers=flagged)


def placed_figures(pipe, text: str, published: str) -> list[tuple]:
    """(type, place, figure) of the records with a place, every span checked: what the protest tolls tests of stops
    39 and 47 compare."""
    evs = piped_events(pipe, text, published=published, outlet="موقع التجربة")
    return [(e["type"], place_surface(e), figure_low(e)) for e in evs if place_surface(e)]


def placed_brief(pipe, text: str) -> list[tuple]:
    """(type, place, figure, trigger) of each asserted record, every place span checked against the text: what the
    air/ground and types tests compare."""
    out = []
    for e in piped_events(pipe, text):
        assert text[e["place"]["start"]:e["place"]["end"]] == e["place"]["surface"]
        out.append((e["type"], place_surface(e), figure_low(e), e["trigger"]))
    return out


def frames_changed(monkeypatch, frame: str, **keys):
    """A pipeline that reads frames.json with `keys` set in `frame` (a fresh vocabulary and frames; the cached ones
    are cleared again after): for a fixture to `yield from`."""
    full = vocab._json("frames.json")
    changed = dict(full, frames=dict(full["frames"], **{frame: dict(full["frames"][frame], **keys)}))
    read = vocab.load_frames

    def load() -> dict:
        return dict(changed, frames={k: v for k, v in changed["frames"].items() if v.get("enabled", True)})
    for mod in (vocab, frames):
        monkeypatch.setattr(mod, "load_frames", load)
    frames.frames.cache_clear()
    vocab.vocab.cache_clear()
    yield Pipeline()
    monkeypatch.undo()
    assert vocab.load_frames is read
    frames.frames.cache_clear()
    vocab.vocab.cache_clear()


def asserted_places(pipe, text: str, typ: str) -> list:
    """(surface, start) of the place of each asserted record of type `typ`, None for a placeless one; every place span
    checked against the text (the place tests of stops 42 and 43 read the same list)."""
    out = []
    for e in piped_events(pipe, text):
        if e["type"] == typ and e["modality"] == "asserted":
            p = e["place"]
            if p is not None:
                assert text[p["start"]:p["end"]] == p["surface"]
            out.append((p["surface"], p["start"]) if p else None)
    return out


def told_at_one_place(pipe, text: str, towns: tuple[str, str], figure: int) -> tuple[Document, list[dict], dict]:
    """The asserted records of `text` (two, at `towns`), the one without `figure` given the counted one's place (a
    copy): a merge rule of coarse_told tested alone where the rules resolve the two tellings at two towns."""
    doc = Document(text, published="2023-04-09", outlet="موقع التجربة")
    pipe(doc)
    recs = copy.deepcopy([e for e in doc["events"] if e["modality"] == "asserted"])
    assert sorted(place_surface(e) for e in recs) == sorted(towns)
    counted = next(e for e in recs if figure_low(e) == figure)
    bare = next(e for e in recs if e is not counted)
    bare["place"] = copy.deepcopy(counted["place"])
    return doc, recs, bare


def first_place_of(pipe, text: str, typ: str) -> tuple[str, int]:
    """(surface, start) of the place of the first asserted record of a type (spans checked by piped_events): the
    place refiners' on/off tests (same_quarter43, ref_town44) compare it."""
    p = next(e for e in piped_events(pipe, text) if e["type"] == typ)["place"]
    return p["surface"], p["start"]


def analysed(text: str, id: str, published: str, outlet: str = "موقع التجربة"):
    """A passage through the whole pipeline, and the events context on it: the tests of a learned hook read its
    features on the finished document."""
    from marsad.extract.events.context import Ctx

    d = Document(text, id=id, published=published, outlet=outlet)
    Pipeline()(d)
    return d, Ctx(d, vocab.vocab())
