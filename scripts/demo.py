"""`make demo`: the real ``marsad`` commands over the bundled samples, each printed before it runs.

Every step is a command a user can type again (``$ marsad ...``); nothing here calls marsad's
insides. It leaves ``demo/marsad.db`` (and ``demo/events.csv``) to explore, and ends with the
commands to try next. Re-running starts from a fresh database.
"""
from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "demo"
DB = "demo/marsad.db"
PAGE = "samples/html/01_midan_daraa_defection_officers.html"

STEPS: list[tuple[str, list[str]]] = [
    ("One page, read: its text with every span marked, then a table per layer",
     ["show", PAGE, "--no-text"]),
    ("The contract record of a page, as tools downstream read it (first 600 characters)",
     ["extract", "samples/html/05_north_raqqa_arrests.html", "--format", "jsonl"]),
    ("The sample corpus (95 texts, with their dates and outlets) into an evidence database",
     ["ingest", "samples/corpus.jsonl", "--db", DB, "--passage"]),
    ("Again: nothing is stored twice, so an interrupted run can simply be restarted",
     ["ingest", "samples/corpus.jsonl", "--db", DB, "--passage"]),
    ("Scraped HTML pages (boilerplate, related articles and embedded posts taken out) into the same database",
     ["ingest", *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "samples" / "html").glob("*.html")),
      "--db", DB]),
    ("Defections: one row per real incident, with how many reports and outlets carry it",
     ["events", "--db", DB, "--type", "defection"]),
    ("Every claimed defection figure side by side (never averaged)",
     ["estimates", "--db", DB, "--type", "defection"]),
    ("Incidents as ACLED-style CSV", ["export", "--db", DB, "--format", "acled-csv", "--out", "demo/events.csv"]),
]


def marsad_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("marsad")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "marsad.cli"]


def have_command(name: str) -> bool:
    proc = subprocess.run([*marsad_cmd(), name, "--help"], capture_output=True, text=True, cwd=ROOT)
    return proc.returncode == 0


def run_step(console, title: str, args: list[str], env: dict) -> int:
    from rich.text import Text

    console.rule(Text(title, style="bold"))
    shown = ["marsad", *args]
    if args[0] == "ingest" and len(args) > 8:  # the HTML pages: show the glob a user would type
        shown = ["marsad", "ingest", "samples/html/*.html", "--db", DB]
    console.print(Text("$ " + " ".join(shlex.quote(a) if "*" not in a else a for a in shown), style="bold green"))
    proc = subprocess.run([*marsad_cmd(), *args], cwd=ROOT, env=env, text=True, capture_output=args[0] == "extract")
    if args[0] == "extract":
        out = proc.stdout.strip()
        console.print(Text(out[:600] + (" …" if len(out) > 600 else "")))
        if proc.stderr.strip():
            console.print(Text(proc.stderr.strip()))
    if proc.returncode not in (0, 2):
        console.print(Text(f"(exit {proc.returncode})", style="red"))
    return proc.returncode


def next_commands(serve: bool) -> list[str]:
    """What to try after the demo; the web workbench first when this install has it."""
    nxt = [
        f"marsad show {PAGE}",
        f"marsad events --db {DB} --place درعا",
        f"marsad events --db {DB} --since 2024-03 --format csv",
        f"marsad estimates --db {DB} --type defection --all",
        "marsad extract samples/corpus/q01.txt --passage --format jsonl",
        "marsad schema",
    ]
    if serve:
        nxt[:0] = [f"marsad serve --db {DB}", "    (then browse to http://127.0.0.1:8000/; add --token SECRET to review events)"]
    return nxt


def main() -> int:
    from rich.console import Console
    from rich.text import Text

    console = Console()
    env = dict(os.environ)
    if not console.is_terminal:  # piped or logged: tables wide enough for Arabic
        console = Console(width=140)
        env["COLUMNS"] = "140"
    DEMO.mkdir(exist_ok=True)
    for f in [*DEMO.glob("marsad.db*"), DEMO / "events.csv"]:  # a fresh database each run; nothing else touched
        f.unlink(missing_ok=True)
    failed = 0
    for title, args in STEPS:
        rc = run_step(console, title, args, env)
        failed += rc not in (0, 2)
    console.rule(Text("Next, try", style="bold"))
    bin_dir = Path(sys.executable).parent
    if shutil.which("marsad") is None or Path(shutil.which("marsad") or "").parent != bin_dir:
        console.print(Text(f"(the commands live in {os.path.relpath(bin_dir, ROOT)}/: "
                           f"run 'source {os.path.relpath(bin_dir, ROOT)}/activate' first)"))
    for c in next_commands(have_command("serve")):
        console.print(Text("  " + c, style="bold" if c.startswith("marsad") else ""))
    console.print(Text(f"The database is {DB} (SQLite: any SQLite tool opens it too)."))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
