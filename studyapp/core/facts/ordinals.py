"""Ordinals and terms: "lần thứ XXVIII" (= 28), "khóa XII", "Đại hội XIII", "Kỳ họp thứ 5",
"thế kỷ XI", and ranks: "xếp thứ 21/63 tỉnh, thành phố".

Roman numerals are read with :func:`studyapp.core.numbers.roman_to_int`; the
answer stays as written ("XXVIII") and the value is the integer.
"""

from __future__ import annotations

import re
from decimal import Decimal

from studyapp.core.article import Sentence
from studyapp.core.facts.base import Fact, SpanSet
from studyapp.core.model import FactKind
from studyapp.core.numbers import roman_to_int

_NUMERAL = r"[IVXLCDM]+|\d{1,3}"
# (regex, group name, question word, family). The numeral group is the answer.
_PATTERNS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (
        # A rank: "xếp thứ 21/63 tỉnh, thành phố", "đứng thứ 12 cả nước", "và thứ 3/11 ...".
        re.compile(
            r"(?:(?<!\w)(?:xếp|đứng|xếp hạng)\s+(?P<ask>thứ (?P<n>\d{1,3})(?:/(?P<of>\d{1,3}))?)"
            r"|(?<!\w)(?P<ask2>thứ (?P<n2>\d{1,3})/(?P<of2>\d{1,3})))(?![\w/\-])",
            re.IGNORECASE,
        ),
        "thứ mấy",
        "xếp thứ",
    ),
    (
        re.compile(rf"(?<!\w)(?P<ask>thứ (?P<n>{_NUMERAL}))(?![\w/\-])", re.IGNORECASE),
        "thứ mấy",
        "thứ",
    ),
    (
        re.compile(rf"(?<!\w)(?:khóa|khoá) (?P<ask>(?P<n>{_NUMERAL}))(?![\w/\-])", re.IGNORECASE),
        "nào",
        "khóa",
    ),
    (
        re.compile(r"(?<!\w)Đại hội (?P<ask>(?P<n>[IVXLCDM]+))(?![\w/\-])"),
        "lần thứ mấy",
        "đại hội",
    ),
    (
        re.compile(
            r"(?<!\w)thế k[ỷỉ] (?P<ask>(?P<n>[IVXLCDM]+|\d{1,2}))(?![\w/\-])", re.IGNORECASE
        ),
        "nào",
        "thế kỷ",
    ),
)


# A word each family's pattern needs ("thế kỷ" is written "thế kỉ" too).
_CUES = {"xếp thứ": "thứ ", "thứ": "thứ ", "khóa": "kh", "đại hội": "đại hội", "thế kỷ": "thế k"}


def extract_ordinals(sentence: Sentence, claimed: SpanSet) -> list[Fact]:
    """Ordinal terms of one sentence; claims their spans."""
    text = sentence.norm
    lowered = text.casefold()
    facts: list[Fact] = []
    for regex, fixed_ask, family in _PATTERNS:
        if _CUES[family] not in lowered:
            continue  # most sentences hold none: no need to scan them
        for m in regex.finditer(text):
            ask, ask_group, numeral_group = fixed_ask, "ask", "n"
            if family == "xếp thứ":
                if m.group("ask") is None:
                    ask_group, numeral_group = "ask2", "n2"
                out_of = m.group("of") or m.group("of2")
                if out_of is not None:
                    if int(m.group(numeral_group)) > int(out_of):
                        continue
                    ask = f"thứ mấy trong {out_of}"  # "xếp thứ mấy trong 63 tỉnh, thành phố"
            numeral = m.group(numeral_group)
            if numeral.isdigit():
                value = int(numeral)
            else:
                if not numeral.isupper():
                    continue
                parsed = roman_to_int(numeral)
                if parsed is None:
                    continue
                value = parsed
            if value <= 0 or claimed.overlaps(m.start(numeral_group), m.end(numeral_group)):
                continue
            if family == "thứ" and not _ordinal_context(text, m.start()):
                continue
            facts.append(
                Fact(
                    kind=FactKind.ORDINAL,
                    sentence=sentence,
                    start=m.start(numeral_group),
                    end=m.end(numeral_group),
                    ask_start=m.start(ask_group),
                    ask_end=m.end(ask_group),
                    ask=ask,
                    phrase_start=m.start(),
                    phrase_end=m.end(),
                    value=Decimal(value),
                    unit=family,
                    group="ordinal:" + ("roman" if not numeral.isdigit() else "arabic"),
                    extra=(family,),
                )
            )
            claimed.add(m.start(numeral_group), m.end(ask_group))
    return facts


_ORDINAL_HEADS = ("lần", "kỳ họp", "hội nghị", "phiên", "đợt", "khóa", "nhiệm kỳ", "hạng", "giải")


def _ordinal_context(text: str, start: int) -> bool:
    """ "thứ N" is an ordinal after "lần", "kỳ họp" ...; elsewhere "thứ 2" may be a weekday."""
    before = text[max(0, start - 12) : start].casefold().rstrip()
    return before.endswith(_ORDINAL_HEADS)
