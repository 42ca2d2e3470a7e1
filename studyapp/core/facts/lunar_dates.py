"""Days of the lunar calendar: "mùng 6 tháng 3 âm lịch", "rằm tháng Giêng".

Festivals and rites are dated by the lunar calendar, and that date is what a
reader of a festival report should remember. A day is lunar when its month
is named in words (Giêng, Chạp, Hai ... Mười), when "âm lịch" follows, or
when it is written "mùng"/"mồng"/"rằm"; a bare "ngày 15 tháng 7" is left alone.
"""

from __future__ import annotations

import re

from studyapp.core.article import Sentence
from studyapp.core.facts.base import Fact, SpanSet
from studyapp.core.model import FactKind

_MONTH_WORDS = "Giêng|Chạp|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười một|Mười"
_LUNAR_RE = re.compile(
    r"(?<!\w)(?P<ngay>(?i:ngày)\s+)?(?P<mung>(?i:mùng|mồng)\s+)?(?P<d>\d{1,2}|(?i:rằm))\s+tháng\s+"
    rf"(?P<m>(?i:{_MONTH_WORDS})(?!\w)|\d{{1,2}}(?![\d/]))"
    r"(?P<tail>\s+(?i:âm lịch|âl)(?!\w))?"
)
# The lunar name of a day given in the solar calendar ("Sáng 14/2 (tức mùng 5 tháng
# Giêng)", "lễ cầu an vào 14 tháng Giêng (23/2/2024)"): a conversion, not a fact.
_CONVERTED_BEFORE_RE = re.compile(r"(?<!\w)tức(?!\w)[^()]{0,40}$")
_SOLAR_AFTER_RE = re.compile(r"[^()]{0,20}\(\s*(?:tức\s+)?(?:từ\s+)?(?:ngày\s+)?\d")


def extract_lunar_dates(sentence: Sentence, claimed: SpanSet) -> list[Fact]:
    """The lunar days of one sentence, each asked "ngày nào"."""
    text = sentence.norm
    if "tháng" not in text:
        return []
    facts = []
    for m in _LUNAR_RE.finditer(text):
        day, month = m.group("d"), m.group("m")
        lunar = bool(m.group("tail") or m.group("mung")) or not month.isdigit()
        if not lunar or (day.casefold() != "rằm" and not 1 <= int(day) <= 30):
            continue
        start = m.start("mung") if m.group("mung") else m.start("d")
        # "âm lịch" written after it stays in the question, not in the answer or the blank.
        end = m.end("m")
        if claimed.overlaps(start, end):
            continue
        if _CONVERTED_BEFORE_RE.search(text, max(0, m.start() - 50), m.start()) or (
            _SOLAR_AFTER_RE.match(text, m.end())
        ):
            claimed.add(m.start(), end)
            continue
        ask_start = m.start()
        facts.append(
            Fact(
                kind=FactKind.DATE,
                sentence=sentence,
                start=start,
                end=end,
                ask_start=ask_start,
                ask_end=end,
                ask="ngày nào" if m.group("tail") else "ngày nào âm lịch",
                phrase_start=ask_start,
                phrase_end=end,
                group="lunar",
                extra=(day, month, text[m.end("d") : m.start("m")]),
            )
        )
        claimed.add(ask_start, end)
    return facts
