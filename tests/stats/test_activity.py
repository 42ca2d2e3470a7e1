"""Reviews per day, streaks and true retention on the fixed history, worked out by hand.

Study days (Hà Nội time, 4 a.m. boundary) with answers: 2025-12-01, 02-10,
02-23, 02-24, 02-25, 02-26 (an answer at 03:30 on the 27th), 02-28 (04:00),
03-01 (an answer at 03:59 on 03-02) and 03-02.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, func, select, text

from studyapp.core.errors import InputError
from studyapp.db import stats_activity as qa
from studyapp.db.models import ReviewLog
from studyapp.db.session import Database
from studyapp.services.stats import stats, streaks, today_summary
from studyapp.services.study import StudySession
from tests.stats.history import BINH_LUC, DAY, NOW, History, add_log, local


def test_reviews_and_time_per_day(history: History) -> None:
    activity = stats(history.database, history.learner_id, now=NOW).activity
    assert len(activity.days) == 365
    assert activity.days[-1].date == dt.date(2026, 3, 2)
    assert activity.days[0].date == dt.date(2025, 3, 3)
    recent = [(d.date.isoformat(), d.reviews, d.duration_ms) for d in activity.days[-8:]]
    assert recent == [
        ("2026-02-23", 1, 5000),
        ("2026-02-24", 1, 5000),
        ("2026-02-25", 1, 5000),
        ("2026-02-26", 1, 7000),
        ("2026-02-27", 0, 0),
        ("2026-02-28", 1, 4000),
        ("2026-03-01", 1, 6000),
        ("2026-03-02", 4, 23000),
    ]
    assert (activity.today.reviews, activity.today.duration_ms) == (4, 23000)
    month = activity.last(30)
    assert (month.reviews, month.duration_ms, month.days_studied) == (11, 58000, 8)
    assert (activity.all_time.reviews, activity.all_time.days_studied) == (12, 9)


def test_a_review_at_0359_counts_for_the_previous_study_day(history: History) -> None:
    days = {d.date: d for d in stats(history.database, history.learner_id, now=NOW).activity.days}
    # 2026-03-02 03:59 local belongs to 03-01; 2026-02-28 04:00 starts 02-28.
    assert days[dt.date(2026, 3, 1)].reviews == 1
    assert days[dt.date(2026, 2, 27)].reviews == 0
    assert days[dt.date(2026, 2, 28)].reviews == 1
    # And 2026-02-27 03:30 local still belongs to 02-26.
    assert days[dt.date(2026, 2, 26)].duration_ms == 7000


def test_streak_broken_by_one_day(history: History) -> None:
    activity = stats(history.database, history.learner_id, now=NOW).activity
    # 02-23..02-26 is the longest run; 02-27 is empty; 02-28..03-02 is the current one.
    assert (activity.current_streak, activity.longest_streak) == (3, 4)


def test_streak_survives_until_today_ends_unstudied(history: History) -> None:
    tomorrow = local("2026-03-03 23:00")
    assert stats(history.database, history.learner_id, now=tomorrow).activity.current_streak == 3
    after = local("2026-03-05 04:00")
    assert stats(history.database, history.learner_id, now=after).activity.current_streak == 0


def test_streaks_of_day_numbers() -> None:
    assert streaks([], 10) == (0, 0)
    assert streaks([10], 10) == (1, 1)
    assert streaks([9], 10) == (1, 1)
    assert streaks([8], 10) == (0, 1)
    assert streaks([1, 2, 3, 5, 6], 6) == (2, 3)


def test_true_retention_over_four_periods(history: History) -> None:
    retention = stats(history.database, history.learner_id, now=NOW).retention
    assert retention.desired == 0.9
    figures = [
        (f.passed, f.reviews)
        for f in (
            retention.today,
            retention.last_7_days,
            retention.last_30_days,
            retention.all_time,
        )
    ]
    assert figures == [(2, 3), (4, 6), (5, 7), (6, 8)]
    assert retention.all_time.rate == pytest.approx(0.75)


def test_one_deck_counts_only_its_answers(history: History) -> None:
    figures = stats(history.database, history.learner_id, now=NOW, deck=BINH_LUC)
    retention = figures.retention
    assert [(f.passed, f.reviews) for f in (retention.today, retention.all_time)] == [
        (1, 2),
        (5, 7),
    ]
    assert (figures.activity.today.reviews, figures.activity.today.duration_ms) == (3, 20000)
    # The parent name covers its sub-decks.
    assert stats(history.database, history.learner_id, now=NOW, deck="Hà Nam").cards.total == 16


def test_unknown_deck_is_an_input_error(history: History) -> None:
    with pytest.raises(InputError, match="no deck called"):
        stats(history.database, history.learner_id, now=NOW, deck="Hà")


def test_today_summary(history: History) -> None:
    summary = today_summary(history.database, history.learner_id, NOW)
    # Due: b2 (relearning, due 03:59 tomorrow morning: still today) and b3 (overdue learning).
    assert (summary.current_streak, summary.reviews_today, summary.due_today) == (3, 4, 2)
    assert summary.minutes_today == pytest.approx(23 / 60)
    assert summary.line() == "Streak 3 days · Today 4 reviews, <1 min · 2 due"


def test_empty_database(empty_database: Database, now: dt.datetime) -> None:
    figures = stats(empty_database, 1, now=now)
    assert figures.cards.total == 0 and figures.decks == ()
    assert figures.activity.current_streak == 0 and figures.retention.all_time.rate is None
    assert [f.due for f in figures.forecast] == [0] * 30
    assert today_summary(empty_database, 1, now).line() == (
        "Streak 0 days · Today 0 reviews, 0 min · 0 due"
    )


def _activity_rows(history: History, table: str) -> list[tuple[int, ...]]:
    with history.database.read() as session:
        rows = session.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2, 3"))
        return [tuple(row) for row in rows]


def _from_log(history: History) -> list[tuple[int, ...]]:
    # What the triggers must hold, recomputed from the log by the non-SQLite path.
    source = qa.log_activity()
    c = source.c
    query = (
        select(
            c.learner_id,
            c.deck_id,
            c.slot,
            func.sum(c.reviews),
            func.sum(c.new_reviews),
            func.sum(c.review_reviews),
            func.sum(c.review_passed),
            func.sum(c.duration_ms),
        )
        .group_by(c.learner_id, c.deck_id, c.slot)
        .order_by(c.learner_id, c.deck_id, c.slot)
    )
    with history.database.read() as session:
        return [tuple(row) for row in session.execute(query)]


def test_triggers_keep_the_activity_tables_equal_to_the_log(history: History) -> None:
    assert _activity_rows(history, "review_activity_by_deck") == _from_log(history)
    # Answers through the study session, an undo, and a deleted answer.
    session = StudySession(history.database, history.learner_id, BINH_LUC)
    moment = NOW + dt.timedelta(minutes=5)
    for _ in range(3):
        card = session.next_card(moment)
        assert card is not None
        session.answer(card.card_id, 3, now=moment, duration_ms=1234)
        moment += dt.timedelta(seconds=30)
    assert session.undo() is not None
    with history.database.write() as db:
        db.execute(delete(ReviewLog).where(ReviewLog.reviewed_at < NOW - 60 * DAY))
    add_log(history, "k0", NOW + dt.timedelta(minutes=9), 1, 2, 800)
    expected = _from_log(history)
    assert _activity_rows(history, "review_activity_by_deck") == expected
    totals: dict[tuple[int, int], list[int]] = {}
    for learner, _deck, slot, *sums in expected:
        key = (learner, slot)
        totals[key] = [a + b for a, b in zip(totals.get(key, [0] * 5), sums, strict=True)]
    flat = [(learner, slot, *sums) for (learner, slot), sums in sorted(totals.items())]
    assert _activity_rows(history, "review_activity") == flat
    today = stats(history.database, history.learner_id, now=moment).activity.today
    assert (today.reviews, today.duration_ms) == (4 + 2 + 1, 23000 + 2 * 1234 + 800)
