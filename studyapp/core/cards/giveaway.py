"""The no-give-away rule: a question must not reveal its own answer.

It does when the answer appears in the stem as written, when its value is
shown there, or when it follows from two figures shown in the same stem
("17 đơn vị gồm 16 xã và bao nhiêu thị trấn": 17 - 16 = 1), or for a
percentage from 100 minus the figures shown, or 100% from a whole shown as its own
part ("38/38 tàu").
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from itertools import combinations

from studyapp.core.facts import Fact
from studyapp.core.facts.base import NUMBER_RE
from studyapp.core.model import FactKind
from studyapp.core.numbers import parse_number
from studyapp.core.vietnamese import comparable

_NUMERIC = frozenset({FactKind.COUNT, FactKind.PERCENT, FactKind.MONEY})
_HUNDRED = Decimal(100)

# Options and answers recur across a deck's notes: normalise each string once.
text_key = lru_cache(maxsize=16384)(comparable)


def stem_values(question: str) -> list[Decimal]:
    """The numbers written in a question stem."""
    values: list[Decimal] = []
    for m in NUMBER_RE.finditer(question):
        value = parse_number(m.group(0))
        if value is not None:
            values.append(value)
    return values


def display_value(fact: Fact) -> Decimal | None:
    """The fact's number as written (without its magnitude word)."""
    m = NUMBER_RE.search(fact.answer)
    return parse_number(m.group(0)) if m else None


def _written_in(answer: str, question: str) -> bool:
    """Whether the answer is written in the question as a whole word or figure.

    "3" is not written in "năm 2023", nor "12" in "12,5"; "Kim Bảng" is in
    "huyện Kim Bảng".
    """
    at = question.find(answer)
    while at >= 0:
        end = at + len(answer)
        before = question[at - 1] if at else " "
        after = question[end : end + 2]
        if not before.isalnum() and not (after[:1].isalnum() or _DECIMAL_GOES_ON_RE.match(after)):
            return True
        at = question.find(answer, at + 1)
    return False


_DECIMAL_GOES_ON_RE = re.compile(r"[.,]\d")


def _after_compared_year(question: str, year: str) -> bool:
    """Whether the stem compares with the year before the one asked.

    "Năm nào, toàn tỉnh có 1.250 người hiến máu, tăng 8,3% so với năm 2023?": 2024.
    """
    m = _COMPARED_YEAR_RE.search(question)
    return m is not None and year.isdigit() and int(m.group(1)) + 1 == int(year)


_COMPARED_YEAR_RE = re.compile(r"(?<!\w)so với (?:cùng kỳ |cuối )?(?:năm )?((?:19|20)\d{2})(?!\d)")


def gives_away(question: str, fact: Fact) -> bool:
    """Whether ``question`` reveals the answer of ``fact``."""
    answer = text_key(fact.answer)
    if not answer or _written_in(answer, text_key(question)):
        return True
    if fact.group == "year" and _after_compared_year(question, fact.answer):
        return True
    if fact.kind not in _NUMERIC:
        return False
    target = display_value(fact)
    if target is None:
        return False
    shown = stem_values(question)
    if target in shown:
        return True
    for a, b in combinations(shown, 2):
        if target in (a + b, abs(a - b)):
            return True
    if fact.kind is FactKind.COUNT and _names_counted(question, target):
        return True
    if fact.kind is FactKind.PERCENT:
        if any(_HUNDRED - a == target for a in shown):
            return True
        if any(_HUNDRED - a - b == target for a, b in combinations(shown, 2)):
            return True
        return _share_shown(question, target)
    return False


def _names_counted(question: str, target: Decimal) -> bool:
    """Whether the stem names each thing counted: "bao nhiêu công trình là Phủ Tiên Hương,
    Phủ Vân Cát và Lăng Mẫu?", "Quận Ninh Kiều và quận Cái Răng là bao nhiêu địa phương?".
    """
    for m in _NAMED_AFTER_RE.finditer(question):
        if _all_named(re.split(r",\s*|\s+và\s+", m.group(1)), target):
            return True
    for m in _NAMED_BEFORE_RE.finditer(question):
        listed = question[: m.start()].rsplit(", ", 1)[-1]
        if _all_named(listed.split(" và "), target):
            return True
    return False


def _all_named(items: list[str], target: Decimal) -> bool:
    return len(items) == target and all(
        any(word[:1].isupper() for word in item.split()) for item in items
    )


_NAMED_AFTER_RE = re.compile(r"bao nhiêu(?:\s[^\s,]+){1,12}?\s(?:là|gồm)\s([^?;:(]+)")
_NAMED_BEFORE_RE = re.compile(r"\slà\s(?:hai\s)?bao nhiêu(?!\w)")


def _share_shown(question: str, target: Decimal) -> bool:
    """Whether the stem shows a whole as its own part: "38/38 tàu ..., đạt bao nhiêu %".

    Any other fraction ("986/1.127 trẻ, đạt bao nhiêu phần trăm?") still asks for the
    share the article reports, which takes more than a glance to work out.
    """
    if target != _HUNDRED:
        return False
    return any(m.group(1) == m.group(2) for m in _FRACTION_RE.finditer(question))


# "38/38 tàu", "(3.412/3.426 tàu)": not a date ("15/9/2021") nor a document ("12/NQ-HU").
_FRACTION_RE = re.compile(r"(?<![\d/.,])(\d[\d.]*)/(\d[\d.]*)(?![\d/]|\.\d)(?!\s*[-/][A-ZĐ])")


def shown_in(key: str, stem_key: str) -> bool:
    """Whether ``key`` is in the stem; a lone digit only as a whole: "3" is not in "2023".

    Longer keys count inside words too: "17" is seen in "giai đoạn 2017-2022".
    """
    return key in stem_key if len(key) > 1 else _written_in(key, stem_key)
