"""Stop 27, speed: word lists moved from the events code into cues.json, each site reading exactly
the words it read before (the events output is identical on every text, bench_events_speed.py
--dump); and the compiled events package (setup.py), guarded all-or-nothing against stale builds."""
from __future__ import annotations

import importlib.machinery
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from marsad import build_info
from marsad.arabic.normalize import fold_str
from marsad.extract.events import actors, arguments, attribution, clauses, mentions, modality, tellings
from marsad.extract.events.vocab import complementisers, cue_words, load_cues


def _f(*words: str) -> frozenset[str]:
    return frozenset(fold_str(w) for w in words)


def test_complementisers_are_one_list_in_cues_json():
    c = load_cues()["complementisers"]
    assert {"about", "that", "and_that", "and_by_that", "so_that"} <= set(c)
    # folded, «أن», «إن» and «ان» are one word
    assert complementisers("that") == {"ان", "بان"}
    assert complementisers("and_that") == {"وان"}
    assert complementisers("so_that") == {"فان"}
    assert complementisers("and_by_that") == {"وبان"}


def test_every_site_reads_the_words_it_read_before():
    # (the literal lists each module held before stop 27; arguments' first «_THAT» was dead: a later
    # module-level «_THAT» replaced it, so _opens_clause always read the bare list)
    assert actors._THAT == _f("أن", "إن", "بأن", "ان", "بان")
    assert arguments._THAT == _f("أن", "إن", "ان", "بأن", "بان")
    assert arguments._AND_THAT == _f("وإن", "وأن", "وان", "وبأن")
    assert attribution._COMPLEMENT == _f("أن", "إن", "بأن", "بان", "ان")
    assert clauses._THAT == _f("أن", "إن", "ان", "بأن", "وأن")
    assert mentions._THAT == _f("أن", "إن", "ان", "بأن", "بان", "وأن", "وإن")
    assert modality._NEW_THAT == _f("وإن", "وأن", "وان", "فإن", "فأن")
    assert tellings._THAT == _f("أن", "إن", "بأن")


def test_short_word_lists_come_from_cues_json():
    # raw text keys (a substring test on the unfolded text): the hamza stays
    assert mentions._MEANS_KEYS == cue_words("means_in_clause", "keys", fold=False)
    assert "ألغام" in mentions._MEANS_KEYS and "رصاص" in mentions._MEANS_KEYS
    assert set(arguments._PART_SHARES) == _f("معظم", "أغلب", "اغلب", "غالبيت", "جل", "أكثر", "بعض", "كل", "جميع")
    assert set(attribution._PUBLISHING) == _f("نشر", "بث", "تداول")
    assert set(mentions._S_NOUNS) == _f("سيطر", "سيار", "سياس", "سياد", "سيد", "سين", "سيف", "سيول", "سيل", "سنو",
                                        "ستين", "سيناريو")
    assert actors._POST_NOUNS == _f("حاجز", "نقطة", "مفرزة", "فرع", "ثكنة", "قاعدة", "مقر", "كتيبة", "موقع", "مخفر")
    assert actors._FROM_POST == _f("من", "عناصر", "دورية", "دوريات", "قوة", "مجموعة")
    for key in ("complementisers", "means_in_clause", "share_words", "publishing_verbs", "future_s_nouns",
                "post_anaphor"):
        assert load_cues()[key]["about"]


# --- the compiled events package (setup.py): all or nothing, never stale, identical ---------------

REPO = Path(__file__).resolve().parents[2]
SO = importlib.machinery.EXTENSION_SUFFIXES[0]


def _events_dir(tmp: Path) -> Path:
    d = tmp / "pkgx" / "events"
    d.mkdir(parents=True)
    (tmp / "pkgx" / "__init__.py").write_text("", encoding="utf-8")
    (d / "__init__.py").write_text(
        "from pathlib import Path\n"
        "from marsad.build_info import guard_events\n"
        "BUILD = guard_events(__name__, Path(__file__).resolve().parent)\n", encoding="utf-8")
    (d / "place_chooser.py").write_text("HERE = 'source'\n", encoding="utf-8")
    (d / "alpha.py").write_text("from . import beta\nHERE = 'source'\n", encoding="utf-8")
    (d / "beta.py").write_text("HERE = 'source'\n", encoding="utf-8")
    return d


def _build(d: Path) -> None:
    """A fake build of d: a "compiled" copy of each module (not loadable: importing one fails) and the
    record setup.py writes."""
    for p in build_info.events_sources(d):
        (d / (p.stem + SO)).write_bytes(b"not a real extension")
    (d / build_info.EVENTS_MANIFEST).write_text(json.dumps(
        {"group": "marsad_events", "sources": build_info.source_hashes(build_info.events_sources(d))}), encoding="utf-8")


def test_the_build_counts_only_while_every_source_of_the_group_matches_it(tmp_path):
    d = _events_dir(tmp_path)
    assert [p.stem for p in build_info.events_sources(d)] == ["alpha", "beta"]  # __init__, place_chooser: pure
    assert build_info.events_build(d) == "none"
    _build(d)
    assert build_info.events_build(d) == "compiled"
    beta = (d / "beta.py").read_text(encoding="utf-8")
    (d / "beta.py").write_text(beta + "# an edit\n", encoding="utf-8")
    assert build_info.events_build(d) == "stale"  # one source edited: the whole group is stale
    (d / "beta.py").write_text(beta, encoding="utf-8")
    assert build_info.events_build(d) == "compiled"  # (the same text again: the build is current)
    (d / "gamma.py").write_text("", encoding="utf-8")
    assert build_info.events_build(d) == "stale"  # a module added since the build
    (d / "gamma.py").unlink()
    (d / build_info.EVENTS_MANIFEST).unlink()
    assert build_info.events_build(d) == "stale"  # binaries with no record of what they were built from
    _build(d)
    (d / ("alpha" + SO)).unlink()
    assert build_info.events_build(d) == "stale"  # part of the group missing


def _import_all(root: Path) -> dict:
    code = ("import json, pkgx.events as e, pkgx.events.alpha as a, pkgx.events.beta as b; "
            "print(json.dumps({'build': e.BUILD, 'files': [a.__file__, b.__file__]}))")
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True,
                         env={"PYTHONPATH": f"{root}:{REPO / 'src'}", "PATH": "/usr/bin:/bin"})
    return json.loads(out.stdout) if out.returncode == 0 else {"error": out.stderr.strip().splitlines()[-1]}


def test_an_edited_source_makes_every_module_of_the_group_load_from_source(tmp_path):
    d = _events_dir(tmp_path)
    _build(d)
    # a current build: Python takes the compiled copies (here unloadable, which shows they were taken)
    assert "error" in _import_all(tmp_path)
    # edit one module: both load from source, the unedited one too (its compiled copy would call the
    # other's stale compiled code natively)
    (d / "beta.py").write_text("HERE = 'source'\nEDITED = True\n", encoding="utf-8")
    got = _import_all(tmp_path)
    assert got["build"] == "stale"
    assert [Path(f).name for f in got["files"]] == ["alpha.py", "beta.py"]


def test_the_events_group_is_the_one_setup_py_compiles():
    setup_py = (REPO / "setup.py").read_text(encoding="utf-8")
    assert 'EVENTS_PURE = ("__init__.py", "place_chooser.py")' in setup_py
    assert build_info.EVENTS_PURE == ("__init__", "place_chooser")
    assert "_compiled.json" in setup_py and build_info.EVENTS_MANIFEST == "_compiled.json"


def _compiled_or_skip() -> None:
    state = build_info.events_build()
    if state != "compiled":
        pytest.skip(f"the events package is not compiled here ({state}): `make compiled` builds it")


def test_a_real_build_goes_to_source_as_a_whole_when_one_module_is_edited(tmp_path):
    _compiled_or_skip()
    shutil.copytree(REPO / "src" / "marsad", tmp_path / "marsad", ignore=shutil.ignore_patterns("__pycache__"))
    for lib in (REPO / "src").glob("marsad_*__mypyc*"):
        shutil.copy(lib, tmp_path)
    code = ("import json, importlib, marsad.extract.events as e, marsad.build_info as bi; "
            "mods = [importlib.import_module('marsad.extract.events.' + p.stem) for p in bi.events_sources()]; "
            "print(json.dumps({'build': e.BUILD, 'files': sorted(m.__file__.rsplit('.', 1)[1] for m in mods)}))")

    def run() -> dict:
        out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                             env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"}, check=True)
        return json.loads(out.stdout)

    got = run()
    assert got["build"] == "compiled" and set(got["files"]) == {"so"}
    tolls = tmp_path / "marsad" / "extract" / "events" / "tolls.py"
    tolls.write_text(tolls.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    got = run()
    assert got["build"] == "stale" and set(got["files"]) == {"py"}


def test_compiled_and_pure_events_give_identical_records():
    _compiled_or_skip()
    from marsad.document import Document
    from marsad.extract.events import EventExtractor
    from marsad.pipeline import Pipeline
    from marsad.store.samples import corpus_records

    assert build_info.events_compiled()
    pure = build_info.load_pure("extract.events")
    assert pure.extractor.__file__.endswith(".py")
    pre = Pipeline(only=["published", "quantities", "dates", "entities", "places"])
    compiled_ex, pure_ex = EventExtractor(), pure.EventExtractor()
    # (sentences of our own: a reported toll, a strike with its source, an arrest, awkward input)
    texts = [(r["text"], r.get("published")) for r in corpus_records()] + [
        ("قال ناشطون إن طائرة مسيرة ضربت سيارة قرب بلدة الكرك فقتلت ثلاثة أشخاص.", "2024-05-02"),
        ("أفادت مصادر محلية بأن دورية اعتقلت خمسة شبان في مدينة جاسم أمس.", "2024-05-02"),
        ("", None), ("no Arabic at all: 12 people", None), ("ـ" * 40 + " قتل 7 جنود", None)]
    n = 0
    for text, published in texts:
        doc = Document(text, published=published)
        pre(doc)
        got, want = compiled_ex.extract(doc), pure_ex.extract(doc)
        # (as JSON: `==` holds 1 == 1.0 == True, a difference a compiled int/float/bool annotation can make)
        assert json.dumps(got, sort_keys=True, default=str) == json.dumps(want, sort_keys=True, default=str), text[:80]
        n += len(got)
    assert n > 60


def test_a_compiled_only_failure_reads_the_text_again_with_the_source(capsys):
    _compiled_or_skip()
    from marsad.document import Document
    from marsad.extract.events import EventExtractor
    from marsad.pipeline import Pipeline

    class Broken:
        def extract(self, doc, ctx=None):
            raise TypeError("bool object expected; got None")

    doc = Document("أفاد ناشطون بأن قصفاً مدفعياً استهدف بلدة الكرك صباح اليوم وأدى إلى مقتل طفلين.",
                   published="2024-05-02")
    Pipeline(only=["published", "quantities", "dates", "entities", "places"])(doc)
    ex = EventExtractor()
    want = ex.extract(doc)
    ex._ex = Broken()
    assert ex.extract(doc) == want and want
    assert "compiled events stage failed (TypeError" in capsys.readouterr().err


def test_a_stage_the_compiled_code_cannot_build_is_built_from_the_source(monkeypatch, capsys):
    _compiled_or_skip()
    import marsad.extract.events as events

    def broken():
        raise TypeError("str object expected; got list")

    monkeypatch.setattr(events, "_Compiled", broken)
    ex = events.EventExtractor()
    assert ex._ex is None and ex.v is ex._source.v
    assert "compiled events stage failed (TypeError" in capsys.readouterr().err
