"""Subheads: the short unpunctuated lines that head a section or a bulletin's item.

"Cờ Đỏ: Bàn giao 200 thẻ bảo hiểm y tế cho người dân tộc Khmer" heads the item
that says it in full ("Ngày 19-11, Hội Chữ thập đỏ huyện Cờ Đỏ ... trao 200 thẻ
..."); asked, it only repeats the item in a headline's clipped words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from studyapp.core.model import Paragraph

_MAX_SUBHEAD_WORDS = 20
_MIN_SECTION_WORDS = 25  # what a subhead heads is a paragraph, not another line
_END_MARKS = (".", "!", "?", ":", ";", "…", ",")


def subheads(paragraphs: Sequence[Paragraph]) -> frozenset[int]:
    """Indexes of the paragraphs that head the paragraph after them."""
    found: set[int] = set()
    if not paragraphs:
        return frozenset()
    for before, line, after in zip(
        [None, *paragraphs[:-1]], paragraphs, [*paragraphs[1:], None], strict=True
    ):
        if (
            after is not None
            and _is_short_line(line)
            and not after.is_caption
            and len(after.text.split()) >= _MIN_SECTION_WORDS
            # A row of a table ("Năm 2021: doanh thu 3,2 tỷ đồng") follows another row.
            and (before is None or not _is_short_line(before))
        ):
            found.add(line.index)
        elif _TEASER_RE.search(line.text):
            found.add(line.index)  # a digest's list of its headlines, each told below
    return frozenset(found)


# "Huyện Thọ Xuân ra mắt ...; TP Sầm Sơn đón hơn 120.000 lượt khách ... là những tin đáng
# chú ý trong ngày.": the items' figures are rounded here and told exactly below.
_TEASER_RE = re.compile(
    r";[^;]+(?<!\w)là (?:những|các) (?:tin|thông tin|nội dung) (?:chính|đáng chú ý|nổi bật)"
)


def _is_short_line(paragraph: Paragraph) -> bool:
    text = paragraph.text.rstrip(" ”\"')")
    return (
        not paragraph.is_caption
        and len(text.split()) <= _MAX_SUBHEAD_WORDS
        and not text.endswith(_END_MARKS)
        and "|" not in text  # a table's row
    )
