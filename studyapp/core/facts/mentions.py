"""People named without a title in the sentence: "đồng chí Trần Văn Hùng ghi nhận ...",
"anh Lê Văn Thắng trồng chuối".

Not asked (the title that would make a question is elsewhere), but kept as
facts so that a later bare "Đồng chí đề nghị ..." in the paragraph is given
the right name, not that of the titled person named in the paragraph before.
"""

from __future__ import annotations

import re

from studyapp.core.article import Sentence
from studyapp.core.article.charset import CAP_WORD
from studyapp.core.facts.base import Fact, SpanSet, word_set
from studyapp.core.model import FactKind

# Capitalised words that start a title or a body, not a given name: "ông Thủ trưởng".
_NOT_GIVEN = word_set(
    """
    Thủ Phó Chủ Bí Giám Tổng Trưởng Chánh Ủy Đại Thượng Trung Thiếu Bộ Sở Phòng Ban Hội Đoàn
    Công Viện Cục Tòa Rịa Đen Chúa Trời
    """
)
# Lower case, or opening the sentence: "Bà Rịa Vũng Tàu" is a province.
_MENTION_RE = re.compile(
    # Not "người đàn ông Dao": a man of the Dao, no one's name.
    r"(?:(?<!\w)(?<!đàn )(?P<hon>đồng chí|ông|bà|anh|chị|cụ)"
    r"|^\s*(?P<top>Đồng chí|Ông|Bà|Anh|Chị|Cụ)"
    # Or a calling that stands for one: "Thầy cúng Triệu Tiến Vinh, 72 tuổi, ...".
    r"|(?<!\w)(?P<job>(?i:thầy cúng|già làng|nghệ nhân|trưởng bản|thầy mo|thầy lang)))"
    # Not a title set in capitals: "đồng chí Phó Chủ tịch UBND tỉnh".
    rf"\s+(?!(?:Phó|Chủ|Bí|Giám|Tổng|Trưởng|Chánh|Ủy)\s)"
    # A given name alone too: "ông Tám đã bán được 46 chiếc máy. Ông cũng ...".
    rf"(?P<name>{CAP_WORD}(?:\s{CAP_WORD}){{0,3}})(?!\s?{CAP_WORD})"
)
MENTION = "mention"  # the group of these facts
_HONORIFIC_HINT_RE = re.compile(
    r"(?i:đồng chí|ông |bà |anh |chị |cụ |thầy cúng|già làng|nghệ nhân|trưởng bản|thầy mo"
    r"|thầy lang)"
)


def extract_mentions(sentence: Sentence, claimed: SpanSet) -> list[Fact]:
    """Names after "đồng chí", "ông", "bà", "anh", "chị" or "cụ" that no titled person claimed."""
    if not _HONORIFIC_HINT_RE.search(sentence.norm):
        return []
    facts = []
    for m in _MENTION_RE.finditer(sentence.norm):
        start, end = m.span("name")
        if " " not in m["name"] and (
            m["job"] or (m["hon"] or m["top"]).casefold() == "đồng chí" or m["name"] in _NOT_GIVEN
        ):
            continue  # "đồng chí Thủ trưởng": a given name alone follows a kinship word only
        if claimed.overlaps(start, end):
            continue
        facts.append(
            Fact.spanning(FactKind.PERSON, sentence, start, end, "ai", group=MENTION, askable=False)
        )
        claimed.add(start, end)
    return facts
