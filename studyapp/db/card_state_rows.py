"""A learner's card-state rows as plain data: read, write, forget. Never commits.

:class:`StoredState` is what the study service, undo and the optimizer hand
around; the statements are prepared for the study loop's lean path
(:mod:`studyapp.db.lean`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from studyapp.core.scheduling.memory import CardMemory, CardState
from studyapp.db.lean import LeanConnection, prepared
from studyapp.db.models import CardState as CardStateRow

_S = CardStateRow

# Queries take an ORM session, a Core connection, or (the study hot path) a
# lean DBAPI connection.
Executor = Connection | Session | LeanConnection

# Built once and marked prepared(): building a statement costs more than
# running it on SQLite, and the lean path compiles a prepared one once.
STATE_COLUMNS = (
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
)
_LOAD_STATE = prepared(
    select(*STATE_COLUMNS).where(
        _S.learner_id == bindparam("learner"), _S.card_id == bindparam("card")
    )
)
_UPDATE_STATE = prepared(
    update(_S)
    .where(_S.learner_id == bindparam("learner"), _S.card_id == bindparam("card"))
    .values({c.key: bindparam(f"v_{c.key}") for c in STATE_COLUMNS})
)
_INSERT_STATE = prepared(
    insert(_S).values(
        learner_id=bindparam("learner"),
        card_id=bindparam("card"),
        deck_id=bindparam("deck"),
        **{c.key: bindparam(f"v_{c.key}") for c in STATE_COLUMNS},
    )
)


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


def load_state(conn: Executor, learner_id: int, card_id: int) -> StoredState | None:
    """The card's state for this learner; ``None`` if it was never touched (new)."""
    row = conn.execute(_LOAD_STATE, {"learner": learner_id, "card": card_id}).first()
    return None if row is None else stored_state(tuple(row))


def stored_state(row: tuple[Any, ...]) -> StoredState:
    state, step, stability, difficulty, due, last_review, reps, lapses, *flags = row
    memory = CardMemory(
        state=CardState(state),
        step=step,
        stability=stability,
        difficulty=difficulty,
        due=due,
        last_review=last_review,
        reps=reps,
        lapses=lapses,
    )
    suspended, buried_until, leech = flags
    return StoredState(memory, bool(suspended), buried_until, bool(leech))


def _state_values(state: StoredState) -> dict[str, Any]:
    memory = state.memory
    return {
        "v_state": int(memory.state),
        "v_step": memory.step,
        "v_stability": memory.stability,
        "v_difficulty": memory.difficulty,
        "v_due": memory.due,
        "v_last_review": memory.last_review,
        "v_reps": memory.reps,
        "v_lapses": memory.lapses,
        "v_suspended": state.suspended,
        "v_buried_until": state.buried_until,
        "v_leech": state.leech,
    }


def store_state(
    conn: Executor,
    learner_id: int,
    card_id: int,
    deck_id: int,
    state: StoredState,
    *,
    existed: bool,
) -> None:
    """Write the card's state row (insert when it did not exist)."""
    params = _state_values(state) | {"learner": learner_id, "card": card_id}
    if existed:
        conn.execute(_UPDATE_STATE, params)
    else:
        conn.execute(_INSERT_STATE, params | {"deck": deck_id})


def delete_state(conn: Executor, learner_id: int, card_id: int) -> None:
    """Forget the card's state: it is new again for this learner."""
    conn.execute(delete(_S).where(_S.learner_id == learner_id, _S.card_id == card_id))
