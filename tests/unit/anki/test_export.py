"""Export: golden file, header layout, guids, tags, note type names, deck order."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import os
from pathlib import Path

import pytest

from studyapp.core.anki import (
    ExportItem,
    ProgressRow,
    anki_guid,
    export_anki_csv,
    notes_to_rows,
    write_progress_csv,
)
from studyapp.core.anki.csv_write import HEADER
from studyapp.core.model import CardType, FactKind
from tests.unit.anki.samples import (
    CAPTION,
    CHILD,
    CLOZE_ONLY,
    FOREIGN,
    FULL,
    GRANDCHILD,
    PARENT,
    SAMPLE_ITEMS,
    TYPED_ONLY,
)

GOLDEN = Path(__file__).parent / "golden" / "sample_deck.txt"


def _data_lines(text: str) -> list[list[str]]:
    body = text[len(HEADER) :]
    return list(csv.reader(io.StringIO(body, newline=""), delimiter="\t"))


def test_export_matches_golden_file() -> None:
    """Regenerate with STUDYAPP_UPDATE_GOLDEN=1 after an intended format change."""
    text = export_anki_csv(SAMPLE_ITEMS)
    if os.environ.get("STUDYAPP_UPDATE_GOLDEN"):
        GOLDEN.write_bytes(text.encode("utf-8"))
    assert text.encode("utf-8") == GOLDEN.read_bytes()


def test_header_lines_are_exactly_ankis_layout() -> None:
    lines = export_anki_csv(SAMPLE_ITEMS).split("\n")
    assert lines[:7] == [
        "#separator:tab",
        "#html:true",
        "#if matches:update current",
        "#guid column:1",
        "#notetype column:2",
        "#deck column:3",
        "#tags column:6",
    ]
    assert not lines[7].startswith("#")


def test_every_value_is_quoted_so_no_row_reads_as_a_comment() -> None:
    note = dataclasses.replace(FULL, question="#not a comment", guid="#g")
    text = export_anki_csv([ExportItem("#deck", "#slug", note)])
    rows = text[len(HEADER) :].splitlines()
    assert rows and all(row.startswith('"') for row in rows)
    for row in _data_lines(text):
        assert len(row) == 6


def test_fields_are_escaped_html() -> None:
    (qa, cloze, choice) = notes_to_rows([SAMPLE_ITEMS[0]])
    assert qa.fields[0] == ('Có bao nhiêu người tham dự "Ngày hội" &lt;2024&gt; &amp; sau đó?')
    assert "<div class=src>Có 6.968 người tham dự.<br>#Dòng thứ hai\tcó tab.</div>" in qa.fields[1]
    assert "<div class=asof>Tính đến <span class=value>2024-05-01</span></div>" in qa.fields[1]
    assert cloze.fields[0] == "Có {{c1::6.968}} người tham dự."
    assert choice.fields[0].endswith(
        "<ol class=choices type=A><li>6.968</li><li>7.000</li><li>5.968</li><li>6.986</li></ol>"
    )
    assert choice.fields[1].startswith("6.968<hr id=src>")


def test_guids_are_stable_and_distinct_per_anki_note() -> None:
    rows = notes_to_rows(SAMPLE_ITEMS)
    guids = [row.guid for row in rows]
    assert len(guids) == len(set(guids))
    assert [r.guid for r in rows if r.guid.startswith(FULL.guid)] == [
        "n-full-1",
        "n-full-1_c",
        "n-full-1_m",
    ]
    assert notes_to_rows(SAMPLE_ITEMS) == rows  # same input, same guids
    assert anki_guid(FULL, CardType.TYPED) == anki_guid(FULL, CardType.QA) == "n-full-1"
    assert anki_guid(CLOZE_ONLY, CardType.CLOZE) == "n-cloze-3_c"
    assert anki_guid(CLOZE_ONLY, CardType.QA) is None
    assert anki_guid(TYPED_ONLY, CardType.TYPED) == "n-typed-4"


def test_a_note_from_anki_keeps_its_anki_guid() -> None:
    """A foreign cloze re-exported must update the Anki note it came from."""
    (row,) = notes_to_rows([ExportItem(PARENT, "bao-moi", FOREIGN)])
    assert row.guid == FOREIGN.guid
    assert row.notetype == "Cloze"


def test_typed_card_is_the_basic_note() -> None:
    (row,) = notes_to_rows([ExportItem(GRANDCHILD, "gia-vang", TYPED_ONLY)])
    assert row.notetype == "Basic"
    assert row.fields[0] == "Ở đâu?"


def test_tags_are_kind_slug_then_note_tags_without_spaces() -> None:
    rows = notes_to_rows([SAMPLE_ITEMS[0]])
    assert {row.tags for row in rows} == {("count", "kinh-te", "giá_vàng", "tin_nóng")}
    for row in _data_lines(export_anki_csv(SAMPLE_ITEMS)):
        assert all(tag for tag in row[5].split(" "))


def test_parent_decks_come_before_their_sub_decks() -> None:
    decks = [row.deck for row in notes_to_rows(SAMPLE_ITEMS)]
    first_seen = list(dict.fromkeys(decks))
    assert first_seen == [PARENT, CHILD, GRANDCHILD]
    # Within a deck the given order is kept.
    guids = [row.guid for row in notes_to_rows(SAMPLE_ITEMS) if row.deck == PARENT]
    assert guids == [CAPTION.guid, CAPTION.guid + "_c", CAPTION.guid + "_m", FOREIGN.guid]


def test_vietnamese_note_type_names() -> None:
    rows = notes_to_rows(SAMPLE_ITEMS, notetype_names="vi")
    assert {row.notetype for row in rows} == {"Cơ bản", "Điền chỗ trống"}
    text = export_anki_csv(SAMPLE_ITEMS, notetype_names="vi")
    assert '"Điền chỗ trống"' in text and '"Cloze"' not in text


def test_cloze_card_without_deletion_is_refused() -> None:
    broken = dataclasses.replace(FULL, cloze="no deletion here")
    with pytest.raises(ValueError, match="n-full-1"):
        notes_to_rows([ExportItem(CHILD, "kinh-te", broken)])


def test_kind_tag_uses_the_kind_value() -> None:
    note = dataclasses.replace(FULL, kind=FactKind.MONEY, tags=())
    (row, *_) = notes_to_rows([ExportItem("A", "a b", note)])
    assert row.tags == ("money", "a_b")


def test_progress_file() -> None:
    out = io.StringIO(newline="")
    count = write_progress_csv(
        [
            ProgressRow("n-full-1", "qa", dt.date(2025, 1, 31), 12.3456, 4),
            ProgressRow("n-full-1_c", "cloze", None, None, 0),
        ],
        out,
    )
    assert count == 2
    assert out.getvalue() == (
        "guid,card,due,stability,reviews\nn-full-1,qa,2025-01-31,12.35,4\nn-full-1_c,cloze,,,0\n"
    )
