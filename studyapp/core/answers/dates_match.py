"""Compare answers that are a date, a month, a year or a period by what they mean.

"15/8/2022" = "15-08-2022" = "ngày 15 tháng 8 năm 2022"; "20-4" = "ngày 20/4"; "tháng 6 năm 2023" =
"6/2023"; "2019" = "năm 2019"; "2020 – 2025" = "nhiệm kỳ 2020-2025" = "từ năm
2020 đến năm 2025". The word the question itself puts before the blank
("năm nào?", "nhiệm kỳ nào?") may be repeated in the reply or left out.

Works on compare forms (case-folded, see :mod:`.normalize`). The framing
words must be written with their tones: a reply that only lacks them falls
through to the general comparison, which says "check the tones" or wrong.
"""

from __future__ import annotations

import re

# ("date", d, m, y), ("day", d, m), ("month", m, y), ("year", y) or ("period", a, b).
When = tuple[str, int, int, int] | tuple[str, int, int] | tuple[str, int]

_YEAR = r"(\d{3,4})"
_DASH = r"\s*[-–—]\s*"
_DATE_RE = re.compile(rf"(?:ngày\s+)?(\d{{1,2}})([/.\-])(\d{{1,2}})\2{_YEAR}")
_WORDY_DATE_RE = re.compile(rf"(?:ngày\s+)?(\d{{1,2}})\s+tháng\s+(\d{{1,2}})\s+năm\s+{_YEAR}")
_DAY_RE = re.compile(r"(?:ngày\s+)?(\d{1,2})[/.\-](\d{1,2})")  # "20-4": a day without its year
_MONTH_RE = re.compile(rf"(?:tháng\s+)?(\d{{1,2}})(?:/|\s+năm\s+){_YEAR}")
_YEAR_RE = re.compile(rf"(?:năm\s+)?{_YEAR}")
_PERIOD_RE = re.compile(
    rf"(?:(?:giai đoạn|nhiệm kỳ|thời kỳ|năm học|niên khóa|niên khoá)\s+)?{_YEAR}{_DASH}{_YEAR}"
)
_RANGE_RE = re.compile(rf"từ\s+(?:năm\s+)?{_YEAR}\s+(?:đến|tới)\s+(?:năm\s+)?{_YEAR}")


def parse_when(key: str) -> When | None:
    """What a date-like answer (in compare form) means, or ``None`` if it is not one."""
    if m := _DATE_RE.fullmatch(key):
        day, month, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        return ("date", day, month, year) if _valid(day, month) else None
    if m := _WORDY_DATE_RE.fullmatch(key):
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        return ("date", day, month, year) if _valid(day, month) else None
    if m := _DAY_RE.fullmatch(key):
        day, month = int(m.group(1)), int(m.group(2))
        return ("day", day, month) if _valid(day, month) else None
    if m := _MONTH_RE.fullmatch(key):
        month, year = int(m.group(1)), int(m.group(2))
        # A bare "6/2023" is only a month when its year is a year.
        return ("month", month, year) if 1 <= month <= 12 and year >= 1000 else None
    if m := (_PERIOD_RE.fullmatch(key) or _RANGE_RE.fullmatch(key)):
        first, last = int(m.group(1)), int(m.group(2))
        return ("period", first, last) if first < last else None
    if m := _YEAR_RE.fullmatch(key):
        year = int(m.group(1))
        # Bare digits are a year only in the usual range; "năm 987" always is.
        if key.startswith("năm") or 1000 <= year <= 2999:
            return ("year", year)
    return None


def _valid(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12
