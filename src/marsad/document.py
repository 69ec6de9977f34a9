"""The one document object every stage reads and writes.

Like spaCy's ``Doc``: the text never changes after creation, and everything a stage finds is a
span record addressed by offsets into that text. Stages append to named layers; the record
serialises exactly as ../shared/CONTRACT.md specifies.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Iterable

# Layers whose records carry start/end/surface into ``text``.
SPAN_LAYERS = ("quantities", "dates", "entities", "places", "events")

# Contract order of the top-level fields (extra fields follow).
META_FIELDS = ("id", "title", "outlet", "author", "url", "published")


class OffsetError(ValueError):
    """A span whose surface is not text[start:end]: always a bug in the stage that made it."""


def content_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass
class Document:
    """A clean main text plus metadata, page parts split out, and span layers.

    ``text`` is read-only after construction; stages add spans through :meth:`add`, which
    checks the offset invariant so a bad span fails where it is made, not downstream.
    """

    _text: str
    id: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: str | None = None
    related: list[dict] = field(default_factory=list)
    related_headlines: list[str] = field(default_factory=list)
    embeds: list[dict] = field(default_factory=list)
    layers: dict[str, list[dict]] = field(default_factory=lambda: {k: [] for k in SPAN_LAYERS})
    # Anything else a stage learns (source file, detected encoding, near-duplicate links...).
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self._text, str):
            raise TypeError("Document text must be str")
        if self.id is None:
            self.id = content_id(self._text)

    @property
    def text(self) -> str:
        return self._text

    # -- spans -----------------------------------------------------------------------------
    def add(self, layer: str, record: dict) -> dict:
        """Append a span record to ``layer`` after checking its offsets."""
        if "start" in record:
            s, e = record["start"], record["end"]
            if not (0 <= s <= e <= len(self._text)):
                raise OffsetError(f"{layer}: span {s}..{e} outside text of length {len(self._text)}")
            surface = self._text[s:e]
            if "surface" in record and record["surface"] != surface:
                raise OffsetError(f"{layer}: surface {record['surface']!r} != text[{s}:{e}] {surface!r}")
            record.setdefault("surface", surface)
        self.layers.setdefault(layer, []).append(record)
        return record

    def extend(self, layer: str, records: Iterable[dict]) -> None:
        for r in records:
            self.add(layer, r)

    def __getitem__(self, layer: str) -> list[dict]:
        return self.layers.setdefault(layer, [])

    def check_offsets(self) -> None:
        """Re-verify every span (cheap; run before serialising untrusted stage output)."""
        for layer, recs in self.layers.items():
            for r in recs:
                if "start" in r and self._text[r["start"]:r["end"]] != r["surface"]:
                    raise OffsetError(f"{layer}: stale span {r}")

    # -- serialisation -------------------------------------------------------------------------
    def to_record(self) -> dict:
        out: dict[str, Any] = {"text": self._text}
        for k in META_FIELDS:
            out[k] = getattr(self, k)
        out["related"] = self.related
        out["related_headlines"] = self.related_headlines
        out["embeds"] = self.embeds
        for k in SPAN_LAYERS:
            out[k] = sorted(self.layers.get(k, []), key=lambda r: (r.get("start", 0), r.get("end", 0)))
        for k, v in self.layers.items():
            if k not in out:
                out[k] = v
        for k, v in self.extra.items():
            out.setdefault(k, v)
        return out
