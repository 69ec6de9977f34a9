"""Is this page Arabic? English pages, Persian or Turkish news and garbage decodings (mojibake
such as "ÇáäÙÇã") would otherwise pass through every stage with exit 0 and empty layers.

Most pages are settled by their script alone: Arabic letters dominate and the article "ال" is
frequent (Persian and Urdu use the same script but rarely "ال"). Only the rest are asked of
py3langid (a small pinned classifier, its model inside the package, loaded on first use).
Very short texts (a title, a tweet) are not judged: too little to tell.
"""
from __future__ import annotations

from functools import lru_cache

MIN_LETTERS = 40  # below this a text is not judged
SAMPLE = 5000  # characters looked at


def _is_arabic_block(c: str) -> bool:
    return "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" or "\ufb50" <= c <= "\ufeff"


# Windows-1256 byte -> b"a" (an Arabic-block letter), b"l" (another letter) or b" ": most pages
# encode in it, and one bytes.translate plus two counts replace a Python loop over the sample
_KIND_BYTES = bytes(
    (ord("a") if _is_arabic_block(c) else ord("l")) if c.isalpha() else ord(" ")
    for c in (bytes([b]).decode("cp1256", "replace") for b in range(256)))


def _script_counts(sample: str) -> tuple[int, int]:
    """(letters, Arabic-script letters) of ``sample``."""
    encoded = sample.encode("cp1256", "replace")  # one "?" for each character it lacks
    kinds = encoded.translate(_KIND_BYTES)
    arabic = kinds.count(b"a")
    letters = arabic + kinds.count(b"l")
    k = encoded.find(b"?")
    while k != -1:  # those characters (Eastern digits, Persian letters...) one by one
        c = sample[k]
        if c != "?" and c.isalpha():
            letters += 1
            arabic += _is_arabic_block(c)
        k = encoded.find(b"?", k + 1)
    return letters, arabic


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str | None, str]:
    """(language code or None when not judged, how it was decided)."""
    sample = text[:SAMPLE]
    letters, arabic = _script_counts(sample)
    if letters < MIN_LETTERS:
        return None, "too short to judge"
    share = arabic / letters
    if share >= 0.6:
        words = sample.split()
        with_article = sum(1 for w in words if "ال" in w[:4])
        if words and with_article / len(words) >= 0.08:
            return "ar", "script"
    lang, prob = _identifier().classify(sample)
    if lang != "ar" and share >= 0.6 and lang not in ("fa", "ur", "ps", "ku", "ug", "sd"):
        return "ar", "script"  # Arabic letters, and the classifier names no other Arabic-script language
    return lang, f"py3langid {prob:.2f}"


def not_arabic(text: str) -> str | None:
    """A one-line reason to skip ``text``, or None to keep it."""
    lang, how = detect(text)
    if lang is None or lang == "ar":
        return None
    letters, arabic = _script_counts(text[:SAMPLE])
    share = arabic / letters if letters else 0.0
    if share < 0.05 and _looks_mojibake(text[:SAMPLE]):
        return ("not Arabic: looks like Arabic decoded with the wrong encoding (mojibake); skipped "
                "(--any-language keeps it)")
    return f"not Arabic (detected {lang!r}, {share:.0%} Arabic letters); skipped (--any-language keeps it)"


def _looks_mojibake(sample: str) -> bool:
    """cp1256/UTF-8 Arabic read as Latin-1 or cp1252: runs of accented capitals and symbols."""
    odd = sum(1 for c in sample if "\u00c0" <= c <= "\u00ff" or c in "ØÙÚÛÜÝÞß")
    letters = sum(1 for c in sample if c.isalpha())
    return letters > 0 and odd / letters > 0.3
