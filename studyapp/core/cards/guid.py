"""Stable note identity.

A guid is a hash of the deck slug, the fact kind, the normalised answer and
the few normalised words on each side of it in its sentence. Row ids, note
order and the rest of the article play no part, so regenerating, or editing
another paragraph, keeps every guid and with it the learner's history.

The result is 14 characters of [0-9A-Za-z] (80 bits): valid as an Anki guid
and never starting with '#'.
"""

from __future__ import annotations

import hashlib

from studyapp.core.facts import Fact
from studyapp.core.facts.base import WORD_RE
from studyapp.core.vietnamese import comparable, fold

GUID_LENGTH = 14
_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_WINDOW = 3
_SLICE = 120


def encode_base62(value: int, width: int = GUID_LENGTH) -> str:
    """Fixed-width base-62 text of a non-negative integer."""
    digits: list[str] = []
    for _ in range(width):
        value, rest = divmod(value, 62)
        digits.append(_ALPHABET[rest])
    return "".join(reversed(digits))


def fact_context(fact: Fact) -> str:
    """The folded words just around a fact: what tells two equal answers apart."""
    text = fact.sentence.norm
    # A bounded slice is plenty for three words and keeps this O(1) per fact.
    before = WORD_RE.findall(text[max(0, fact.phrase_start - _SLICE) : fact.phrase_start])
    after = WORD_RE.findall(text[fact.phrase_end : fact.phrase_end + _SLICE])[:_WINDOW]
    before = before[-_WINDOW:] if fact.phrase_start <= _SLICE else before[1:][-_WINDOW:]
    return fold(" ".join([*before, "_", *after]))


def make_guid(slug: str, fact: Fact, salt: str = "") -> str:
    """The guid of the note asking ``fact`` in the deck ``slug``."""
    key = "\x1f".join((slug, fact.kind.value, comparable(fact.answer), fact_context(fact), salt))
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return encode_base62(int.from_bytes(digest[:10], "big"))


def seed_for(guid: str) -> int:
    """A deterministic RNG seed for everything random about one note."""
    return int.from_bytes(hashlib.sha256(guid.encode("utf-8")).digest()[:8], "big")
