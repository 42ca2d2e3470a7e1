"""Queries behind the card browser and the card details. Never commits.

Text search ignores case and diacritics. On SQLite the matching runs inside the
query (a Python function registered on the connection, once per note), so only
the rows shown are loaded; other databases load the filtered rows and fold them
in Python.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, and_, false, func, or_, select
from sqlalchemy.orm import Session

from studyapp.core.vietnamese import fold
from studyapp.db.models import Card, Deck, Note, ReviewLog
from studyapp.db.models import CardState as StateRow

NEW, LEARNING, REVIEW, RELEARNING = 0, 1, 2, 3
STATE_FILTERS = ("new", "learning", "review", "suspended", "leech", "due")
MATCH_FUNCTION = "studyapp_matches"
# Generated notes have four options; more are not searched.
CHOICE_PATHS = tuple(f"$.choices[{i}]" for i in range(6))


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


def _haystack(data: CardRowData) -> str:
    fields = data.fields
    choices = " ".join(str(c) for c in fields.get("choices", []) or [])
    parts = (fields.get("question"), fields.get("answer"), fields.get("cloze"), choices)
    return fold(" ".join([*(str(p or "") for p in parts), data.source_sentence]))


def _note_text() -> ColumnElement[str]:
    """A note's searchable text: question, answer, cloze, options and source sentence."""
    parts: list[ColumnElement[str]] = [
        func.coalesce(func.json_extract(Note.fields, path), "")
        for path in ("$.question", "$.answer", "$.cloze", *CHOICE_PATHS)
    ]
    joined = parts[0]
    for part in [*parts[1:], Note.source_sentence]:
        joined = joined + " " + part
    return joined


def _matches(text: str | None, words_json: str) -> int:
    folded = fold(text or "")
    return int(all(word in folded for word in json.loads(words_json)))


def _matching_notes(session: Session, words: Sequence[str]) -> Select[Any]:
    """Ids of the notes containing every word (folded); SQLite only."""
    raw = session.connection().connection.driver_connection
    # Registered per connection, cheaply, since the pool may hand out a fresh one.
    raw.create_function(MATCH_FUNCTION, 2, _matches, deterministic=True)  # type: ignore[union-attr]
    match = getattr(func, MATCH_FUNCTION)(_note_text(), json.dumps(list(words)), type_=Integer)
    # Per note, not per card: the text is the note's, and there are four cards a note.
    return select(Note.id).where(Note.retired_at.is_(None), match == 1)


def card_rows(
    session: Session,
    learner_id: int,
    *,
    deck_ids: Sequence[int] | None,
    tag: str | None,
    states: Sequence[str],
    words: Sequence[str],
    now: dt.datetime,
    day_end: dt.datetime,
    limit: int,
) -> tuple[list[CardRowData], int]:
    """The first ``limit`` active cards matching every filter, in deck and article order,
    and how many match in all.

    ``words`` must all occur in the note's text, compared folded (no case, no
    diacritics: pass them through :func:`studyapp.core.vietnamese.fold`). Several
    states are alternatives (``new`` or ``learning``); an unknown state matches nothing.
    """
    query = _base_query(learner_id).where(Note.retired_at.is_(None))
    if deck_ids is not None:
        query = query.where(Card.deck_id.in_(deck_ids))
    if tag:
        # Tags are one space-separated column; pad it so a LIKE matches whole tags.
        pattern = tag.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where((" " + Note.tags + " ").like(f"% {pattern} %", escape="\\"))
    if states:
        query = query.where(or_(*(_state_condition(s, now=now, day_end=day_end) for s in states)))
    query = query.order_by(Deck.name, Note.position, Card.ord)
    if words and session.get_bind().dialect.name != "sqlite":
        # No fold() in SQL elsewhere: filter in Python (fine for a personal collection).
        found = [_card_row(row) for row in session.execute(query)]
        found = [data for data in found if all(w in _haystack(data) for w in words)]
        return found[:limit], len(found)
    if words:
        query = query.where(Card.note_id.in_(_matching_notes(session, words)))
    # The total comes with the page, in the same pass over the matching rows.
    paged = query.add_columns(func.count().over()).limit(limit)
    result = session.execute(paged).all()
    return [_card_row(row) for row in result], int(result[0][-1]) if result else 0


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
