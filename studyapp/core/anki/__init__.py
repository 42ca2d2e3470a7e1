"""Anki "Notes in Plain Text" export and import, without a database.

Export::

    with path.open("w", encoding="utf-8", newline="") as out:
        write_anki_file(items, out, notetype_names="en")
    text = export_anki_csv(items)  # the same, as one string

Import::

    notes = import_anki_csv(data, file="deck.txt", default_deck="Tin tức")

:mod:`.mapping` and :mod:`.reverse` say how our notes become Anki notes and
back, :mod:`.csv_write` and :mod:`.csv_read` what the file looks like, and
:mod:`.html` how plain text and field HTML convert.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TextIO

from studyapp.core.anki.csv_lines import MAX_FIELD_CHARS
from studyapp.core.anki.csv_read import read_anki_csv
from studyapp.core.anki.csv_write import (
    HEADER,
    ProgressRow,
    anki_csv_text,
    write_anki_csv,
    write_progress_csv,
)
from studyapp.core.anki.html import canonical_text, html_to_text, text_to_html
from studyapp.core.anki.lines import DeckLines, NoteColumns, items_lines
from studyapp.core.anki.mapping import ExportItem, anki_guid, notes_to_rows
from studyapp.core.anki.reverse import NO_PARAGRAPH, ImportedNote, rows_to_notes
from studyapp.core.anki.rows import (
    NOTETYPE_NAMES,
    AnkiModel,
    AnkiRow,
    NotetypeLanguage,
    NotetypeNames,
)

__all__ = [
    "MAX_FIELD_CHARS",
    "NOTETYPE_NAMES",
    "NO_PARAGRAPH",
    "AnkiModel",
    "AnkiRow",
    "DeckLines",
    "ExportItem",
    "ImportedNote",
    "NoteColumns",
    "NotetypeLanguage",
    "NotetypeNames",
    "ProgressRow",
    "anki_csv_text",
    "anki_guid",
    "canonical_text",
    "export_anki_csv",
    "gc_paused",
    "html_to_text",
    "import_anki_csv",
    "notes_to_rows",
    "read_anki_csv",
    "rows_to_notes",
    "text_to_html",
    "write_anki_csv",
    "write_anki_file",
    "write_progress_csv",
]


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector during a bulk conversion.

    Nothing made here is cyclic, but 100,000 notes make millions of tracked
    objects and the collector's repeated passes over them took a third of
    the time (measured: read 23 s -> 16 s, write 16 s -> 10 s). The previous
    state is restored.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def write_anki_file(
    items: Iterable[ExportItem], out: TextIO, *, notetype_names: NotetypeLanguage = "en"
) -> int:
    """Write the Anki file for ``items`` to ``out``; return the number of Anki notes.

    ``out`` should be opened with ``encoding="utf-8", newline=""``. Raises
    ``ValueError`` for a note whose cloze card has no deletion (before
    anything is written).
    """
    with gc_paused():
        lines = items_lines(items, NOTETYPE_NAMES[notetype_names])
        out.write(HEADER)
        out.writelines(lines)
        return len(lines)


def export_anki_csv(items: Iterable[ExportItem], *, notetype_names: NotetypeLanguage = "en") -> str:
    """The whole Anki file for ``items`` (notes with their deck name and slug).

    ``notetype_names`` picks the note type names of an English (``Basic``,
    ``Cloze``) or Vietnamese (``Cơ bản``, ``Điền chỗ trống``) Anki collection.
    Raises ``ValueError`` for a note whose cloze card has no deletion.
    """
    with gc_paused():
        return HEADER + "".join(items_lines(items, NOTETYPE_NAMES[notetype_names]))


def import_anki_csv(
    data: bytes,
    *,
    file: str,
    default_deck: str | None = None,
    default_notetype: str | None = None,
) -> list[ImportedNote]:
    """Read a whole Anki file (our export or Anki's own) into notes; all or nothing.

    ``file`` names the file in error messages; ``default_deck`` and
    ``default_notetype`` are for rows the file gives no deck or note type
    (``import FILE --deck NAME``). Text comes back as NFC. Raises
    :class:`~studyapp.core.errors.InputError` with file and line.
    """
    with gc_paused():
        rows = read_anki_csv(
            data, file=file, default_notetype=default_notetype, default_deck=default_deck
        )
        return rows_to_notes(rows, file=file)
