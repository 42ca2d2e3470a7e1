"""Vietnamese letters as character sets and regex classes.

Python's ``re`` has no ``\\p{Lu}``; the classes here spell out the upper- and
lower-case letters Vietnamese text uses so that patterns can ask for "a
capitalised syllable" without matching digits or punctuation.
"""

from __future__ import annotations

import re
import unicodedata

_BASE_VOWELS = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")


def _vietnamese_letters() -> frozenset[str]:
    letters = set("abcdefghijklmnopqrstuvwxyzđ")
    for vowel in _BASE_VOWELS:
        for tone in _TONES:
            letters.add(unicodedata.normalize("NFC", vowel + tone))
    letters |= {ch.upper() for ch in letters}
    return frozenset(letters)


VIETNAMESE_LETTERS: frozenset[str] = _vietnamese_letters()

# Letters that only Vietnamese uses among Latin scripts (not in Latin-1): a
# cp1258 guess is only believed when some of them show up.
VIETNAMESE_ONLY: frozenset[str] = frozenset(ch for ch in VIETNAMESE_LETTERS if ord(ch) > 0xFF)

_UPPER = "".join(sorted(ch for ch in VIETNAMESE_LETTERS if ch.isupper()))
_LOWER = "".join(sorted(ch for ch in VIETNAMESE_LETTERS if ch.islower()))

UPPER_CLASS = f"[{re.escape(_UPPER)}]"
LOWER_CLASS = f"[{re.escape(_LOWER)}]"
# An apostrophe inside a syllable of a minority language's name: "R'lấp", "H'Mông".
_APOSTROPHE = f"(?:['’][{re.escape(_UPPER + _LOWER)}]+)*"
# One capitalised syllable: "Bình", "HĐND", "Đ", "R'lấp".
CAP_WORD = f"{UPPER_CLASS}[{re.escape(_UPPER + _LOWER)}]*{_APOSTROPHE}"
# A capitalised word that is not an acronym: "Tiên", not "UBND".
TITLE_WORD = f"{UPPER_CLASS}[{re.escape(_LOWER)}]*{_APOSTROPHE}(?![{re.escape(_UPPER)}])"


def is_capitalised(word: str) -> bool:
    """True when the word starts with an upper-case letter."""
    return bool(word) and word[0].isupper()
