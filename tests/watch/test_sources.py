"""sources.toml: the README's sample parses; every mistake is one line naming outlet and key."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from marsad.watch.sources import SourcesError, load_sources, parse_sources

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_sample_parses():
    text = README.read_text(encoding="utf-8")
    m = re.search(r"```toml\n(.*?)```", text, re.S)
    assert m, "README has a ```toml sample of sources.toml"
    outlets = parse_sources(m.group(1))
    assert len(outlets) >= 2
    first = outlets[0]
    assert first.name and first.home.startswith("https://")
    assert any(o.feeds is None for o in outlets)  # one left to discovery
    assert any(o.delay is not None for o in outlets)


def test_fields_and_defaults():
    (o,) = parse_sources('[[outlet]]\nname = "Midan"\nhome = "https://midan.example/"\nfeeds = "https://midan.example/feed"\n'
                         'delay = 3\n')
    assert (o.name, o.home, o.feeds, o.sitemaps, o.delay, o.host) == (
        "Midan", "https://midan.example/", ["https://midan.example/feed"], None, 3.0, "midan.example")


@pytest.mark.parametrize("text, message", [
    ("name = 1", "s.toml: no [[outlet]] tables (each needs name and home)"),
    ("[[outlet]\n", "s.toml: not valid TOML"),
    ('[[outlet]]\nhome = "https://a.example/"', "s.toml: outlet 1: needs a name"),
    ('[[outlet]]\nname = "A"', "s.toml: outlet 'A': needs a home URL"),
    ('[[outlet]]\nname = "A"\nhome = "a.example"', "s.toml: outlet 'A': home: 'a.example' is not an http(s) URL"),
    ('[[outlet]]\nname = "A"\nhome = "https://a.example/"\nfeeds = [1]', "s.toml: outlet 'A': feeds: 1 is not an http(s) URL"),
    ('[[outlet]]\nname = "A"\nhome = "https://a.example/"\nsitemaps = {x = 1}', "s.toml: outlet 'A': sitemaps must be a list of URLs"),
    ('[[outlet]]\nname = "A"\nhome = "https://a.example/"\ndelay = -1', "s.toml: outlet 'A': delay must be a number of seconds (0 or more)"),
    ('[[outlet]]\nname = "A"\nhome = "https://a.example/"\nfeed = []', "s.toml: outlet 'A': unknown key 'feed' (known: delay, feeds, home, name, sitemaps)"),
    ('[[outlet]]\nname = "A"\nhome = "https://a.example/"\n[[outlet]]\nname = "A"\nhome = "https://b.example/"',
     "s.toml: outlet 'A': the name is used twice"),
])
def test_mistakes_are_one_line(text, message):
    with pytest.raises(SourcesError) as e:
        parse_sources(text, "s.toml")
    assert str(e.value).startswith(message) and "\n" not in str(e.value)


def test_unreadable_files(tmp_path):
    with pytest.raises(SourcesError, match="cannot open"):
        load_sources(str(tmp_path / "missing.toml"))
    bad = tmp_path / "bin.toml"
    bad.write_bytes(b"\xff\xfe\x00name")
    with pytest.raises(SourcesError, match="not UTF-8 text"):
        load_sources(str(bad))
