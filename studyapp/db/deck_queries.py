"""Deck-level queries: the list with counts. Never commits."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from studyapp.db.models import Card, CardState, Deck, Note

NEW, LEARNING, REVIEW, RELEARNING = 0, 1, 2, 3


@dataclass(frozen=True, slots=True)
class DeckCountsRow:
    """Raw counts for one deck and learner, before daily limits."""

    deck_id: int
    name: str
    slug: str
    total: int
    new: int
    learning: int
    review_due: int
    suspended: int


def deck_counts(
    session: Session, learner_id: int, *, now: dt.datetime, day_end: dt.datetime
) -> list[DeckCountsRow]:
    """Per deck: active cards, and how many are new, learning and due before ``day_end``."""
    state = CardState
    available = and_(
        state.suspended.is_(False), or_(state.buried_until.is_(None), state.buried_until <= now)
    )
    is_new = or_(state.card_id.is_(None), and_(state.state == NEW, available))
    learning = and_(state.state.in_((LEARNING, RELEARNING)), available, state.due < day_end)
    review = and_(state.state == REVIEW, available, state.due < day_end)

    def count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    query = (
        select(
            Deck.id,
            Deck.name,
            Deck.slug,
            func.count(Card.id),
            count_if(is_new),
            count_if(learning),
            count_if(review),
            count_if(state.suspended.is_(True)),
        )
        .select_from(Deck)
        .outerjoin(Card, Card.deck_id == Deck.id)
        .outerjoin(Note, and_(Note.id == Card.note_id))
        .outerjoin(state, and_(state.card_id == Card.id, state.learner_id == learner_id))
        .where(or_(Card.id.is_(None), Note.retired_at.is_(None)))
        .group_by(Deck.id)
        .order_by(Deck.name)
    )
    return [DeckCountsRow(*row) for row in session.execute(query)]
