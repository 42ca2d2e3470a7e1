"""Queue and card-state queries behind a study session. Never commits.

The rules are those of :mod:`studyapp.core.scheduling.queue`; each query
here picks the first card of one of its three queues with an index scan on
``card_states (learner_id, deck_id, due)`` or ``cards (deck_id, id)``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, delete, exists, func, insert, or_, select, update
from sqlalchemy.orm import Session, aliased

from studyapp.core.scheduling.memory import CardMemory, CardState
from studyapp.db.models import Card, Deck, Note, ReviewLog
from studyapp.db.models import CardState as CardStateRow

_S = CardStateRow
_LEARNING_STATES = (int(CardState.LEARNING), int(CardState.RELEARNING))


@dataclass(frozen=True, slots=True)
class StoredState:
    """A card-state row as plain data: memory plus the per-learner flags."""

    memory: CardMemory
    suspended: bool = False
    buried_until: dt.datetime | None = None
    leech: bool = False

    def snapshot(self) -> dict[str, Any]:
        """The JSON stored in the review log so undo can restore this exactly."""
        return {
            "memory": self.memory.to_dict(),
            "suspended": self.suspended,
            "buried_until": None if self.buried_until is None else self.buried_until.isoformat(),
            "leech": self.leech,
        }

    @classmethod
    def from_snapshot(cls, data: dict[str, Any]) -> StoredState:
        """Inverse of :meth:`snapshot`."""
        buried = data["buried_until"]
        return cls(
            memory=CardMemory.from_dict(data["memory"]),
            suspended=bool(data["suspended"]),
            buried_until=None if buried is None else dt.datetime.fromisoformat(buried),
            leech=bool(data["leech"]),
        )


def deck_ids_for(session: Session, name: str | None) -> list[tuple[int, str]]:
    """(id, name) of the deck called ``name`` and its sub-decks; every deck for ``None``."""
    query = select(Deck.id, Deck.name).order_by(Deck.name)
    if name is not None:
        query = query.where(or_(Deck.name == name, Deck.name.startswith(name + "::")))
    return [(deck_id, deck_name) for deck_id, deck_name in session.execute(query)]


def _available(now: dt.datetime) -> Any:
    return and_(_S.suspended.is_(False), or_(_S.buried_until.is_(None), _S.buried_until <= now))


def _note_active() -> Any:
    return exists().where(Note.id == Card.note_id, Note.retired_at.is_(None))


def _sibling_answered(learner_id: int, day_start: dt.datetime) -> Any:
    # Another card of the same note answered since the day began buries this one.
    sibling = aliased(Card)
    return exists().where(
        sibling.note_id == Card.note_id,
        sibling.id != Card.id,
        ReviewLog.card_id == sibling.id,
        ReviewLog.learner_id == learner_id,
        ReviewLog.reviewed_at >= day_start,
    )


def next_learning(
    session: Session,
    learner_id: int,
    deck_ids: Sequence[int],
    *,
    now: dt.datetime,
    until: dt.datetime,
) -> int | None:
    """The learning or relearning card due first, if due by ``until``."""
    query = (
        select(_S.card_id)
        .join(Card, Card.id == _S.card_id)
        .where(
            _S.learner_id == learner_id,
            _S.deck_id.in_(deck_ids),
            _S.state.in_(_LEARNING_STATES),
            _S.due <= until,
            _available(now),
            _note_active(),
        )
        .order_by(_S.due, _S.card_id)
        .limit(1)
    )
    return session.scalar(query)


def next_review(
    session: Session,
    learner_id: int,
    deck_ids: Sequence[int],
    *,
    now: dt.datetime,
    day_start: dt.datetime,
    day_end: dt.datetime,
) -> int | None:
    """The review card due first today, skipping buried siblings."""
    query = (
        select(_S.card_id)
        .join(Card, Card.id == _S.card_id)
        .where(
            _S.learner_id == learner_id,
            _S.deck_id.in_(deck_ids),
            _S.state == int(CardState.REVIEW),
            _S.due < day_end,
            _available(now),
            _note_active(),
            ~_sibling_answered(learner_id, day_start),
        )
        .order_by(_S.due, _S.card_id)
        .limit(1)
    )
    return session.scalar(query)


def next_new(
    session: Session,
    learner_id: int,
    deck_ids: Sequence[int],
    *,
    now: dt.datetime,
    day_start: dt.datetime,
) -> int | None:
    """The first new card in article order, skipping buried siblings."""
    not_started = ~exists().where(
        _S.card_id == Card.id,
        _S.learner_id == learner_id,
        or_(_S.state != int(CardState.NEW), ~_available(now)),
    )
    query = (
        select(Card.id)
        .join(Note, Note.id == Card.note_id)
        .where(
            Card.deck_id.in_(deck_ids),
            Note.retired_at.is_(None),
            not_started,
            ~_sibling_answered(learner_id, day_start),
        )
        .order_by(Note.deck_id, Note.position, Card.ord)
        .limit(1)
    )
    return session.scalar(query)


def answered_today(
    session: Session, learner_id: int, deck_ids: Sequence[int], *, day_start: dt.datetime
) -> tuple[int, int]:
    """(new, review) answers given today in these decks: what the daily limits count."""
    query = select(ReviewLog.state_before, func.count()).where(
        ReviewLog.learner_id == learner_id,
        ReviewLog.deck_id.in_(deck_ids),
        ReviewLog.reviewed_at >= day_start,
        ReviewLog.state_before.in_((int(CardState.NEW), int(CardState.REVIEW))),
    )
    rows = session.execute(query.group_by(ReviewLog.state_before))
    counts: dict[int, int] = {int(state): int(count) for state, count in rows}
    return counts.get(int(CardState.NEW), 0), counts.get(int(CardState.REVIEW), 0)


def load_state(session: Session, learner_id: int, card_id: int) -> StoredState | None:
    """The card's state for this learner; ``None`` if it was never touched (new)."""
    row = session.execute(
        select(
            _S.state,
            _S.step,
            _S.stability,
            _S.difficulty,
            _S.due,
            _S.last_review,
            _S.reps,
            _S.lapses,
            _S.suspended,
            _S.buried_until,
            _S.leech,
        ).where(_S.learner_id == learner_id, _S.card_id == card_id)
    ).one_or_none()
    if row is None:
        return None
    memory = CardMemory(
        state=CardState(row.state),
        step=row.step,
        stability=row.stability,
        difficulty=row.difficulty,
        due=row.due,
        last_review=row.last_review,
        reps=row.reps,
        lapses=row.lapses,
    )
    return StoredState(memory, row.suspended, row.buried_until, row.leech)


def _state_values(state: StoredState) -> dict[str, Any]:
    memory = state.memory
    return {
        "state": int(memory.state),
        "step": memory.step,
        "stability": memory.stability,
        "difficulty": memory.difficulty,
        "due": memory.due,
        "last_review": memory.last_review,
        "reps": memory.reps,
        "lapses": memory.lapses,
        "suspended": state.suspended,
        "buried_until": state.buried_until,
        "leech": state.leech,
    }


def store_state(
    session: Session,
    learner_id: int,
    card_id: int,
    deck_id: int,
    state: StoredState,
    *,
    existed: bool,
) -> None:
    """Write the card's state row (insert when it did not exist)."""
    values = _state_values(state)
    if existed:
        session.execute(
            update(_S).where(_S.learner_id == learner_id, _S.card_id == card_id).values(**values)
        )
    else:
        session.execute(
            insert(_S).values(learner_id=learner_id, card_id=card_id, deck_id=deck_id, **values)
        )


def delete_state(session: Session, learner_id: int, card_id: int) -> None:
    """Forget the card's state: it is new again for this learner."""
    session.execute(delete(_S).where(_S.learner_id == learner_id, _S.card_id == card_id))


def card_deck(session: Session, card_id: int) -> int | None:
    """The deck of a card, ``None`` if the card does not exist."""
    return session.scalar(select(Card.deck_id).where(Card.id == card_id))


def next_due_after(
    session: Session, learner_id: int, deck_ids: Sequence[int], *, now: dt.datetime
) -> dt.datetime | None:
    """When the next studied card of these decks falls due after ``now``."""
    return session.scalar(
        select(func.min(_S.due)).where(
            _S.learner_id == learner_id,
            _S.deck_id.in_(deck_ids),
            _S.state != int(CardState.NEW),
            _S.suspended.is_(False),
            _S.due > now,
        )
    )
