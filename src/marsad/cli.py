"""The ``marsad`` command. Each subcommand lives in ``marsad/commands/<name>.py`` and exposes
``register(subparsers)`` (adds its parser, sets ``func``); modules keep heavy imports inside
their run functions so ``marsad --help`` stays instant."""
from __future__ import annotations

import argparse
import importlib
import sys

from . import __version__

COMMANDS = ["extract", "ingest", "show", "events", "estimates", "export", "schema", "train", "eval", "serve", "watch"]


ENVIRONMENT = """\
every command takes -v (more messages; -vv debug) and -q (no progress bar, no warnings).

environment variables:
  MARSAD_DEBUG=1             debug messages, and errors raise with their traceback
  MARSAD_MAX_DOC_BYTES=N     largest page or JSONL record read, in bytes (default 16 MiB)
  MARSAD_SHARED=DIR          the shared data folder 'marsad train' reads (default ../shared)
  MARSAD_TOKEN=TOKEN         access token of the web workbench ('marsad serve')
  MARSAD_NER_NEURAL=1        entities by the CRF mixed with the neural tagger where it is unsure (~1 F1 better, ~0.9x speed)
  MARSAD_PURE=1              at install time: no mypyc compile, pure Python
  MARSAD_REQUIRE_SERVICES=1  tests: fail (not skip) when PostgreSQL or Chromium is missing
  MARSAD_FUZZ_EXAMPLES=N     tests: a long random fuzzing session instead of the fixed one"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="marsad", epilog=ENVIRONMENT, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="marsad (مرصد): Arabic news to evidence — quantities, dates, entities, places and events.",
    )
    parser.add_argument("--version", action="version", version=f"marsad {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            mod = importlib.import_module(f"marsad.commands.{name}")
        except ModuleNotFoundError as e:
            if e.name == f"marsad.commands.{name}":
                continue
            raise
        mod.register(sub)
    for p in sub.choices.values():
        _add_verbosity(p)
    return parser


def subcommands(p: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The parsers one level below ``p`` ({} for a leaf command)."""
    for a in p._actions:
        if isinstance(a, argparse._SubParsersAction):
            return dict(a.choices)
    return {}


def _add_verbosity(p: argparse.ArgumentParser, nested: bool = False) -> None:
    """-v/-q on every command and every second-level command (``marsad train ner -v``), messages
    going through marsad.logs; kept when a command has its own --quiet. A second level's options
    default to "not given", so ``marsad train -v ner`` keeps the -v given before the model name."""
    have = {o for a in p._actions for o in a.option_strings}
    default = {"default": argparse.SUPPRESS} if nested else {}
    if "-v" not in have and "--verbose" not in have:
        p.add_argument("-v", "--verbose", action="count", dest="verbose", **({"default": 0} | default),
                       help="more messages (-vv: debug; MARSAD_DEBUG=1 also shows tracebacks)")
    if "-q" not in have:
        names = ["-q"] if "--quiet" in have else ["-q", "--quiet"]
        p.add_argument(*names, action="store_true", dest="quiet", **default,
                       help="no progress bar, no warnings (errors only)")
    for child in subcommands(p).values():
        _add_verbosity(child, nested=True)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from . import logs

    logs.setup(getattr(args, "verbose", 0) - (1 if getattr(args, "quiet", False) else 0))
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("marsad: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
