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


def _every_command():
    """(argv prefix, parser) for every command and every second-level command (train ner, ...)."""
    from marsad.cli import subcommands

    out = []

    def walk(prefix, p):
        for name, child in subcommands(p).items():
            out.append(([*prefix, name], child))
            walk([*prefix, name], child)

    walk([], build_parser())
    return out


def test_the_walk_finds_second_level_commands():
    names = {" ".join(argv) for argv, _ in _every_command()}
    assert {"train ner", "eval ner", "extract", "fetch"} <= names


@pytest.mark.parametrize("argv", [argv for argv, _ in _every_command()], ids=" ".join)
def test_every_command_takes_help_v_and_q(argv, capsys):
    parser = dict((" ".join(a), p) for a, p in _every_command())[" ".join(argv)]
    for opt in ("-h", "--help", "-v", "--verbose", "-q"):
        assert opt in parser._option_string_actions, f"marsad {' '.join(argv)} does not take {opt}"
    for extra in (["--help"], ["-v", "--help"], ["-q", "--help"]):
        with pytest.raises(SystemExit) as e:
            main([*argv, *extra])
        assert e.value.code == 0
        out, err = capsys.readouterr()
        assert out.startswith("usage: marsad " + " ".join(argv)) and err == ""


def test_verbosity_after_a_second_level_command():
    parser = build_parser()
    assert parser.parse_args(["train", "ner", "-v"]).verbose == 1
    assert parser.parse_args(["train", "-v", "ner"]).verbose == 1  # before the model name: kept
    ns = parser.parse_args(["eval", "ner", "-q", "x.conll"])
    assert ns.quiet is True and ns.verbose == 0
    assert parser.parse_args(["train", "ner"]).quiet is False
