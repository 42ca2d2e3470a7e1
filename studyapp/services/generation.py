"""Generating a deck from an article file: into the database or into a deck file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from studyapp.core.deckfile import dump_deck
from studyapp.core.errors import InputError
from studyapp.core.generate import GenerationResult, generate_deck
from studyapp.core.model import DeckDraft
from studyapp.db.deck_writes import save_deck
from studyapp.db.session import Database
from studyapp.services.files import write_text_atomically

# Bigger than any news article (the seed is 12 kB) and small enough to read at once.
MAX_ARTICLE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class SavedDeck:
    """What ``generate`` did to the database."""

    deck_name: str
    added: int
    updated: int
    unchanged: int
    retired: int
    cards: int
    notices: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class WrittenDeck:
    """What ``generate --out`` wrote."""

    notes: int
    cards: int
    notices: tuple[str, ...]


def read_article_bytes(path: Path) -> bytes:
    """Read an article file, refusing directories, missing and oversized files."""
    name = str(path)
    if path.is_dir():
        raise InputError("is a directory, not an article file", file=name)
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise InputError(
                f"is {size:,} bytes; articles are limited to {MAX_ARTICLE_BYTES:,} bytes",
                file=name,
            )
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError("no such file", file=name) from exc
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror})", file=name) from exc


def generate_from_file(path: Path, *, deck_name: str | None) -> GenerationResult:
    """Run the generator on an article file."""
    return generate_deck(read_article_bytes(path), filename=str(path), deck_name=deck_name)


def _card_count(deck: DeckDraft) -> int:
    return sum(len(note.card_types) for note in deck.notes)


def save_generated(database: Database, deck: DeckDraft, *, now: dt.datetime) -> SavedDeck:
    """Save a generated deck in one transaction; facts no longer found are retired."""
    with database.write() as session:
        counts = save_deck(session, deck, now=now, retire_missing=True)
    return SavedDeck(
        deck.name,
        counts.added,
        counts.updated,
        counts.unchanged,
        counts.retired,
        _card_count(deck),
        (),
    )


def generate_into_database(
    database: Database, path: Path, *, deck_name: str | None, now: dt.datetime
) -> SavedDeck:
    """Generate from ``path`` and save the deck (all or nothing)."""
    result = generate_from_file(path, deck_name=deck_name)
    saved = save_generated(database, result.deck, now=now)
    return SavedDeck(
        saved.deck_name,
        saved.added,
        saved.updated,
        saved.unchanged,
        saved.retired,
        saved.cards,
        tuple(result.notices),
    )


def generate_to_file(path: Path, *, deck_name: str | None, out: Path) -> WrittenDeck:
    """Generate from ``path`` and write the editable deck file ``out``."""
    result = generate_from_file(path, deck_name=deck_name)
    write_text_atomically(out, dump_deck(result.deck))
    return WrittenDeck(len(result.deck.notes), _card_count(result.deck), tuple(result.notices))
