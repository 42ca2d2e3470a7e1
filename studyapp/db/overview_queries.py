"""Small aggregates for the home screen and the end-of-session summary. Never commits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TypeVarTuple

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from studyapp.db.models import Card, CardState, Note

LEARNING, REVIEW, RELEARNING = 1, 2, 3
_SCHEDULED = (LEARNING, REVIEW, RELEARNING)
Ts = TypeVarTuple("Ts")


def _scheduled(query: Select[*Ts], learner_id: int, deck_ids: Sequence[int]) -> Select[*Ts]:
    """``query`` kept to the learner's studied, unsuspended cards of live notes in ``deck_ids``."""
    return (
        query.join(Card, Card.id == CardState.card_id)
        .join(Note, Note.id == Card.note_id)
        .where(
            CardState.learner_id == learner_id,
            CardState.deck_id.in_(deck_ids),
            CardState.state.in_(_SCHEDULED),
            CardState.suspended.is_(False),
            Note.retired_at.is_(None),
        )
    )


def review_state_counts(session: Session, learner_id: int) -> dict[int, int]:
    """Per deck id: active cards this learner has in the review state."""
    query = (
        select(Card.deck_id, func.count())
        .join(Note, Note.id == Card.note_id)
        .join(CardState, and_(CardState.card_id == Card.id, CardState.learner_id == learner_id))
        .where(Note.retired_at.is_(None), CardState.state == REVIEW)
        .group_by(Card.deck_id)
    )
    return {int(deck_id): int(count) for deck_id, count in session.execute(query)}


def count_due_between(
    session: Session,
    learner_id: int,
    deck_ids: Sequence[int],
    *,
    start: dt.datetime | None,
    end: dt.datetime,
) -> int:
    """Scheduled, unsuspended cards due before ``end`` (and at or after ``start``)."""
    query = _scheduled(select(func.count()).select_from(CardState), learner_id, deck_ids).where(
        CardState.due < end
    )
    if start is not None:
        query = query.where(CardState.due >= start)
    return int(session.scalar(query) or 0)


def first_due_after(
    session: Session, learner_id: int, deck_ids: Sequence[int], *, after: dt.datetime
) -> dt.datetime | None:
    """When the next scheduled, unsuspended card falls due after ``after``."""
    not_buried = or_(CardState.buried_until.is_(None), CardState.buried_until <= after)
    query = _scheduled(select(func.min(CardState.due)), learner_id, deck_ids)
    return session.scalar(query.where(CardState.due > after, not_buried))
