"""Compare answers that are a range by the values of both ends.

"7.200 đến 7.500 đồng/kg" = "7200-7500" = "từ 7.200 – 7.500 đồng": each end is
read as a quantity (see :mod:`studyapp.core.answers.numbers_match`); a bare
low end takes the top end's magnitude and unit ("18 đến 22 triệu đồng" runs
from 18 triệu đồng) unless it is written in full ("500.000 đến 3 triệu").
Half a range is not the answer.
"""

from __future__ import annotations

import re
from dataclasses import replace

from studyapp.core.answers.numbers_match import Quantity, compare_quantities, parse_quantity
from studyapp.core.answers.verdict import Outcome
from studyapp.core.numbers import NUMBER_RE

_OPENER_RE = re.compile(r"^(?:từ|khoảng)\s+", re.IGNORECASE)
_SEPARATOR_RE = re.compile(r"\s+(?:đến|tới)\s+|\s*[-–—]\s*", re.IGNORECASE)


def parse_range(display: str) -> tuple[Quantity, Quantity] | None:
    """Both ends of a range written in ``display``, or ``None`` if it is not one."""
    parts = _SEPARATOR_RE.split(_OPENER_RE.sub("", display.strip()))
    if len(parts) != 2 or not all(part.strip() for part in parts):
        return None
    low_text, high_text = (part.strip() for part in parts)
    high = parse_quantity(high_text)
    top = NUMBER_RE.match(high_text)
    if high is None or top is None:
        return None
    low = parse_quantity(low_text)
    if low is not None and NUMBER_RE.fullmatch(low_text):
        shared = parse_quantity(low_text + high_text[top.end() :])
        if shared is not None and shared.value < high.value:
            low = shared
        else:  # "500.000 đến 3 triệu đồng": written in full, only the unit is shared
            low = replace(low, unit=high.unit)
    if low is None or low.value >= high.value:
        return None
    return low, high


Range = tuple[Quantity, Quantity]


def compare_ranges(given: Range, expected: Range) -> Outcome:
    """Right when both ends are; "check the tones" when either end's words need it."""
    outcomes = [compare_quantities(g, e) for g, e in zip(given, expected, strict=True)]
    if Outcome.WRONG in outcomes:
        return Outcome.WRONG
    return Outcome.TONES if Outcome.TONES in outcomes else Outcome.RIGHT
