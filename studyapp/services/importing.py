"""``studyapp import``: deck files (.toml) and Anki "Notes in Plain Text" files."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from studyapp.core.errors import InputError
from studyapp.core.model import DeckDraft, NoteDraft
from studyapp.core.vietnamese import slugify
from studyapp.db.deck_writes import get_or_create_deck, save_deck, save_notes, with_free_slug
from studyapp.db.session import Database

if TYPE_CHECKING:
    from studyapp.core.anki import ImportedNote

# Far above any real deck (the bundled one is ~60 kB), small enough to read at once.
MAX_IMPORT_BYTES = 200 * 1024 * 1024
DECK_FILE_MARK = b'format = "studyapp-deck/'


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import changed."""

    decks: tuple[str, ...]
    added: int
    updated: int
    unchanged: int


def read_input_file(path: Path, limit: int = MAX_IMPORT_BYTES) -> bytes:
    """Read a file to import, refusing directories, missing and oversized files."""
    name = str(path)
    if path.is_dir():
        raise InputError("is a directory, not a file", file=name)
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(f"is {size:,} bytes; the limit is {limit:,}", file=name)
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError("no such file", file=name) from exc
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror})", file=name) from exc


def is_deck_file(path: Path, data: bytes) -> bool:
    """A studyapp deck file: ``.toml``, or text that declares the deck format."""
    return path.suffix.lower() == ".toml" or DECK_FILE_MARK in data[:4096]


def import_file(
    database: Database, path: Path, *, deck_name: str | None, now: dt.datetime
) -> ImportReport:
    """Import a file in one transaction: everything or, on any error, nothing."""
    data = read_input_file(path)
    if is_deck_file(path, data):
        return _import_deck_file(database, path, data, deck_name=deck_name, now=now)
    return _import_anki(database, path, data, deck_name=deck_name, now=now)


def _import_deck_file(
    database: Database, path: Path, data: bytes, *, deck_name: str | None, now: dt.datetime
) -> ImportReport:
    from studyapp.core.deckfile import parse_deck

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError("is not UTF-8 text", file=str(path), line=line) from exc
    draft = parse_deck(text, filename=str(path))
    if deck_name:
        draft = dataclasses.replace(draft, name=deck_name, slug=slugify(deck_name))
    with database.write() as session:
        counts = save_deck(session, draft, now=now, retire_missing=False)
    return ImportReport((draft.name,), counts.added, counts.updated, counts.unchanged)


def _import_anki(
    database: Database, path: Path, data: bytes, *, deck_name: str | None, now: dt.datetime
) -> ImportReport:
    from studyapp.core.anki import gc_paused, import_anki_csv

    # Reading and storing make objects by the hundred thousand, none cyclic
    # (see gc_paused). Paused throughout, and until they are freed (when
    # _store returns): a collection while they live scans every one of them
    # (measured: 10-45 ms of a 10,000-note import).
    with gc_paused():
        return _store(database, import_anki_csv(data, file=str(path), default_deck=deck_name), now)


def _store(database: Database, imported: list[ImportedNote], now: dt.datetime) -> ImportReport:
    """Save imported notes in one transaction, each in its deck (created if missing)."""
    by_deck: dict[tuple[str, str | None], list[NoteDraft]] = defaultdict(list)
    for item in imported:
        by_deck[(item.deck, item.deck_slug)].append(item.note)
    added = updated = unchanged = 0
    with database.write() as session:
        for (name, slug), notes in by_deck.items():
            draft = with_free_slug(
                session, DeckDraft(name=name, slug=slug or slugify(name), source_title="")
            )
            deck = get_or_create_deck(session, draft, now)
            counts = save_notes(session, deck.id, notes, now=now, retire_missing=False)
            added, updated = added + counts.added, updated + counts.updated
            unchanged += counts.unchanged
    return ImportReport(tuple(name for name, _ in by_deck), added, updated, unchanged)
