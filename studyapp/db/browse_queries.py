"""Queries behind the card browser and the card details. Never commits.

Text search is not done here: it must ignore diacritics, which SQL cannot do
portably, so the service folds and filters the rows these queries return.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, false, or_, select
from sqlalchemy.orm import Session

from studyapp.db.models import Card, Deck, Note, ReviewLog
from studyapp.db.models import CardState as StateRow

NEW, LEARNING, REVIEW, RELEARNING = 0, 1, 2, 3
STATE_FILTERS = ("new", "learning", "review", "suspended", "leech", "due")


@dataclass(frozen=True, slots=True)
class CardRowData:
    """One card with its note's text and this learner's state (``None`` if never seen)."""

    card_id: int
    note_id: int
    deck_name: str
    card_type: str
    fields: dict[str, Any]
    source_sentence: str
    tags: str
    state: int | None
    due: dt.datetime | None
    stability: float | None
    difficulty: float | None
    reps: int
    lapses: int
    suspended: bool
    leech: bool
    buried_until: dt.datetime | None


@dataclass(frozen=True, slots=True)
class ReviewRowData:
    """One answer from the review log."""

    reviewed_at: dt.datetime
    rating: int
    duration_ms: int
    answer_given: str | None
    state_before: int


def _state_condition(state: str, *, now: dt.datetime, day_end: dt.datetime) -> ColumnElement[bool]:
    not_suspended = or_(StateRow.suspended.is_(None), StateRow.suspended.is_(False))
    if state == "new":
        return or_(StateRow.card_id.is_(None), StateRow.state == NEW)
    if state == "learning":
        return StateRow.state.in_((LEARNING, RELEARNING))
    if state == "review":
        return StateRow.state == REVIEW
    if state == "suspended":
        return StateRow.suspended.is_(True)
    if state == "leech":
        return StateRow.leech.is_(True)
    if state == "due":
        not_buried = or_(StateRow.buried_until.is_(None), StateRow.buried_until <= now)
        return and_(
            StateRow.state.in_((LEARNING, REVIEW, RELEARNING)),
            StateRow.due < day_end,
            not_suspended,
            not_buried,
        )
    return false()


def _base_query(learner_id: int) -> Select[Any]:
    return (
        select(
            Card.id,
            Card.note_id,
            Deck.name,
            Card.card_type,
            Note.fields,
            Note.source_sentence,
            Note.tags,
            StateRow.state,
            StateRow.due,
            StateRow.stability,
            StateRow.difficulty,
            StateRow.reps,
            StateRow.lapses,
            StateRow.suspended,
            StateRow.leech,
            StateRow.buried_until,
        )
        .join(Note, Note.id == Card.note_id)
        .join(Deck, Deck.id == Card.deck_id)
        .outerjoin(StateRow, and_(StateRow.card_id == Card.id, StateRow.learner_id == learner_id))
    )


def _card_row(row: Sequence[Any]) -> CardRowData:
    return CardRowData(
        card_id=row[0],
        note_id=row[1],
        deck_name=row[2],
        card_type=row[3],
        fields=dict(row[4] or {}),
        source_sentence=row[5],
        tags=row[6],
        state=row[7],
        due=row[8],
        stability=row[9],
        difficulty=row[10],
        reps=row[11] or 0,
        lapses=row[12] or 0,
        suspended=bool(row[13]),
        leech=bool(row[14]),
        buried_until=row[15],
    )


def card_rows(
    session: Session,
    learner_id: int,
    *,
    deck_ids: Sequence[int] | None,
    tag: str | None,
    states: Sequence[str],
    now: dt.datetime,
    day_end: dt.datetime,
) -> list[CardRowData]:
    """Active cards matching the deck, tag and state filters, in deck and article order.

    Several states are alternatives (``new`` or ``learning``); an unknown state
    matches nothing.
    """
    query = (
        _base_query(learner_id)
        .where(Note.retired_at.is_(None))
        .order_by(Deck.name, Note.position, Card.ord)
    )
    if deck_ids is not None:
        query = query.where(Card.deck_id.in_(deck_ids))
    if tag:
        # Tags are one space-separated column; pad it so a LIKE matches whole tags.
        pattern = tag.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where((" " + Note.tags + " ").like(f"% {pattern} %", escape="\\"))
    if states:
        query = query.where(or_(*(_state_condition(s, now=now, day_end=day_end) for s in states)))
    return [_card_row(row) for row in session.execute(query)]


def one_card_row(session: Session, learner_id: int, card_id: int) -> CardRowData | None:
    """The browser row of one card (retired notes included), or ``None``."""
    row = session.execute(_base_query(learner_id).where(Card.id == card_id)).one_or_none()
    return None if row is None else _card_row(row)


def review_history(session: Session, learner_id: int, card_id: int) -> list[ReviewRowData]:
    """Every answer this learner gave to the card, oldest first."""
    query = (
        select(
            ReviewLog.reviewed_at,
            ReviewLog.rating,
            ReviewLog.duration_ms,
            ReviewLog.answer_given,
            ReviewLog.state_before,
        )
        .where(ReviewLog.learner_id == learner_id, ReviewLog.card_id == card_id)
        .order_by(ReviewLog.reviewed_at, ReviewLog.id)
    )
    return [ReviewRowData(*row) for row in session.execute(query)]


def deck_names(session: Session) -> list[str]:
    """Every deck name, sorted."""
    return list(session.scalars(select(Deck.name).order_by(Deck.name)))
