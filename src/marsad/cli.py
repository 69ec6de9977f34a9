"""The ``marsad`` command. Each subcommand lives in ``marsad/commands/<name>.py`` and exposes
``register(subparsers)`` (adds its parser, sets ``func``); modules keep heavy imports inside
their run functions so ``marsad --help`` stays instant."""
from __future__ import annotations

import argparse
import importlib
import sys

from . import __version__

COMMANDS = ["extract", "ingest", "events", "estimates", "export", "train", "eval", "serve"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="marsad",
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
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
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
