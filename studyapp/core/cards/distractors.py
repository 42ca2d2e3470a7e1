"""Multiple-choice distractors: three wrong options of the same kind as the answer.

Order of preference: values of the same kind from the same article (closest
magnitude first for figures), then made-up values in the answer's own format
(percentages stay <= 100, years near the real one, codes keep their suffix),
then generic pools (:mod:`studyapp.core.cards.pools`). Never the answer,
never anything shown in the stem. Random picks use the note's own seeded RNG,
so a note always gets the same options.
"""

from __future__ import annotations

import bisect
import math
import random
import re
from collections.abc import Iterable, Iterator, Sequence
from decimal import ROUND_HALF_UP, Decimal

from studyapp.core.article.charset import CAP_WORD
from studyapp.core.cards import pools
from studyapp.core.cards.giveaway import display_value, shown_in, stem_values
from studyapp.core.cards.giveaway import text_key as comparable
from studyapp.core.cards.place_options import place_options
from studyapp.core.cards.range_options import decimals_of, range_options, render_like
from studyapp.core.facts import Fact
from studyapp.core.facts.base import NUMBER_RE
from studyapp.core.model import FactKind
from studyapp.core.numbers import format_number, int_to_roman, parse_number
from studyapp.core.vietnamese import strip_tones

WANTED = 3
_NUMERIC = frozenset({FactKind.COUNT, FactKind.PERCENT, FactKind.MONEY})
_NEIGHBOURS = 12
_MAX_RATIO = 20.0
_FACTORS = ("0.8", "1.2", "0.9", "1.1", "0.7", "1.3", "0.6", "1.5", "0.5", "1.4", "2", "0.4")
_SMALL_STEPS = (1, -1, 2, -2, 3, -3, 4, 5, 6, 7)
_YEAR_STEPS = (-1, 1, -2, 2, -3, 3, 4, -4, 5, -5)


class FactPool:
    """The article's facts grouped for distractor lookup."""

    def __init__(self, facts: Sequence[Fact]) -> None:
        self.by_group: dict[str, list[Fact]] = {}
        values: dict[str, set[Decimal]] = {}
        for fact in facts:
            self.by_group.setdefault(fact.group, []).append(fact)
            # A figure not worth asking (an age, a unit's size) is no option either:
            # "67" (tuổi) was offered as a bridge's number of lanes.
            if fact.kind in _NUMERIC and fact.askable:
                value = display_value(fact)
                if value is not None and value > 0:
                    values.setdefault(fact.group, set()).add(value)
        # Sorted once, so each note finds its neighbours by bisection.
        self.values = {group: sorted(found) for group, found in values.items()}

    def near_values(self, group: str, target: Decimal) -> list[Decimal]:
        """The group's figures closest to ``target`` in ratio (at most a few dozen)."""
        values = self.values.get(group, [])
        at = bisect.bisect_left(values, target)
        window = values[max(0, at - _NEIGHBOURS) : at + _NEIGHBOURS]
        return [v for v in window if _near(v, target)]

    def group(self, name: str) -> list[Fact]:
        """Facts of one distractor family, in article order."""
        return self.by_group.get(name, [])


def choose_distractors(fact: Fact, question: str, pool: FactPool, rng: random.Random) -> list[str]:
    """Up to three distractors for ``fact`` asked with ``question``."""
    stem_key = comparable(question)
    if fact.kind is FactKind.PLACE:
        # "phối hợp với Công an huyện Vũ Thư và Công an huyện Kiến Xương": a place of the
        # same sentence, cut from the stem, may be as right as the answer.
        stem_key += " " + comparable(fact.sentence.norm)
    shown = set(stem_values(question))
    taken = {comparable(fact.answer)}
    # "Vụ Bản" beside "Vũ Bản": options that differ only by a tone mark confuse.
    toneless = {strip_tones(comparable(fact.answer))}
    chosen: list[str] = []
    for candidate in _candidates(fact, pool, rng):
        key = comparable(candidate)
        if not key or key in taken or shown_in(key, stem_key) or strip_tones(key) in toneless:
            continue
        if fact.kind in _NUMERIC:
            m = NUMBER_RE.search(candidate)
            if m is not None and parse_number(m.group(0)) in shown:
                continue
        taken.add(key)
        toneless.add(strip_tones(key))
        chosen.append(candidate)
        if len(chosen) == WANTED:
            break
    return chosen


def _candidates(fact: Fact, pool: FactPool, rng: random.Random) -> Iterator[str]:
    if fact.group.startswith("range:"):
        yield from range_options(fact, pool.group(fact.group))
    elif fact.kind in _NUMERIC:
        yield from _numeric(fact, pool)
    elif fact.kind is FactKind.DATE:
        yield from _dates(fact, pool)
    elif fact.kind is FactKind.PERIOD:
        yield from _periods(fact, pool)
    elif fact.kind is FactKind.ORDINAL:
        yield from _ordinals(fact, pool)
    elif fact.kind is FactKind.DOCUMENT:
        yield from _documents(fact, pool)
    elif fact.kind is FactKind.NAME:
        yield from _names(fact, pool, rng)
    elif fact.kind is FactKind.PERSON:
        yield from (f.answer for f in pool.group("person"))
        yield from _made_up_people(rng)
    elif fact.kind is FactKind.PLACE:
        yield from place_options(fact, pool.group, rng)


# Someone's quoted words, not a name: "Tôi già rồi, giờ chỉ mong con cháu nối nghiệp".
_SPOKEN_WORDS_RE = re.compile(r"(?<!\w)(?:[Tt]ôi|[Cc]húng tôi|[Mm]ình|[Cc]húng ta)(?!\w)")
_PRODUCT_BEFORE_RE = re.compile(r"(?i:sản phẩm)\s*[“\"]$")
_FUND_BEFORE_RE = re.compile(r"(?i:quỹ)\s*[“\"]$")
_PLACE_TAIL_RE = re.compile(rf"(?:\s{CAP_WORD}){{2,3}}$")


def _names(fact: Fact, pool: FactPool, rng: random.Random) -> Iterator[str]:
    """A quoted name's options: the article's names of its sort, then a pool of that sort."""
    sort = _name_sort(fact)
    yield from (
        f.answer
        for f in pool.group("name")
        if _name_sort(f) == sort and not _SPOKEN_WORDS_RE.search(f.answer)
    )
    if sort == "product":
        # "Dưa lưới Nhân Khang" gets "Miến dong Nhân Khang": a slogan is no product.
        tail = m.group(0) if (m := _PLACE_TAIL_RE.search(fact.answer)) else ""
        yield from (kind + tail for kind in _shuffled(pools.PRODUCT_KINDS, rng))
    elif sort == "fund":
        yield from _shuffled(pools.FUND_NAMES, rng)
    else:
        yield from _shuffled(pools.PROGRAMME_NAMES, rng)


def _name_sort(fact: Fact) -> str:
    """What a quoted name names, by the word before it: "product", "fund" or ""."""
    before = _before(fact, 12)
    if _PRODUCT_BEFORE_RE.search(before):
        return "product"
    return "fund" if _FUND_BEFORE_RE.search(before) else ""


def _shuffled(values: Iterable[str], rng: random.Random) -> list[str]:
    items = list(values)
    rng.shuffle(items)
    return items


_PART_RE = re.compile(r"(?<!\w)(?:chiếm|giảm)(?!\w)")


def _before(fact: Fact, chars: int = 30) -> str:
    """The few words before the fact's answer."""
    return fact.sentence.norm[max(0, fact.start - chars) : fact.start]


def _numeric(fact: Fact, pool: FactPool) -> Iterator[str]:
    m = NUMBER_RE.search(fact.answer)
    target = display_value(fact)
    if m is None or target is None:
        return
    head, rest = fact.answer[: m.start()], fact.answer[m.end() :]
    decimals = decimals_of(m.group(0))
    limit = Decimal(100) if fact.kind is FactKind.PERCENT and target <= 100 else None
    if limit is not None and target < 100 and _PART_RE.search(_before(fact)):
        # A share or a fall is never all of it: "chiếm 100%" beside another cause's 18,5%.
        limit = Decimal("99.9")
    if fact.kind is FactKind.COUNT and fact.unit.startswith("điểm") and target <= 100:
        # A mark out of ten ("6,98 điểm" is never offered "12 điểm"), a sum of three
        # marks out of thirty, or an index out of a hundred ("PAR INDEX 89,46 điểm").
        limit = Decimal(10) if target <= 10 else Decimal(30) if target <= 30 else Decimal(100)
    if fact.kind is FactKind.COUNT and fact.unit == "tuổi":
        limit = Decimal(_OLDEST)  # "52 tuổi" is never offered "126 tuổi"
    if fact.kind is FactKind.COUNT and (whole_of := _out_of(fact)) is not None:
        limit = whole_of  # "trong 11 nhóm hàng hóa, có bao nhiêu nhóm tăng giá?": not 17

    def ok(value: Decimal) -> bool:
        return value > 0 and value != target and (limit is None or value <= limit)

    # A whole number of things gets whole numbers: not "10,3 tập thể" beside the
    # article's hectares and scores; and a figure with decimals gets such figures, not
    # the article's "4" and "5" beside "7,12 điểm".
    whole = fact.kind is FactKind.COUNT and decimals == 0
    same = [
        value
        for value in pool.near_values(fact.group, target)
        if ok(value)
        and not (whole and value != value.to_integral_value())
        and not (decimals and value == value.to_integral_value())
        and not _rounded_alike(value, target)
    ]
    same.sort(key=lambda v: (abs(math.log(float(v) / float(target))), v))
    for value in same:
        # The article's own figures keep their own precision ("35,14%").
        yield head + format_number(value) + rest
    for value in _near_values(target, decimals):
        if ok(value):
            yield head + render_like(value, decimals) + rest


def _out_of(fact: Fact) -> Decimal | None:
    """The whole a count is part of, named before it: "trong 11 nhóm ..., có 10 nhóm"."""
    head = fact.unit.split()[0] if fact.unit else ""
    if not head:
        return None
    before = _before(fact, _OUT_OF_CHARS)
    m = re.search(rf"(?<!\w)(?i:trong|trên)(?: tổng số)? ([\d.]+) {re.escape(head)}(?!\w)", before)
    whole = parse_number(m.group(1)) if m else None
    target = display_value(fact)
    return whole if whole is not None and target is not None and target < whole else None


_OUT_OF_CHARS = 120


def _rounded_alike(value: Decimal, target: Decimal) -> bool:
    """Whether one figure is the other rounded: "hơn 1.800" and "1.846" are one count.

    The lead rounds what the body gives exactly ("hơn 265 tỷ" and "265,4 tỷ");
    offered as a wrong option, the rounded figure would be right too.
    """
    if abs(float(value) - float(target)) > float(target) * _ROUNDING_GAP:
        return False  # "2.000 cây" is no rounding of "1.846 ngôi nhà"
    return _round_like(target, value) == value or _round_like(value, target) == target


_ROUNDING_GAP = 0.05
_OLDEST = 110


def _round_like(value: Decimal, model: Decimal) -> Decimal:
    """``value`` rounded to the precision ``model`` is written in (hundreds for 1.800)."""
    exponent = model.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return value.quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_UP)


def _near(value: Decimal, target: Decimal) -> bool:
    if target <= 0 or value <= 0:
        return False
    ratio = float(value) / float(target)
    return 1 / _MAX_RATIO <= ratio <= _MAX_RATIO


def _near_values(target: Decimal, decimals: int) -> Iterator[Decimal]:
    if decimals == 0 and target <= 12:
        for step in _SMALL_STEPS:
            yield target + step
        return
    zeros = 0
    if decimals == 0:
        whole = int(target)
        while whole and whole % 10 == 0 and zeros < 12:
            whole //= 10
            zeros += 1
    # Keep the answer's roundness: 2.500 -> 2.000 / 3.000, 6.968 -> 5.574 ...
    precision = Decimal(10) ** max(0, zeros - 1) if zeros else Decimal(1).scaleb(-decimals)
    for factor in _FACTORS:
        raw = target * Decimal(factor)
        yield (raw / precision).quantize(Decimal(1), rounding=ROUND_HALF_UP) * precision


def _dates(fact: Fact, pool: FactPool) -> Iterator[str]:
    if fact.group == "year":
        yield from _years(fact, pool)
    elif fact.group == "date":
        yield from _full_dates(fact, pool)
    elif fact.group == "daymonth":
        yield from _days_of_month(fact, pool)
    elif fact.group == "lunar":
        yield from _lunar_days(fact, pool)
    elif fact.group == "month":
        month, year, sep = fact.extra
        for step in (1, -1, 2, -2, 3, -3):
            shifted = int(month) + step
            if 1 <= shifted <= 12:
                yield f"tháng {shifted}{sep}{year}"


def _years(fact: Fact, pool: FactPool) -> Iterator[str]:
    year = int(fact.answer)
    for other in pool.group("year"):
        if abs(int(other.answer) - year) <= 15:
            yield other.answer
    for step in _YEAR_STEPS:
        yield str(year + step)


def _full_dates(fact: Fact, pool: FactPool) -> Iterator[str]:
    day, month, year, sep = fact.extra
    for other in pool.group("date"):
        if other.extra[3] == sep:
            yield other.answer
    # The later, backward steps serve the month's last days (30/6, 31/3).
    for step in (1, -1, 2, -2, 3, 5, -3, 7, -4, -5, -6, -8):
        shifted = int(day) + step
        if 1 <= shifted <= 28:
            # "09/9/2024" beside "10/9/2024" would give itself away: pad only like the answer.
            text = str(shifted).zfill(len(day)) if day.startswith("0") else str(shifted)
            if sep == "wordy":
                yield f"ngày {text} tháng {int(month)} năm {year}"
            else:
                yield f"{text}{sep}{month}{sep}{year}"


def _lunar_days(fact: Fact, pool: FactPool) -> Iterator[str]:
    day, month, _ = fact.extra
    yield from (other.answer for other in pool.group("lunar") if other.extra[1] == month)
    at = fact.answer.find(day)
    head, tail = fact.answer[:at], fact.answer[at + len(day) :]
    if day.casefold() == "rằm":
        yield from (f"{head}{shifted}{tail}" for shifted in ("14", "16", "10", "1"))
        return
    for step in (1, -1, 2, -2, 5, -5, 10, -10):
        shifted = int(day) + step
        if 1 <= shifted <= 30:
            yield f"{head}{shifted}{tail}"


def _days_of_month(fact: Fact, pool: FactPool) -> Iterator[str]:
    day, month, sep = fact.extra
    for other in pool.group("daymonth"):
        if other.extra[2] == sep:
            yield other.answer
    # The month's own length ("31-1" gets "28-1", "30-1", "29-1"), February's at 28.
    last = _MONTH_DAYS.get(int(month), 28) if month.isdigit() else 28
    for step in (1, -1, 2, -2, 3, -3, 5, -5, 7, -7):
        shifted = int(day) + step
        if 1 <= shifted <= last:
            yield f"{shifted}{sep}{month}"


_MONTH_DAYS = dict(enumerate((31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31), start=1))


def _periods(fact: Fact, pool: FactPool) -> Iterator[str]:
    start, end, sep = fact.extra
    span = int(end) - int(start)
    # Written like the answer: "Từ năm 2019 đến năm 2023" is offered "Từ năm 2018 ...",
    # never "2019 đến năm 2023", the answer itself without its "Từ năm".
    lead = fact.answer[: max(0, fact.answer.find(start))]
    for other in pool.group("period"):
        if int(other.extra[1]) - int(other.extra[0]) == span:
            yield f"{lead}{other.extra[0]}{sep}{other.extra[1]}"
    for step in _YEAR_STEPS:
        yield f"{lead}{int(start) + step}{sep}{int(end) + step}"


def _ordinals(fact: Fact, pool: FactPool) -> Iterator[str]:
    roman = not fact.answer.isdigit()
    target = int(fact.value or 0)
    values = [int(o.value or 0) for o in pool.group(fact.group) if o.unit == fact.unit]
    values += [target + step for step in _SMALL_STEPS]
    # A rank among so many ("thứ mấy trong 63") is never past the last.
    out_of = re.search(r"trong (\d+)", fact.ask)
    top = int(out_of.group(1)) if out_of else 3999
    for value in values:
        if 0 < value <= top and value != target:
            yield int_to_roman(value) if roman else str(value)


def _documents(fact: Fact, pool: FactPool) -> Iterator[str]:
    number, suffix = fact.extra
    suffix_key = comparable(suffix).replace(" ", "")
    for other in pool.group("document"):
        if suffix and comparable(other.extra[1]).replace(" ", "") == suffix_key:
            yield other.answer
    if not number:
        return
    for step in _SMALL_STEPS:
        value = int(number) + step
        if value > 0:
            padded = str(value).zfill(len(number)) if number.startswith("0") else str(value)
            yield padded + suffix  # "099/2019/NĐ-CP" is no number a decree has


def _made_up_people(rng: random.Random) -> Iterator[str]:
    for _ in range(40):
        yield " ".join(
            (
                rng.choice(pools.SURNAMES),
                rng.choice(pools.MIDDLE_NAMES),
                rng.choice(pools.GIVEN_NAMES),
            )
        )
