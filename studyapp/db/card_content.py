"""Reading what a card shows. Never commits."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.orm import Session

from studyapp.db.models import ArticleParagraph, Card, Deck, Note
from studyapp.db.models.content import NOTE_FACT_COLUMNS


@dataclass(frozen=True, slots=True)
class CardContent:
    """A card with its note's fields and where the fact came from."""

    card_id: int
    note_id: int
    deck_id: int
    deck_name: str
    card_type: str
    kind: str
    fields: dict[str, Any]
    source_sentence: str
    paragraph_index: int | None
    as_of: str | None
    from_caption: bool
    tags: str
    guid: str


CARD_CONTENT_QUERY = (
    select(
        Card.id,
        Card.note_id,
        Card.deck_id,
        Deck.name,
        Card.card_type,
        *NOTE_FACT_COLUMNS,
        Note.guid,
    )
    .join(Note, Note.id == Card.note_id)
    .join(Deck, Deck.id == Card.deck_id)
    .where(Card.id == bindparam("card"))
)


def load_card_content(conn: Connection | Session, card_id: int) -> CardContent | None:
    """The content of one card, or ``None`` if there is no such card."""
    row = conn.execute(CARD_CONTENT_QUERY, {"card": card_id}).first()
    return None if row is None else CardContent(*row)


def paragraph_text(conn: Connection | Session, deck_id: int, index: int) -> str | None:
    """The article paragraph ``index`` of a deck."""
    return conn.scalar(
        select(ArticleParagraph.text).where(
            ArticleParagraph.deck_id == deck_id, ArticleParagraph.index == index
        )
    )
