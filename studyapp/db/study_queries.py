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
from sqlalchemy.orm import Session

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


# Each queue query reads one deck's card states through ix_card_states_queue
# (learner, deck, state, due) and joins the card only by primary key, so the
# cost is the number of rows returned, not the size of the collection.
Candidate = tuple[int, int, dt.datetime | None]  # card id, note id, due


def _state_candidates(
    session: Session,
    learner_id: int,
    deck_ids: Sequence[int],
    states: Sequence[int],
    *,
    now: dt.datetime,
    before: dt.datetime,
    inclusive: bool,
    limit: int,
) -> list[Candidate]:
    found: list[Candidate] = []
    for deck_id in deck_ids:
        due_test = _S.due <= before if inclusive else _S.due < before
        query = (
            select(_S.card_id, Card.note_id, _S.due)
            .join(Card, Card.id == _S.card_id)
            .where(
                _S.learner_id == learner_id,
                _S.deck_id == deck_id,
                _S.state.in_(states),
                due_test,
                _available(now),
            )
            .order_by(_S.due, _S.card_id)
            .limit(limit)
        )
        found.extend((card_id, note_id, due) for card_id, note_id, due in session.execute(query))
    found.sort(key=lambda c: (c[2] or now, c[0]))
    return found[:limit]


def learning_candidates(
    session: Session,
    learner_id: int,
    deck_ids: Sequence[int],
    *,
    now: dt.datetime,
    until: dt.datetime,
    limit: int = 8,
) -> list[Candidate]:
    """Learning and relearning cards due by ``until``, earliest first."""
    return _state_candidates(
        session,
        learner_id,
        deck_ids,
        _LEARNING_STATES,
        now=now,
        before=until,
        inclusive=True,
        limit=limit,
    )


def review_candidates(
    session: Session,
    learner_id: int,
    deck_ids: Sequence[int],
    *,
    now: dt.datetime,
    day_end: dt.datetime,
    limit: int,
) -> list[Candidate]:
    """Review cards due before the day ends, earliest first."""
    return _state_candidates(
        session,
        learner_id,
        deck_ids,
        (int(CardState.REVIEW),),
        now=now,
        before=day_end,
        inclusive=False,
        limit=limit,
    )


def new_candidates(
    session: Session, learner_id: int, deck_ids: Sequence[int], *, now: dt.datetime, limit: int
) -> list[Candidate]:
    """New cards in article order (deck by deck), not suspended or buried."""
    started = exists().where(
        _S.card_id == Card.id,
        _S.learner_id == learner_id,
        or_(_S.state != int(CardState.NEW), ~_available(now)),
    )
    found: list[Candidate] = []
    for deck_id in deck_ids:
        query = (
            select(Card.id, Card.note_id)
            .join(Note, Note.id == Card.note_id)
            .where(Note.deck_id == deck_id, Note.retired_at.is_(None), ~started)
            .order_by(Note.position, Card.ord)
            .limit(limit - len(found))
        )
        found.extend((card_id, note_id, None) for card_id, note_id in session.execute(query))
        if len(found) >= limit:
            break
    return found


def retired_cards(session: Session, deck_ids: Sequence[int]) -> set[int]:
    """Cards of retired notes in these decks (usually none): never shown."""
    query = (
        select(Card.id)
        .join(Note, Note.id == Card.note_id)
        .where(Note.deck_id.in_(deck_ids), Note.retired_at.is_not(None))
    )
    return set(session.scalars(query))


def answers_since(
    session: Session, learner_id: int, *, since: dt.datetime
) -> list[tuple[int, int, int, int]]:
    """(card, note, deck, state before) of every answer given since ``since``."""
    query = (
        select(ReviewLog.card_id, Card.note_id, ReviewLog.deck_id, ReviewLog.state_before)
        .join(Card, Card.id == ReviewLog.card_id)
        .where(ReviewLog.learner_id == learner_id, ReviewLog.reviewed_at >= since)
    )
    return [(card, note, deck, state) for card, note, deck, state in session.execute(query)]


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


def card_place(session: Session, card_id: int) -> tuple[int, int] | None:
    """(note id, deck id) of a card, ``None`` if the card does not exist."""
    row = session.execute(select(Card.note_id, Card.deck_id).where(Card.id == card_id)).first()
    return None if row is None else (row[0], row[1])


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
