"""Documents and their codes: "Nghị quyết số 12 – NQ/HU", "Đề án số 05-ĐA/HU",
"Kết luận 21", "Nghị quyết số 11/NQ-HĐND ngày 6/7/2022".

The answer is the code as written; the document type ("Nghị quyết") stays in
the question ("Nghị quyết số nào"). A bare number is only taken as a code when
no lower-case noun follows it ("Kế hoạch 5 năm" is a duration).
"""

from __future__ import annotations

import re
from decimal import Decimal

from studyapp.core.article import Sentence
from studyapp.core.article.charset import UPPER_CLASS
from studyapp.core.facts.base import Fact, SpanSet
from studyapp.core.model import FactKind

DOC_TYPES: tuple[str, ...] = (
    "Nghị quyết",
    "Quyết định",
    "Chỉ thị",
    "Kết luận",
    "Đề án",
    "Kế hoạch",
    "Thông tư",
    "Nghị định",
    "Quy định",
    "Hướng dẫn",
    "Công văn",
    "Công điện",
    "Thông báo",
    "Thông tri",
    "Chương trình hành động",
    "Chương trình",
    "Luật",
    "Pháp lệnh",
    "Quy chế",
    "Dự án",
    "Văn bản",
)
_TYPE_ALT = "|".join(re.escape(t) for t in DOC_TYPES)
# The Prime Minister's "TTg" and a submission's "TTr" end in lower case.
_LETTERS = rf"{UPPER_CLASS}[{UPPER_CLASS[1:-1]}0-9]*(?:g|r)?"
# 12 – NQ/HU | 05-ĐA/HU | 11/NQ-HĐND | 24/2023/NĐ-CP | 35-NQ/TW | 21
_CODE = (
    rf"\d{{1,5}}(?:/\d{{4}})?"
    rf"(?:\s?[-–/]\s?{_LETTERS}(?:\s?[-/]\s?{_LETTERS})*)?"
)
_DOC_RE = re.compile(
    # Not a figure: "Dự án 286,4 tỷ đồng" is an amount, not project number 286.
    rf"(?<!\w)(?P<type>(?i:{_TYPE_ALT}))(?P<so>\s+số)?\s+(?P<code>{_CODE})(?![\w/\-])(?![.,]\d)",
)
_NUMBER_PART_RE = re.compile(r"^\d+")


def extract_documents(sentence: Sentence, claimed: SpanSet) -> list[Fact]:
    """Document references with a number or code; claims the code spans."""
    text = sentence.norm
    facts: list[Fact] = []
    for m in _DOC_RE.finditer(text):
        doc_type = m.group("type")
        if not doc_type[:1].isupper() and not m.group("so"):
            continue  # "kế hoạch 5 năm": a common noun, not a named document
        code = m.group("code")
        bare = code.isdigit()
        if bare and not m.group("so"):
            rest = text[m.end() : m.end() + 3]
            if rest[:1] == " " and rest[1:2].islower():
                continue
        if claimed.overlaps(m.start("code"), m.end("code")):
            continue
        number = _NUMBER_PART_RE.match(code)
        suffix = code[number.end() :] if number else ""
        facts.append(
            Fact(
                kind=FactKind.DOCUMENT,
                sentence=sentence,
                start=m.start("code"),
                end=m.end("code"),
                ask_start=m.start("code"),
                ask_end=m.end("code"),
                ask="nào" if m.group("so") else "số nào",
                phrase_start=m.start(),
                phrase_end=m.end(),
                value=Decimal(number.group(0)) if number else None,
                unit=doc_type,
                group="document",
                extra=(number.group(0) if number else "", suffix),
            )
        )
        claimed.add(m.start("code"), m.end("code"))
    return facts
