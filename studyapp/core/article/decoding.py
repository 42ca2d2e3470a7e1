"""Bytes to text: which encodings an article may come in, and what is refused.

Accepted:

* UTF-8, with or without a byte-order mark;
* UTF-16 and UTF-32 *with* a byte-order mark;
* the legacy Vietnamese Windows code page cp1258, detected when the bytes are
  not UTF-8 but decode under cp1258 to text that is plainly Vietnamese (it
  uses letters such as ơ, ư, ă, đ or tone marks outside Latin-1). A notice
  says the file was converted.

Refused with :class:`~studyapp.core.errors.InputError`:

* an empty file or one holding only white space;
* a file over :data:`MAX_BYTES` (5 MiB: a long news article is under 100 KB,
  so anything bigger is almost certainly the wrong file, and the limit keeps
  generation well under a few seconds);
* binary data (NUL or many control bytes, or a well-known binary signature);
* UTF-16 without a byte-order mark (it cannot be told apart from binary
  reliably, so the user is asked to re-save it);
* any other encoding ("unknown encoding").

Line endings become ``\\n``; text is returned in NFC with non-breaking spaces
turned into spaces.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from studyapp.core.article.charset import VIETNAMESE_LETTERS, VIETNAMESE_ONLY
from studyapp.core.errors import InputError
from studyapp.core.vietnamese import nfc

MAX_BYTES = 5 * 1024 * 1024
"""Largest article accepted, in bytes (5 MiB)."""

_BINARY_SIGNATURES = (
    b"%PDF",
    b"PK\x03\x04",
    b"\x89PNG",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"\x7fELF",
    b"\x1f\x8b",
    b"Rar!",
    b"7z\xbc\xaf",
    b"SQLite format 3",
)
# Control and private-use characters (tab, newline, CR, FF, VT excepted).
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ud800-\udfff]")
# Typography that legitimately appears in Vietnamese news next to the letters.
_TYPOGRAPHY = frozenset("“”‘’«»–—…•·°§©®™€£¥×÷±²³½¼¾‰′″№\u00a0\u200b\ufeff")


_CP1258_NOTICE = (
    "detected the legacy Vietnamese code page cp1258 (Windows-1258); converted to Unicode"
)


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Text recovered from an article file, with how it was read."""

    text: str
    encoding: str
    notices: tuple[str, ...] = ()


def decode_article(data: bytes, *, filename: str) -> DecodedText:
    """Decode an article file's bytes; raise InputError for anything unusable."""
    size = len(data)
    if size > MAX_BYTES:
        raise InputError(
            f"file is too large ({size} bytes); the limit is {MAX_BYTES} bytes (5 MiB)",
            file=filename,
        )
    if size == 0:
        raise InputError("file is empty", file=filename)
    if any(data.startswith(sig) for sig in _BINARY_SIGNATURES):
        raise InputError("binary data, not a text file", file=filename)

    text, encoding, notices = _decode(data, filename)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\ufeff", "")
    _reject_binary(text, filename)
    text = nfc(text)
    if not text.strip():
        raise InputError("file contains only white space", file=filename)
    return DecodedText(text=text, encoding=encoding, notices=notices)


def _decode(data: bytes, filename: str) -> tuple[str, str, tuple[str, ...]]:
    for bom, codec, name in (
        (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec), name, ()
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"starts with a {name.upper()} byte-order mark but is not valid {name.upper()}"
                    f" (bad bytes at offset {exc.start})",
                    file=filename,
                ) from None
    if b"\x00" in data:
        if _looks_like_utf16(data):
            raise InputError(
                "looks like UTF-16 without a byte-order mark; save it as UTF-8 "
                "(or UTF-16 with a byte-order mark)",
                file=filename,
            )
        raise InputError("binary data, not a text file", file=filename)
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    try:
        legacy = data.decode("cp1258")
    except UnicodeDecodeError:
        legacy = None
    if legacy is not None and _looks_vietnamese(legacy):
        return (
            legacy,
            "cp1258",
            (_CP1258_NOTICE,),
        )
    if _control_ratio(data) > 0.05:
        raise InputError("binary data, not a text file", file=filename)
    raise InputError(
        "unknown text encoding: not UTF-8, UTF-16 with a byte-order mark or cp1258 "
        f"(first undecodable byte at offset {first_bad})",
        file=filename,
    )


def _looks_like_utf16(data: bytes) -> bool:
    """Text in UTF-16 has a zero in every other byte for ASCII characters."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2:
        return False
    even_zero = sum(1 for i in range(0, pairs * 2, 2) if sample[i] == 0)
    odd_zero = sum(1 for i in range(1, pairs * 2, 2) if sample[i] == 0)
    return max(even_zero, odd_zero) >= 0.3 * pairs and min(even_zero, odd_zero) <= 0.05 * pairs


def _control_ratio(data: bytes) -> float:
    sample = data[:65536]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 11))
    return controls / max(1, len(sample))


def _reject_binary(text: str, filename: str) -> None:
    if "\x00" in text:
        raise InputError("binary data, not a text file", file=filename)
    sample = text[:65536]
    controls = len(_CONTROL_RE.findall(sample))
    if controls > max(3, len(sample) // 100):
        raise InputError("binary data, not a text file", file=filename)


def _looks_vietnamese(text: str) -> bool:
    """Whether a cp1258 reading is believable: Vietnamese letters, few oddities."""
    composed = unicodedata.normalize("NFC", text)
    vietnamese_only = 0
    odd = 0
    non_ascii = 0
    for ch in composed:
        if ord(ch) < 128:
            continue
        non_ascii += 1
        if ch in VIETNAMESE_ONLY:
            vietnamese_only += 1
        elif ch not in VIETNAMESE_LETTERS and ch not in _TYPOGRAPHY:
            odd += 1
    return vietnamese_only > 0 and odd <= 0.05 * non_ascii
