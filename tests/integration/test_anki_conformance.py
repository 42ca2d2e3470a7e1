"""Our Anki export, imported into a real Anki collection with the ``anki`` package.

Proves the file imports with no missing note type, no conflict, no skipped
row; every note lands in its deck with our fields and tags; importing the same
file again adds nothing (it matches by guid) and a changed file updates notes
in place, keeping their scheduling; and Anki's own export of those notes
reads back into the notes we started from.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("anki")

from anki.collection import Collection, ImportCsvRequest
from anki.consts import CARD_TYPE_REV, QUEUE_TYPE_REV
from anki.import_export_pb2 import CsvMetadata

from studyapp.core.anki import (
    NOTETYPE_NAMES,
    AnkiRow,
    export_anki_csv,
    import_anki_csv,
    notes_to_rows,
)
from studyapp.core.anki.csv_read import read_anki_csv
from studyapp.core.anki.mapping import anki_tag
from studyapp.core.anki.rows import NotetypeLanguage
from studyapp.core.model import NoteDraft
from tests.unit.anki.samples import GRANDCHILD, SAMPLE_ITEMS

LOG_PROBLEMS = (
    "conflicting",
    "first_field_match",
    "missing_notetype",
    "missing_deck",
    "empty_first_field",
)


@pytest.fixture
def collection(tmp_path: Path) -> Iterator[Collection]:
    col = Collection(str(tmp_path / "collection.anki2"))
    yield col
    col.close()


def _rename_stock_notetypes_to_vietnamese(col: Collection) -> None:
    """What a Vietnamese Anki calls its stock note types (see rows.NOTETYPE_NAMES)."""
    vi = NOTETYPE_NAMES["vi"]
    for english, name, fields in (
        ("Basic", vi.basic, vi.basic_fields),
        ("Cloze", vi.cloze, vi.cloze_fields),
    ):
        notetype = col.models.by_name(english)
        assert notetype is not None
        for field, new_name in zip(notetype["flds"][:2], fields, strict=True):
            col.models.rename_field(notetype, field, new_name)
        notetype["name"] = name
        col.models.update_dict(notetype)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


def _import(col: Collection, path: Path) -> Any:
    metadata = col.get_csv_metadata(str(path), None)
    return col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata)).log


def _counts(log: Any) -> dict[str, int]:
    """The import log as numbers; ``found`` counts the rows Anki read (none skipped)."""
    names = ("new", "updated", "duplicate", *LOG_PROBLEMS)
    return {"found": log.found_notes} | {name: len(getattr(log, name)) for name in names}


def _note_id(col: Collection, guid: str) -> Any:
    return next(nid for nid in col.find_notes("") if col.get_note(nid).guid == guid)


def _assert_collection_matches(col: Collection, rows: list[AnkiRow]) -> None:
    note_ids = col.find_notes("")
    assert len(note_ids) == len(rows)
    by_guid = {row.guid: row for row in rows}
    for note_id in note_ids:
        note = col.get_note(note_id)
        row = by_guid[note.guid]
        notetype = note.note_type()
        assert notetype is not None and notetype["name"] == row.notetype
        assert list(note.fields) == list(row.fields)
        assert sorted(note.tags, key=str.casefold) == sorted(row.tags, key=str.casefold)
        cards = note.cards()
        assert len(cards) == 1  # Basic: one card; our cloze has one deletion
        assert {col.decks.name(card.did) for card in cards} == {row.deck}


def test_metadata_is_read_from_our_header(collection: Collection, tmp_path: Path) -> None:
    path = _write(tmp_path, "deck.txt", export_anki_csv(SAMPLE_ITEMS))
    meta = collection.get_csv_metadata(str(path), None)
    assert meta.delimiter == CsvMetadata.TAB
    assert meta.is_html and meta.force_is_html and meta.force_delimiter
    assert meta.guid_column == 1
    assert meta.WhichOneof("notetype") == "notetype_column" and meta.notetype_column == 2
    assert meta.WhichOneof("deck") == "deck_column" and meta.deck_column == 3
    assert meta.tags_column == 6
    assert len(meta.column_labels) == 6
    assert meta.dupe_resolution == CsvMetadata.UPDATE


@pytest.mark.parametrize("language", ["en", "vi"])
def test_import_is_clean_and_reimport_adds_nothing(
    collection: Collection, tmp_path: Path, language: NotetypeLanguage
) -> None:
    if language == "vi":
        _rename_stock_notetypes_to_vietnamese(collection)
    rows = notes_to_rows(SAMPLE_ITEMS, notetype_names=language)
    path = _write(tmp_path, "deck.txt", export_anki_csv(SAMPLE_ITEMS, notetype_names=language))

    first = _counts(_import(collection, path))
    assert first == {
        "found": len(rows),
        "new": len(rows),
        "updated": 0,
        "duplicate": 0,
        **dict.fromkeys(LOG_PROBLEMS, 0),
    }
    _assert_collection_matches(collection, rows)
    decks = {d.name for d in collection.decks.all_names_and_ids()}
    assert decks == {"Default", "Báo Mới", "Báo Mới::Kinh tế", GRANDCHILD}  # no "Báo Mới+"

    second = _counts(_import(collection, path))
    assert second["found"] == len(rows)
    assert second["new"] == 0
    assert second["updated"] + second["duplicate"] == len(rows)
    assert all(second[name] == 0 for name in LOG_PROBLEMS)
    _assert_collection_matches(collection, rows)


def test_english_names_do_not_fit_a_vietnamese_collection(
    collection: Collection, tmp_path: Path
) -> None:
    """Why ``--notetype-names vi`` exists."""
    _rename_stock_notetypes_to_vietnamese(collection)
    path = _write(tmp_path, "deck.txt", export_anki_csv(SAMPLE_ITEMS, notetype_names="en"))
    counts = _counts(_import(collection, path))
    assert counts["new"] == 0
    assert counts["missing_notetype"] == len(notes_to_rows(SAMPLE_ITEMS))


def test_changed_export_updates_in_place_and_keeps_scheduling(
    collection: Collection, tmp_path: Path
) -> None:
    path = _write(tmp_path, "deck.txt", export_anki_csv(SAMPLE_ITEMS))
    _import(collection, path)
    full = SAMPLE_ITEMS[0].note
    note_id = _note_id(collection, full.guid)
    card = collection.get_note(note_id).cards()[0]
    # As if studied in Anki: a review card, 17-day interval, due on day 1234.
    card.type, card.queue, card.ivl, card.due = CARD_TYPE_REV, QUEUE_TYPE_REV, 17, 1234
    collection.update_card(card)

    changed = [
        dataclasses.replace(item, note=dataclasses.replace(item.note, answer="6.969"))
        if item.note.guid == full.guid
        else item
        for item in SAMPLE_ITEMS
    ]
    _write(tmp_path, "deck.txt", export_anki_csv(changed))
    counts = _counts(_import(collection, path))
    # The question, cloze and choice notes of the changed fact; the rest unchanged.
    assert counts["new"] == 0 and counts["updated"] == 2
    assert all(counts[name] == 0 for name in LOG_PROBLEMS)
    card = collection.get_card(card.id)
    assert (card.ivl, card.due) == (17, 1234)
    assert collection.get_note(note_id)["Back"].startswith("6.969<hr id=src>")


def _normalised(deck: str, note: NoteDraft) -> tuple[str, NoteDraft]:
    """Tags as Anki keeps them: spaces made ``_``, sorted."""
    return deck, dataclasses.replace(note, tags=tuple(sorted(anki_tag(t) for t in note.tags)))


def test_ankis_own_export_reads_back_into_our_notes(collection: Collection, tmp_path: Path) -> None:
    path = _write(tmp_path, "deck.txt", export_anki_csv(SAMPLE_ITEMS))
    _import(collection, path)
    out = tmp_path / "anki-export.txt"
    count = collection.export_note_csv(
        out_path=str(out),
        limit=None,  # the whole collection
        with_html=True,
        with_tags=True,
        with_deck=True,
        with_notetype=True,
        with_guid=True,
    )
    assert count == len(notes_to_rows(SAMPLE_ITEMS))
    data = out.read_bytes()
    assert len(read_anki_csv(data, file=out.name)) == count

    got = import_anki_csv(data, file=out.name)
    want = {item.note.guid: _normalised(item.deck, item.note) for item in SAMPLE_ITEMS}
    assert {n.note.guid: _normalised(n.deck, n.note) for n in got} == want
    assert {n.note.guid: n.deck_slug for n in got} == {
        item.note.guid: item.deck_slug for item in SAMPLE_ITEMS
    }
