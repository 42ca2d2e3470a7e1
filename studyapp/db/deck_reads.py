"""Reading deck content back as plain drafts. Never commits."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from studyapp.core.model import ALL_CARD_TYPES, CardType, DeckDraft, FactKind, NoteDraft, Paragraph
from studyapp.db.models import ArticleParagraph, Deck, Note
from studyapp.db.models.content import NOTE_FACT_COLUMNS

_NOTE_COLUMNS = (Note.guid, *NOTE_FACT_COLUMNS)


def _draft(
    guid: str,
    kind: str,
    fields: dict[str, Any],
    source_sentence: str,
    paragraph_index: int | None,
    as_of: str | None,
    from_caption: bool,
    tags: str,
) -> NoteDraft:
    cards = tuple(CardType(c) for c in fields.get("cards", [])) or ALL_CARD_TYPES
    return NoteDraft(
        guid=guid,
        kind=FactKind(kind),
        question=str(fields.get("question", "")),
        answer=str(fields.get("answer", "")),
        cloze=str(fields.get("cloze", "")),
        choices=tuple(str(c) for c in fields.get("choices", [])),
        source_sentence=source_sentence,
        # -1: not from a paragraph (notes imported from Anki).
        paragraph_index=paragraph_index if paragraph_index is not None else -1,
        as_of=as_of,
        from_caption=from_caption,
        tags=tuple(tags.split()),
        card_types=cards,
    )


@dataclass(frozen=True, slots=True)
class DeckRef:
    """A deck's identity, without its content."""

    id: int
    name: str
    slug: str


def active_notes(session: Session, deck_ids: Sequence[int]) -> list[tuple[DeckRef, NoteDraft]]:
    """The decks' notes that are not retired, deck by deck in article order.

    Plain column rows, not ORM objects: exporting 100,000 notes reads them all.
    """
    query = (
        select(Deck.id, Deck.name, Deck.slug, *_NOTE_COLUMNS)
        .join(Note, Note.deck_id == Deck.id)
        .where(Deck.id.in_(deck_ids), Note.retired_at.is_(None))
        .order_by(Deck.name, Note.position, Note.id)
    )
    refs: dict[int, DeckRef] = {}
    result = []
    for deck_id, name, slug, *note in session.execute(query):
        ref = refs.get(deck_id)
        if ref is None:
            ref = refs[deck_id] = DeckRef(deck_id, name, slug)
        result.append((ref, _draft(*note)))
    return result


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
