"""Demo: the sample corpus into an evidence database, then the events and the defection estimates."""
from __future__ import annotations

import tempfile
from pathlib import Path


def run(console) -> None:
    from marsad.commands.estimates import estimate_rows, estimates_table
    from marsad.commands.events import events_table
    from marsad.commands.ingest import ingest
    from marsad.store import open_store
    from marsad.store.samples import corpus_records, write_jsonl

    with tempfile.TemporaryDirectory() as tmp:
        src = write_jsonl(Path(tmp) / "events_corpus.jsonl")
        db = str(Path(tmp) / "marsad.db")
        n = sum(1 for _ in corpus_records())
        console.print(f"ingesting {n} sample articles (samples/corpus/e*.txt) into a SQLite evidence database …")
        stats = ingest([str(src)], db, passage=True)
        again = ingest([str(src)], db, passage=True)
        console.print(f"stored {stats['stored']} documents; a second run stored {again['stored']} "
                      f"(skipped {again['skipped']} by content hash)")
        with open_store(db) as st:
            c = st.counts()
            console.print(f"{c['reports']} event reports → {c['events']} merged events "
                          f"({c['near_duplicates']} near-duplicate link(s); denied/future/hypothetical reports kept "
                          "but not counted)")
            console.print(events_table(st.events(), console.width))
            console.print(estimates_table(estimate_rows(st, "defection"), "defection", console.width))
