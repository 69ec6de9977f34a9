"""The mypyc build (setup.py): compiled where a compiler is, identical to the pure sources."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from marsad.build_info import COMPILED, compiled_modules, load_pure, stale_binaries
from marsad.extract.quantities import extract_quantities

REPO = Path(__file__).resolve().parents[1]


def test_compiled_modules_are_listed_as_setup_py_compiles_them():
    setup_py = (REPO / "setup.py").read_text(encoding="utf-8")
    for rel in COMPILED:
        assert f"src/marsad/{rel}.py" in setup_py


@pytest.mark.skipif(os.environ.get("MARSAD_PURE") == "1", reason="MARSAD_PURE=1 asks for a pure-Python install")
def test_quantity_hot_path_is_compiled_where_a_compiler_exists():
    if not shutil.which("cc") and not shutil.which("gcc"):
        pytest.skip("no C compiler on this machine: marsad runs as pure Python")
    assert compiled_modules() == {rel: True for rel in COMPILED}
    assert stale_binaries() == []


def test_compiled_and_pure_quantities_give_identical_records():
    pure = load_pure("extract.quantities")
    assert pure.__file__.endswith(".py") and "marsad_pure" in pure.__file__
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "samples" / "corpus").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((REPO / "samples" / "gold" / "html").glob("*.txt"))]
    # awkward inputs too: marks everywhere, Eastern digits (the str.translate fold), empty, no Arabic
    texts += ["قُتِلَ ٤٥ مَدَنِيًّا وجُرِحَ نَحْوَ ١٢٠ آخرين", "", "12 345 678 and 3.5 million", "ـ" * 50 + " 7 جنود"]
    assert len(texts) > 100
    n = 0
    for t in texts:
        got, want = extract_quantities(t), pure.extract_quantities(t)
        assert got == want, t[:80]
        n += len(got)
    assert n > 400
