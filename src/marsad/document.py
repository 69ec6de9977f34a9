"""The one document object every stage reads and writes.

Like spaCy's ``Doc``: the text never changes after creation, and everything a stage finds is a
span record addressed by offsets into that text. Stages append to named layers; the record
serialises exactly as ../shared/CONTRACT.md specifies.

The document also owns the analyses every stage shares, each computed once on first use and
cached (the text is immutable, so they never go stale):

* ``doc.folded``: the folded text for lexicon matching, with its map back to ``text`` offsets
  (:class:`marsad.arabic.normalize.Folded`);
* ``doc.sentences``: the one sentence split (:func:`marsad.arabic.tokens.sentences`);
* ``doc.tokens``: words and punctuation (:func:`marsad.arabic.tokens.tokenize`), each offering its
  proclitic readings (``Token.readings()``: و + ال + جيش ...);
* lookups by offset in O(log n): ``sentence_at``, ``sentence_index``, ``token_index``,
  ``tokens_in``.
"""
from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from .arabic.normalize import Folded, fold
from .arabic.tokens import Sentence, Token, sentences, tokenize

# Layers whose records carry start/end/surface into ``text``.
SPAN_LAYERS = ("quantities", "dates", "entities", "places", "events")

# Contract order of the top-level fields (extra fields follow).
META_FIELDS = ("id", "title", "outlet", "author", "url", "published")
# Page parts split out of the text (contract fields that are not span layers).
PART_FIELDS = ("related", "related_headlines", "embeds")


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
    # Shared analyses computed on first use (see the module docstring); never serialised.
    _cache: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self._text, str):
            raise TypeError("Document text must be str")
        if self.id is None:
            self.id = content_id(self._text)

    @property
    def text(self) -> str:
        return self._text

    def __getstate__(self) -> dict[str, Any]:
        # pickled without the cached analyses (a cluster ships documents between processes):
        # smaller, and they are recomputed on first use where the document lands
        state = self.__dict__.copy()
        state["_cache"] = {}
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    # -- shared analyses (computed once, cached) ------------------------------------------------
    @property
    def folded(self) -> Folded:
        """The folded text (hamza, alef, ta marbuta, digits... unified; marks deleted) with
        ``orig_index``/``span`` mapping folded offsets back into ``text``."""
        f = self._cache.get("folded")
        if f is None:
            f = self._cache["folded"] = fold(self._text)
        return f

    @property
    def sentences(self) -> list[Sentence]:
        """Sentence spans, in order, whitespace trimmed: the one split every stage uses."""
        s = self._cache.get("sentences")
        if s is None:
            s = self._cache["sentences"] = sentences(self._text)
            self._cache["sentence_starts"] = [x.start for x in s]
        return s

    @property
    def tokens(self) -> list[Token]:
        """Words, numbers and single punctuation marks, in order, with exact offsets."""
        t = self._cache.get("tokens")
        if t is None:
            t = self._cache["tokens"] = tokenize(self._text)
            self._cache["token_starts"] = [x.start for x in t]
            self._cache["token_ends"] = [x.end for x in t]
        return t

    def sentence_index(self, offset: int) -> int | None:
        """Index in ``sentences`` of the sentence holding ``offset`` (None between sentences)."""
        sents = self.sentences
        k = bisect_right(self._cache["sentence_starts"], offset) - 1
        if k >= 0 and offset < sents[k].end:
            return k
        return None

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding ``offset``, or None when it falls in the whitespace between."""
        k = self.sentence_index(offset)
        return None if k is None else self.sentences[k]

    def token_index(self, offset: int) -> int | None:
        """Index in ``tokens`` of the token holding ``offset``, or None (whitespace)."""
        toks = self.tokens
        k = bisect_right(self._cache["token_starts"], offset) - 1
        if k >= 0 and offset < toks[k].end:
            return k
        return None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens lying wholly inside ``text[start:end]`` (e.g. one sentence's tokens)."""
        self.tokens
        i = bisect_left(self._cache["token_starts"], start)
        j = bisect_right(self._cache["token_ends"], end, lo=i)
        return self._cache["tokens"][i:j]

    def sentence_tokens(self) -> Iterable[tuple[Sentence, list[Token]]]:
        """Each sentence with its tokens (linear over the document)."""
        for s in self.sentences:
            yield s, self.tokens_in(s.start, s.end)

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
    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> "Document":
        """Load a contract record (as ``marsad extract`` prints it or a store keeps it) back.

        Span layers are re-checked against ``text``, so a record edited by hand cannot carry a
        stale offset into a stage; any other field goes to ``extra`` and is printed again."""
        if not isinstance(record, Mapping) or not isinstance(record.get("text"), str):
            raise ValueError("a document record needs a 'text' string")
        meta: dict[str, Any] = {k: record.get(k) for k in META_FIELDS}
        doc = cls(record["text"], **meta)
        doc.related = [dict(r) for r in record.get("related") or []]
        doc.related_headlines = list(record.get("related_headlines") or [])
        doc.embeds = [dict(e) for e in record.get("embeds") or []]
        for layer in SPAN_LAYERS:
            doc.extend(layer, (dict(r) for r in record.get(layer) or []))
        for k, v in record.items():
            if k != "text" and k not in META_FIELDS and k not in PART_FIELDS and k not in SPAN_LAYERS:
                doc.extra[k] = v
        return doc

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
