"""Dates, periods and the "as of" date that governs a sentence.

Recognised: full dates ("6/7/2022", "14-12-2017", "ngày 6 tháng 7 năm 2022"),
month + year ("tháng 6 năm 2023", "tháng 6/2023"), an event's day ("Sáng 20-4"), periods ("giai đoạn
2017-2022", "nhiệm kỳ 2020 – 2025", "từ năm 2017 đến năm 2022") and years
after "năm". A date inside an "as of" phrase ("Tính đến tháng 6 năm 2023",
"Đến hết năm 2022", a leading "6 tháng đầu năm 2024,") is context for the
sentence, not a question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from studyapp.core.article import Sentence
from studyapp.core.facts.base import Fact, SpanSet, previous_word
from studyapp.core.model import FactKind

_YEAR = r"(?:19|20)\d{2}"
_DIGIT_RE = re.compile(r"\d")
_FULL_DATE_RE = re.compile(
    rf"(?<![\d/.\-])(\d{{1,2}})([/.\-])(\d{{1,2}})\2({_YEAR})(?![\d/]|[.\-]\d)"
)
_WORDY_DATE_RE = re.compile(
    rf"(?<!\w)ngày (\d{{1,2}}) tháng (\d{{1,2}}) năm ({_YEAR})(?!\d)", re.IGNORECASE
)
_MONTH_YEAR_RE = re.compile(rf"(?<!\w)tháng (\d{{1,2}})(?:/| năm )({_YEAR})(?!\d)", re.IGNORECASE)
_PERIOD_RE = re.compile(
    r"(?:(?P<head>giai đoạn|nhiệm kỳ|thời kỳ|năm học|niên khóa|kế hoạch)\s+)?"
    rf"(?<![\d/\-])(?P<a>{_YEAR})(?P<sep>\s*[-–—]\s*)(?P<b>{_YEAR})(?![\d/])",
    re.IGNORECASE,
)
_RANGE_RE = re.compile(
    rf"(?<!\w)từ năm (?P<a>{_YEAR})(?P<sep> đến (?:năm )?)(?P<b>{_YEAR})(?!\d)", re.IGNORECASE
)
# After "năm" a year may be of any century: "năm 1061", "năm 1305".
_YEAR_RE = re.compile(r"(?<!\w)năm ((?:1[0-8]|19|20)\d{2})(?![\w/\-–]|\s*[-–]\s*\d)", re.IGNORECASE)
# An event's day without its year: "Sáng 20-4, ...", "chiều 11/3", "ngày 27-11".
_DAY_MONTH_RE = re.compile(
    r"(?<!\w)(?P<when>(?i:rạng sáng|sáng|chiều|tối|trưa|đêm|ngày))\s+"
    r"(?P<d>\d{1,2})(?P<sep>[/\-])(?P<m>\d{1,2})(?![\d/\-]|[.,]\d)"
    # Not a span's first day ("từ ngày 27/3 – 2/4") nor a day of the lunar calendar.
    r"(?!\s*[-–]\s*\d|\s*(?:\(|,)?\s*(?:âm lịch|âl))"
)

_DATE_EXPR = (
    rf"(?:ngày\s+)?\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]{_YEAR}"
    rf"|tháng \d{{1,2}}(?:/| năm ){_YEAR}"
    rf"|(?:(?:\d+|sáu|chín|ba) tháng (?:đầu|cuối) )?năm {_YEAR}"
    rf"|quý [IV\d]+(?:/| năm ){_YEAR}"
)
_AS_OF_RE = re.compile(
    r"(?:tính (?:đến|tới)(?: hết| cuối| thời điểm)?|đến (?:hết|cuối)|cập nhật đến"
    r"|tính từ đầu năm (?:đến|tới)(?: nay)?,?)\s+"
    rf"(?P<date>{_DATE_EXPR})",
    re.IGNORECASE,
)
_LEADING_AS_OF_RE = re.compile(
    r"^(?:(?:trong|qua|sau) )?"
    # "10 tháng năm 2024,", "Tháng 10/2024,": the months a report covers, or the month.
    rf"(?P<date>(?:\d+|sáu|chín|ba) tháng (?:(?:đầu|cuối) )?năm {_YEAR}|năm {_YEAR}"
    rf"|tháng \d{{1,2}}(?:/| năm ){_YEAR}"
    rf"|quý [IV\d]+(?:/| năm ){_YEAR})\s*,",
    re.IGNORECASE,
)

# "..., trong 6 tháng đầu năm, giá trị sản xuất ...": the period the figures cover.
_WITHIN_RE = re.compile(
    r"(?<!\w)(?:trong|qua) (?P<date>(?:\d+|sáu|chín|ba) tháng (?:đầu|cuối) năm"
    rf"(?: {_YEAR})?)(?=\s*,)",
    re.IGNORECASE,
)

# Years that are the frame of a figure, not a fact: the year compared with
# ("tăng 8,2% so với cùng kỳ năm 2023", nearly always the year before), the
# horizon in a plan's name ("..., tầm nhìn đến năm 2050") and the year a
# running total began ("từ đầu năm 2024 đến nay": the year of the article).
_BASELINE_BEFORE_RE = re.compile(
    r"(?:so với(?: cùng kỳ)?|tầm nhìn(?: đến)?|định hướng đến|sửa đổi, bổ sung|từ đầu"
    # "theo giá so sánh năm 2010", "kế hoạch cả năm 2024": a convention, the article's year.
    r"|giá so sánh|kế hoạch cả|cùng kỳ"
    # "từ những năm 2000": a decade, not a year.
    r"|những|các|thập niên"
    # "bị cáo Trần Thị H. (sinh năm 1985)": a defendant's or a speaker's birth year.
    r"|(?<!hy )sinh|SN)\s+$",
    re.IGNORECASE,
)
# The same, a few words after "so với" ("so với cuối năm 2023", "so với vụ xuân năm
# 2022", "so với 214 bài của năm 2023"), and the year in an event's numbered name
# ("Đại hội TDTT toàn quốc lần thứ X năm 2026").
_COMPARED_BEFORE_RE = re.compile(
    r"(?:(?<!\w)so với(?:\s+[^\s,;:]+){0,6}|lần thứ\s+[IVXLCDM\d]+)\s+$", re.IGNORECASE
)
# The year in a law's name: "Luật Đất đai năm 2024".
_LAW_NAME_BEFORE_RE = re.compile(r"(?<!\w)(?:Luật|Bộ luật)(?:,? \w+){1,8} $")
# The second date of an anniversary's span in brackets.
_ANNIVERSARY_END_RE = re.compile(r"\(\s*\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}\s*[-–—]\s*$")


@dataclass(frozen=True, slots=True)
class AsOf:
    """The date that governs a sentence, and the phrase that states it."""

    date: str
    phrase: str
    start: int
    end: int


def find_as_of(sentence: Sentence) -> AsOf | None:
    """The "as of" phrase stated in this sentence, if any."""
    if "tháng" not in sentence.norm and _DIGIT_RE.search(sentence.norm) is None:
        return None
    match = (
        _AS_OF_RE.search(sentence.norm)
        or _LEADING_AS_OF_RE.match(sentence.norm)
        or _WITHIN_RE.search(sentence.norm)
    )
    if match is None:
        return None
    phrase = sentence.text[match.start() : match.end()].rstrip(" ,")
    date = sentence.text[match.start("date") : match.end("date")]
    return AsOf(date=date, phrase=phrase, start=match.start(), end=match.end())


_BARE_YEAR_RE = re.compile(rf"(?:(?:trong|qua) )?năm ({_YEAR})", re.IGNORECASE)


def leading_year(sentence: Sentence, as_of: AsOf) -> Fact | None:
    """The year of a leading "Năm 2019, ..." as a question of its own.

    For a sentence with nothing else to ask ("Năm 2019, lễ hội được đưa vào
    Danh mục di sản ..."), the year is the fact rather than its context.
    """
    if as_of.start != 0:
        return None
    # At the sentence's start, the phrase's offsets are the sentence's.
    if (m := _BARE_YEAR_RE.fullmatch(as_of.phrase)) is not None:
        return _year_fact(sentence, m)
    if (month := _MONTH_YEAR_RE.fullmatch(as_of.phrase)) is not None:
        return _month_fact(sentence, month)  # "Tháng 3/1938, đồng chí được cử làm ..."
    return None


def _year_fact(sentence: Sentence, m: re.Match[str]) -> Fact:
    """A year asked as "năm nào": the year is ``m``'s first group."""
    return _fact(
        FactKind.DATE,
        sentence,
        m.start(1),
        m.end(1),
        "nào",
        group="year",
        value=Decimal(m.group(1)),
        extra=(m.group(1),),
    )


def _month_fact(sentence: Sentence, m: re.Match[str]) -> Fact:
    """A month asked as "khi nào" ("tháng nào" after "trong"): ``m`` of _MONTH_YEAR_RE."""
    return _fact(
        FactKind.DATE,
        sentence,
        m.start(),
        m.end(),
        # "trong tháng 7/2024": "trong khi nào" would read "while when".
        "tháng nào" if sentence.norm[: m.start()].endswith("trong ") else "khi nào",
        group="month",
        value=Decimal(m.group(2)),
        extra=(m.group(1), m.group(2), "/" if "/" in m.group(0) else " năm "),
    )


def _fact(
    kind: FactKind,
    sentence: Sentence,
    start: int,
    end: int,
    ask: str,
    *,
    group: str,
    value: Decimal | None,
    extra: tuple[str, ...],
    unit: str = "",
) -> Fact:
    return Fact.spanning(
        kind, sentence, start, end, ask, value=value, group=group, unit=unit, extra=extra
    )


def extract_dates(sentence: Sentence, claimed: SpanSet, as_of: AsOf | None) -> list[Fact]:
    """Dates and periods of one sentence; claims their spans."""
    text = sentence.norm
    facts: list[Fact] = []
    if as_of is not None:
        claimed.add(as_of.start, as_of.end)

    for regex in (_RANGE_RE, _PERIOD_RE):
        for m in regex.finditer(text):
            a, b = int(m.group("a")), int(m.group("b"))
            if not 0 < b - a <= 50 or claimed.overlaps(m.start("a"), m.end("b")):
                continue
            head = m.groupdict().get("head")
            # "mùa khô năm 2024 - 2025": "năm" heads it as "nhiệm kỳ" does.
            after_year_word = text[: m.start()].endswith(("năm ", "vụ "))
            ask = (
                "nào"
                if head or after_year_word
                else ("giai đoạn nào" if regex is _PERIOD_RE else "trong giai đoạn nào")
            )
            start = m.start() if regex is _RANGE_RE else m.start("a")
            facts.append(
                _fact(
                    FactKind.PERIOD,
                    sentence,
                    start,
                    m.end("b"),
                    ask,
                    group="period",
                    value=Decimal(b),
                    extra=(str(a), str(b), m.group("sep")),
                    unit=(head or "").casefold(),
                )
            )
            claimed.add(start, m.end("b"))

    for m in _WORDY_DATE_RE.finditer(text):
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid(day, month) and not claimed.overlaps(m.start(), m.end()):
            facts.append(
                _fact(
                    FactKind.DATE,
                    sentence,
                    m.start(),
                    m.end(),
                    "ngày nào",
                    group="date",
                    value=Decimal(year),
                    extra=(str(day), str(month), str(year), "wordy"),
                )
            )
            claimed.add(m.start(), m.end())

    for m in _FULL_DATE_RE.finditer(text):
        day, month, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if not _valid(day, month) or claimed.overlaps(m.start(), m.end()):
            continue
        if _ANNIVERSARY_END_RE.search(text, 0, m.start()) and text.startswith(")", m.end()):
            claimed.add(m.start(), m.end())  # "(7/5/1954 – 7/5/2024)": the 70th year gives it
            continue
        ask = "nào" if previous_word(text, m.start()).casefold() == "ngày" else "ngày nào"
        facts.append(
            _fact(
                FactKind.DATE,
                sentence,
                m.start(),
                m.end(),
                ask,
                group="date",
                value=Decimal(year),
                extra=(m.group(1), m.group(3), m.group(4), m.group(2)),
            )
        )
        claimed.add(m.start(), m.end())

    for m in _DAY_MONTH_RE.finditer(text) if "-" in text or "/" in text else ():
        day, month = int(m.group("d")), int(m.group("m"))
        if not _valid(day, month) or claimed.overlaps(m.start("d"), m.end("m")):
            continue
        if text[max(0, m.start() - 4) : m.start()].casefold() == "tức ":
            continue  # "(tức ngày 10/3 âm lịch)": the same day, in another calendar
        on_day = m.group("when").casefold() == "ngày"
        facts.append(
            _fact(
                FactKind.DATE,
                sentence,
                m.start("d"),
                m.end("m"),
                "nào" if on_day else "ngày nào",  # "Sáng ngày nào, ...", "Ngày nào, ..."
                group="daymonth",
                value=Decimal(month * 100 + day),
                extra=(m.group("d"), m.group("m"), m.group("sep")),
            )
        )
        claimed.add(m.start("d"), m.end("m"))

    for m in _MONTH_YEAR_RE.finditer(text):
        month, year = int(m.group(1)), int(m.group(2))
        if not 1 <= month <= 12 or claimed.overlaps(m.start(), m.end()):
            continue
        facts.append(_month_fact(sentence, m))
        claimed.add(m.start(), m.end())

    for m in _YEAR_RE.finditer(text):
        if claimed.overlaps(m.start(), m.end()):
            continue
        if (
            _BASELINE_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
            or _COMPARED_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
            or _LAW_NAME_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
            # A campaign's year: "đợt cao điểm “Vì người nghèo” năm 2024" names the drive.
            or text[: m.start()].rstrip().endswith(("”", '"'))
        ):
            claimed.add(m.start(), m.end())
            continue
        facts.append(_year_fact(sentence, m))
        claimed.add(m.start(), m.end())
    return facts


def _valid(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12
