"""Writing deck content (decks, paragraphs, notes, cards). Never commits."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from studyapp.core.model import DeckDraft, NoteDraft
from studyapp.db.models import ArticleParagraph, Base, Deck, Note
from studyapp.db.models.content import NOTE_FACT_COLUMNS
from studyapp.db.types import to_epoch_us

_CHUNK = 500
_NOTES = Base.metadata.tables["notes"]
_CARDS = Base.metadata.tables["cards"]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class SaveCounts:
    """What saving a deck changed."""

    deck_id: int
    added: int
    updated: int
    unchanged: int
    retired: int


def _chunks(items: Sequence[T], size: int = _CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def note_fields(note: NoteDraft) -> dict[str, Any]:
    """The JSON ``fields`` column of a note."""
    return {
        "question": note.question,
        "answer": note.answer,
        "cloze": note.cloze,
        "choices": list(note.choices),
        "cards": [str(card_type) for card_type in note.card_types],
    }


def _note_row(note: NoteDraft, deck_id: int, position: int) -> dict[str, Any]:
    return {
        "guid": note.guid,
        "deck_id": deck_id,
        "kind": str(note.kind),
        "fields": note_fields(note),
        "source_sentence": note.source_sentence,
        # Negative means "not from a paragraph" (notes imported from Anki).
        "paragraph_index": note.paragraph_index if note.paragraph_index >= 0 else None,
        "as_of": note.as_of,
        "from_caption": note.from_caption,
        "tags": " ".join(note.tags),
        "position": position,
    }


def _insert_params(row: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
    """A new note's row as the database stores it (see :func:`_insert_many`).

    The fields are JSON written here, not by the column type: json.dumps'
    default ``\\uXXXX`` escapes make Vietnamese text twice as long, and every
    read (an export decodes them all) pays for that. Readers get the same value.
    """
    stamp = to_epoch_us(now)
    return row | {
        "fields": json.dumps(row["fields"], ensure_ascii=False),
        "created_at": stamp,
        "updated_at": stamp,
    }


def get_or_create_deck(session: Session, draft: DeckDraft, now: dt.datetime) -> Deck:
    """The deck named like ``draft`` (its metadata refreshed), created if missing."""
    deck = session.scalars(select(Deck).where(Deck.name == draft.name)).one_or_none()
    if deck is None:
        deck = Deck(name=draft.name, slug=draft.slug, created_at=now)
        session.add(deck)
    if draft.source_title:
        deck.source_title = draft.source_title
        deck.source_path = draft.source_path
        deck.source_date = draft.source_date
        deck.attribution = draft.attribution
    session.flush()
    return deck


def replace_paragraphs(session: Session, deck_id: int, draft: DeckDraft) -> None:
    """Store the article's paragraphs for the deck, replacing older ones."""
    if not draft.paragraphs:
        return
    session.execute(delete(ArticleParagraph).where(ArticleParagraph.deck_id == deck_id))
    session.execute(
        insert(ArticleParagraph),
        [
            {"deck_id": deck_id, "index": p.index, "text": p.text, "is_caption": p.is_caption}
            for p in draft.paragraphs
        ],
    )


def existing_notes(session: Session, guids: Sequence[str]) -> dict[str, tuple[int, int]]:
    """Map guid -> (note id, deck id) for the guids already stored."""
    found: dict[str, tuple[int, int]] = {}
    for chunk in _chunks(guids):
        rows = session.execute(select(Note.guid, Note.id, Note.deck_id).where(Note.guid.in_(chunk)))
        for guid, note_id, deck_id in rows:
            found[guid] = (note_id, deck_id)
    return found


def _insert_cards(session: Session, notes: Iterable[tuple[int, int, NoteDraft]]) -> None:
    rows = [
        {"note_id": note_id, "deck_id": deck_id, "card_type": str(card_type), "ord": ord_}
        for note_id, deck_id, note in notes
        for ord_, card_type in enumerate(note.card_types)
    ]
    _insert_many(session, _CARDS, rows)


def _insert_many(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT ``rows``: dicts with the same keys, values as the database stores them.

    The statement is Core's, compiled once; the rows go straight to the
    driver's executemany. SQLAlchemy's per-row parameter handling cost more
    than SQLite's own inserts (importing 10,000 notes).
    """
    if not rows:
        return
    connection = session.connection()
    compiled = insert(table).compile(dialect=connection.dialect, column_keys=list(rows[0]))
    order = compiled.positiontup  # None for drivers with named parameters
    params = list(rows) if order is None else [tuple(row[k] for k in order) for row in rows]
    connection.exec_driver_sql(str(compiled), params)


def save_notes(
    session: Session,
    deck_id: int,
    notes: Sequence[NoteDraft],
    *,
    now: dt.datetime,
    retire_missing: bool,
) -> SaveCounts:
    """Create or update notes by guid; optionally retire the deck's notes not given.

    Updated notes keep their id, cards and so every learner's progress.
    """
    known = existing_notes(session, [note.guid for note in notes])
    new_rows: list[dict[str, Any]] = []
    new_notes: list[NoteDraft] = []
    changed: list[dict[str, Any]] = []
    unchanged = 0
    current = _current_rows(session, [known[n.guid][0] for n in notes if n.guid in known])
    for position, note in enumerate(notes):
        if note.guid not in known:
            new_rows.append(_note_row(note, deck_id, position) | {"created_at": now})
            new_notes.append(note)
            continue
        note_id, note_deck = known[note.guid]
        row = _note_row(note, note_deck, position)
        if current.get(note_id) == row:
            unchanged += 1
            continue
        changed.append(row | {"note_id": note_id, "updated_at": now, "retired_at": None})
    _insert_many(session, _NOTES, [_insert_params(row, now) for row in new_rows])
    stored = existing_notes(session, [note.guid for note in new_notes])
    created = [(stored[note.guid][0], deck_id, note) for note in new_notes]
    _insert_cards(session, created)
    if changed:
        session.execute(
            update(Note),
            [
                {"id": row.pop("note_id"), **{k: v for k, v in row.items() if k != "guid"}}
                for row in changed
            ],
        )
    retired = 0
    if retire_missing:
        given = {note.guid for note in notes}
        stale = [
            note_id
            for note_id, guid in session.execute(
                select(Note.id, Note.guid).where(Note.deck_id == deck_id, Note.retired_at.is_(None))
            )
            if guid not in given
        ]
        for ids in _chunks(stale):
            session.execute(update(Note).where(Note.id.in_(ids)).values(retired_at=now))
        retired = len(stale)
    return SaveCounts(deck_id, len(created), len(changed), unchanged, retired)


def _current_rows(session: Session, note_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    rows: dict[int, dict[str, Any]] = {}
    columns = (Note.guid, Note.deck_id, *NOTE_FACT_COLUMNS, Note.position)
    for chunk in _chunks(note_ids):
        for note_id, *values in session.execute(
            select(Note.id, *columns).where(Note.id.in_(chunk), Note.retired_at.is_(None))
        ):
            rows[note_id] = dict(zip([c.key for c in columns], values, strict=True))
    return rows


def save_deck(
    session: Session, draft: DeckDraft, *, now: dt.datetime, retire_missing: bool = True
) -> SaveCounts:
    """Store a whole deck draft: the deck, its article paragraphs and its notes.

    A new deck whose slug another deck already has gets a numbered slug.
    """
    deck = get_or_create_deck(session, with_free_slug(session, draft), now)
    replace_paragraphs(session, deck.id, draft)
    return save_notes(session, deck.id, draft.notes, now=now, retire_missing=retire_missing)


def with_free_slug(session: Session, draft: DeckDraft) -> DeckDraft:
    """Keep the slug unless another deck (by name) already uses it; else number it."""
    owner = session.scalar(select(Deck.name).where(Deck.slug == draft.slug))
    if owner is None or owner == draft.name:
        return draft
    taken = set(session.scalars(select(Deck.slug).where(Deck.slug.startswith(draft.slug))))
    number = 2
    while f"{draft.slug}-{number}" in taken:
        number += 1
    return dataclasses.replace(draft, slug=f"{draft.slug}-{number}")
