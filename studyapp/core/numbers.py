"""Vietnamese number formats: '.' groups thousands, ',' marks decimals.

Values are :class:`decimal.Decimal` so that "25,5" is exactly 25.5.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

MAGNITUDES: dict[str, Decimal] = {
    "nghìn": Decimal(1_000),
    "ngàn": Decimal(1_000),
    "k": Decimal(1_000),
    "triệu": Decimal(1_000_000),
    "tr": Decimal(1_000_000),
    "tỷ": Decimal(1_000_000_000),
    "tỉ": Decimal(1_000_000_000),
    "nghìn tỷ": Decimal(1_000_000_000_000),
    "ngàn tỷ": Decimal(1_000_000_000_000),
    "nghìn tỉ": Decimal(1_000_000_000_000),
    "ngàn tỉ": Decimal(1_000_000_000_000),
}

# A number as written in Vietnamese (or English) text: 6.968 | 25,5 | 1.234,5 | 6 968
NUMBER_PATTERN = r"\d{1,3}(?:[.\u00a0 ]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
NUMBER_RE = re.compile(NUMBER_PATTERN)

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
ROMAN_RE = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def parse_number(text: str) -> Decimal | None:
    """Parse a number written the Vietnamese way; ``None`` if it is not one.

    "6.968" -> 6968, "25,5" -> 25.5, "1.234,5" -> 1234.5, "6 968" -> 6968.
    A lone '.' that does not group thousands ("2.5") is read as a decimal point,
    as is a lone ',' ("25,5"); several ',' with groups of three read as thousands.
    """
    raw = text.strip().replace("\u00a0", " ")
    if not raw or not re.fullmatch(r"[\d.,  ]+", raw) or not raw[0].isdigit():
        return None
    compact = raw.replace(" ", "")
    if " " in raw and not re.fullmatch(r"\d{1,3}( \d{3})+(,\d+)?", raw):
        return None
    dots, commas = compact.count("."), compact.count(",")
    if dots and commas:
        if compact.rfind(",") > compact.rfind("."):
            canonical = compact.replace(".", "").replace(",", ".")
        else:
            canonical = compact.replace(",", "")
    elif dots:
        groups = compact.split(".")
        if dots > 1 or len(groups[1]) == 3:
            if not all(len(g) == 3 for g in groups[1:]):
                return None
            canonical = compact.replace(".", "")
        else:
            canonical = compact
    elif commas:
        groups = compact.split(",")
        if commas > 1:
            if not all(len(g) == 3 for g in groups[1:]):
                return None
            canonical = compact.replace(",", "")
        else:
            canonical = compact.replace(",", ".")
    else:
        canonical = compact
    try:
        return Decimal(canonical)
    except InvalidOperation:
        return None


def format_number(value: Decimal) -> str:
    """Write a value the Vietnamese way: 6968 -> "6.968", 25.5 -> "25,5"."""
    normalized = value.normalize()
    sign, _, exponent = normalized.as_tuple()
    if isinstance(exponent, int) and exponent > 0:
        normalized = normalized.quantize(Decimal(1))
    text = f"{abs(normalized):f}"
    whole, _, frac = text.partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    result = grouped + ("," + frac if frac else "")
    return ("-" if sign and normalized != 0 else "") + result


def roman_to_int(text: str) -> int | None:
    """Convert a Roman numeral ("XXVIII") to an int, ``None`` if it is not one."""
    upper = text.strip().upper()
    if not upper or not ROMAN_RE.fullmatch(upper):
        return None
    total = 0
    for current, following in zip(upper, upper[1:] + " ", strict=True):
        value = _ROMAN_VALUES[current]
        if following != " " and _ROMAN_VALUES[following] > value:
            total -= value
        else:
            total += value
    return total


def int_to_roman(value: int) -> str:
    """Convert 1..3999 to a Roman numeral."""
    if not 0 < value < 4000:
        raise ValueError(f"no Roman numeral for {value}")
    table = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ]
    out = []
    for amount, numeral in table:
        count, value = divmod(value, amount)
        out.append(numeral * count)
    return "".join(out)
