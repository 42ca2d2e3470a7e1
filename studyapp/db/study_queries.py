"""Queue queries behind a study session, and the review log. Never commits.

The rules are those of :mod:`studyapp.core.scheduling.queue`; each query
here picks the first card of one of its three queues with a range scan of
``card_states (learner_id, deck_id, state, suspended, due, ...)`` or of
``cards (deck_id, id)``. The card-state rows themselves are read and written
by :mod:`studyapp.db.card_state_rows`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    Integer,
    and_,
    bindparam,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    tuple_,
)

from studyapp.core.scheduling.memory import CardState
from studyapp.db.card_content import CARD_CONTENT_QUERY, CardContent
from studyapp.db.card_state_rows import (
    STATE_COLUMNS,
    Executor,
    StoredState,
    stored_state,
)
from studyapp.db.lean import prepared
from studyapp.db.models import Card, Deck, Note, ReviewLog
from studyapp.db.models import CardState as CardStateRow
from studyapp.db.types import UTCDateTime

_S = CardStateRow
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_LEARNING_STATES = (int(CardState.LEARNING), int(CardState.RELEARNING))

# The hot-path statements are built once and marked prepared(): building a
# select() costs more than running it on SQLite, and the lean path compiles a
# prepared statement once.
_AVAILABLE = and_(
    _S.suspended.is_(False),
    or_(_S.buried_until.is_(None), _S.buried_until <= bindparam("now")),
)


def _state_query(states: tuple[int, ...], *, inclusive: bool) -> Any:
    due_test = _S.due <= bindparam("before") if inclusive else _S.due < bindparam("before")
    # Keyset paging: rows after (after_due, after_card) in (due, card) order.
    after = tuple_(_S.due, _S.card_id) > tuple_(
        bindparam("after_due", type_=UTCDateTime()), bindparam("after_card", type_=Integer())
    )
    return prepared(
        select(_S.card_id, Card.note_id, _S.due)
        .join(Card, Card.id == _S.card_id)
        .where(
            _S.learner_id == bindparam("learner"),
            _S.deck_id == bindparam("deck"),
            # One bind per state, not an "expanding" IN list, so it compiles once.
            _S.state.in_([literal(state) for state in states]),
            due_test,
            after,
            _AVAILABLE,
        )
        .order_by(_S.due, _S.card_id)
        .limit(bindparam("limit"))
    )


_LEARNING_QUERY = _state_query(_LEARNING_STATES, inclusive=True)
_REVIEW_QUERY = _state_query((int(CardState.REVIEW),), inclusive=False)


def deck_ids_for(conn: Executor, name: str | None) -> list[tuple[int, str]]:
    """(id, name) of the deck called ``name`` and its sub-decks; every deck for ``None``."""
    query = select(Deck.id, Deck.name).order_by(Deck.name)
    if name is not None:
        query = query.where(or_(Deck.name == name, Deck.name.startswith(name + "::")))
    return [(deck_id, deck_name) for deck_id, deck_name in conn.execute(query)]


def _available(now: dt.datetime) -> Any:
    return and_(_S.suspended.is_(False), or_(_S.buried_until.is_(None), _S.buried_until <= now))


Candidate = tuple[int, int, dt.datetime | None]  # card id, note id, due


def _state_candidates(
    conn: Executor,
    query: Any,
    learner_id: int,
    deck_ids: Sequence[int],
    *,
    now: dt.datetime,
    before: dt.datetime,
    limit: int,
    after: tuple[dt.datetime, int] | None = None,
) -> list[Candidate]:
    # One index range scan per deck (learner, deck, state, due), merged by due.
    found: list[Candidate] = []
    after_due, after_card = after if after is not None else (_EPOCH, 0)
    for deck_id in deck_ids:
        params = {
            "learner": learner_id,
            "deck": deck_id,
            "now": now,
            "before": before,
            "after_due": after_due,
            "after_card": after_card,
        }
        rows = conn.execute(query, params | {"limit": limit})
        found.extend((card_id, note_id, due) for card_id, note_id, due in rows)
    if len(deck_ids) > 1:
        found.sort(key=lambda c: (c[2] or now, c[0]))
    return found[:limit]


def learning_candidates(
    conn: Executor,
    learner_id: int,
    deck_ids: Sequence[int],
    *,
    now: dt.datetime,
    until: dt.datetime,
    limit: int = 8,
) -> list[Candidate]:
    """Learning and relearning cards due by ``until``, earliest first."""
    return _state_candidates(
        conn, _LEARNING_QUERY, learner_id, deck_ids, now=now, before=until, limit=limit
    )


def review_candidates(
    conn: Executor,
    learner_id: int,
    deck_ids: Sequence[int],
    *,
    now: dt.datetime,
    day_end: dt.datetime,
    limit: int,
    after: tuple[dt.datetime, int] | None = None,
) -> list[Candidate]:
    """Review cards due before the day ends, earliest first (after ``after``: a page)."""
    return _state_candidates(
        conn,
        _REVIEW_QUERY,
        learner_id,
        deck_ids,
        now=now,
        before=day_end,
        limit=limit,
        after=after,
    )


def new_candidates(
    conn: Executor, learner_id: int, deck_ids: Sequence[int], *, now: dt.datetime, limit: int
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
        found.extend((card_id, note_id, None) for card_id, note_id in conn.execute(query))
        if len(found) >= limit:
            break
    return found


def retired_cards(conn: Executor, deck_ids: Sequence[int]) -> set[int]:
    """Cards of retired notes in these decks (usually none): never shown."""
    query = (
        select(Card.id)
        .join(Note, Note.id == Card.note_id)
        .where(Note.deck_id.in_(deck_ids), Note.retired_at.is_not(None))
    )
    return set(conn.scalars(query))


def answers_since(
    conn: Executor, learner_id: int, *, since: dt.datetime
) -> list[tuple[int, int, int, int]]:
    """(card, note, deck, state before) of every answer given since ``since``."""
    query = (
        select(ReviewLog.card_id, Card.note_id, ReviewLog.deck_id, ReviewLog.state_before)
        .join(Card, Card.id == ReviewLog.card_id)
        .where(ReviewLog.learner_id == learner_id, ReviewLog.reviewed_at >= since)
    )
    return [(card, note, deck, state) for card, note, deck, state in conn.execute(query)]


# A card's place and its state in one statement: the first read of an answer.
_PLACE_AND_STATE = prepared(
    select(Card.note_id, Card.deck_id, _S.card_id, *STATE_COLUMNS)
    .select_from(Card)
    .outerjoin(_S, and_(_S.card_id == Card.id, _S.learner_id == bindparam("learner")))
    .where(Card.id == bindparam("card"))
)


def place_and_state(
    conn: Executor, learner_id: int, card_id: int
) -> tuple[int, int, StoredState | None] | None:
    """(note id, deck id, state or ``None`` if new) of a card; ``None``: no such card."""
    row = conn.execute(_PLACE_AND_STATE, {"learner": learner_id, "card": card_id}).first()
    if row is None:
        return None
    note_id, deck_id, state_card, *state = row
    return note_id, deck_id, None if state_card is None else stored_state(tuple(state))


# What a card shows and its state in one statement: the read of "next card".
_CONTENT_AND_STATE = prepared(
    CARD_CONTENT_QUERY.add_columns(_S.card_id, *STATE_COLUMNS).outerjoin(
        _S, and_(_S.card_id == Card.id, _S.learner_id == bindparam("learner"))
    )
)
_CONTENT_WIDTH = len(CARD_CONTENT_QUERY.selected_columns)


def content_and_state(
    conn: Executor, learner_id: int, card_id: int
) -> tuple[CardContent, StoredState | None] | None:
    """A card's content and the learner's state of it (``None`` if new)."""
    row = conn.execute(_CONTENT_AND_STATE, {"learner": learner_id, "card": card_id}).first()
    if row is None:
        return None
    values = tuple(row)
    content = CardContent(*values[:_CONTENT_WIDTH])
    state_card, *state = values[_CONTENT_WIDTH:]
    return content, None if state_card is None else stored_state(tuple(state))


_LOGGED = (
    "learner_id",
    "card_id",
    "deck_id",
    "rating",
    "reviewed_at",
    "duration_ms",
    "answer_given",
    "state_before",
    "before",
)
_LOG_REVIEW = prepared(
    insert(ReviewLog)
    .values({key: bindparam(f"v_{key}") for key in _LOGGED})
    .returning(ReviewLog.id)
)


def log_review(conn: Executor, **values: Any) -> int:
    """Add a review-log row (every column of ``_LOGGED``); return its id."""
    params = {f"v_{key}": values[key] for key in _LOGGED}
    return int(conn.execute(_LOG_REVIEW, params).scalar_one())


def card_deck(conn: Executor, card_id: int) -> int | None:
    """The deck of a card, ``None`` if the card does not exist."""
    return conn.scalar(select(Card.deck_id).where(Card.id == card_id))


def next_due_after(
    conn: Executor, learner_id: int, deck_ids: Sequence[int], *, now: dt.datetime
) -> dt.datetime | None:
    """When the next studied card of these decks falls due after ``now``."""
    return conn.scalar(
        select(func.min(_S.due)).where(
            _S.learner_id == learner_id,
            _S.deck_id.in_(deck_ids),
            _S.state != int(CardState.NEW),
            _S.suspended.is_(False),
            _S.due > now,
        )
    )
