"""Ranges: "từ 7.200 đến 7.500 đồng/kg", "30 – 40%", "từ 1,2 triệu đến 1,5 triệu đồng".

A market report's prices, a yield, a dose: half a range is no fact ("từ 20
đến bao nhiêu mét?"), so a range is asked whole, "từ bao nhiêu đến bao
nhiêu đồng/kg?", and answered with both ends as written. A range goes up
(its low end first); "thắng 3-1" or "2 – 1" is a score. An age bound
("trẻ từ 1 đến 5 tuổi") names a group and a time span ("từ 3 đến 5 ngày")
a duration; neither is asked.
"""

from __future__ import annotations

import re
from decimal import Decimal

from studyapp.core.article import Sentence
from studyapp.core.facts.base import NUMBER, Fact, SpanSet
from studyapp.core.facts.counted_nouns import TIME_UNITS, noun_phrase
from studyapp.core.facts.quantities import CURRENCY_RE, PERCENT_RE, is_identifier
from studyapp.core.model import FactKind
from studyapp.core.numbers import MAGNITUDES, parse_number

_MAGNITUDE = r"nghìn tỷ|ngàn tỷ|nghìn|ngàn|triệu|tỷ|tỉ"
_RANGE_RE = re.compile(
    rf"(?<![\w.,/\-–])(?P<from>từ\s+)?"
    rf"(?P<lo>{NUMBER})(?![\w/]|[.,]\d)(?:\s+(?P<lomag>{_MAGNITUDE})(?!\w))?"
    # The unit may be written at both ends: "từ 35.000 đồng/kg đến 40.000 đồng/kg".
    rf"(?P<lounit>\s?%|\s+[^\W\d_]+(?:/[^\W\d_]+)*)??"
    # "từ 3 đến dưới 5 lần": a legal band, its top bound kept as written.
    rf"(?P<sep>\s+(?:đến|tới)\s+(?:dưới\s+)?|\s?[-–]\s?)"
    rf"(?P<hi>{NUMBER})(?![\w/]|[.,]\d|\s?[-–]\s?\d)(?:\s+(?P<himag>{_MAGNITUDE})(?!\w))?",
    re.IGNORECASE,
)
_CLASS_BEFORE_RE = re.compile(r"(?<!\w)(?:loại|cỡ|hạng|xe tải|tàu|xe|tuổi)\s+$", re.IGNORECASE)
_ASK = ("bao nhiêu đến bao nhiêu", "bao nhiêu đến bao nhiêu phần trăm")
# Nouns after which a range names a group or a span of time, not a finding.
_NOT_FINDINGS = TIME_UNITS | {"tuổi", "sao", "giờ", "h"}


def extract_ranges(sentence: Sentence, claimed: SpanSet) -> list[Fact]:
    """The ranges of one sentence, each one fact asked whole."""
    text = sentence.norm
    facts: list[Fact] = []
    for m in _RANGE_RE.finditer(text):
        if claimed.overlaps(m.start(), m.end()):
            continue
        fact = _range_fact(sentence, m)
        if fact is not None:
            facts.append(fact)
            claimed.add(fact.phrase_start, fact.phrase_end)
    return facts


def _range_fact(sentence: Sentence, m: re.Match[str]) -> Fact | None:
    text = sentence.norm
    sep = m.group("sep")
    dashed = not sep.strip()[:1].isalpha()
    if not dashed and m.group("from") is None and m.group("lounit"):
        return None  # "tăng 200 ha đến 500 ha" may say where a change ended
    lo, hi = parse_number(m.group("lo")), parse_number(m.group("hi"))
    if lo is None or hi is None or is_identifier(text, m.start("lo")):
        return None
    if _CLASS_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
        return None  # "xe tải 15 – 25 tấn", "loại 7–10 tấn": a class of thing, not a finding
    lo_mag, hi_mag = (m.group("lomag") or "").casefold(), (m.group("himag") or "").casefold()
    hi_value = hi * MAGNITUDES.get(hi_mag, Decimal(1))
    # A bare low end shares the top's magnitude ("18 đến 22 triệu"), unless it is
    # written in full ("500.000 đến 3 triệu đồng").
    if not lo_mag and lo * MAGNITUDES.get(hi_mag, Decimal(1)) < hi_value:
        lo_mag = hi_mag
    lo_value = lo * MAGNITUDES.get(lo_mag, Decimal(1))
    if not Decimal(0) <= lo_value < hi_value:
        return None
    found = _unit(text, m)
    if found is None:
        return None
    kind, unit, unit_end, answer_end = found
    lo_unit = (m.group("lounit") or "").strip()
    if lo_unit and not (unit.casefold().startswith(lo_unit.casefold()) or lo_unit == "%"):
        return None  # "từ 5 xã đến 12 thôn" pairs two different things
    # With different magnitudes the blank takes the top one: "từ 500 nghìn đến 1 triệu
    # đồng" is "từ bao nhiêu đến bao nhiêu đồng".
    ask_end = m.end() if lo_mag != hi_mag else m.end("hi")
    if kind is FactKind.PERCENT:
        ask_end = unit_end
    has_from = m.group("from") is not None
    return Fact(
        kind=kind,
        sentence=sentence,
        start=m.start("lo"),
        end=answer_end,
        ask_start=m.start("lo"),
        ask_end=ask_end,
        ask=("" if has_from else "từ ")
        + _ASK[kind is FactKind.PERCENT].replace("đến", "đến dưới" if "dưới" in sep else "đến"),
        phrase_start=m.start(),
        phrase_end=unit_end,
        value=lo_value,
        unit=unit,
        group=f"range:{kind.value}:{unit.casefold()}",
        extra=(m.group("lo"), m.group("hi")),
    )


def _unit(text: str, m: re.Match[str]) -> tuple[FactKind, str, int, int] | None:
    """(kind, unit, where the unit ends, where the answer ends) after the range's top."""
    end = m.end()
    percent = PERCENT_RE.match(text, m.end("hi"))
    if percent is not None:
        return FactKind.PERCENT, "%", percent.end(), percent.end()
    if m.group("lounit") and m.group("lounit").strip() == "%":
        return None
    currency = CURRENCY_RE.match(text, end + 1) if text[end : end + 1] == " " else None
    if currency is not None:
        return FactKind.MONEY, text[end : currency.end()].strip(), currency.end(), currency.end()
    noun_start, noun_end = noun_phrase(text, end)
    if noun_end <= noun_start:
        return None
    noun = text[noun_start:noun_end]
    if noun.split()[0].casefold() in _NOT_FINDINGS:
        return None
    # "từ 90 mm đến 400 mm": the unit written at both ends stays at both.
    return FactKind.COUNT, noun, noun_end, noun_end if m.group("lounit") else end
