"""Reading deck content back as plain drafts. Never commits."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from studyapp.core.model import ALL_CARD_TYPES, CardType, DeckDraft, FactKind, NoteDraft, Paragraph
from studyapp.db.models import ArticleParagraph, Deck, Note


def note_draft(row: Note) -> NoteDraft:
    """The draft a stored note was made from."""
    fields: dict[str, Any] = row.fields
    cards = tuple(CardType(c) for c in fields.get("cards", [])) or ALL_CARD_TYPES
    return NoteDraft(
        guid=row.guid,
        kind=FactKind(row.kind),
        question=str(fields.get("question", "")),
        answer=str(fields.get("answer", "")),
        cloze=str(fields.get("cloze", "")),
        choices=tuple(str(c) for c in fields.get("choices", [])),
        source_sentence=row.source_sentence,
        paragraph_index=row.paragraph_index if row.paragraph_index is not None else -1,
        as_of=row.as_of,
        from_caption=row.from_caption,
        tags=tuple(row.tags.split()),
        card_types=cards,
    )


def active_notes(session: Session, deck_ids: Sequence[int]) -> list[tuple[Deck, NoteDraft]]:
    """The decks' notes that are not retired, deck by deck in article order."""
    query = (
        select(Deck, Note)
        .join(Note, Note.deck_id == Deck.id)
        .where(Deck.id.in_(deck_ids), Note.retired_at.is_(None))
        .order_by(Deck.name, Note.position, Note.id)
    )
    return [(deck, note_draft(note)) for deck, note in session.execute(query)]


def deck_draft(session: Session, deck_id: int) -> DeckDraft:
    """A stored deck as a draft: metadata, paragraphs and active notes."""
    deck = session.get_one(Deck, deck_id)
    paragraphs = session.scalars(
        select(ArticleParagraph)
        .where(ArticleParagraph.deck_id == deck_id)
        .order_by(ArticleParagraph.index)
    )
    return DeckDraft(
        name=deck.name,
        slug=deck.slug,
        source_title=deck.source_title or "",
        source_path=deck.source_path,
        source_date=deck.source_date,
        attribution=deck.attribution,
        paragraphs=tuple(Paragraph(p.index, p.text, p.is_caption) for p in paragraphs),
        notes=tuple(note for _, note in active_notes(session, [deck_id])),
    )
