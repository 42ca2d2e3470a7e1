"""Deck content: what is studied, shared by every learner.

Nothing here changes when someone studies; progress lives in ``progress.py``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from studyapp.db.base import Base
from studyapp.db.types import UTCDateTime


class Deck(Base):
    """A deck; ``name`` may be a ``Parent::Child`` path as in Anki."""

    __tablename__ = "decks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    slug: Mapped[str] = mapped_column(String(255), unique=True)
    source_title: Mapped[str | None] = mapped_column(Text)
    source_path: Mapped[str | None] = mapped_column(Text)
    source_date: Mapped[dt.date | None]
    attribution: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    notes: Mapped[list[Note]] = relationship(back_populates="deck", passive_deletes=True)
    paragraphs: Mapped[list[ArticleParagraph]] = relationship(
        back_populates="deck", order_by="ArticleParagraph.index", passive_deletes=True
    )


class ArticleParagraph(Base):
    """A paragraph of the source article, for context and per-paragraph mastery."""

    __tablename__ = "article_paragraphs"

    deck_id: Mapped[int] = mapped_column(
        ForeignKey("decks.id", ondelete="CASCADE"), primary_key=True
    )
    index: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    text: Mapped[str] = mapped_column(Text)
    is_caption: Mapped[bool] = mapped_column(Boolean, default=False)

    deck: Mapped[Deck] = relationship(back_populates="paragraphs")


class Note(Base):
    """A fact made into a question. ``fields`` holds question, answer, cloze and choices."""

    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guid: Mapped[str] = mapped_column(String(64), unique=True)
    deck_id: Mapped[int] = mapped_column(ForeignKey("decks.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    source_sentence: Mapped[str] = mapped_column(Text, default="")
    paragraph_index: Mapped[int | None] = mapped_column(Integer)
    as_of: Mapped[str | None] = mapped_column(String(64))
    from_caption: Mapped[bool] = mapped_column(Boolean, default=False)
    # Space-separated, as in Anki, so a tag search is a LIKE on one column.
    tags: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    # A fact that disappeared from the regenerated article: hidden, history kept.
    retired_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    deck: Mapped[Deck] = relationship(back_populates="notes")
    cards: Mapped[list[Card]] = relationship(
        back_populates="note", order_by="Card.ord", passive_deletes=True
    )


class Card(Base):
    """What is shown and scheduled; siblings share a note.

    ``deck_id`` repeats the note's deck (as Anki's cards.did does) so that the
    queue finds a deck's cards without joining notes.
    """

    __tablename__ = "cards"
    __table_args__ = (UniqueConstraint("note_id", "card_type"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"))
    deck_id: Mapped[int] = mapped_column(ForeignKey("decks.id", ondelete="CASCADE"))
    card_type: Mapped[str] = mapped_column(String(8))
    ord: Mapped[int] = mapped_column(Integer, default=0)

    note: Mapped[Note] = relationship(back_populates="cards")


Index("ix_cards_deck_id", Card.deck_id, Card.id)
# What a note says and where it came from, in the order readers unpack it
# (card_content, deck_reads and deck_writes all select these together).
NOTE_FACT_COLUMNS = (
    Note.kind,
    Note.fields,
    Note.source_sentence,
    Note.paragraph_index,
    Note.as_of,
    Note.from_caption,
    Note.tags,
)

# New cards come in article order: notes of a deck by position.
Index("ix_notes_deck_position", Note.deck_id, Note.position)
# Retired notes (usually none) are subtracted from the deck list's counts and
# kept out of the queue: a partial index finds them without reading every note.
Index(
    "ix_notes_retired",
    Note.deck_id,
    sqlite_where=Note.retired_at.is_not(None),
    postgresql_where=Note.retired_at.is_not(None),
)
