"""Readers: any input file to a stream of raw documents, or one-line errors.

The kind of a file is decided by its content (magic bytes, first non-blank character), not its
extension. Every reader yields ``RawDoc`` or ``ReadError`` and never raises for bad data, so a
broken record costs that record only, never the rest of the run.
"""
from __future__ import annotations

import gzip
import io
import json
import os
from dataclasses import dataclass, field
from typing import IO, Callable, Iterator

# One document larger than this is refused (a whole crawl glued into one file is not a page).
MAX_DOC_BYTES = int(os.environ.get("MARSAD_MAX_DOC_BYTES", 16 * 1024 * 1024))


@dataclass
class RawDoc:
    source: str  # where it came from: path, path#line, path@offset
    text: str | None = None
    html: str | None = None
    id: str | None = None
    url: str | None = None
    published: str | None = None
    title: str | None = None
    meta: dict = field(default_factory=dict)


@dataclass
class ReadError:
    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


Item = RawDoc | ReadError


class PageError(ValueError):
    """A page that cannot be turned into text; the message is shown to the user as is."""


# -- decoding -------------------------------------------------------------------------------
def decode_bytes(data: bytes) -> tuple[str, str]:
    """Bytes to text with the encoding used; raises ValueError with a plain reason."""
    if not data.strip():
        raise ValueError("empty input")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        if "\x00" in text:
            raise ValueError("binary data (NUL bytes), not a text page")
        return text, "utf-8"
    if b"\x00" in data[:4096]:
        raise ValueError("binary data (NUL bytes), not a text page")
    # UTF-8 with a few broken bytes (a truncated download, a bad copy): keep it, mark the damage.
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad <= max(3, len(text) // 1000) and _arabic_share(text) > 0.3:
        return text, f"utf-8 ({bad} invalid bytes replaced)"
    return _decode_guess(data)


def _decode_guess(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    # Arabic legacy encodings first: charset-normalizer alone often calls cp1256 text "cp1252".
    # cp1256 decodes any byte, so ISO-8859-6 text also "decodes" as cp1256; the article "ال" (a few
    # percent of any Arabic text) tells the right reading from the wrong one.
    best_legacy, best_score = None, 0.0
    for enc in ("cp1256", "iso-8859-6"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _arabic_share(text) > 0.3 and "\x00" not in text and _looks_like_text(text):
            score = text[:20000].count("ال") / max(1, len(text[:20000]))
            if best_legacy is None or score > best_score:
                best_legacy, best_score = (text, enc), score
    if best_legacy is not None:
        return best_legacy
    best = from_bytes(data[:200_000]).best()
    if best is None or b"\x00" in data[:4096]:
        raise ValueError("binary data or unknown encoding, not a text page")
    text = data.decode(best.encoding, errors="replace")
    if _bad_share(text) > 0.05 or not _looks_like_text(text):
        raise ValueError("binary data or unknown encoding, not a text page")
    return text, best.encoding


def _looks_like_text(text: str) -> bool:
    """Words separated by spaces, mostly letters: any byte string decodes in cp1256, few read."""
    sample = text[:20000]
    if not sample:
        return False
    spaces = sum(1 for c in sample if c in " \n\t")
    plain = sum(1 for c in sample if c.isalnum() or c in " \n\t\r.,:;!?()\"'-،؛؟«»")
    return spaces / len(sample) >= 0.04 and plain / len(sample) >= 0.85


def _arabic_share(text: str) -> float:
    letters = [c for c in text[:20000] if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if "\u0600" <= c <= "\u06ff") / len(letters)


def _bad_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 1.0
    bad = sum(1 for c in sample if c == "\ufffd" or (ord(c) < 32 and c not in "\t\n\r\f"))
    return bad / len(sample)


# -- sniffing -------------------------------------------------------------------------------
def sniff(head: bytes) -> str:
    """'warc', 'gzip', 'jsonl', 'html' or 'text' from the first bytes of a file."""
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: look at the characters, not the bytes
        try:
            head = head[: len(head) // 2 * 2].decode("utf-16", errors="ignore").encode("utf-8")
        except UnicodeError:
            return "text"
        kind = sniff(head)
        return kind if kind in ("html", "text") else "text"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith((b"WARC/", b"filedesc://")):  # WARC, or its ancestor ARC
        return "warc"
    if stripped[:1] == b"{":
        return "jsonl"
    low = stripped[:2048].lower()
    if low.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in low or b"<body" in low or (
        low.startswith(b"<") and (b"<div" in low or b"<p" in low or b"<head" in low)
    ):
        return "html"
    return "text"


# Readers for kinds added by the ingestion stage register here: kind -> fn(path, fileobj).
READERS: dict[str, Callable[[str, IO[bytes]], Iterator[Item]]] = {}


def register(kind: str):
    def deco(fn):
        READERS[kind] = fn
        return fn

    return deco


def read_path(path: str, stdin_format: str = "text") -> Iterator[Item]:
    """Yield the documents of one input (a path or '-')."""
    if path == "-":
        import sys

        data = sys.stdin.buffer.read()
        kind = "jsonl" if stdin_format == "jsonl" else sniff(data[:4096])
        if stdin_format == "text" and kind == "jsonl":
            kind = "text"
        yield from _dispatch("<stdin>", kind, io.BytesIO(data))
        return
    if os.path.isdir(path):
        yield ReadError(path, "is a directory (give the files inside it)")
        return
    try:
        fh = open(path, "rb")
    except OSError as e:
        yield ReadError(path, f"cannot open: {e.strerror or e}")
        return
    with fh:
        head = fh.read(4096)
        fh.seek(0)
        kind = sniff(head)
        if kind == "gzip":
            kind, fh2 = _sniff_gzip(path, fh)
            if kind is None:
                yield ReadError(path, "corrupt gzip file")
                return
            if kind != "warc":
                yield from _dispatch(path, kind, fh2)
                return
            fh.seek(0)
        yield from _dispatch(path, kind, fh)


def _sniff_gzip(path: str, fh: IO[bytes]):
    try:
        with gzip.GzipFile(fileobj=fh) as gz:
            head = gz.read(4096)
    except (OSError, EOFError):
        return None, None
    kind = sniff(head)
    fh.seek(0)
    return kind, gzip.GzipFile(fileobj=fh)


def _dispatch(source: str, kind: str, fh: IO[bytes]) -> Iterator[Item]:
    reader = READERS.get(kind)
    if reader is None:
        _load_plugins()
        reader = READERS.get(kind, read_text)
    try:
        yield from reader(source, fh)
    except (OSError, EOFError, ValueError) as e:
        yield ReadError(source, f"unreadable {kind} input: {e}")


def _load_plugins() -> None:
    """HTML and WARC readers live in their own modules; importing them registers them."""
    for mod in ("marsad.ingest.html", "marsad.ingest.warc"):
        try:
            __import__(mod)
        except ModuleNotFoundError as e:
            if e.name != mod:
                raise


def _read_limited(source: str, fh: IO[bytes]) -> bytes | ReadError:
    data = fh.read(MAX_DOC_BYTES + 1)
    if len(data) > MAX_DOC_BYTES:
        return ReadError(source, f"document over the {MAX_DOC_BYTES // (1024 * 1024)} MB limit for one page "
                                 "(split it, or set MARSAD_MAX_DOC_BYTES)")
    return data


def read_decoded(source: str, fh: IO[bytes], decode, field: str) -> Iterator[Item]:
    """One document from a whole file: size limit, then ``decode`` (bytes -> (str, encoding))."""
    data = _read_limited(source, fh)
    if isinstance(data, ReadError):
        yield data
        return
    try:
        text, enc = decode(data)
    except UnicodeDecodeError:
        yield ReadError(source, "invalid text encoding")
        return
    except ValueError as e:
        yield ReadError(source, str(e))
        return
    yield RawDoc(source=source, meta={"encoding": enc}, **{field: text})


@register("text")
def read_text(source: str, fh: IO[bytes]) -> Iterator[Item]:
    return read_decoded(source, fh, decode_bytes, "text")


@register("jsonl")
def read_jsonl(source: str, fh: IO[bytes]) -> Iterator[Item]:
    n = 0
    for lineno, raw in enumerate(fh, 1):
        if not raw.strip():
            continue
        n += 1
        where = f"{source}:{lineno}"
        if len(raw) > MAX_DOC_BYTES:
            yield ReadError(where, f"record over the {MAX_DOC_BYTES // (1024 * 1024)} MB limit")
            continue
        try:
            rec = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            yield ReadError(where, "invalid UTF-8 in JSONL record")
            continue
        except json.JSONDecodeError as e:
            yield ReadError(where, f"invalid JSON ({e.msg} at column {e.colno})")
            continue
        if not isinstance(rec, dict):
            yield ReadError(where, "JSONL record is not an object")
            continue
        text, html = rec.get("text"), rec.get("html")
        if not isinstance(text, str) and not isinstance(html, str):
            yield ReadError(where, 'record has neither a "text" nor an "html" string')
            continue
        if isinstance(text, str) and not text.strip() and not (isinstance(html, str) and html.strip()):
            yield ReadError(where, "empty text")
            continue
        rid = rec.get("id")
        yield RawDoc(
            source=where,
            text=text if isinstance(text, str) else None,
            html=html if isinstance(html, str) and not isinstance(text, str) else None,
            id=str(rid) if rid is not None else None,
            url=rec.get("url") if isinstance(rec.get("url"), str) else None,
            published=rec.get("published") if isinstance(rec.get("published"), str) else None,
            title=rec.get("title") if isinstance(rec.get("title"), str) else None,
            meta={k: v for k, v in rec.items() if k in ("outlet", "author")},
        )
    if n == 0:
        yield ReadError(source, "empty input")
