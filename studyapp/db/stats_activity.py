"""Review activity per study day, and the review log for export. Never commits.

Per-day figures come from ``review_activity`` and ``review_activity_by_deck``
(sums per learner, or learner and deck, and 15-minute UTC slot, kept by
triggers on ``review_logs``; migration 0002), so they cost a few rows per
study day whatever the size of the log. On databases without those triggers
(not SQLite) the same sums are taken from ``review_logs`` itself.

A study day is turned into an integer in SQL: the local wall-clock time minus
the day-boundary hour, in whole days since 1970-01-01, exactly as
:func:`studyapp.core.scheduling.days.day_index` does in Python. The UTC offset
of each instant comes from a ``CASE`` over the zone's offset changes in the
range asked for (:class:`OffsetSegments`), so daylight saving is exact.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    case,
    column,
    func,
    literal,
    select,
    table,
    type_coerce,
)
from sqlalchemy.orm import Session

from studyapp.db.models import Card, Deck, Note, ReviewLog
from studyapp.db.types import from_epoch_us

DAY_US = 86_400_000_000
SLOT_US = 900_000_000  # review_activity's slot: 15 minutes

_SUMS = ("reviews", "new_reviews", "review_reviews", "review_passed", "duration_ms")
# Lightweight table clauses, not ORM models: migration 0002 creates the tables
# and only its triggers write them; this module only reads them.
review_activity = table(
    "review_activity",
    *(column(name, Integer) for name in ("learner_id", "slot", *_SUMS)),
)
review_activity_by_deck = table(
    "review_activity_by_deck",
    *(column(name, Integer) for name in ("learner_id", "deck_id", "slot", *_SUMS)),
)


@dataclass(frozen=True, slots=True)
class OffsetSegments:
    """A zone's UTC offset over a time range, as ``(first instant, offset)`` pairs.

    ``starts[0]`` is ignored (the first offset also covers everything before
    ``starts[1]``); instants and offsets are microseconds.
    """

    starts: tuple[int, ...]
    offsets: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class DayActivity:
    """What was done on one study day (``day``: days since 1970-01-01)."""

    day: int
    reviews: int
    new_reviews: int
    review_reviews: int
    review_passed: int
    duration_ms: int


def _offset_seconds(zone: ZoneInfo, instant: int) -> int:
    offset = dt.datetime.fromtimestamp(instant, zone).utcoffset()
    return 0 if offset is None else int(offset.total_seconds())


@lru_cache(maxsize=512)
def _transitions(zone_name: str, year: int) -> tuple[tuple[int, int], ...]:
    """``(instant, new offset)`` in seconds for each offset change in a UTC year."""
    zone = ZoneInfo(zone_name)
    start = int(dt.datetime(year, 1, 1, tzinfo=dt.UTC).timestamp())
    end = int(dt.datetime(year + 1, 1, 1, tzinfo=dt.UTC).timestamp())
    found: list[tuple[int, int]] = []
    at, offset = start, _offset_seconds(zone, start)
    # Offsets change at most a few times a year, never twice within a day:
    # sample daily, then bisect to the second.
    while at < end:
        step = min(at + 86_400, end)
        after = _offset_seconds(zone, step)
        if after != offset:
            low, high = at, step
            while high - low > 1:
                middle = (low + high) // 2
                if _offset_seconds(zone, middle) == offset:
                    low = middle
                else:
                    high = middle
            found.append((high, after))
            offset = after
        at = step
    return tuple(found)


def offset_segments(zone_name: str, start_us: int, end_us: int) -> OffsetSegments:
    """The zone's UTC offsets between two instants, for :func:`study_day_number`."""
    zone = ZoneInfo(zone_name)
    first = _offset_seconds(zone, start_us // 1_000_000)
    starts, offsets = [start_us], [first * 1_000_000]
    if zone_name != "UTC":
        first_year = from_epoch_us(start_us).year
        for year in range(first_year, from_epoch_us(end_us).year + 1):
            for instant, offset in _transitions(zone_name, year):
                if start_us < instant * 1_000_000 <= end_us:
                    starts.append(instant * 1_000_000)
                    offsets.append(offset * 1_000_000)
    return OffsetSegments(tuple(starts), tuple(offsets))


def study_day_number(
    instant_us: ColumnElement[Any], segments: OffsetSegments, boundary_hour: int
) -> ColumnElement[int]:
    """SQL for the study day (days since the epoch) of an instant in microseconds."""
    offsets = segments.offsets
    offset: ColumnElement[Any]
    if len(offsets) == 1:
        offset = literal(offsets[0])
    else:
        whens = [
            (instant_us < start, offset)
            for start, offset in zip(segments.starts[1:], offsets[:-1], strict=True)
        ]
        offset = case(*whens, else_=offsets[-1])
    shifted = instant_us + offset - boundary_hour * 3_600_000_000
    return type_coerce(shifted // DAY_US, Integer)


def _source(session: Session, by_deck: bool) -> Any:
    """The activity table, or the same sums straight from the log where no triggers keep it."""
    if session.get_bind().dialect.name == "sqlite":
        return review_activity_by_deck if by_deck else review_activity
    return log_activity()


def log_activity() -> Any:
    """What the activity tables hold, computed from ``review_logs`` (one row per answer)."""
    r = ReviewLog
    return select(
        r.learner_id.label("learner_id"),
        r.deck_id.label("deck_id"),
        (type_coerce(r.reviewed_at, Integer) // SLOT_US).label("slot"),
        literal(1).label("reviews"),
        case((r.state_before == 0, 1), else_=0).label("new_reviews"),
        case((r.state_before == 2, 1), else_=0).label("review_reviews"),
        case(((r.state_before == 2) & (r.rating > 1), 1), else_=0).label("review_passed"),
        r.duration_ms.label("duration_ms"),
    ).subquery("review_activity")


def activity_by_day(
    session: Session,
    learner_id: int,
    deck_ids: Sequence[int] | None,
    *,
    segments: OffsetSegments,
    boundary_hour: int,
) -> list[DayActivity]:
    """Every study day with at least one review, oldest first (decks ``None``: all)."""
    source = _source(session, by_deck=deck_ids is not None)
    c = source.c
    day = study_day_number(c.slot * SLOT_US, segments, boundary_hour).label("day")
    query: Select[Any] = select(
        day,
        func.sum(c.reviews),
        func.sum(c.new_reviews),
        func.sum(c.review_reviews),
        func.sum(c.review_passed),
        func.sum(c.duration_ms),
    ).where(c.learner_id == learner_id)
    if deck_ids is not None:
        query = query.where(c.deck_id.in_(deck_ids))
    query = query.group_by(day).having(func.sum(c.reviews) > 0).order_by(day)
    return [DayActivity(*(int(value) for value in row)) for row in session.execute(query)]


def review_time_range(session: Session, learner_id: int) -> tuple[int, int] | None:
    """The first and last review instants (microseconds) of a learner, if any.

    Two index seeks on ``review_logs (learner_id, reviewed_at)``.
    """
    at = type_coerce(ReviewLog.reviewed_at, Integer)
    first = session.scalar(select(func.min(at)).where(ReviewLog.learner_id == learner_id))
    last = session.scalar(select(func.max(at)).where(ReviewLog.learner_id == learner_id))
    if first is None or last is None:
        return None
    return int(first), int(last)


@dataclass(frozen=True, slots=True)
class ExportRow:
    """One answer, as written to the CSV export."""

    card_id: int
    deck: str
    question: str
    rating: int
    reviewed_at_us: int
    duration_ms: int


def review_log_rows(
    session: Session, learner_id: int, deck_ids: Sequence[int] | None
) -> Iterator[ExportRow]:
    """The learner's answers, oldest first, streamed in batches (not held in memory)."""
    question = Note.fields["question"].as_string()
    query: Select[Any] = (
        select(
            ReviewLog.card_id,
            Deck.name,
            func.coalesce(question, ""),
            ReviewLog.rating,
            type_coerce(ReviewLog.reviewed_at, Integer),
            ReviewLog.duration_ms,
        )
        .join(Deck, Deck.id == ReviewLog.deck_id)
        .join(Card, Card.id == ReviewLog.card_id)
        .join(Note, Note.id == Card.note_id)
        .where(ReviewLog.learner_id == learner_id)
        .order_by(ReviewLog.reviewed_at, ReviewLog.id)
    )
    if deck_ids is not None:
        query = query.where(ReviewLog.deck_id.in_(deck_ids))
    result = session.execute(query.execution_options(yield_per=5_000))
    for card_id, deck, text, rating, at, duration in result:
        yield ExportRow(card_id, deck, str(text), rating, at, duration)
