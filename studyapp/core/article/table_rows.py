"""Rows of a table flattened with " | " between cells, told apart from a site's menu.

"Trang chủ | Thời sự | Kinh tế" and "STT | Địa phương | Nhà ở | Tổng" look
alike; a table's rows carry figures ("1 | Huyện Thái Thụy | 96 | 312"), and its
header is the row of words right above such rows, with as many cells.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_MIN_CELLS = 3
_MIN_FIGURES = 2
_FIGURE_RE = re.compile(r"^\s*(?:khoảng |gần |trên |hơn )?\d[\d.,]*\s?%?\s*$")


def table_rows(texts: Sequence[str]) -> set[int]:
    """Indices of the lines that are a table's rows or its header."""
    rows: set[int] = set()
    for i, text in enumerate(texts):
        cells = text.split("|")
        if len(cells) < _MIN_CELLS or not _has_figures(cells):
            continue
        rows.add(i)
        above = i - 1
        if above >= 0 and len(texts[above].split("|")) == len(cells):
            rows.add(above)  # the header, or a row before this one
    return rows


def _has_figures(cells: Sequence[str]) -> bool:
    return sum(1 for cell in cells if _FIGURE_RE.match(cell)) >= _MIN_FIGURES
