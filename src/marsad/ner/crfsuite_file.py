"""Read a CRFsuite model file (the "lCRF"/"FOMC" format python-crfsuite writes) into plain lists.

The tagger scores tokens itself (ner/decode.py) instead of handing crfsuite strings: converting
~30 attribute strings per token to C++ and looking each one up cost more than the whole Viterbi.
For that it needs the exact weights, which only the binary file has (crfsuite's text dump and
``Tagger.info()`` round them to six decimals). Layout, from crfsuite's crf1d_model.c and
cqdb.c: a header of offsets, a feature table (type, source, destination, float64 weight), and
two constant-quark databases mapping label and attribute strings to ids, whose backward arrays
list every string by id. Little-endian throughout.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_FEATURE = struct.Struct("<IIId")
_CHUNK = 12  # chunk id, size, item count


class FormatError(ValueError):
    """Not a CRFsuite first-order model file."""


@dataclass(frozen=True)
class CrfWeights:
    labels: list[str]  # label strings by id (crfsuite's order)
    attrs: dict[str, int]  # attribute string -> id
    state: list[list[tuple[int, float]]]  # per attribute id: (label id, weight) in file order
    trans: list[list[float]]  # trans[i][j]: weight of label i followed by label j (0.0 if none)


def _strings(buf: bytes, off: int) -> list[str]:
    """Every string of the CQDB chunk at ``off``, by id (its backward array)."""
    if buf[off:off + 4] != b"CQDB":
        raise FormatError("no string database where the header points")
    _size, _flag, byteorder, bwd_size, bwd_offset = struct.unpack_from("<5I", buf, off + 4)
    if byteorder != 0x62445371:
        raise FormatError("unexpected byte order")
    out = []
    for (rec,) in struct.iter_unpack("<I", buf[off + bwd_offset: off + bwd_offset + 4 * bwd_size]):
        if not rec:
            raise FormatError("string database without a complete backward array")
        _id, ksize = struct.unpack_from("<II", buf, off + rec)
        out.append(buf[off + rec + 8: off + rec + 8 + ksize - 1].decode("utf-8"))
    return out


def read_model(path: str | Path) -> CrfWeights:
    buf = Path(path).read_bytes()
    if len(buf) < _HEADER.size:
        raise FormatError(f"{path}: too short for a CRFsuite model")
    (magic, size, mtype, _version, _n, n_labels, n_attrs, off_feat, off_labels, off_attrs,
     _off_lrefs, _off_arefs) = _HEADER.unpack_from(buf)
    if magic != b"lCRF" or mtype != b"FOMC" or size != len(buf):
        raise FormatError(f"{path}: not a CRFsuite first-order model")
    labels = _strings(buf, off_labels)
    attr_names = _strings(buf, off_attrs)
    if len(labels) != n_labels or len(attr_names) != n_attrs:
        raise FormatError(f"{path}: label or attribute count does not match its header")
    state: list[list[tuple[int, float]]] = [[] for _ in attr_names]
    trans = [[0.0] * n_labels for _ in labels]
    chunk, _size, n_feat = struct.unpack_from("<4sII", buf, off_feat)  # the header's count stays 0
    if chunk != b"FEAT":
        raise FormatError(f"{path}: no feature table where the header points")
    start = off_feat + _CHUNK
    for ftype, src, dst, w in _FEATURE.iter_unpack(buf[start:start + _FEATURE.size * n_feat]):
        if ftype == 0:
            state[src].append((dst, w))
        elif ftype == 1:
            trans[src][dst] = w
        else:
            raise FormatError(f"{path}: unknown feature type {ftype}")
    return CrfWeights(labels, {a: i for i, a in enumerate(attr_names)}, state, trans)
