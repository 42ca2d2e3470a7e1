"""Numbers that are part of something else, not a quantity of their own.

One end of a range (asked whole by :mod:`.ranges`), a signed change, a term
of a formula, a voltage class, or one of two small counts that say "about".
"""

from __future__ import annotations

import re

# One end of a range ("từ 28 - 35 triệu đồng", "30-40%"): "28 - bao nhiêu" is no question.
_RANGE_BEFORE_RE = re.compile(r"\d\s?[-–]\s?$")
_RANGE_AFTER_RE = re.compile(r"\s?[-–]\s?\d")
_SIGNS = ("+", "−", "–")
_FORMULA_BEFORE_RE = re.compile(r"(?:[+×=]|(?<![^\W\d_])x)\s?$")
# A unit of up to four letters may stand between: "10.400.000 đồng x 75%".
_FORMULA_AFTER_RE = re.compile(r"\s?(?:[^\W\d_]{1,4}\s?)?(?:[+×=]|x\s?\d)")
_VOLTAGE_RE = re.compile(r"\s?kV(?![^\W\d_])")


def part_of_another(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` is one end of a range ("28 - 35", "30-40%").

    Or a signed change ("(+12,5%)", "(–7,1%)"): asked as "+bao nhiêu phần trăm"; a
    term of a formula ("75 m + 120 m", "B x H = 100 m x 25 m", "5x7 cm"); or a
    voltage class ("đường dây 35 kV"), which names a line rather than counts.
    """
    return bool(
        _RANGE_BEFORE_RE.search(text, max(0, start - 4), start)
        or _RANGE_AFTER_RE.match(text, end)
        or text[start - 1 : start] in _SIGNS
        or _FORMULA_BEFORE_RE.search(text, max(0, start - 4), start)
        or _FORMULA_AFTER_RE.match(text, end)
        or _VOLTAGE_RE.match(text, end)
        or _guessed(text, start, end)
        or _FROM_TO_BEFORE_RE.search(text, max(0, start - 40), start) is not None
    )


def _guessed(text: str, start: int, end: int) -> bool:
    """Two small counts in a row that say "about": "đến nhà 5, 6 lần", "mất 3, 4 ngày"."""
    if text[start - 2 : start] != ", " and text[end : end + 2] != ", ":
        return False
    before = _GUESS_BEFORE_RE.search(text, max(0, start - 6), start)
    after = _GUESS_AFTER_RE.match(text, end)
    number = text[start:end]
    if not number.isdigit():
        return False
    return (before is not None and int(before.group(1)) + 1 == int(number)) or (
        after is not None and int(number) + 1 == int(after.group(1))
    )


# The top of a span, "từ 20 đến 30 mét": half a range is no fact ("từ 20 đến bao nhiêu mét?").
_FROM_TO_BEFORE_RE = re.compile(r"(?<!\w)từ\s+[\d.,]+(?:\s+\S+){0,2}\s+(?:đến|tới)\s+$")
_GUESS_BEFORE_RE = re.compile(r"(?<![\d.,])(\d{1,2}), $")
_GUESS_AFTER_RE = re.compile(r", (\d{1,2})(?![\d.,])")
