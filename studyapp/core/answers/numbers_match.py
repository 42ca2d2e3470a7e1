"""Compare answers that are a quantity by value: "6.968" = "6968" = "6 968 người".

An answer is a quantity when it holds exactly one stand-alone number (digits
written the Vietnamese way, or a Roman numeral), read as

    [prefix words] [qualifiers] NUMBER [magnitudes] [% | unit words]

e.g. "đạt gần 60 triệu đồng", "lần thứ XXVIII", "25,5%". Qualifiers (trên,
gần, hơn, khoảng, đạt, bình quân...) and ordinal words (lần thứ) are dropped;
magnitudes (nghìn, triệu, tr, tỷ, k...) scale the value. Text with two numbers
("15/2020/NĐ-CP", a date) or a number glued to letters ("COVID-19", "A320")
is not a quantity and is compared as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from studyapp.core.answers.verdict import Outcome
from studyapp.core.numbers import MAGNITUDES, NUMBER_RE, ROMAN_RE, parse_number, roman_to_int
from studyapp.core.vietnamese import strip_tones

# Words that soften or frame a figure; the reply need not repeat them.
QUALIFIERS: tuple[str, ...] = (
    "trên",
    "gần",
    "hơn",
    "khoảng",
    "đạt",
    "bình quân",
    "trung bình",
    "chừng",
    "ước",
    "ước tính",
    "ước đạt",
    "xấp xỉ",
    "tới",
    "đến",
    "lên tới",
    "lên đến",
    "gần như",
    "tổng cộng",
    "con số",
    "mức",
    "là",
    "lần thứ",
    "thứ",
    "lần",
    "số",
    # What an ordinal question names before its blank ("khóa nào?", "thế kỷ nào?").
    "khóa",
    "khoá",
    "thế kỷ",
    "thế kỉ",
    "đại hội",
)
_QUALIFIER_WORDS = sorted((q.split() for q in QUALIFIERS), key=len, reverse=True)

# Unit spellings that mean the same; "%" and currency mostly.
UNIT_ALIASES: dict[str, str] = {
    "phần trăm": "%",
    "vnđ": "đồng",
    "vnd": "đồng",
    "đ": "đồng",
    "đô la": "usd",
    "đô la mỹ": "usd",
    "đô": "usd",
    "$": "usd",
    "km2": "km²",
    "m2": "m²",
}
# Units that may be written glued to the number ("5km", "25,5%").
_GLUED_UNITS = frozenset(
    {"%", "km", "m", "cm", "mm", "kg", "g", "ha", "km2", "km²", "m2", "m²", "đ", "usd", "$"}
)


def _power_of_ten(value: Decimal) -> int:
    exponent = len(str(int(value))) - 1
    assert Decimal(10) ** exponent == value, value
    return exponent


_MAGNITUDE_POWERS: dict[tuple[str, ...], int] = {
    tuple(word.split()): _power_of_ten(value) for word, value in MAGNITUDES.items()
}
# "triêu" for "triệu": right but for the tone mark. "trieu" lacks a letter (ê) and is no magnitude.
_TONELESS_MAGNITUDES: dict[tuple[str, ...], int] = {
    tuple(strip_tones(w) for w in words): power for words, power in _MAGNITUDE_POWERS.items()
}
_MAGNITUDE_LENGTHS = sorted({len(words) for words in _MAGNITUDE_POWERS}, reverse=True)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure read from an answer; text parts are case-folded."""

    value: Decimal
    prefix: str
    unit: str
    loose: bool = False  # a magnitude word was right only but for its tone mark


def _shift(value: Decimal, power: int) -> Decimal:
    # Exact, unlike multiplication, which rounds to the context precision.
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    return Decimal((sign, digits, exponent + power))


def _drop_qualifiers(words: list[str]) -> list[str]:
    """Remove qualifier phrases from the end of the words before the number."""
    changed = True
    while changed and words:
        changed = False
        for phrase in _QUALIFIER_WORDS:
            if len(words) >= len(phrase) and words[-len(phrase) :] == phrase:
                words = words[: -len(phrase)]
                changed = True
                break
    return words


def _read_tail(words: list[str]) -> tuple[int, list[str], bool]:
    """Split the words after the number into magnitude power, unit words, looseness."""
    power, loose, index = 0, False, 0
    while index < len(words):
        for length in _MAGNITUDE_LENGTHS:
            phrase = tuple(words[index : index + length])
            if len(phrase) < length:
                continue
            if phrase in _MAGNITUDE_POWERS:
                power += _MAGNITUDE_POWERS[phrase]
                break
            if phrase in _TONELESS_MAGNITUDES:
                power += _TONELESS_MAGNITUDES[phrase]
                loose = True
                break
        else:
            break
        index += length
    return power, words[index:], loose


def _canonical_unit(words: list[str]) -> str:
    unit = " ".join(words)
    return UNIT_ALIASES.get(unit, unit)


def _find_number(text: str) -> tuple[Decimal, int, int] | None:
    """The single stand-alone number in ``text`` as (value, start, end), if there is one."""
    digits = list(NUMBER_RE.finditer(text))
    if len(digits) > 1:
        return None
    if len(digits) == 1:
        match = digits[0]
        start, end = match.span()
        if start > 0 and not text[start - 1].isspace():
            return None
        value = parse_number(match.group())
        return None if value is None else (value, start, end)
    numerals = [m for m in re.finditer(r"\S+", text) if ROMAN_RE.fullmatch(m.group().upper())]
    if len(numerals) != 1:
        return None
    match = numerals[0]
    word = match.group()
    # Lower-case Roman numerals look like words ("vi", "mi", "di"): accept one
    # only when nothing but qualifiers stands before it and nothing after.
    if not word.isupper():
        before = _drop_qualifiers(text[: match.start()].casefold().split())
        if before or text[match.end() :].strip():
            return None
    number = roman_to_int(word)
    return None if number is None else (Decimal(number), match.start(), match.end())


def parse_quantity(display: str) -> Quantity | None:
    """Read a quantity from an answer in display form, or None if it is not one."""
    display = _joined_compound(display)
    found = _find_number(display)
    if found is None:
        return None
    value, start, end = found
    after = display[end:]
    glued = re.match(r"\S*", after)
    glued_raw = glued.group() if glued else ""
    glued_text = glued_raw.casefold()
    tail = ([glued_text] if glued_text else []) + after[len(glued_raw) :].casefold().split()
    if glued_text and glued_text not in _GLUED_UNITS:
        power, _, _ = _read_tail([glued_text])
        if power == 0:
            return None  # "1A", "19B": a name, not a figure with a unit
    power, unit_words, loose = _read_tail(tail)
    prefix = _drop_qualifiers(display[:start].casefold().split())
    return Quantity(
        value=_shift(value, power),
        prefix=" ".join(prefix),
        unit=_canonical_unit(unit_words),
        loose=loose,
    )


# An amount in two parts: "8 tỷ 650 triệu đồng" is 8.650 triệu đồng.
_COMPOUND_RE = re.compile(
    r"(?P<big>\d[\d.,]*)\s+(?P<high>tỷ|tỉ|triệu)\s+(?P<small>\d{1,3}(?:,\d+)?)\s+(?P<low>triệu|nghìn|ngàn)",
    re.IGNORECASE,
)
_NEXT_DOWN = {"tỷ": "triệu", "tỉ": "triệu", "triệu": "nghìn"}


def _joined_compound(display: str) -> str:
    """The answer with a two-part amount written as one figure of the smaller magnitude."""
    m = _COMPOUND_RE.search(display)
    if m is None or _NEXT_DOWN[m.group("high").casefold()] != _LOW_WORD.get(
        m.group("low").casefold(), ""
    ):
        return display
    big, small = parse_number(m.group("big")), parse_number(m.group("small"))
    if big is None or small is None:
        return display
    joined = f"{big * 1000 + small:f}".replace(".", ",")
    return f"{display[: m.start()]}{joined} {m.group('low')}{display[m.end() :]}"


_LOW_WORD = {"triệu": "triệu", "nghìn": "nghìn", "ngàn": "nghìn"}


def _part_outcome(given: str, expected: str, *, extra_ok: bool) -> Outcome:
    """A prefix or unit may be left out of the reply; if given it must match.

    ``extra_ok``: words the expected answer lacks are accepted (a unit the
    learner adds, "6.968 người"), but not words before the number, which can
    turn its meaning around ("dưới 1.000" for "trên 1.000").
    """
    if not given or given == expected or (extra_ok and not expected):
        return Outcome.RIGHT
    if strip_tones(given) == strip_tones(expected):
        return Outcome.TONES
    return Outcome.WRONG


def compare_quantities(given: Quantity, expected: Quantity) -> Outcome:
    """Compare two quantities: by value, then prefix and unit words if the reply has them."""
    if given.value != expected.value:
        return Outcome.WRONG
    outcomes = [
        _part_outcome(given.prefix, expected.prefix, extra_ok=False),
        _part_outcome(given.unit, expected.unit, extra_ok=True),
        Outcome.TONES if given.loose else Outcome.RIGHT,
    ]
    if Outcome.WRONG in outcomes:
        return Outcome.WRONG
    if Outcome.TONES in outcomes:
        return Outcome.TONES
    return Outcome.RIGHT
