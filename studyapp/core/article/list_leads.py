"""Items of a list of targets: "Đại hội thống nhất các chỉ tiêu nhiệm kỳ 2021-2026:" / "- ...".

Each item ("Giới thiệu 250 hội viên ưu tú cho Đảng xem xét kết nạp.") is a paragraph
of its own once its bullet is gone; asked alone it reads as something done, and
the article's real result (215 in the last term) among its options is as right.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from studyapp.core.model import Paragraph

# Set, not measured: "Một số chỉ tiêu ngành chăn nuôi 7 tháng năm 2024:" lists results.
_TARGET_LEAD_RE = re.compile(
    r"(?i:mục tiêu|phấn đấu|(?:đề ra|đặt ra|thống nhất)[^.:]*chỉ tiêu"
    r"|chỉ tiêu[^.:]*(?:đề ra|đặt ra))"
    r"[^.]*:\s*$"
)
# The time the targets are for: "nhiệm kỳ 2021-2026", "đến năm 2030", "năm 2025".
_TIME_RE = re.compile(
    r"(?i:nhiệm kỳ|giai đoạn|đến năm|đến hết năm|năm)\s+\d{4}(?:\s*[-–]\s*\d{4})?"
)
_MAX_ITEM_WORDS = 40


def target_items(paragraphs: Sequence[Paragraph]) -> dict[int, str]:
    """Paragraph index -> the time its list of targets is for ("" if unsaid)."""

    def time_of(lead: str) -> str | None:
        if not _TARGET_LEAD_RE.search(lead):
            return None  # another list's lead: of measures, documents, names ...
        found = _TIME_RE.search(lead)
        return found.group(0)[:1].lower() + found.group(0)[1:] if found else ""

    return _list_items(paragraphs, time_of)


# The period a list of results covers: "Các kết quả nổi bật 6 tháng đầu năm gồm:".
_PERIOD_RE = re.compile(
    r"(?i:(?:\d+|sáu|chín|ba) tháng(?: đầu| cuối)? năm(?: \d{4})?|quý [IV\d]+(?:/\d{4}| năm \d{4})?"
    r"|năm \d{4})"
)


# A year that is no period: a law's ("Bộ luật Hình sự năm 2015"), its amendment's, a baseline.
_NOT_A_PERIOD_BEFORE_RE = re.compile(
    r"(?:(?<!\w)(?:Luật|Bộ luật)(?:,? \w+){1,8}|sửa đổi, bổ sung|so với(?: cùng kỳ)?)\s+$"
)


def result_items(paragraphs: Sequence[Paragraph]) -> dict[int, str]:
    """Paragraph index -> the period its list of results covers ("6 tháng đầu năm 2025").

    "Các kết quả nổi bật 6 tháng đầu năm gồm:" / "- Giá trị sản xuất ... 2.135 tỷ đồng":
    asked alone, an item would read as the whole year's figure.
    """

    def period_of(lead: str) -> str | None:
        if _TARGET_LEAD_RE.search(lead):
            return None
        for found in _PERIOD_RE.finditer(lead):
            if not _NOT_A_PERIOD_BEFORE_RE.search(lead, max(0, found.start() - 60), found.start()):
                return found.group(0)[:1].upper() + found.group(0)[1:]
        return None

    return _list_items(paragraphs, period_of)


# An item that opens with its label: "Thị trấn Ba Sao: 97,8%", "Trần Văn Quyết: 20 năm tù.".
_LABEL_RE = re.compile(r"^[A-ZĐÀ-Ỹ][^\s:]*(?:\s[^\s:]+){0,9}:\s+\S")
# How a lead says its list follows: "... như sau:", "... gồm:".
_LEAD_END_RE = re.compile(r"(?:,?\s+(?:như sau|gồm|bao gồm|cụ thể|trong đó))*\s*:\s*$")
_LEAD_OPENER_RE = re.compile(r"^(?:Cụ thể|Trong đó|Theo đó|Đáng chú ý|Riêng),\s*")
_MIN_LEAD_WORDS = 3
_MAX_LEAD_WORDS = 30


def label_items(paragraphs: Sequence[Paragraph]) -> dict[int, str]:
    """Paragraph index -> its list's lead, for items that open with a label.

    "Kết quả tỷ lệ bao phủ BHYT ... tính đến ngày 30/9/2024 như sau:" / "- Thị trấn
    Ba Sao: 97,8%": the item says whose figure it is, the lead what the figure is.
    """

    def lead_of(lead: str) -> str | None:
        lead = last_sentence(lead)
        core = _LEAD_OPENER_RE.sub("", _LEAD_END_RE.sub("", lead).strip())
        return core if _MIN_LEAD_WORDS <= len(core.split()) <= _MAX_LEAD_WORDS else None

    texts = {paragraph.index: paragraph.text for paragraph in paragraphs}
    return {
        index: lead
        for index, lead in _list_items(paragraphs, lead_of).items()
        if _LABEL_RE.match(texts[index])
    }


def last_sentence(text: str) -> str:
    """A paragraph's last sentence: the lead of a list that ends a longer paragraph."""
    return _SENTENCE_END_RE.split(text.strip())[-1]


_SENTENCE_END_RE = re.compile(r"(?<=[.!?…])\s+(?=[^\W\d_])")


def _list_items(
    paragraphs: Sequence[Paragraph], value_of: Callable[[str], str | None]
) -> dict[int, str]:
    """Paragraph index -> what its list's lead says of its items (``value_of`` the lead).

    A lead ends with ":"; its items are the short paragraphs after it, up to the first
    long one. A lead ``value_of`` gives None to has no items here.
    """
    items: dict[int, str] = {}
    value: str | None = None
    for paragraph in paragraphs:
        if paragraph.text.rstrip().endswith(":"):
            value = value_of(paragraph.text)
            continue
        if value is None or paragraph.is_caption:
            continue
        if len(paragraph.text.split()) > _MAX_ITEM_WORDS:
            value = None  # the list has ended: the body goes on
            continue
        items[paragraph.index] = value
    return items
