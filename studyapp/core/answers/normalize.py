"""The two forms an answer is reduced to before it is compared or shown.

* :func:`display_form` keeps what the learner sees: NFC, one tone-placement
  convention, single spaces, no quotes, no punctuation or space at either end.
* :func:`compare_form` is the display form case-folded: two answers mean the
  same words exactly when their compare forms are equal.
"""

from __future__ import annotations

import unicodedata

from studyapp.core.vietnamese import nfc, normalize

# Quotes never matter in an answer, wherever they are.
QUOTES = "\"'`´“”„‟‘’‚‛«»‹›「」『』"
_QUOTE_TABLE = str.maketrans("", "", QUOTES)

# Stripped from both ends only: inside an answer they may matter ("15/2020/NĐ-CP").
# Hyphens stay, so "-5" keeps its sign; "%" stays, it is part of a number.
EDGE_PUNCTUATION = ".,;:!?…()[]{}*·•"


def _strip_edges(text: str) -> str:
    previous = None
    while previous != text:
        previous = text
        text = text.strip().strip(EDGE_PUNCTUATION)
    return text


def display_form(text: str) -> str:
    """NFC, tone placement unified (hóa), quotes removed, spaces collapsed, ends trimmed."""
    cleaned = nfc(text).translate(_QUOTE_TABLE)
    cleaned = normalize(" ".join(cleaned.split()))
    return _strip_edges(cleaned)


def compare_form(text: str) -> str:
    """The display form, case-folded: the key answers are compared by.

    Idempotent: ``compare_form(compare_form(t)) == compare_form(t)``.
    """
    form = display_form(text)
    # casefold() may leave text that is no longer NFC; run the cleaning again
    # until it settles (one more round in practice).
    for _ in range(4):
        folded = display_form(unicodedata.normalize("NFC", form.casefold()))
        if folded == form:
            break
        form = folded
    return form
