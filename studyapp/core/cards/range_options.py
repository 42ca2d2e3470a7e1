"""Wrong options for a range answer ("7.200 đến 7.500 đồng/kg"), and figure rendering.

A range is offered as a range: the article's other ranges of the unit first,
then the answer's own range moved and stretched, each end in the answer's format.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import ROUND_HALF_UP, Decimal

from studyapp.core.facts import Fact
from studyapp.core.model import FactKind
from studyapp.core.numbers import NUMBER_RE as _ANY_NUMBER_RE
from studyapp.core.numbers import format_number, parse_number


def decimals_of(number_text: str) -> int:
    """Digits after the decimal comma: 2 for "25,50"."""
    return len(number_text.split(",", 1)[1]) if "," in number_text else 0


def render_like(value: Decimal, decimals: int) -> str:
    """``value`` with the answer's decimals, trailing zeros kept ("2,20" beside "2,20")."""
    quantum = Decimal(1).scaleb(-decimals)
    text = format_number(value.quantize(quantum, rounding=ROUND_HALF_UP))
    if decimals:
        whole, _, fraction = text.partition(",")
        text = f"{whole},{fraction.ljust(decimals, '0')}"
    return text


def range_options(fact: Fact, others: Iterable[Fact]) -> Iterator[str]:
    """The article's other ranges of the unit, then the range moved and stretched.

    Moved by its own width, as a market moves: "7.200 đến 7.500" gets
    "6.900 đến 7.200" and "7.500 đến 7.800", then one end moved alone. Ends
    of different magnitudes ("500.000 đến 3 triệu") are scaled together.
    """
    target = fact.value or Decimal(0)
    for other in others:
        # Close in price or size: "14.000 đến 16.000 đồng/kg" of rice is no option for paddy.
        if other.value is not None and target > 0 and 1 / 3 <= other.value / target <= 3:
            yield other.answer
    # Both ends, also glued to the dash ("7–10"), which a stand-alone figure may not be.
    ends = list(_ANY_NUMBER_RE.finditer(fact.answer))[:2]
    if len(ends) < 2:
        return
    low, high = (parse_number(end.group(0)) for end in ends)
    if low is None or high is None or low <= 0:
        return
    limit = Decimal(100) if fact.kind is FactKind.PERCENT else None
    pairs: list[tuple[Decimal, Decimal, int]] = []
    if low < high:
        width, half = high - low, (high - low) / 2
        places = {decimals_of(end.group(0)) for end in ends}
        # "5,5 đến 7": ends written differently are written plainly, or "7,0 đến 8,5"
        # beside the answer's bare 7 would give it away.
        decimals = places.pop() if len(places) == 1 else -1
        moves = (
            (-width, -width), (width, width), (0, width), (-width, 0), (-half, -half),
            (half, half), (0, -half), (half, 0), (-2 * width, -2 * width), (2 * width, 2 * width),
        )  # fmt: skip
        pairs += [(low + a, high + b, decimals) for a, b in moves]
    for factor in _RANGE_FACTORS:
        pairs.append((low * factor, high * factor, -1))
    first, second = ends
    for new_low, new_high, decimals in pairs:
        if new_low <= 0 or (low < high and not new_low < new_high):
            continue
        if limit is not None and new_high > limit:
            continue
        if (new_high < 1 <= high) or _digits(new_low) > _digits(low) >= 6:
            continue  # "250.000 đến 0,75 triệu", "1.000.000 đến 3 triệu": no one writes so
        yield (
            fact.answer[: first.start()]
            + _scaled(new_low, decimals)
            + fact.answer[first.end() : second.start()]
            + _scaled(new_high, decimals)
            + fact.answer[second.end() :]
        )


def _digits(value: Decimal) -> int:
    return len(str(int(value)))


_RANGE_FACTORS = tuple(
    Decimal(f) for f in ("0.5", "2", "1.5", "0.8", "1.2", "3", "1.4", "1.6", "0.7", "1.8")
)


def _scaled(value: Decimal, decimals: int) -> str:
    """``value`` in the answer's decimals, or (-1) as plainly as two decimals allow."""
    if decimals >= 0:
        return render_like(value, decimals)
    return format_number(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
