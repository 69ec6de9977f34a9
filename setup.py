"""Build hook: compile the quantity hot path with mypyc when a C compiler is at hand.

The three modules below are plain, type-annotated Python; mypyc turns them into C extensions
about 1.5x faster on number-dense text (BENCHMARKS.md), with identical output (a test runs the
pure-Python sources beside the compiled ones). Without a compiler, or with MARSAD_PURE=1,
marsad installs as pure Python and works the same, only slower. Everything else is in
pyproject.toml.
"""
import os
import sys

from setuptools import setup
from setuptools.command.build_ext import build_ext

COMPILED = ["src/marsad/arabic/normalize.py", "src/marsad/arabic/numbers.py", "src/marsad/extract/quantities.py",
            "src/marsad/ner/decode.py"]


class OptionalBuildExt(build_ext):
    """A failed compile leaves the pure-Python modules in place instead of failing the install."""

    def run(self):
        try:
            super().run()
        except Exception as e:  # noqa: BLE001 - any compiler failure means "stay pure"
            print(f"marsad: C build failed ({e}); installing pure Python", file=sys.stderr)
            self.extensions = []

    def build_extension(self, ext):
        try:
            super().build_extension(ext)
        except Exception as e:  # noqa: BLE001
            print(f"marsad: could not compile {ext.name} ({e}); it stays pure Python", file=sys.stderr)
            raise


def _extensions():
    if os.environ.get("MARSAD_PURE") == "1":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("marsad: mypyc not available; installing pure Python", file=sys.stderr)
        return []
    try:
        # third-party modules without type stubs (pyahocorasick) are typed as Any
        return mypycify(["--ignore-missing-imports", *COMPILED], opt_level="3", group_name="marsad_fast")
    except (Exception, SystemExit) as e:  # noqa: BLE001 - mypy exits on a type error: stay pure
        print(f"marsad: mypyc could not compile ({e}); installing pure Python", file=sys.stderr)
        return []


setup(ext_modules=_extensions(), cmdclass={"build_ext": OptionalBuildExt})
