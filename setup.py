"""Build hook: compile the quantity hot path and the events package with mypyc when a C compiler
is at hand.

The modules below are plain, type-annotated Python; mypyc turns them into C extensions (the
quantity path about 1.5x faster on number-dense text, BENCHMARKS.md; the events stage see
BENCHMARKS.md too), with identical output (tests run the pure-Python sources beside the compiled
ones). Without a compiler, or with MARSAD_PURE=1, marsad installs as pure Python and works the
same, only slower. The events package is compiled only on request (MARSAD_COMPILE_EVENTS=1, which
`make compiled` sets: its rules change daily and mypyc checks at run time the types they state), as
its own group: a type error there leaves it pure and the quantity path compiled. The build records
the hash of every events source it compiled (extract/events/_compiled.json): after an edit the whole
events group runs from source (marsad/build_info.py) until `make compiled` builds it again.
Everything else is in pyproject.toml.
"""
import glob
import hashlib
import json
import os
import sys

from setuptools import setup
from setuptools.command.build_ext import build_ext

COMPILED = ["src/marsad/arabic/normalize.py", "src/marsad/arabic/numbers.py", "src/marsad/extract/quantities.py",
            "src/marsad/ner/decode.py"]
# the events group: every module but __init__ (the stale-build guard) and place_chooser (tests swap its
# model loader); keep in step with marsad/build_info.py EVENTS_PURE
EVENTS_PURE = ("__init__.py", "place_chooser.py")
EVENTS = sorted(p for p in glob.glob("src/marsad/extract/events/*.py") if os.path.basename(p) not in EVENTS_PURE)
EVENTS_GROUP = "marsad_events"


class OptionalBuildExt(build_ext):
    """A failed compile leaves the pure-Python modules in place instead of failing the install."""

    def run(self):
        events = [e for e in self.extensions if e.name.startswith("marsad.extract.events.") or EVENTS_GROUP in e.name]
        manifest = os.path.join(os.path.dirname(self.get_ext_fullpath("marsad.extract.events.extractor")),
                                "_compiled.json")
        if os.path.exists(manifest):
            os.remove(manifest)  # (no record while building: a half-built group never counts as current)
        try:
            super().run()
        except Exception as e:  # noqa: BLE001 - any compiler failure means "stay pure"
            print(f"marsad: C build failed ({e}); installing pure Python", file=sys.stderr)
            self.extensions = []
            return
        if events:
            # the record the events package checks at import (build_info.events_build): the sources built
            with open(manifest, "w", encoding="utf-8") as fh:
                json.dump({"group": EVENTS_GROUP, "sources": {
                    os.path.basename(p)[:-3]: hashlib.sha256(open(p, "rb").read()).hexdigest() for p in EVENTS}},
                    fh, indent=1, sort_keys=True)

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
        fast = mypycify(["--ignore-missing-imports", *COMPILED], opt_level="3", group_name="marsad_fast")
    except (Exception, SystemExit) as e:  # noqa: BLE001 - mypy exits on a type error: stay pure
        print(f"marsad: mypyc could not compile ({e}); installing pure Python", file=sys.stderr)
        return []
    if os.environ.get("MARSAD_COMPILE_EVENTS") != "1":
        return fast  # (the events package is compiled on request: `make compiled`)
    try:
        # (the modules the events code imports are type-checked but not reported on: they run as Python)
        events = mypycify(["--ignore-missing-imports", "--follow-imports=silent", *EVENTS], opt_level="3",
                          group_name=EVENTS_GROUP)
    except (Exception, SystemExit) as e:  # noqa: BLE001
        print(f"marsad: mypyc could not compile the events package ({e}); it stays pure Python", file=sys.stderr)
        return fast
    return fast + events


setup(ext_modules=_extensions(), cmdclass={"build_ext": OptionalBuildExt})
