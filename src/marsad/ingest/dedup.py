"""Near-duplicate links: syndicated copies of one story are one report, not several.

Wire stories are republished with a new lede, a changed byline or a sentence cut. MinHash over
word shingles of the folded text estimates their Jaccard similarity cheaply, and an LSH index
finds candidates in sub-linear time. Candidates are then checked against the estimated Jaccard
so the threshold means what it says.

The threshold (0.45 on 3-word shingles) was chosen in tests/ingest/test_dedup.py on pairs we
wrote: lightly edited copies of one story score 0.65..0.85, different stories from the same day
(which share formulaic openings such as "أفادت مصادر محلية") stay under 0.2.

Signatures are plain bytes (``signature(text)``) so a store can persist them and rebuild the
index with ``add_signature`` without re-reading any text.
"""
from __future__ import annotations

import re
import zlib
from typing import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..arabic.normalize import fold_str
from ..resources import DEDUP_THRESHOLD

DEFAULT_THRESHOLD = DEDUP_THRESHOLD  # one constant for ingest, store and CLI (marsad.resources)
DEFAULT_NUM_PERM = 128
SHINGLE = 3
_SCHEME = "affine32"

# Words: letters and digits after folding; punctuation, URLs' slashes etc. become separators.
_WORD_RE = re.compile(r"[^\W_]+")
# Particles so frequent they only add noise to shingles (after folding).
_STOP = frozenset("في من الى على عن ان او ثم قد و ما لا مع هذا هذه ذلك التي الذي".split())


def words(text: str) -> list[str]:
    """Folded, lower-cased words of ``text`` minus the commonest particles."""
    return [w for w in _WORD_RE.findall(fold_str(text).lower()) if w not in _STOP]


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    """Word k-shingles; a text shorter than k words is one shingle (so it can still match)."""
    ws = words(text)
    if len(ws) < k:
        return {" ".join(ws).encode("utf-8")} if ws else set()
    return {" ".join(ws[i:i + k]).encode("utf-8") for i in range(len(ws) - k + 1)}


_P1, _P2 = np.uint64(0x9E3779B1), np.uint64(0x85EBCA77)
_EMPTY = np.zeros(0, dtype=np.uint32)


def shingle_hashes(text: str, k: int = SHINGLE) -> np.ndarray:
    """32-bit hashes of the word k-shingles (the same sets as ``shingles``), computed in numpy:
    each word is hashed once (CRC-32, stable across processes) and k of them combined."""
    ws = words(text)
    if not ws:
        return _EMPTY
    wh = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in ws), dtype=np.uint64, count=len(ws))
    if len(ws) < k:
        h = np.uint64(0)
        for x in wh:
            h = h * _P1 + x
        return np.array([h & np.uint64(0xFFFFFFFF)], dtype=np.uint64).astype(np.uint32)
    n = len(ws) - k + 1
    h = wh[:n].copy()
    for j in range(1, k):
        h = h * (_P1 if j == 1 else _P2) + wh[j:j + n]
    return np.unique((h & np.uint64(0xFFFFFFFF)).astype(np.uint32))


def _identity(x):
    return x


def jaccard(a: str, b: str, k: int = SHINGLE) -> float:
    """Exact shingle Jaccard (for tests and for choosing the threshold)."""
    sa, sb = shingles(a, k), shingles(b, k)
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)


class MinHasher:
    """Text -> MinHash with permutations generated once (creating them per document is slow)."""

    def __init__(self, num_perm: int = DEFAULT_NUM_PERM, seed: int = 1):
        self.num_perm = num_perm
        template = MinHash(num_perm=num_perm, seed=seed, scheme=_SCHEME)
        self._perms = template.permutations
        self.seed = seed

    def empty(self) -> MinHash:
        return MinHash(num_perm=self.num_perm, seed=self.seed, permutations=self._perms, scheme=_SCHEME,
                       hashfunc=_identity)

    def minhash(self, text: str) -> MinHash:
        m = self.empty()
        hs = shingle_hashes(text)
        if len(hs):
            m.update_batch(hs)
        return m

    def from_bytes(self, sig: bytes) -> MinHash:
        values = np.frombuffer(sig, dtype=np.uint32)
        if len(values) != self.num_perm:
            raise ValueError(f"signature has {len(values)} values, index uses {self.num_perm}")
        return MinHash(num_perm=self.num_perm, seed=self.seed, hashvalues=values.copy(),
                       permutations=self._perms, scheme=_SCHEME, hashfunc=_identity)


class NearDuplicateIndex:
    """Incremental near-duplicate index.

    ``add(doc_id, text)`` returns the ids of documents added earlier whose estimated shingle
    Jaccard with this one is at least ``threshold`` (best first), then indexes the new one.
    """

    def __init__(self, threshold: float = DEFAULT_THRESHOLD, num_perm: int = DEFAULT_NUM_PERM):
        if not 0.0 < threshold < 1.0:
            raise ValueError("threshold must be between 0 and 1")
        self.threshold = threshold
        self.hasher = MinHasher(num_perm)
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        # id -> hash values only (a MinHash object per document costs ~5x the memory)
        self._sigs: dict[str, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._sigs

    def signature(self, text: str) -> bytes:
        """The MinHash of ``text`` as bytes (num_perm × uint32), for storage."""
        return self.hasher.minhash(text).hashvalues.astype(np.uint32).tobytes()

    def query(self, text: str) -> list[tuple[str, float]]:
        """(id, estimated Jaccard) of indexed near-duplicates of ``text``, best first."""
        return self._query(self.hasher.minhash(text))

    def _query(self, m: MinHash, exclude: str | None = None) -> list[tuple[str, float]]:
        if m.is_empty() or not self._sigs:
            return []
        hits = []
        hv = m.hashvalues
        for cand in self.lsh.query(m):
            if cand == exclude:
                continue
            sim = float(np.count_nonzero(hv == self._sigs[cand])) / len(hv)
            if sim >= self.threshold:
                hits.append((cand, sim))
        hits.sort(key=lambda x: (-x[1], x[0]))
        return hits

    def add(self, doc_id: str, text: str) -> list[str]:
        return self.add_minhash(doc_id, self.hasher.minhash(text))

    def add_signature(self, doc_id: str, sig: bytes) -> list[str]:
        """Index a stored signature (rebuilding an index from a database)."""
        return self.add_minhash(doc_id, self.hasher.from_bytes(sig))

    def add_minhash(self, doc_id: str, m: MinHash) -> list[str]:
        doc_id = str(doc_id)
        if doc_id in self._sigs:  # re-adding the same document: report, do not re-insert
            return [d for d, _ in self._query(m, exclude=doc_id)]
        dups = [d for d, _ in self._query(m)]
        if not m.is_empty():  # an empty text matches nothing and is not indexed
            self.lsh.insert(doc_id, m, check_duplication=False)
        self._sigs[doc_id] = m.hashvalues
        return dups

    def remove(self, doc_id: str) -> None:
        hv = self._sigs.pop(str(doc_id), None)
        if hv is not None and str(doc_id) in self.lsh.keys:
            self.lsh.remove(str(doc_id))

    @classmethod
    def from_signatures(cls, items: Iterable[tuple[str, bytes]], threshold: float = DEFAULT_THRESHOLD,
                        num_perm: int = DEFAULT_NUM_PERM) -> "NearDuplicateIndex":
        idx = cls(threshold=threshold, num_perm=num_perm)
        for doc_id, sig in items:
            idx.add_signature(doc_id, sig)
        return idx


def group_duplicates(items: Iterable[tuple[str, str]], threshold: float = DEFAULT_THRESHOLD) -> dict[str, str]:
    """Map every id to the id of the first document of its near-duplicate cluster (union-find)."""
    idx = NearDuplicateIndex(threshold=threshold)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    order: dict[str, int] = {}
    for doc_id, text in items:
        doc_id = str(doc_id)
        parent.setdefault(doc_id, doc_id)
        order.setdefault(doc_id, len(order))
        for d in idx.add(doc_id, text):
            a, b = find(doc_id), find(d)
            if a != b:
                first, second = (a, b) if order[a] < order[b] else (b, a)
                parent[second] = first
    return {d: find(d) for d in parent}
