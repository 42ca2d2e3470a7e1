"""The home screen read before SQLAlchemy is loaded: the TUI's fast start.

``studyapp`` with no command paints the home screen from :func:`preview_home`
when the database is an existing, up-to-date SQLite file and the learner
exists; the full app context (SQLAlchemy engine, services) is opened after
the first paint. In every other case - a new or outdated database, a URL, an
unknown learner, any error - it returns ``None`` and the usual path opens
the database first, creating, upgrading or refusing it exactly as before.

The figures are the ones :func:`studyapp.services.overview.home_overview`
computes (``tests/services/test_home_preview.py`` compares the two).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from studyapp.core.scheduling.days import day_bounds, day_index
from studyapp.core.scheduling.limits import remaining_limits
from studyapp.core.scheduling.settings import SchedulerSettings
from studyapp.db import home_read
from studyapp.db.deck_tally import DeckCounts
from studyapp.db.location import SQLITE_MAGIC, busy_timeout_ms, database_file
from studyapp.db.names import DEFAULT_LEARNER, HEAD_REVISION
from studyapp.services.stored_settings import settings_from_stored
from studyapp.services.views import DeckRow, DeckSummary, HomeOverview, TodaySummary

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_US = dt.timedelta(microseconds=1)
_DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class HomePreview:
    """The home screen's figures, and whose they are."""

    learner_name: str
    overview: HomeOverview


def deck_summary(row: DeckCounts, settings: SchedulerSettings) -> DeckSummary:
    """A deck's counts for today: new cards and reviews capped by the daily limits."""
    return DeckSummary(
        id=row.deck_id,
        name=row.name,
        slug=row.slug,
        total=row.total,
        new=min(row.new, settings.new_per_day),
        learning=row.learning,
        due=min(row.review_due, settings.reviews_per_day),
        suspended=row.suspended,
    )


def preview_home(
    db_option: str | None,
    learner: str | None,
    *,
    now: dt.datetime,
    environ: Mapping[str, str] | None = None,
) -> HomePreview | None:
    """The home screen's figures at ``now``, read with ``sqlite3`` alone, or ``None``.

    ``None`` whenever the usual opening might do more than read: the file is
    missing, empty, not SQLite, read-only or not at the current schema
    revision, ``--db`` is a URL, or the learner does not exist yet.
    """
    path = database_file(db_option, environ)
    if path is None or not _plain_writable_sqlite(path):
        return None
    name = learner or DEFAULT_LEARNER
    try:
        with home_read.read_only(path, timeout_ms=busy_timeout_ms(environ)) as connection:
            if home_read.schema_revision(connection) != HEAD_REVISION:
                return None
            found = home_read.find_learner(connection, name)
            if found is None:
                return None
            learner_id, stored = found
            overview = _overview(connection, learner_id, settings_from_stored(stored), now)
    except Exception:  # any surprise: the usual path opens the file and reports it
        return None
    return HomePreview(name, overview)


def _plain_writable_sqlite(path: Path) -> bool:
    # What check_sqlite_file accepts for an existing file; anything else is
    # left to it, so that the error message stays the usual one.
    try:
        if not path.is_file() or path.stat().st_size == 0 or not os.access(path, os.W_OK):
            return False
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def _epoch_us(value: dt.datetime) -> int:
    return (value - _EPOCH) // _US


def _overview(
    connection: sqlite3.Connection, learner_id: int, settings: SchedulerSettings, now: dt.datetime
) -> HomeOverview:
    today_start, today_end = day_bounds(now, settings)
    now_us, end_us = _epoch_us(now), _epoch_us(today_end)
    rows = home_read.deck_counts(connection, learner_id, now_us=now_us, day_end_us=end_us)
    in_review = home_read.review_state_counts(connection, learner_id)
    summaries = [deck_summary(row, settings) for row in rows]
    decks = tuple(
        DeckRow(summary, in_review.get(summary.id, 0) / summary.total if summary.total else 0.0)
        for summary in summaries
    )
    # Today's answers: the 15-minute activity slots that start within today
    # (activity_by_day puts a slot in the study day of its start), hence the
    # rounding up of both bounds.
    slot = home_read.SLOT_US
    first, end = -(-_epoch_us(today_start) // slot), -(-end_us // slot)
    done = home_read.activity_between(connection, learner_id, first, end)
    if done.reviews <= 0:  # as a study day with no answers left (all undone)
        done = home_read.ActivitySums(0, 0, 0, 0)
    learning, review = home_read.due_today_counts(
        connection, learner_id, now_us=now_us, today_end_us=end_us
    )
    limits = remaining_limits(
        settings, new_today=done.new_reviews, reviews_today=done.review_reviews
    )
    streak = current_streak(
        home_read.active_slots(connection, learner_id), settings, day_index(now, settings)
    )
    today = TodaySummary(
        current_streak=streak,
        reviews_today=done.reviews,
        minutes_today=done.duration_ms / 60_000,
        due_today=learning + min(review, limits.reviews),
    )
    return HomeOverview(decks, today)


def current_streak(slots: Iterable[int], settings: SchedulerSettings, today: dt.date) -> int:
    """Consecutive study days with answers, ending today (or yesterday if today has none).

    ``slots`` are the answered activity slots, newest first; reading stops at
    the first gap, as :func:`studyapp.services.stats.streaks` counts.
    """
    streak, expected = 0, None
    for slot in slots:
        day = day_index(_EPOCH + slot * home_read.SLOT_US * _US, settings)
        if day > today or day == expected:  # a future answer, or the same day again
            continue
        if expected is None and day < today - _DAY:
            break
        if expected is not None and day != expected - _DAY:
            break
        streak, expected = streak + 1, day
    return streak
