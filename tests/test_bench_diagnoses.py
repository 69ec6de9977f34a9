"""The diagnosis benches of one shape (bench_figure_misses.py, bench_tellings.py, bench_incidents.py) share one tail,
bench_figure_misses.run_main: a held-out set named among others is refused by an explicit check before any set is
run or read (an assert would be skipped under python -O), and the sets asked for are run in their order; so is one
named to bench_figure_fixes.py's child. And bench_figure_fixes' `list` patch makes both its edits, and a fix whose switch
is off on this tree is replayed switched on."""
from __future__ import annotations

import sys
from argparse import Namespace
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_events as be  # noqa: E402
import bench_figure_misses as misses  # noqa: E402


def _args(sets: str) -> Namespace:
    return Namespace(set=sets, json=False, first_runs=False, rev=None)


def test_a_held_out_set_is_refused_before_anything_runs():
    def run_sets(names):
        raise AssertionError(f"ran {names}")

    with pytest.raises(SystemExit, match=be.HELD_OUT[0]):
        misses.run_main("x.py", _args(f"probe64,{be.HELD_OUT[0]}"), run_sets, lambda res, title: None)


def test_today_s_code_runs_the_sets_asked_for_in_order():
    told = []
    assert misses.run_main("x.py", _args("probe96,probe64"), lambda names: {n: [] for n in names},
                           lambda res, title: told.append((list(res), title))) == 0
    assert told == [(["probe96", "probe64"], "today's code")]


def test_a_gate_child_refuses_a_held_out_set():
    # bench_figure_fixes.py's child takes its sets from the command line (`--child SRC --set …`)
    import bench_figure_fixes as ff

    with pytest.raises(SystemExit, match=be.HELD_OUT[-1]):
        ff._child(str(ROOT / "src"), ["news_dev", be.HELD_OUT[-1]], False)


def test_the_list_fix_edits_both_files(tmp_path):
    # bench_figure_fixes' `list`: extractor's new line is a prefix of its old one, so "new not in text" never edited it
    import bench_figure_fixes as ff

    events = tmp_path / "marsad" / "extract" / "events"
    events.mkdir(parents=True)
    (events / "extractor.py").write_text("    told = [m for m in ms if 1 <= len(m.places) <= 2 and m.anaphor]\n")
    (events / "finer_place.py").write_text("_PAIR = 2  # a pair\n")
    ff._fix_list(tmp_path)
    ff._fix_list(tmp_path)  # (once made, left alone)
    assert (events / "extractor.py").read_text() == "    told = [m for m in ms if 1 <= len(m.places) and m.anaphor]\n"
    assert (events / "finer_place.py").read_text() == "_PAIR = 1_000  # a pair\n"


def test_a_fix_switched_off_on_this_tree_is_replayed_switched_on(tmp_path, monkeypatch):
    # bench_figure_fixes copies a fix's JSON (or cues.json entry) from this tree: a switch the lead turned off after
    # the fresh sets must not make its replay read the rules twice (left_army's wordings sit in its flag's own copy)
    import json

    import bench_figure_fixes as ff

    here = tmp_path / "here"
    data = here / "src" / "marsad" / "data" / "events"
    data.mkdir(parents=True)
    (data / "relayed.json").write_text(json.dumps({"enabled": False, "reach": 7}))
    (data / "cues.json").write_text(json.dumps({"battle_dead": {"enabled": False, "types": ["shelling"]}}))
    types = {"types": {"defection": {"triggers": {"انشق": "verb", "انشقوا": "verb"}}},
             "flagged_triggers": {"left_army": {"enabled": False, "type": "defection",
                                                "triggers": {"ترك": "verb reach=24 needs=جيش_النظام"}}}}
    (data / "types.json").write_text(json.dumps(types, ensure_ascii=False, indent=1))
    tree = tmp_path / "tree" / "src"
    (tree / "marsad" / "data" / "events").mkdir(parents=True)
    (tree / "marsad" / "data" / "events" / "cues.json").write_text(json.dumps({"preps": ["في"]}))
    (tree / "marsad" / "data" / "events" / "types.json").write_text(json.dumps(types, ensure_ascii=False, indent=1))
    monkeypatch.setattr(ff, "ROOT", here)
    ff._copy_on(tree, "data/events/relayed.json")
    ff._copy_cues(tree, "battle_dead")
    ff._fix_left_army(tree)
    ff._fix_left_army(tree)  # (once made, left alone)
    got = {n: json.loads((tree / "marsad" / "data" / "events" / n).read_text(encoding="utf-8"))
           for n in ("relayed.json", "cues.json", "types.json")}
    assert got["relayed.json"] == {"enabled": True, "reach": 7}
    assert got["cues.json"] == {"preps": ["في"], "battle_dead": {"enabled": True, "types": ["shelling"]}}
    assert got["types.json"]["types"]["defection"]["triggers"] == {"انشق": "verb", "ترك": "verb reach=24 needs=جيش_النظام",
                                                                  "انشقوا": "verb"}


def test_vocab39_replayed_into_a_tree_without_its_groups(tmp_path, monkeypatch):
    # stop 39 (vocab): a tree that has the flagged groups gets them switched on; an older one gets their lemmas and
    # hand triggers put into the type, the group's own replacing the type's of the same name («اقتاد» loosened)
    import json

    import bench_figure_fixes as ff

    here = tmp_path / "here" / "src" / "marsad" / "data" / "events"
    here.mkdir(parents=True)
    group = {"enabled": False, "type": "arrest", "lemmas": {"اقتاد": "verb"}, "triggers": {"اقتادت": "verb"}}
    (here / "types.json").write_text(json.dumps({"flagged_triggers": {"led_away": group}}, ensure_ascii=False))
    old = {"types": {"arrest": {"lemmas": {"اقتاد": "verb needs=جهة", "اعتقل": "verb"},
                                "triggers": {"اقتادت": "verb needs=جهة", "اعتقلت": "verb"}}}}
    tree = tmp_path / "old" / "src"
    (tree / "marsad" / "data" / "events").mkdir(parents=True)
    (tree / "marsad" / "data" / "events" / "types.json").write_text(json.dumps(old, ensure_ascii=False))
    new = tmp_path / "new" / "src"
    (new / "marsad" / "data" / "events").mkdir(parents=True)
    (new / "marsad" / "data" / "events" / "types.json").write_text(
        json.dumps({**old, "flagged_triggers": {"led_away": group}}, ensure_ascii=False))
    monkeypatch.setattr(ff, "ROOT", tmp_path / "here")
    ff._fix_vocab39(tree, ("led_away",))
    ff._fix_vocab39(new, ("led_away",))
    got = json.loads((tree / "marsad" / "data" / "events" / "types.json").read_text(encoding="utf-8"))["types"]["arrest"]
    assert got == {"lemmas": {"اقتاد": "verb", "اعتقل": "verb"}, "triggers": {"اقتادت": "verb", "اعتقلت": "verb"}}
    got = json.loads((new / "marsad" / "data" / "events" / "types.json").read_text(encoding="utf-8"))
    assert got["flagged_triggers"]["led_away"]["enabled"] is True and got["types"] == old["types"]


def test_the_air_ground_replay_forces_the_switch_of_a_tree_that_has_it(tmp_path):
    # stop 39: `air_ground` returned on a tree whose incidents.py has `_air_and_ground` already, so with joins.json's
    # air_and_ground_apart switched off there the replay read the rules twice; now the tree's switch test goes
    import bench_figure_fixes as ff

    events = tmp_path / "marsad" / "extract" / "events"
    events.mkdir(parents=True)
    body = ("def _air_and_ground(ctx, inc, m):\n    if " + ff._AIR_GROUND_SWITCH + "m.deaths:\n        return False\n"
            "    return True\n")
    (events / "incidents.py").write_text(body, encoding="utf-8")
    ff._fix_air_ground(tmp_path)
    ff._fix_air_ground(tmp_path)  # (once made, left alone)
    assert (events / "incidents.py").read_text(encoding="utf-8") == body.replace(ff._AIR_GROUND_SWITCH, "")


def test_aim_through_replayed_into_an_older_tree(tmp_path):
    # stop 39 (vocab2): an older tree gets the cues block switched on, the window and the lexicon of vocab.py and
    # modality.py's `_aim_through` by text; the result parses, and a second replay changes nothing
    import ast
    import json

    import bench_figure_fixes as ff

    ev = tmp_path / "src" / "marsad" / "extract" / "events"
    data = tmp_path / "src" / "marsad" / "data" / "events"
    ev.mkdir(parents=True)
    data.mkdir(parents=True)
    (data / "cues.json").write_text(json.dumps({"not_event": {"aim_cues": ["بهدف"], "aim_window": 1}}))
    (ev / "modality.py").write_text(
        "from .context import Ctx\n\n\ndef f(ctx, c, t_trig, window, refused, name):\n"
        "    if t_trig - ctx.tok_of(c.end - 1) <= window and not ctx.in_org(c.start, c.end) and not refused:\n"
        "        return None\n", encoding="utf-8")
    (ev / "vocab.py").write_text(
        "class V:\n    def __init__(self, cues):\n"
        '        self.aim_window = cues["not_event"]["aim_window"]\n'
        '        self.habit_after_window = cues["not_event"].get("habit_after_window", 3)\n'
        "        self.lexicons = {\n"
        '            "aim": _lex(cues["not_event"]["aim_cues"]),\n'
        '            "habit_after": _lex(cues["not_event"].get("habit_after", [])),\n        }\n', encoding="utf-8")
    ff._fix_aim_through(tmp_path / "src")
    got = json.loads((data / "cues.json").read_text(encoding="utf-8"))["not_event"]["aim_through"]
    assert got["enabled"] is True and "إلى" in got["between"]
    mod = (ev / "modality.py").read_text(encoding="utf-8")
    voc = (ev / "vocab.py").read_text(encoding="utf-8")
    assert "def _aim_through(" in mod and '_aim_through(ctx, c)) and' in mod and "self.aim_between" in voc
    ast.parse(mod), ast.parse(voc)
    ff._fix_aim_through(tmp_path / "src")
    assert (ev / "modality.py").read_text(encoding="utf-8") == mod


@pytest.mark.parametrize("fix,had,want", [
    ("fighters_dead", (False, False), (False, True)),  # protest_dead stays off: the replay is fighters_dead's alone
    ("fighters_dead", (True, False), (True, True)),  # the archived tree's fighters off: the replay switches it on
    ("protest_dead", (False, False), (True, False)),  # fighters stays as the archived tree had it
])
def test_the_dead_replays_switch_on_their_own_switch_only(tmp_path, fix, had, want):
    # review40: _copy_on set protest_dead.json's top `enabled` only, so `fighters_dead` switched protest_dead on with
    # it, and took this tree's `fighters.enabled` (off: the replay measured nothing)
    import json

    import bench_figure_fixes as ff

    events, data = tmp_path / "marsad" / "extract" / "events", tmp_path / "marsad" / "data" / "events"
    events.mkdir(parents=True)
    data.mkdir(parents=True)
    (events / "extractor.py").write_text("out = protest_dead.merge(ctx, out)\nout = fighters_dead.refine(ctx, out)\n",
                                         encoding="utf-8")
    (events / "deaths.py").write_text("\ndef merge(a, b):\n    return a\n", encoding="utf-8")
    (events / "protest_tolls.py").write_text("", encoding="utf-8")
    raw = json.loads((ff.ROOT / "src/marsad/data/events/protest_dead.json").read_text(encoding="utf-8"))
    raw = dict(raw, enabled=had[0], fighters=dict(raw["fighters"], enabled=had[1]))
    (data / "protest_dead.json").write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    ff.FIXES[fix](tmp_path)
    got = json.loads((data / "protest_dead.json").read_text(encoding="utf-8"))
    assert (got["enabled"], got["fighters"]["enabled"]) == want


def _oldest_tree(tmp_path: Path, *names: str) -> None:
    """The oldest first-run tree's (fb85fef) files under tmp_path/src/marsad, as a replay meets them."""
    import subprocess

    for name in names:
        path = tmp_path / "src" / "marsad" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(subprocess.run(["git", "show", f"fb85fef:src/marsad/{name}"], cwd=ROOT, check=True,
                                       capture_output=True, text=True).stdout, encoding="utf-8")


def test_launched_replayed_into_the_oldest_first_run_tree(tmp_path):
    # stop 41 (stmt): the oldest first-run tree's extractor gets the call after mentions.speeches and the import, by
    # text; the module and its JSON are copied in switched on; the result parses, and a second replay changes nothing
    import ast
    import json

    import bench_figure_fixes as ff

    _oldest_tree(tmp_path, "extract/events/extractor.py", "extract/events/mentions.py")
    (tmp_path / "src" / "marsad" / "data" / "events").mkdir(parents=True)
    ff._fix_launched(tmp_path / "src")
    ex = (tmp_path / "src" / "marsad" / "extract" / "events" / "extractor.py").read_text(encoding="utf-8")
    assert ex.count("kept = launched.refine(ctx, att, kept)") == 1 and "from . import launched\n" in ex
    assert ex.count("launched.place(ctx, out)") == 1
    assert ex.index("place_chooser.refine(ctx, att, out)") < ex.index("launched.place(ctx, out)")
    ast.parse(ex)
    data = json.loads((tmp_path / "src" / "marsad" / "data" / "events" / "launched.json").read_text(encoding="utf-8"))
    assert data["enabled"] is True and data["place"] is True
    ff.FIXES["launched_noplace"](tmp_path / "src")
    data = json.loads((tmp_path / "src" / "marsad" / "data" / "events" / "launched.json").read_text(encoding="utf-8"))
    assert data["enabled"] is True and data["place"] is False
    ff._fix_launched(tmp_path / "src")
    assert (tmp_path / "src" / "marsad" / "extract" / "events" / "extractor.py").read_text(encoding="utf-8") == ex


@pytest.mark.parametrize("fix,want", [("protesters", (True, False)), ("same_place", (False, True))])
def test_stop42_dead_parts_replay_switch_on_their_own_part_only(tmp_path, fix, want):
    # stop 42 (extra): protest_dead.json's `protesters` and `same_place`, each replayed alone; the archived tree's
    # `enabled` and `fighters` (here on, as on stop 42's start) stay as they were
    import json

    import bench_figure_fixes as ff

    events, data = tmp_path / "marsad" / "extract" / "events", tmp_path / "marsad" / "data" / "events"
    events.mkdir(parents=True)
    data.mkdir(parents=True)
    (events / "extractor.py").write_text("out = protest_dead.merge(ctx, out)\n", encoding="utf-8")
    (events / "deaths.py").write_text("\ndef merge(a, b):\n    return a\n", encoding="utf-8")
    (events / "protest_tolls.py").write_text("", encoding="utf-8")
    raw = json.loads((ff.ROOT / "src/marsad/data/events/protest_dead.json").read_text(encoding="utf-8"))
    raw = {k: v for k, v in dict(raw, enabled=True, fighters=dict(raw["fighters"], enabled=True)).items()
           if k not in ("protesters", "same_place")}
    (data / "protest_dead.json").write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    ff.FIXES[fix](tmp_path)
    got = json.loads((data / "protest_dead.json").read_text(encoding="utf-8"))
    assert (got["enabled"], got["fighters"]["enabled"]) == (True, True)
    assert (got["protesters"]["enabled"], got["same_place"]["enabled"]) == want


def test_freed_replayed_into_the_oldest_first_run_tree(tmp_path):
    # stop 42 (extra): mentions.py's hook written into fb85fef's module by text, the cues copied in switched on; the
    # module parses, and a second replay changes nothing
    import ast
    import json

    import bench_figure_fixes as ff

    _oldest_tree(tmp_path, "extract/events/mentions.py", "data/events/cues.json")
    src = tmp_path / "src"
    ff._fix_freed(src)
    men = (src / "marsad/extract/events/mentions.py").read_text(encoding="utf-8")
    assert men.count("_freed(ctx, m, sent):") == 1 and men.count("def _freed(") == 1
    ast.parse(men)
    cues = json.loads((src / "marsad/data/events/cues.json").read_text(encoding="utf-8"))
    assert cues["freed_people"]["enabled"] is True
    ff._fix_freed(src)
    assert (src / "marsad/extract/events/mentions.py").read_text(encoding="utf-8") == men


def test_not_after_replayed_into_the_oldest_first_run_tree(tmp_path):
    # stop 43 (extra, review42's F13): `kidnapped` carried into fb85fef's types.json loses the `notafter=` part its
    # vocab.py cannot parse (it would become the trigger's sub); `not_after` teaches the tree the key by text, puts
    # the part back and copies the list in switched on; both modules parse, a second replay changes nothing
    import ast
    import json

    import bench_figure_fixes as ff

    _oldest_tree(tmp_path, "extract/events/vocab.py", "extract/events/mentions.py", "data/events/types.json")
    src = tmp_path / "src"
    ff.FIXES["kidnapped"](src)
    types = src / "marsad/data/events/types.json"
    desc = json.loads(types.read_text(encoding="utf-8"))["types"]["arrest"]["triggers"]["خطف"]
    assert desc.startswith("verb reach=20 needs=") and "notafter" not in desc
    ff.FIXES["not_after"](src)
    raw = json.loads(types.read_text(encoding="utf-8"))
    assert raw["types"]["arrest"]["triggers"]["خطف"].startswith("verb reach=20 notafter=habit needs=")
    assert raw["not_after"]["enabled"] is True
    ev = src / "marsad/extract/events"
    texts = [(ev / f).read_text(encoding="utf-8") for f in ("vocab.py", "mentions.py")]
    assert texts[0].count('p.startswith("notafter=")') == 1 and texts[0].count("def _not_after_lists(") == 1
    assert texts[1].count("_right_after(ctx, m, sent, i[\"notafter\"])") == 1 and texts[1].count("def _right_after(") == 1
    for t in texts:
        ast.parse(t)
    ff.FIXES["not_after"](src)
    assert [(ev / f).read_text(encoding="utf-8") for f in ("vocab.py", "mentions.py")] == texts


def test_chemical_replayed_into_the_oldest_first_run_tree(tmp_path):
    # stop 43 (extra): fb85fef's attack contexts get an `explosion` context of the chemical words (taken from
    # shelling's, right after it), and its mishap test skips an attack word; a second replay changes nothing
    import ast
    import json

    import bench_figure_fixes as ff

    _oldest_tree(tmp_path, "extract/events/mentions.py", "data/events/types.json")
    src = tmp_path / "src"
    ff.FIXES["chemical"](src)
    types, men = src / "marsad/data/events/types.json", src / "marsad/extract/events/mentions.py"
    ctx = json.loads(types.read_text(encoding="utf-8"))["attack"]["contexts"]
    assert list(ctx) == ["airstrike", "shelling", "explosion", "armed_clash"]
    assert "الكلور" in ctx["explosion"] and "الكلور" not in ctx["shelling"] and "مدفعية" in ctx["shelling"]
    text = men.read_text(encoding="utf-8")
    assert text.count(ff.CHEMICAL_MISHAP[1]) == 1
    ast.parse(text)
    before = types.read_text(encoding="utf-8")
    ff.FIXES["chemical"](src)
    assert (types.read_text(encoding="utf-8"), men.read_text(encoding="utf-8")) == (before, text)
