"""Readers: any input file to a stream of raw documents, or one-line errors.

The kind of a file is decided by its content (magic bytes, first non-blank character), not its
extension. Every reader yields ``RawDoc`` or ``ReadError`` and never raises for bad data, so a
broken record costs that record only, never the rest of the run.
"""
from __future__ import annotations

import gzip
import io
import json
import logging
import os
import re
import stat
from dataclasses import dataclass, field
from typing import IO, Callable, Iterable, Iterator

log = logging.getLogger("marsad")


def _env_bytes(name: str, default: int) -> int:
    try:
        return max(1024, int(os.environ.get(name, default)))
    except ValueError:
        return default


# One document larger than this is refused (a whole crawl glued into one file is not a page).
MAX_DOC_BYTES = _env_bytes("MARSAD_MAX_DOC_BYTES", 16 * 1024 * 1024)
# A JSONL id longer than this is refused: ids go into databases, URLs and file names.
MAX_ID_CHARS = 256
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def printable(s: str) -> str:
    """``s`` safe for a terminal: control characters (ESC sequences, bidi overrides, NUL...) escaped."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                        else f"\\u{ord(m.group()):04x}", s)


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB"


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
        return printable(f"{self.source}: {self.reason}")


Item = RawDoc | ReadError


class PageError(ValueError):
    """A page that cannot be turned into text; the message is shown to the user as is."""


# -- decoding -------------------------------------------------------------------------------
def decode_bytes(data: bytes) -> tuple[str, str]:
    """Bytes to text with the encoding used; raises ValueError with a plain reason."""
    text, enc = _decode(data)
    if not text.strip():
        raise ValueError("empty input" + (" (only a byte-order mark)" if data.strip() else ""))
    return text, enc


def _decode(data: bytes) -> tuple[str, str]:
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
            guess = _utf16_without_bom(data)
            if guess:
                return guess
            raise ValueError("binary data (NUL bytes), not a text page")
        return text, "utf-8"
    if b"\x00" in data[:4096]:
        guess = _utf16_without_bom(data)
        if guess:
            return guess
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


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without a byte-order mark (some Windows tools): the NUL bytes of its spaces,
    digits and newlines all sit on one side of each byte pair."""
    head = data[:8192]
    if len(head) < 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    for enc, nuls, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if nuls == 0 or other > nuls // 20:
            continue
        try:
            text = data[: len(data) // 2 * 2].decode(enc)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text and _looks_like_text(text) and _bad_share(text) < 0.01:
            return text, enc
    return None


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
    if b"\x00" in head[:512]:
        guess = _utf16_without_bom(head)
        if guess:
            kind = sniff(guess[0].encode("utf-8"))
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

        stdin = sys.stdin.buffer
        head = stdin.read(4096)
        kind = "jsonl" if stdin_format == "jsonl" else sniff(head)
        if stdin_format == "text" and kind == "jsonl":
            kind = "text"
        # streamed, not read whole: a JSONL stream of any length costs one record of memory
        fh = io.BufferedReader(_Prefixed(head, stdin))  # type: ignore[arg-type]
        if kind == "gzip":
            yield ReadError("<stdin>", "gzip data on standard input: give the file's path instead")
            return
        yield from _dispatch("<stdin>", kind, fh)
        return
    if os.path.isdir(path):  # a folder stands for its files, as with --workers (marsad.cluster)
        files = list(expand_paths([path]))
        if not files:
            yield ReadError(path, "is a directory with no files in it")
        for f in files:
            yield from read_path(f, stdin_format)
        return
    fh_or_err = open_regular(path)
    if isinstance(fh_or_err, ReadError):
        yield fh_or_err
        return
    fh = fh_or_err
    with fh:
        head = fh.read(4096)
        fh.seek(0)
        kind = _by_name(path, sniff(head))
        if kind == "gzip":
            kind, fh2 = _sniff_gzip(path, fh)
            if kind is None:
                yield ReadError(path, "corrupt gzip file")
                return
            kind = _by_name(path, kind)
            if kind != "warc":
                yield from _dispatch(path, kind, fh2)
                return
            fh.seek(0)
        yield from _dispatch(path, kind, fh)


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files in the order given; a directory stands for its files (sorted, recursive, hidden ones
    left out), so a directory of WARCs is one argument. The serial run and the cluster's
    partitions both read inputs in this order, under these names."""
    for p in paths:
        if p != "-" and os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if not f.startswith("."):
                        yield os.path.join(root, f)
        else:
            yield p


def _by_name(path: str, kind: str) -> str:
    """A file named .jsonl/.ndjson is read as JSONL even when its first line is not an object (a
    broken or hostile first record): each bad line then costs its line, not the whole file."""
    name = path.lower().removesuffix(".gz")
    return "jsonl" if kind == "text" and name.endswith((".jsonl", ".ndjson")) else kind


def open_regular(path: str) -> IO[bytes] | ReadError:
    """Open ``path`` for reading if it is a regular file. A FIFO, socket or device is refused
    without blocking (opening a FIFO for reading waits for a writer forever)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except IsADirectoryError:
        return ReadError(path, "is a directory (give the files inside it)")
    except OSError as e:
        return ReadError(path, f"cannot open: {e.strerror or e}")
    try:
        mode = os.fstat(fd).st_mode
    except OSError as e:
        os.close(fd)
        return ReadError(path, f"cannot open: {e.strerror or e}")
    if stat.S_ISDIR(mode):
        os.close(fd)
        return ReadError(path, "is a directory (give the files inside it)")
    if not stat.S_ISREG(mode):
        os.close(fd)
        what = "a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
        return ReadError(path, f"is {what}, not a regular file (pipe it to standard input with '-' instead)")
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


class _Prefixed(io.RawIOBase):
    """A stream whose first bytes were already read (to sniff its kind), put back in front."""

    def __init__(self, head: bytes, rest: IO[bytes]):
        self._head, self._rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        if self._head:
            n = min(len(b), len(self._head))
            b[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(b))
        b[: len(data)] = data
        return len(data)


def _sniff_gzip(path: str, fh: IO[bytes]):
    """The kind inside a gzip file, from the head of its *first member* only: a WARC is a chain of
    members, and a damaged later member is the WARC reader's to report, with the pages before it."""
    head = _gzip_head(fh)
    if head is None:
        return None, None
    kind = sniff(head)
    fh.seek(0)
    return kind, gzip.GzipFile(fileobj=fh)


def _gzip_head(fh: IO[bytes], size: int = 4096) -> bytes | None:
    import zlib

    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = b""
    try:
        while len(out) < size and not d.eof:
            data = d.unconsumed_tail or fh.read(1 << 16)
            if not data:
                break
            out += d.decompress(data, size - len(out))
    except zlib.error:
        return None
    return out or None


def _dispatch(source: str, kind: str, fh: IO[bytes]) -> Iterator[Item]:
    reader = READERS.get(kind)
    if reader is None:
        _load_plugins()
        reader = READERS.get(kind, read_text)
    try:
        yield from reader(source, fh)
    except (OSError, EOFError, ValueError) as e:
        yield ReadError(source, f"unreadable {kind} input: {_first_line(e)}")
    except RecursionError:
        yield ReadError(source, f"unreadable {kind} input: nested too deeply")
    except Exception as e:  # noqa: BLE001 - a reader bug costs this file, never the run
        if os.environ.get("MARSAD_DEBUG"):
            raise
        yield ReadError(source, f"could not read {kind} input ({type(e).__name__}: {_first_line(e)})")


def _first_line(e: BaseException) -> str:
    msg = str(e).strip()
    return (msg.splitlines()[0][:200] if msg else type(e).__name__)


def _load_plugins() -> None:
    """HTML and WARC readers live in their own modules; importing them registers them."""
    for mod in ("marsad.ingest.html", "marsad.ingest.warc"):
        try:
            __import__(mod)
        except ModuleNotFoundError as e:
            if e.name != mod:
                raise


def _read_limited(source: str, fh: IO[bytes]) -> bytes | ReadError:
    # in chunks: ``read(limit + 1)`` would allocate the whole limit (16 MiB) for every small file
    chunks, n = [], 0
    while n <= MAX_DOC_BYTES:
        chunk = fh.read(min(_CHUNK, MAX_DOC_BYTES + 1 - n))
        if not chunk:
            break
        chunks.append(chunk)
        n += len(chunk)
    data = b"".join(chunks)  # one chunk (most pages): the same object, no copy
    del chunks
    if len(data) > MAX_DOC_BYTES:
        return ReadError(source, f"document over the {_mb(MAX_DOC_BYTES)} limit for one page "
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


_CHUNK = 1024 * 1024


def _lines(fh: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) per line; a line longer than ``limit`` is skipped while streaming,
    never held whole, and comes out as (line number, None)."""
    lineno = 0
    while True:
        raw = fh.readline(limit + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            raw = b""
            while True:  # drain the rest of the long line in bounded chunks
                chunk = fh.readline(_CHUNK)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield lineno, None
            continue
        yield lineno, raw


def _clean_str(value, where: str, name: str) -> str | None:
    """A metadata field as a string, or None with a warning when it is something else."""
    if value is None or isinstance(value, str):
        return _no_surrogates(value, where, name) if value else (value or None)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and name in ("id",):
        return str(value)
    log.warning("%s", printable(f"{where}: {name!r} is a JSON {_json_type(value)}, not a string; ignored"))
    return None


def _json_type(v) -> str:
    return {dict: "object", list: "array", bool: "boolean", int: "number", float: "number"}.get(type(v), "value")


def _no_surrogates(s: str, where: str, name: str) -> str:
    """JSON may spell a lone UTF-16 surrogate (\\ud800) that no UTF-8 output can hold: replace it
    with U+FFFD (one character for one, so offsets are unchanged) and say so."""
    if _SURROGATE.search(s):
        n = len(_SURROGATE.findall(s))
        log.warning("%s: %s: %d lone surrogate escape(s) replaced by U+FFFD", where, name, n)
        return _SURROGATE.sub("\ufffd", s)
    return s


def published_field(raw: str | None, where: str) -> str | None:
    """A metadata publication date as YYYY-MM-DD through the one date parser (marsad.dateinput);
    a bad, partial or ambiguous value is said once for the record, never dropped silently."""
    if not raw:
        return None
    from ..dateinput import DateError, parse_field

    try:
        p = parse_field(raw)
    except DateError as e:
        log.warning("%s", printable(f"{where}: published: {e}; left out"))
        return None
    if p.note:
        log.warning("%s", printable(f"{where}: published: {p.note}"))
    if p.grain != "day":
        log.warning("%s", printable(f"{where}: published {raw!r} is a {p.grain}, not a day: left out "
                                    "(relative dates need a day to resolve against)"))
        return None
    return p.value


@register("jsonl")
def read_jsonl(source: str, fh: IO[bytes]) -> Iterator[Item]:
    n = 0
    for lineno, raw in _lines(fh, MAX_DOC_BYTES):
        where = f"{source}:{lineno}"
        if raw is None:
            n += 1
            yield ReadError(where, f"record over the {_mb(MAX_DOC_BYTES)} limit (set MARSAD_MAX_DOC_BYTES to raise it)")
            continue
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]  # a byte-order mark before the first record
        if not raw.strip():
            continue
        n += 1
        item = _jsonl_record(raw, where)
        yield item
    if n == 0:
        yield ReadError(source, "empty input")


def _jsonl_record(raw: bytes, where: str) -> Item:
    try:
        # integers are kept as their digits: no int() of a 5000-digit number, ids stay exact
        rec = json.loads(raw.decode("utf-8"), parse_int=str)
    except UnicodeDecodeError:
        return ReadError(where, "invalid UTF-8 in JSONL record")
    except json.JSONDecodeError as e:
        return ReadError(where, f"invalid JSON ({e.msg} at column {e.colno})")
    except RecursionError:
        return ReadError(where, "JSON nested too deeply to be a record")
    except ValueError as e:  # float overflow and friends
        return ReadError(where, f"invalid JSON ({str(e).splitlines()[0][:120]})")
    if not isinstance(rec, dict):
        return ReadError(where, "JSONL record is not an object")
    text, html = rec.get("text"), rec.get("html")
    text = text if isinstance(text, str) else None
    html = html if isinstance(html, str) else None
    if text is None and html is None:
        return ReadError(where, 'record has neither a "text" nor an "html" string')
    if not (text or "").strip() and not (html or "").strip():
        return ReadError(where, "empty text")
    rid = rec.get("id")
    if rid is not None and not isinstance(rid, str):
        return ReadError(where, f'"id" is a JSON {_json_type(rid)}: give a string or an integer')
    if isinstance(rid, str) and len(rid) > MAX_ID_CHARS:
        return ReadError(where, f'"id" is {len(rid)} characters long (at most {MAX_ID_CHARS})')
    if text is not None and (text.strip() or html is None):
        text = _no_surrogates(text, where, "text")
        html = None
    else:
        text, html = None, _no_surrogates(html or "", where, "html")
    meta = {}
    for k in ("outlet", "author"):
        v = _clean_str(rec.get(k), where, k)
        if v:
            meta[k] = v
    return RawDoc(
        source=where,
        text=text,
        html=html,
        id=_no_surrogates(rid, where, "id") if rid else None,
        url=_clean_str(rec.get("url"), where, "url"),
        published=published_field(_clean_str(rec.get("published"), where, "published"), where),
        title=_clean_str(rec.get("title"), where, "title"),
        meta=meta,
    )
