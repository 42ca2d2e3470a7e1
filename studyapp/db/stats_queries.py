"""Card figures for statistics: states, memory, forecast, hardest cards. Never commits.

Every figure is an SQL aggregate; Python only sees one row per group (deck and
state, paragraph, day). The scans of ``card_states`` read only the covering
index ``ix_card_states_stats`` (migration 0002), grouped in its order, so no
temporary sort of all cards is needed. Cards of retired notes are left out:
their ids are fetched first (usually none) and excluded by a ``NOT IN``.

Retrievability is computed in SQL with FSRS-6's forgetting curve, exactly as
py-fsrs does (:func:`studyapp.core.scheduling.engine.retrievability`)::

    R = (1 + factor * t / S) ** decay,  t = whole days since the last review

SQLite builds without the math functions get a deterministic ``pow`` from
:func:`ensure_math_functions`.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Float,
    Integer,
    and_,
    case,
    func,
    literal,
    select,
    true,
    type_coerce,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from studyapp.db.models import ArticleParagraph, Card, CardState, Deck, Note
from studyapp.db.stats_activity import DAY_US, OffsetSegments, study_day_number

NEW, LEARNING, REVIEW, RELEARNING = 0, 1, 2, 3
MATURE_DAYS = 21
_S = CardState
# Above this many retired cards, exclude them with a subquery, not bound ids.
_RETIRED_LIST_LIMIT = 500


# -- SQL building blocks --------------------------------------------------


class count_true(FunctionElement[int]):  # noqa: N801 - reads as the SQL it renders
    """``COUNT`` of the rows where a condition holds (0 for none)."""

    type = Integer()
    inherit_cache = True


@compiles(count_true)
def _count_true(element: count_true, compiler: SQLCompiler, **kw: Any) -> str:
    return (
        f"coalesce(sum(CASE WHEN {compiler.process(element.clauses, **kw)} THEN 1 ELSE 0 END), 0)"
    )


@compiles(count_true, "sqlite")
def _count_true_sqlite(element: count_true, compiler: SQLCompiler, **kw: Any) -> str:
    # SQLite comparisons are already 0/1: summing them saves a CASE per card.
    return f"coalesce(sum({compiler.process(element.clauses, **kw)}), 0)"


class greatest(FunctionElement[Any]):  # noqa: N801
    """The larger of two values (``max(a, b)`` in SQLite)."""

    inherit_cache = True


@compiles(greatest)
def _greatest(element: greatest, compiler: SQLCompiler, **kw: Any) -> str:
    return f"greatest({compiler.process(element.clauses, **kw)})"


@compiles(greatest, "sqlite")
def _greatest_sqlite(element: greatest, compiler: SQLCompiler, **kw: Any) -> str:
    return f"max({compiler.process(element.clauses, **kw)})"


def _pow(base: float | None, exponent: float | None) -> float | None:
    if base is None or exponent is None:
        return None
    try:
        return math.pow(base, exponent)
    except (ValueError, OverflowError, ZeroDivisionError):
        return None


def ensure_math_functions(session: Session) -> None:
    """Give this SQLite connection a ``pow`` if its build lacks the math functions."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    raw = connection.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    try:
        raw.execute("SELECT pow(2.0, 0.5)").fetchall()
    except sqlite3.OperationalError:
        raw.create_function("pow", 2, _pow, deterministic=True)


def _us(column: Any) -> ColumnElement[int]:
    # The integer behind a UTCDateTime column, for arithmetic.
    return type_coerce(column, Integer)


# -- memory ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Curve:
    """What retrievability needs: the moment and the learner's FSRS curve."""

    now_us: int
    decay: float
    factor: float
    desired_retention: float

    @property
    def mastery_ratio(self) -> float:
        """Elapsed days per day of stability at which R falls to the desired retention.

        ``(1 + factor * t / S) ** decay >= DR``  <=>  ``t <= S * (DR ** (1 / decay) - 1) / factor``
        """
        return float((self.desired_retention ** (1 / self.decay) - 1) / self.factor)


def _elapsed_days(curve: Curve) -> ColumnElement[Any]:
    # Whole days since the last review, never negative, as py-fsrs counts them.
    return greatest((curve.now_us - _us(_S.last_review)) // DAY_US, 0)


def _power(curve: Curve) -> ColumnElement[float]:
    # The forgetting curve itself: NULL where there is no stability.
    growth = literal(curve.factor, Float) * _elapsed_days(curve) / _S.stability
    return type_coerce(func.pow(1.0 + growth, curve.decay), Float)


def retrievability(curve: Curve) -> ColumnElement[float]:
    """SQL for a card state's retrievability at ``curve.now_us`` (NULL for new cards)."""
    return case((_S.state > NEW, _power(curve)))


# -- scope ----------------------------------------------------------------


def retired_cards(session: Session, deck_ids: Sequence[int] | None) -> list[tuple[int, int]]:
    """``(card_id, deck_id)`` of the cards of retired notes (history kept, not counted)."""
    retired_notes = select(Note.id).where(Note.retired_at.is_not(None))
    query = select(Card.id, Card.deck_id).where(Card.note_id.in_(retired_notes))
    if deck_ids is not None:
        query = query.where(Card.deck_id.in_(deck_ids))
    return [(card_id, deck_id) for card_id, deck_id in session.execute(query)]


@dataclass(frozen=True, slots=True)
class Scope:
    """Which cards count: the decks (``None``: all) minus the retired cards."""

    deck_ids: Sequence[int] | None
    retired: Sequence[tuple[int, int]]

    def where(self, card_id: Any, deck_id: Any) -> ColumnElement[bool]:
        """The SQL condition for a card id and deck id column."""
        conditions = []
        if self.deck_ids is not None:
            conditions.append(deck_id.in_(self.deck_ids))
        if len(self.retired) > _RETIRED_LIST_LIMIT:
            retired_notes = select(Note.id).where(Note.retired_at.is_not(None))
            conditions.append(
                card_id.not_in(select(Card.id).where(Card.note_id.in_(retired_notes)))
            )
        elif self.retired:
            conditions.append(card_id.not_in([card for card, _ in self.retired]))
        return and_(true(), *conditions)


# -- per-deck figures -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class StateGroup:
    """Card states of one deck sharing a state and suspension, with their sums."""

    deck_id: int
    state: int
    suspended: bool
    leeches: int
    cards: int
    mature: int
    mastered: int
    retrievability_sum: float


def card_totals(session: Session, scope: Scope) -> dict[int, int]:
    """Active cards per deck (an index-only count)."""
    query = select(Card.deck_id, func.count()).group_by(Card.deck_id)
    if scope.deck_ids is not None:
        query = query.where(Card.deck_id.in_(scope.deck_ids))
    totals: dict[int, int] = dict(session.execute(query).all())
    for _, deck_id in scope.retired:
        totals[deck_id] -= 1
    return totals


def state_groups(session: Session, learner_id: int, scope: Scope, curve: Curve) -> list[StateGroup]:
    """The learner's card states grouped by deck, state and flags.

    ``mature``: scheduled interval (due minus last review) of at least 21 days;
    ``mastered``: retrievability now at least the desired retention. Both, and
    the retrievability sum, only mean something for studied states.
    """
    interval = _us(_S.due) - _us(_S.last_review)
    mastered = _elapsed_days(curve) <= _S.stability * curve.mastery_ratio
    query = (
        select(
            _S.deck_id,
            _S.state,
            _S.suspended,
            count_true(_S.leech),
            func.count(),
            count_true(interval >= MATURE_DAYS * DAY_US),
            count_true(mastered),
            # Grouped by state, so new cards' sums are simply not used.
            func.coalesce(func.sum(_power(curve)), 0.0),
        )
        .where(_S.learner_id == learner_id, scope.where(_S.card_id, _S.deck_id))
        # The covering index's own order: no temporary sort.
        .group_by(_S.deck_id, _S.state, _S.suspended)
    )
    return [
        StateGroup(deck, state, bool(suspended), leeches, cards, mature, done, float(r))
        for deck, state, suspended, leeches, cards, mature, done, r in session.execute(query)
    ]


# -- forecast and today's work --------------------------------------------


@dataclass(frozen=True, slots=True)
class Horizon:
    """The forecast's study days: today's number, when today ends, when the forecast ends."""

    today: int
    today_end_us: int
    end_us: int
    segments: OffsetSegments
    boundary_hour: int


def forecast_counts(
    session: Session, learner_id: int, scope: Scope, horizon: Horizon
) -> dict[int, int]:
    """Cards due per study day until the horizon; overdue ones count for today.

    Studied, unsuspended cards, learning ones included (they are due too).
    """
    due = _us(_S.due)
    day = case(
        (due < horizon.today_end_us, literal(horizon.today)),
        else_=study_day_number(due, horizon.segments, horizon.boundary_hour),
    ).label("day")
    query = (
        select(day, func.count())
        .where(
            _S.learner_id == learner_id,
            scope.where(_S.card_id, _S.deck_id),
            _S.state > NEW,
            _S.suspended.is_(False),
            due < horizon.end_us,
        )
        .group_by(day)
    )
    return {int(d): int(n) for d, n in session.execute(query)}


def due_today_counts(
    session: Session, learner_id: int, scope: Scope, *, now_us: int, today_end_us: int
) -> tuple[int, int]:
    """(learning, review) cards that can be studied before today ends, before limits."""
    query = select(
        count_true(_S.state.in_((LEARNING, RELEARNING))), count_true(_S.state == REVIEW)
    ).where(
        _S.learner_id == learner_id,
        scope.where(_S.card_id, _S.deck_id),
        _S.state > NEW,
        _S.suspended.is_(False),
        _us(_S.due) < today_end_us,
        # Buried by hand: not available until buried_until.
        func.coalesce(_us(_S.buried_until), 0) <= now_us,
    )
    learning, review = session.execute(query).one()
    return int(learning), int(review)


# -- articles and hardest cards -------------------------------------------


@dataclass(frozen=True, slots=True)
class ParagraphRow:
    """Cards of one article paragraph: how many, studied, mastered."""

    deck_id: int
    index: int
    cards: int
    studied: int
    mastered: int


def paragraph_rows(
    session: Session, learner_id: int, scope: Scope, curve: Curve
) -> list[ParagraphRow]:
    """Per deck and article paragraph: active cards, studied, mastered."""
    mastered = and_(_S.state > NEW, _elapsed_days(curve) <= _S.stability * curve.mastery_ratio)
    query = (
        select(
            Card.deck_id,
            Note.paragraph_index,
            func.count(Card.id),
            count_true(_S.state > NEW),
            count_true(mastered),
        )
        .join(Note, Note.id == Card.note_id)
        .outerjoin(_S, and_(_S.card_id == Card.id, _S.learner_id == learner_id))
        .where(
            scope.where(Card.id, Card.deck_id),
            Note.retired_at.is_(None),
            Note.paragraph_index.is_not(None),
        )
        .group_by(Card.deck_id, Note.paragraph_index)
    )
    return [
        ParagraphRow(deck, int(index or 0), cards, studied, mastered)
        for deck, index, cards, studied, mastered in session.execute(query)
    ]


def article_paragraphs(
    session: Session, deck_ids: Sequence[int]
) -> list[tuple[int, int, str, bool]]:
    """``(deck_id, index, text, is_caption)`` of the decks' articles, in order."""
    p = ArticleParagraph
    query = (
        select(p.deck_id, p.index, p.text, p.is_caption)
        .where(p.deck_id.in_(deck_ids))
        .order_by(p.deck_id, p.index)
    )
    return [
        (deck, index, text, bool(caption)) for deck, index, text, caption in session.execute(query)
    ]


@dataclass(frozen=True, slots=True)
class HardCardRow:
    """A card among the hardest: most lapses, then lowest retrievability."""

    card_id: int
    deck: str
    card_type: str
    question: str
    lapses: int
    reps: int
    state: int
    retrievability: float
    suspended: bool
    leech: bool


def hardest_cards(
    session: Session, learner_id: int, scope: Scope, curve: Curve, *, limit: int = 10
) -> list[HardCardRow]:
    """Studied cards with the most lapses, ties broken by the lowest retrievability."""
    # R falls as t/S grows: ordering by t/S avoids a power per card.
    forgetting = _elapsed_days(curve) / _S.stability
    picked = (
        select(_S.card_id, _S.lapses, forgetting.label("forgetting"))
        .where(_S.learner_id == learner_id, scope.where(_S.card_id, _S.deck_id), _S.state > NEW)
        .order_by(_S.lapses.desc(), forgetting.desc(), _S.card_id)
        .limit(limit)
        .subquery()
    )
    query = (
        select(
            picked.c.card_id,
            Deck.name,
            Card.card_type,
            func.coalesce(Note.fields["question"].as_string(), ""),
            _S.lapses,
            _S.reps,
            _S.state,
            func.coalesce(retrievability(curve), 0.0),
            _S.suspended,
            _S.leech,
        )
        .join(_S, and_(_S.learner_id == learner_id, _S.card_id == picked.c.card_id))
        .join(Card, Card.id == picked.c.card_id)
        .join(Note, Note.id == Card.note_id)
        .join(Deck, Deck.id == Card.deck_id)
        .order_by(picked.c.lapses.desc(), picked.c.forgetting.desc(), picked.c.card_id)
    )
    return [
        HardCardRow(card, deck, kind, question, lapses, reps, state, float(r), bool(s), bool(lch))
        for card, deck, kind, question, lapses, reps, state, r, s, lch in session.execute(query)
    ]
