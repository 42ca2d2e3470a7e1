"""Writing deck content (decks, paragraphs, notes, cards). Never commits."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import (
    Connection,
    Dialect,
    Table,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler

from studyapp.core.model import CardType, DeckDraft, NoteDraft
from studyapp.db.models import ArticleParagraph, Base, Deck, Note
from studyapp.db.models.content import NOTE_FACT_COLUMNS
from studyapp.db.types import to_epoch_us

_CHUNK = 500
# Parameters in one statement: the lowest limit of any SQLite (before 3.32).
_MAX_PARAMETERS = 999
_NOTES = Base.metadata.tables["notes"]
_CARDS = Base.metadata.tables["cards"]
# A new note's and card's values, in the tables' column order (see _insert_many).
_NOTE_KEYS = (
    "id",
    "guid",
    "deck_id",
    "kind",
    "fields",
    "source_sentence",
    "paragraph_index",
    "as_of",
    "from_caption",
    "tags",
    "position",
    "created_at",
    "updated_at",
)
_CARD_KEYS = ("note_id", "deck_id", "card_type", "ord")
# The C function json.dumps(..., ensure_ascii=False) quotes strings with.
_json_string: Callable[[str], str] = json.encoder.encode_basestring
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


def fields_json(note: NoteDraft) -> str:
    """``json.dumps(note_fields(note), ensure_ascii=False)``, built directly.

    The fields are JSON written here, not by the column type: json.dumps'
    default ``\\uXXXX`` escapes make Vietnamese text twice as long, and every
    read (an export decodes them all) pays for that. Readers get the same
    value. Built from the strings json itself would quote, without json.dumps'
    per-call setup, which cost more than the quoting (importing 10,000 notes).
    """
    choices = ", ".join(map(_json_string, note.choices))
    return (
        f'{{"question": {_json_string(note.question)}, "answer": {_json_string(note.answer)}, '
        f'"cloze": {_json_string(note.cloze)}, "choices": [{choices}], '
        f'"cards": {_cards_json(note.card_types)}}}'
    )


@functools.lru_cache(maxsize=64)
def _cards_json(card_types: tuple[CardType, ...]) -> str:
    return json.dumps([str(card_type) for card_type in card_types])


def _new_note_row(
    note: NoteDraft, note_id: int, deck_id: int, position: int, stamp: int
) -> tuple[Any, ...]:
    """A new note's values as the database stores them, in ``_NOTE_KEYS`` order."""
    return (
        note_id,
        note.guid,
        deck_id,
        str(note.kind),
        fields_json(note),
        note.source_sentence,
        note.paragraph_index if note.paragraph_index >= 0 else None,
        note.as_of,
        note.from_caption,
        " ".join(note.tags),
        position,
        stamp,
        stamp,
    )


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
    connection = session.connection()
    for chunk in _chunks(guids):
        sql = _guid_lookup_sql(connection.dialect, len(chunk))
        if sql is None:  # a driver with named parameters: let SQLAlchemy name them
            query = select(Note.guid, Note.id, Note.deck_id).where(Note.guid.in_(chunk))
            rows = session.execute(query)
        else:
            rows = connection.exec_driver_sql(sql, tuple(chunk))
        for guid, note_id, deck_id in rows:
            found[guid] = (note_id, deck_id)
    return found


@functools.lru_cache(maxsize=16)
def _guid_lookup_sql(dialect: Dialect, size: int) -> str | None:
    """The lookup of ``size`` guids as SQL text, compiled once per chunk size.

    Compiling a 500-value IN list per chunk, as session.execute does, cost
    more than SQLite's lookups (importing 10,000 notes).
    """
    query = select(Note.guid, Note.id, Note.deck_id).where(Note.guid.in_([""] * size))
    compiled = query.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
    return str(compiled) if compiled.positional else None


def _insert_many(
    session: Session, table: Table, keys: tuple[str, ...], rows: Sequence[tuple[Any, ...]]
) -> None:
    """INSERT ``rows``: values for the columns ``keys``, as the database stores them."""
    if rows:
        connection = session.connection()
        _execute_many(connection, _insert_sql(connection.dialect, table, keys), keys, rows)


@functools.lru_cache(maxsize=16)
def _insert_sql(dialect: Dialect, table: Table, keys: tuple[str, ...]) -> SQLCompiler:
    """The INSERT of ``keys`` into ``table``, compiled once (a few ms a deck otherwise)."""
    compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
    assert isinstance(compiled, SQLCompiler)
    return compiled


def _execute_many(
    connection: Connection,
    compiled: SQLCompiler,
    keys: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
) -> None:
    """Run the INSERT ``compiled`` for each row of values for its parameters ``keys``.

    The statement is Core's, compiled once; the rows go straight to the
    driver. SQLAlchemy's per-row parameter handling cost more than SQLite's
    own inserts (importing 10,000 notes).
    """
    order = compiled.positiontup  # None for drivers with named parameters
    sql = str(compiled)
    head, values, row_sql = sql.partition(" VALUES ")
    if order is not None and list(order) == list(keys) and row_sql.endswith(")"):
        _insert_batched(connection, head + values, row_sql, len(keys), rows)
        return
    params: Sequence[Any]
    if order is None:
        params = [dict(zip(keys, row, strict=True)) for row in rows]
    else:
        index = [list(keys).index(key) for key in order]
        params = [tuple(row[i] for i in index) for row in rows]
    connection.exec_driver_sql(sql, params)


def _insert_batched(
    connection: Connection, head: str, row_sql: str, width: int, rows: Sequence[tuple[Any, ...]]
) -> None:
    """INSERT ``head`` VALUES ``row_sql``, ``row_sql``...: many rows a statement.

    A quarter faster in SQLite than one statement per row (executemany),
    when importing 10,000 notes. Each statement stays under SQLite's
    smallest limit on parameters.
    """
    per = max(1, _MAX_PARAMETERS // width)
    full = head + ", ".join([row_sql] * per)
    for start in range(0, len(rows), per):
        chunk = rows[start : start + per]
        statement = full if len(chunk) == per else head + ", ".join([row_sql] * len(chunk))
        connection.exec_driver_sql(statement, tuple(itertools.chain.from_iterable(chunk)))


def _next_note_id(session: Session) -> int:
    """The id SQLite would give the next note: one above the highest (no AUTOINCREMENT).

    New notes get their ids from here, so their cards can be written with
    them: looking each note up again by guid cost more than the cards' inserts
    (importing 10,000 notes). The write transaction holds the lock throughout.
    """
    highest = session.scalar(select(func.max(Note.id)))
    return 1 if highest is None else highest + 1


def _card_rows(notes: Sequence[NoteDraft], first_id: int, deck_id: int) -> list[tuple[Any, ...]]:
    """The cards of new notes numbered from ``first_id``, in ``_CARD_KEYS`` order."""
    return [
        (note_id, deck_id, str(card_type), ord_)
        for note_id, note in enumerate(notes, first_id)
        for ord_, card_type in enumerate(note.card_types)
    ]


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
    stamp = to_epoch_us(now)
    first_id = _next_note_id(session) if len(known) < len(notes) else 0
    new_rows: list[tuple[Any, ...]] = []
    new_notes: list[NoteDraft] = []
    changed: list[dict[str, Any]] = []
    unchanged = 0
    current = _current_rows(session, [known[n.guid][0] for n in notes if n.guid in known])
    for position, note in enumerate(notes):
        found = known.get(note.guid)
        if found is None:
            note_id = first_id + len(new_rows)
            new_rows.append(_new_note_row(note, note_id, deck_id, position, stamp))
            new_notes.append(note)
            continue
        note_id, note_deck = found
        row = _note_row(note, note_deck, position)
        if current.get(note_id) == row:
            unchanged += 1
            continue
        changed.append(row | {"note_id": note_id, "updated_at": now, "retired_at": None})
    _insert_many(session, _NOTES, _NOTE_KEYS, new_rows)
    _insert_many(session, _CARDS, _CARD_KEYS, _card_rows(new_notes, first_id, deck_id))
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
    return SaveCounts(deck_id, len(new_notes), len(changed), unchanged, retired)


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
