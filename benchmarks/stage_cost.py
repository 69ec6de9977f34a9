"""The cost of a learned hook against its named peer, the events stage alone, for the learned components'
benchmarks (place chooser, figure chooser, event filter): one loop, so their ratios are measured alike.

Each document is analysed once up to the stages events needs; then, for three rounds, each document runs with the
hook off and on, one right after the other (load and warm caches hit both alike); the best round of each is kept.
"""
from __future__ import annotations

import time
from typing import Callable


def documents(pipe, docs: list[dict]) -> list:
    """The passages (dicts with text, id, published, outlet) as Documents the pipeline has run on."""
    from marsad.document import Document

    ready = []
    for d in docs:
        doc = Document(d["text"], id=d["id"], published=d["published"], outlet=d["outlet"])
        pipe(doc)
        ready.append(doc)
    return ready


def interleaved(ready: list, run: Callable[[object, bool], object], rounds: int = 3) -> dict[bool, float]:
    """{on: seconds} of `run(doc, on)` over every document, the best of `rounds` rounds."""
    best = {True: float("inf"), False: float("inf")}
    for _ in range(rounds):
        spent = {True: 0.0, False: 0.0}
        for doc in ready:
            for on in (False, True):
                t = time.perf_counter()
                run(doc, on)
                spent[on] += time.perf_counter() - t
        best = {k: min(best[k], spent[k]) for k in best}
    return best


def after_stage(hook: Callable) -> Callable[[object, bool], object]:
    """A `run` for `interleaved`: the events stage, then (when on) `hook(ctx, records)` on its records."""
    from marsad.extract.events.context import Ctx
    from marsad.extract.events.extractor import EventExtractor
    from marsad.extract.events.vocab import vocab

    ex, v = EventExtractor(), vocab()

    def run(doc, on: bool):
        ctx = Ctx(doc, v)
        recs = ex.extract(doc, ctx)
        if on:
            hook(ctx, recs)
        return recs

    return run
