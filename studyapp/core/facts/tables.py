"""Figures in a table flattened to rows of cells: "1 | Huyện Thái Thụy | 96 | 312 | 105 | 513".

A cell's figure makes sense only under its column's header and beside its
row's label, so it is asked with both, and with the table's lead when a line
ending in ":" introduces it: "Bảng tổng hợp thiệt hại theo địa phương (đơn vị:
tỷ đồng) – Huyện Thái Thụy, Nông nghiệp: bao nhiêu?". A table with no header
row (no line of words above the figures) asks nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from studyapp.core.article import Sentence
from studyapp.core.article.list_leads import last_sentence
from studyapp.core.facts.base import Fact
from studyapp.core.model import FactKind, Paragraph
from studyapp.core.numbers import parse_number

TABLE = "table"  # the group of these facts
_SEPARATOR = " | "
_MIN_CELLS = 3
# A column that only numbers the rows: "STT", "TT".
_INDEX_HEADERS = frozenset({"stt", "tt", "số tt", "số thứ tự"})
# A row that adds the others up: its label is "Tổng cộng" whatever the table wrote.
_TOTAL_RE = re.compile(
    r"^(?i:cộng|tổng|tổng cộng|tổng số|toàn tỉnh|toàn huyện|toàn thành phố)(?:\s*\(.*\))?$"
)
_TOTAL_LABEL = "Tổng cộng"
_MAX_CELLS_ASKED = 12
_FIGURE_RE = re.compile(r"^(?:khoảng |gần |trên |hơn )?\d[\d.,]*\s?%?$")
_LEAD_END_RE = re.compile(r"(?:,?\s+(?:như sau|gồm|bao gồm|cụ thể))*\s*:\s*$")
_MIN_LEAD_WORDS = 3
_MAX_LEAD_WORDS = 25


def extract_table_cells(
    paragraphs: Sequence[Paragraph], sentences: Sequence[Sentence]
) -> list[Fact]:
    """One fact per figure of a table's data rows, asked with its header and row label."""
    by_paragraph = {s.paragraph_index: s for s in sentences if _SEPARATOR in s.text}
    facts: list[Fact] = []
    header: list[str] | None = None
    lead = ""
    previous = -2
    for paragraph in paragraphs:
        sentence = by_paragraph.get(paragraph.index)
        cells = sentence.text.split("|") if sentence else []  # "Cộng | | 358": an empty cell
        if len(cells) < _MIN_CELLS or sentence is None:
            header, previous = None, paragraph.index
            if paragraph.text.rstrip().endswith(":"):
                lead = _lead(paragraph.text)
            elif paragraph.text.strip():
                lead = ""
            continue
        if header is None or previous != paragraph.index - 1:
            header = cells if not any(_FIGURE_RE.match(c.strip()) for c in cells) else None
            previous = paragraph.index
            continue
        previous = paragraph.index
        if len(cells) == len(header) and lead:
            # Without its lead ("Bảng tổng hợp thiệt hại ... (đơn vị: tỷ đồng):") a
            # cell's header says too little: "TP Phủ Lý, Tổng: bao nhiêu?".
            facts += _row_facts(sentence, cells, header, lead)
    return _the_totals(facts)


def _the_totals(facts: list[Fact]) -> list[Fact]:
    """Of a table with a column or a row of totals, only those: 36 cells ask too much.

    Each row's total says what the row is; the totals' row what each column is.
    """
    totals = [f for f in facts if _TOTAL_RE.match(f.extra[1]) or f.extra[0] == _TOTAL_LABEL]
    return totals if totals else facts[:_MAX_CELLS_ASKED]


def _lead(text: str) -> str:
    core = _LEAD_END_RE.sub("", last_sentence(text))
    return core if _MIN_LEAD_WORDS <= len(core.split()) <= _MAX_LEAD_WORDS else ""  # not "Cụ thể"


def _row_facts(sentence: Sentence, cells: list[str], header: list[str], lead: str) -> list[Fact]:
    """The figures of one data row."""
    # The row's first cell of words: its number ("STT") is none, "Cộng" in that column is.
    label_at = next(
        (i for i, cell in enumerate(cells) if cell.strip() and not _FIGURE_RE.match(cell.strip())),
        None,
    )
    if label_at is None:
        return []
    label = cells[label_at].strip()
    label = _TOTAL_LABEL if _TOTAL_RE.match(label) else label
    facts: list[Fact] = []
    at = 0
    for i, cell in enumerate(cells):
        figure, column = cell.strip(), header[i].strip()
        start = sentence.text.index(cell, at)
        at = start + len(cell)
        if (
            i <= label_at
            or not column
            or column.casefold() in _INDEX_HEADERS
            or not _FIGURE_RE.match(figure)
        ):
            continue
        value = parse_number(figure.split()[-1].rstrip("%"))
        if value is None:
            continue
        begin = start + cell.index(figure)
        facts.append(_cell_fact(sentence, begin, begin + len(figure), value, label, column, lead))
    return facts


def _cell_fact(
    sentence: Sentence,
    start: int,
    end: int,
    value: Decimal,
    label: str,
    column: str,
    lead: str,
) -> Fact:
    kind = FactKind.PERCENT if sentence.text[start:end].endswith("%") else FactKind.COUNT
    asked = "bao nhiêu phần trăm" if kind is FactKind.PERCENT else "bao nhiêu"
    about = f"{label}, {column}: {asked}?"
    return Fact(
        kind=kind,
        sentence=sentence,
        start=start,
        end=end,
        ask_start=start,
        ask_end=end,
        ask=asked,
        phrase_start=start,
        phrase_end=end,
        value=value,
        unit=column,  # a column's other cells are its options
        group=TABLE,
        template=f"{lead} – {about}" if lead else about,
        extra=(label, column),
    )
