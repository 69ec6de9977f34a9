"""Demo: ingestion. Text pages (a few of samples/corpus), our HTML pages and a WARC built from
them in a temporary folder, each read by content and cleaned; one row per document."""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _rows(paths):
    from marsad.ingest.page import raw_to_document
    from marsad.ingest.readers import ReadError, read_path

    for path in paths:
        for raw in read_path(str(path)):
            if isinstance(raw, ReadError):
                yield path, None, str(raw)
                continue
            try:
                yield path, raw, raw_to_document(raw)
            except ValueError as e:
                yield path, raw, f"{raw.source}: {e}"


def run(console) -> None:
    from rich.table import Table

    from marsad.ingest.warc import STATS

    texts = sorted((ROOT / "samples" / "corpus").glob("*.txt"))[:4]
    pages = sorted((ROOT / "samples" / "html").glob("*.html"))
    with tempfile.TemporaryDirectory() as tmp:
        warc = Path(tmp) / "samples.warc.gz"
        subprocess.run([sys.executable, str(ROOT / "scripts" / "build_warc.py"), str(warc), *map(str, pages[:6])],
                       check=True, capture_output=True)
        groups = [("text pages", texts), ("HTML pages", pages), ("WARC archive", [warc])]
        for label, paths in groups:
            table = Table(title=f"ingest: {label}", show_lines=False)
            for col in ("source", "kind", "title", "outlet", "words", "related", "embeds", "headlines"):
                table.add_column(col, overflow="fold")
            for path, raw, doc in _rows(paths):
                if isinstance(doc, str):
                    table.add_row(Path(path).name, "error", doc, "", "", "", "", "")
                    continue
                kind = "warc/html" if "@" in raw.source else ("html" if raw.html is not None else "text")
                src = raw.url if raw.url else Path(path).name
                embeds = ", ".join(f"{e['platform']}:{e['handle'] or '-'}" for e in doc.embeds)
                table.add_row(src[-40:], kind, (doc.title or "—")[:60], doc.outlet or "—", str(len(doc.text.split())),
                              str(len(doc.related)), embeds or "0", str(len(doc.related_headlines)))
            console.print(table)
        st = STATS.get(str(warc), {})
        console.print(f"WARC: {st.get('pages', 0)} HTML pages read, {st.get('skipped', 0)} other records "
                      "(warcinfo, request, metadata) skipped")
