"""Plain text <-> Anki field HTML.

Anki fields are HTML. Our notes are plain text, so export escapes ``&``, ``<``
and ``>`` and writes line breaks as ``<br>``; import undoes exactly that for the
files we write, and does a forgiving tag-stripping for HTML written by Anki's
editor (``<div>`` blocks, ``&nbsp;``, bold, images).

What comes back from an import is :func:`canonical_text` of what went out: NFC
(the form the model stores, so NFD input comes back as NFC), ``\\r\\n`` and
``\\r`` as ``\\n``, control characters other than tab and newline removed, and
the odd spaces :func:`studyapp.core.vietnamese.nfc` cleans (no-break, thin,
zero-width) made plain.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Sequence

# The table nfc() uses, so the fast path below can never disagree with it.
from studyapp.core.vietnamese import _SPACES, nfc

# C0 controls except tab and newline, and DEL: not allowed in HTML text, and
# \x1f is Anki's internal field separator, so one would split a field in two.
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_NEWLINE_RE = re.compile(r"\r\n?")
_ODD_SPACES_RE = re.compile("[" + "".join(_SPACES) + "]")

_BR_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)
# Block elements Anki's editor wraps lines in; each edge becomes one line break.
_BLOCK_RE = re.compile(
    r"</?(?:div|p|li|ul|ol|tr|table|h[1-6]|blockquote|pre)\b[^>]*>", re.IGNORECASE
)
_TAG_RE = re.compile(r"<[^<>]*>")
_COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)
_STYLE_RE = re.compile(r"<(style|script)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BLOCK_MARK = "\x00"
_BLOCK_RUN_RE = re.compile(f"(?:{_BLOCK_MARK}\\s*)+")
_FOREIGN_ENTITY_RE = re.compile(r"&(?!amp;|lt;|gt;)")
_LOOKS_LIKE_HTML_RE = re.compile(r"<[^<>]+>")


def canonical_text(text: str) -> str:
    """Return ``text`` as it comes back from an export and import round trip."""
    if "\r" in text:
        text = _NEWLINE_RE.sub("\n", text)
    if _CONTROL_RE.search(text):
        text = _CONTROL_RE.sub("", text)
    if text.isascii():
        return text
    # nfc() costs ~8 µs a call (str.translate); these checks ~1 µs, and
    # exports of 100,000 notes make over a million calls.
    if _ODD_SPACES_RE.search(text) is not None:
        return nfc(text)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


# The same characters as _CONTROL_RE, as UTF-8 bytes: below 0x80 a byte is
# always the whole character, and bytes.translate is many times faster than
# a regular expression over the text. NUL is left out: join_canonical joins
# with it and counts it on its own.
_CONTROL_BYTES = bytes([*range(0x01, 0x09), *range(0x0B, 0x20), 0x7F])


def join_canonical(texts: Sequence[str]) -> str | None:
    """``"\\0".join(texts)`` if :func:`canonical_text` would leave every text as it is.

    ``None`` if it would change any. Canonical text holds no NUL, so the
    caller can work on the joined text and split it back. One pass over all
    the texts at once: a per-text check costs more than the check itself on
    short texts. NUL, like any character that never combines with its
    neighbours, keeps each text's normal form its own.
    """
    joined = "\0".join(texts)
    if joined.count("\0") != max(len(texts) - 1, 0) or "\r" in joined:
        return None
    data = joined.encode("utf-8", "surrogatepass")
    if len(data.translate(None, _CONTROL_BYTES)) != len(data):
        return None
    if joined.isascii():
        return joined
    if any(space in joined for space in _SPACES):
        return None
    return joined if unicodedata.is_normalized("NFC", joined) else None


def all_canonical(texts: Iterable[str]) -> bool:
    """Whether :func:`canonical_text` would leave every one of ``texts`` as it is."""
    return join_canonical(list(texts)) is not None


# Replacements in order (``&`` first, so the entities it makes stay intact);
# the last one is the CSV quoting of a quoted cell.
_TEXT_CELL = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\n", "<br>"), ('"', '""'))
_JSON_ATTRIBUTE_CELL = (("&", "&amp;"), ("'", "&#39;"), ("<", "&lt;"), (">", "&gt;"), ('"', '""'))


def _replace_all(text: str, replacements: tuple[tuple[str, str], ...]) -> str:
    for old, new in replacements:
        if old in text:  # a search is much cheaper than a copy
            text = text.replace(old, new)
    return text


def text_cell(text: str) -> str:
    """Canonical text as :func:`text_to_html` writes it, inside a quoted CSV cell.

    For the export's bulk path: a whole chunk of texts joined at once.
    """
    return _replace_all(text, _TEXT_CELL)


def json_attribute_cell(json_text: str) -> str:
    """JSON in a single-quoted HTML attribute, inside a quoted CSV cell.

    JSON's many ``"`` stay readable in the attribute (only ``&``, ``'``,
    ``<`` and ``>`` are escaped, as the export's mapping does); the CSV
    quoting then doubles them.
    """
    return _replace_all(json_text, _JSON_ATTRIBUTE_CELL)


def text_to_html(text: str) -> str:
    """Escape plain text for an Anki HTML field; line breaks become ``<br>``.

    Quotes are left alone: they are only special inside attributes.
    """
    text = canonical_text(text)
    if "&" in text:
        text = text.replace("&", "&amp;")
    return text.replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


def html_to_text(field: str, *, strip: bool = False) -> str:
    """Turn an Anki HTML field into plain NFC text.

    ``<br>`` becomes a line break, entities are decoded, other tags dropped.
    Exact inverse of :func:`text_to_html` on canonical text. For HTML from
    Anki's editor, block elements (``<div>``, ``<p>``...) also mark line
    breaks, and raw line breaks count as spaces (as a browser shows them);
    ``strip`` trims surrounding white space, for fields we did not write.
    """
    return canonical_text(field_text(field, strip=strip))


def field_text(field: str, *, strip: bool = False) -> str:
    """:func:`html_to_text` without the final :func:`canonical_text`.

    For bulk readers: they check many texts at once with :func:`all_canonical`
    and canonicalise only when that fails (nearly never), instead of paying
    for the check text by text.
    """
    if "\n" not in field and "\r" not in field:
        if "<" not in field and "&" not in field:
            return field.strip() if strip else field
        if "<" not in field.replace("<br>", "") and not _FOREIGN_ENTITY_RE.search(field):
            # Exactly what text_to_html writes: undo it without the general parser.
            text = field.replace("<br>", "\n").replace("&lt;", "<").replace("&gt;", ">")
            text = text.replace("&amp;", "&")
            return text.strip() if strip else text
    text = _CONTROL_RE.sub("", field)
    text = _NEWLINE_RE.sub("\n", text).replace("\n", " ")
    text = _COMMENT_RE.sub("", text)
    text = _STYLE_RE.sub("", text)
    text = _BR_RE.sub("\n", text)
    if _BLOCK_RE.search(text):
        text = _BLOCK_RE.sub(_BLOCK_MARK, text)
        text = _BLOCK_RUN_RE.sub(_BLOCK_MARK, text).strip(_BLOCK_MARK)
        text = text.replace(_BLOCK_MARK, "\n")
    text = _TAG_RE.sub("", text)
    text = html.unescape(text)
    return text.strip() if strip else text


def looks_like_html(field: str) -> bool:
    """Whether a field contains something tag-like (Anki's test for ``#html``)."""
    return _LOOKS_LIKE_HTML_RE.search(field) is not None
