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
    """Per deck: active cards, and how many are new, learning and due before ``day_end``.

    Three small aggregates instead of one join of cards, notes and states:
    cards per deck from the cards index, the learner's states from their
    covering index, and a correction for retired notes (usually none).
    """
    decks = session.execute(select(Deck.id, Deck.name, Deck.slug).order_by(Deck.name)).all()
    cards: dict[int, int] = {
        int(deck_id): int(count)
        for deck_id, count in session.execute(
            select(Card.deck_id, func.count()).group_by(Card.deck_id)
        )
    }
    state = CardState
    buried = and_(state.buried_until.is_not(None), state.buried_until > now)
    due_today = and_(state.due < day_end, state.suspended.is_(False), ~buried)
    started: dict[int, list[int]] = {}
    # [cards with a state that is not "new and available", learning due, review due, suspended]
    for deck_id, not_new, learning, review, suspended in session.execute(
        select(
            state.deck_id,
            _count_if(or_(state.state != NEW, state.suspended.is_(True), buried)),
            _count_if(and_(state.state.in_((LEARNING, RELEARNING)), due_today)),
            _count_if(and_(state.state == REVIEW, due_today)),
            _count_if(state.suspended.is_(True)),
        )
        .where(state.learner_id == learner_id)
        .group_by(state.deck_id)
    ):
        started[deck_id] = [not_new, learning, review, suspended]
    retired = _retired_counts(session, learner_id, now=now, day_end=day_end)
    rows = []
    for deck_id, name, slug in decks:
        total_cards, gone_cards = cards.get(deck_id, 0), retired.get(deck_id, [0, 0, 0, 0, 0])
        not_new, learning, review, suspended = (
            a - b for a, b in zip(started.get(deck_id, [0, 0, 0, 0]), gone_cards[1:], strict=True)
        )
        total = total_cards - gone_cards[0]
        rows.append(
            DeckCountsRow(deck_id, name, slug, total, total - not_new, learning, review, suspended)
        )
    return rows


def _count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _retired_counts(
    session: Session, learner_id: int, *, now: dt.datetime, day_end: dt.datetime
) -> dict[int, list[int]]:
    """Per deck, what the counts above included from retired notes' cards."""
    state = CardState
    buried = and_(state.buried_until.is_not(None), state.buried_until > now)
    due_today = and_(state.due < day_end, state.suspended.is_(False), ~buried)
    query = (
        select(
            Card.deck_id,
            func.count(Card.id),
            _count_if(or_(state.state != NEW, state.suspended.is_(True), buried)),
            _count_if(and_(state.state.in_((LEARNING, RELEARNING)), due_today)),
            _count_if(and_(state.state == REVIEW, due_today)),
            _count_if(state.suspended.is_(True)),
        )
        .join(Note, Note.id == Card.note_id)
        .outerjoin(state, and_(state.card_id == Card.id, state.learner_id == learner_id))
        .where(Note.retired_at.is_not(None))
        .group_by(Card.deck_id)
    )
    return {deck_id: list(counts) for deck_id, *counts in session.execute(query)}
