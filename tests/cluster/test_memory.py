"""A cluster worker's memory stays flat over a crawl only if nothing it keeps between documents
holds on to a document: the memos are keyed by words, not by texts. Checked by identity: after a
worker has analysed and prepared some crawl pages, no object reachable in the process (the
garbage collector's containers and every untracked tuple or dict inside them, where memo keys
live) holds the cleaned text of any but the last few documents."""
from __future__ import annotations

import gc
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))

import build_warc  # noqa: E402

from marsad.cluster.worker import _runner, _signer  # noqa: E402
from marsad.document import Document  # noqa: E402
from marsad.ingest.readers import read_path  # noqa: E402
from marsad.resources import DEDUP_THRESHOLD  # noqa: E402
from marsad.store.prepared import prepare_or_fail  # noqa: E402

RECENT = 10  # a memo of the last few documents (actor_names keeps 8 folded texts) is bounded by itself


def _holders(wanted: dict[int, tuple[int, str]]) -> list[tuple[str, str]]:
    """(holder type, text start) for each reachable container that refers to a string of ``wanted``
    (id -> (length, first 20 characters): the test keeps no reference to the texts themselves)."""
    gc.collect()
    found = []
    seen: set[int] = set()
    stack = gc.get_objects()
    seen.update(id(o) for o in stack)
    while stack:
        o = stack.pop()
        for r in gc.get_referents(o):
            if type(r) is str:
                w = wanted.get(id(r))
                if w is not None and len(r) == w[0] and r.startswith(w[1]):
                    found.append((type(o).__name__, w[1]))
            elif id(r) not in seen and not gc.is_tracked(r) and isinstance(r, (tuple, dict, list, frozenset)):
                seen.add(id(r))
                stack.append(r)
    return found


def test_no_memo_keeps_a_document_text(tmp_path):
    warc = tmp_path / "crawl.warc.gz"
    build_warc.write_warc(str(warc), build_warc.synthetic_pages(60, crawl="varied"))
    runner, signer = _runner((False, None, False)), _signer(DEDUP_THRESHOLD)
    texts: list[tuple[int, int, str]] = []
    for item in read_path(str(warc)):
        doc = runner.process(item)
        if isinstance(doc, Document):
            prepare_or_fail(doc, signer)
            texts.append((id(doc.text), len(doc.text), doc.text[:20]))
        del doc, item
    assert len(texts) >= 50
    early = {i: (n, start) for i, n, start in texts[:-RECENT]}
    gc.unfreeze()  # the worker froze its pipeline's objects out of the collector's lists
    try:
        held = _holders(early)
    finally:
        gc.freeze()
    assert held == []


def test_the_memos_are_emptied_past_the_workers_budget_with_the_same_rows(tmp_path, monkeypatch):
    """Each per-word memo has its own cap, but together at their caps they would hold ~460 MB: a
    worker empties all of them once they hold more than ``MEMO_BUDGET`` entries together, checked
    after each partition. Emptying a memo changes what is recomputed, never a row."""
    from marsad.cluster import worker
    from marsad.cluster.partition import plan

    warc = tmp_path / "crawl.warc.gz"
    build_warc.write_warc(str(warc), build_warc.synthetic_pages(40, crawl="varied"))
    parts = plan([str(warc)], size=10).partitions
    opts = (False, None, False)
    worker._runner(opts)
    names = {getattr(m, "__qualname__", "") for m in worker._MEMOS}
    assert len(worker._MEMOS) >= 10 and "_after_f" in names  # lru_caches and the NER's DictCaches

    def total() -> int:
        return sum(m.cache_info().currsize for m in worker._MEMOS)

    worker.keep_memos_within(0)
    roomy = [worker.run_partition(p, opts, DEDUP_THRESHOLD).items for p in parts]
    assert total() > 500
    monkeypatch.setattr(worker, "MEMO_BUDGET", 500)
    tight, sizes = [], []
    for p in parts:
        tight.append(worker.run_partition(p, opts, DEDUP_THRESHOLD).items)
        sizes.append(total())
    assert tight == roomy and all(len(items) == 10 for items in tight)
    assert max(sizes) <= 500  # emptied after every partition that took them past it
    assert worker.keep_memos_within(10 ** 9) is False
