"""Every command answers --help in plain English, without a traceback."""
import pytest

from marsad.cli import COMMANDS, build_parser, main


def test_top_level_help(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--help"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    for name in ("extract", "ingest", "events", "estimates", "export", "train", "eval"):
        assert name in out


@pytest.mark.parametrize("name", COMMANDS)
def test_command_help(name, capsys):
    parser = build_parser()
    sub = parser._subparsers._group_actions[0].choices
    assert name in sub, f"command {name} is not registered"
    with pytest.raises(SystemExit) as e:
        main([name, "--help"])
    assert e.value.code == 0
    assert "usage: marsad " + name in capsys.readouterr().out


def test_no_command_prints_help(capsys):
    assert main([]) == 2
    assert "usage: marsad" in capsys.readouterr().out
