"""Every ``marsad ...`` command line the README shows is a valid command line (the real parser
reads it without an error), and every command marsad has is shown in the README at least once.
Running them is what ``make demo`` and the command tests do; this keeps the README from drifting
from the CLI (a renamed option, a removed command)."""
from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from marsad.cli import build_parser, subcommands

README = Path(__file__).resolve().parents[1] / "README.md"


def readme_commands() -> list[list[str]]:
    out = []
    for line in README.read_text(encoding="utf-8").splitlines():
        if not line.startswith("    ") or not line.strip().startswith("marsad "):
            continue  # code lines only (indented blocks), not prose
        argv = shlex.split(re.split(r"\s{2,}#", line.strip())[0])[1:]
        argv = argv[: next((i for i, a in enumerate(argv) if a in ("<", ">", "|")), len(argv))]
        if argv and not argv[0].endswith(":"):  # "marsad watch: 7 outlets ..." is an output line
            out.append(argv)
    return out


def test_the_readme_shows_commands():
    assert len(readme_commands()) >= 15


@pytest.mark.parametrize("argv", readme_commands(), ids=" ".join)
def test_readme_command_line_parses(argv, capsys):
    try:
        build_parser().parse_args(argv)
    except SystemExit as e:
        pytest.fail(f"README: 'marsad {' '.join(argv)}' is refused: {capsys.readouterr().err.strip()}")
        raise e


def test_every_command_is_in_the_readme():
    shown = {a[0] for a in readme_commands()}
    missing = sorted(set(subcommands(build_parser())) - shown)
    assert not missing, f"commands the README never shows: {missing}"
