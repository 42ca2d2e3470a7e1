"""Small hand-made decks for tests that must not depend on the generator."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from studyapp.core.model import DeckDraft, FactKind, NoteDraft, Paragraph
from studyapp.core.vietnamese import slugify
from studyapp.db.deck_writes import save_deck
from studyapp.db.models import Card, Learner, Note
from studyapp.db.session import Database


def note(index: int, *, guid: str | None = None) -> NoteDraft:
    """A count fact; ``index`` makes it unique."""
    value = str(10 + index)
    return NoteDraft(
        guid=guid or f"g{index:04d}",
        kind=FactKind.COUNT,
        question=f"Huyện có bao nhiêu thôn loại {index}?",
        answer=value,
        cloze=f"Huyện có {{{{c1::{value}}}}} thôn loại {index}.",
        choices=(value, str(20 + index), str(30 + index), str(40 + index)),
        source_sentence=f"Huyện có {value} thôn loại {index}.",
        paragraph_index=index % 2,
        as_of="tháng 6 năm 2023" if index == 0 else None,
        tags=("count", "ha-nam"),  # the kind as a tag too, as the generator does
    )


def deck(name: str = "Bình Lục", notes: int = 3, *, slug: str | None = None) -> DeckDraft:
    """A deck with ``notes`` notes of four cards each and two paragraphs."""
    return DeckDraft(
        name=name,
        slug=slug or slugify(name),
        source_title="Tin thử",
        paragraphs=(Paragraph(0, "Đoạn một."), Paragraph(1, "Đoạn hai.", is_caption=True)),
        notes=tuple(note(i, guid=f"{slugify(name)}-{i:04d}") for i in range(notes)),
    )


def store(database: Database, draft: DeckDraft, now: dt.datetime) -> None:
    """Save a deck draft in its own transaction."""
    with database.write() as session:
        save_deck(session, draft, now=now)


def card_ids(database: Database, card_type: str | None = None) -> list[int]:
    """Card ids in article order, optionally of one type."""
    query = select(Card.id).join(Note).order_by(Note.position, Card.ord)
    if card_type is not None:
        query = query.where(Card.card_type == card_type)
    with database.read() as session:
        return list(session.scalars(query))


def default_learner_id(database: Database) -> int:
    """The id of the default local learner."""
    with database.read() as session:
        return session.scalars(select(Learner.id).where(Learner.name == "local")).one()
