"""The fast start's sqlite3 reading of the home screen agrees with the SQLAlchemy one."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from studyapp.db import home_read
from studyapp.db.deck_queries import deck_counts
from studyapp.db.location import busy_timeout_ms
from studyapp.db.models import Card, Learner, Note
from studyapp.db.session import Database
from studyapp.services.home_preview import HomePreview, preview_home
from studyapp.services.learner_settings import update_settings
from studyapp.services.opening import open_database
from studyapp.services.overview import home_overview
from studyapp.services.study import StudySession
from tests.factories import card_ids, deck, default_learner_id, store

DAY = dt.timedelta(days=1)
HOUR = dt.timedelta(hours=1)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "databases"


def _build(database: Database, now: dt.datetime) -> None:
    """Decks with sub-decks, and cards in every state the counts tell apart."""
    store(database, deck("A", notes=6), now)
    store(database, deck("A::Sub", notes=3), now)
    store(database, deck("B", notes=3), now)
    store(database, deck("Empty", notes=0), now)
    learner = default_learner_id(database)
    session = StudySession(database, learner)
    ids = card_ids(database)
    # Answers on earlier days make a streak (and a gap before it).
    for days_ago, card in ((1, 1), (2, 2), (3, 3), (5, 5)):
        session.answer(ids[card], 3, now=now - days_ago * DAY)
    session.answer(ids[0], 1, now=now)  # learning, due in a minute
    session.answer(ids[4], 4, now=now)  # review, days away
    session.answer(ids[8], 4, now=now - 30 * DAY)  # review, overdue
    session.answer(ids[13], 4, now=now - 30 * DAY)  # review in the sub-deck, overdue
    session.answer(ids[14], 4, now=now - 30 * DAY)
    session.answer(ids[14], 3, now=now)  # a review answered today: against the review limit
    session.suspend(ids[12])
    session.suspend(ids[9])  # a new card, suspended
    session.bury(ids[16], now=now)
    session.answer(ids[24], 1, now=now)  # learning, then buried: not due today
    session.bury(ids[24], now=now)
    session.answer(ids[28], 4, now=now - 30 * DAY)  # overdue review, buried
    session.bury(ids[28], now=now)
    session.answer(ids[32], 4, now=now - 30 * DAY)  # overdue review, buried and suspended
    session.bury(ids[32], now=now)
    session.suspend(ids[32])
    session.bury(ids[33], now=now - 2 * DAY)  # buried on an earlier day: back today
    session.answer(ids[20], 3, now=now)
    session.answer(ids[21], 3, now=now + 2 * HOUR)  # later today
    with database.write() as s:  # retire one studied note
        note = s.scalar(select(Card.note_id).where(Card.id == ids[20]))
        s.execute(update(Note).where(Note.id == note).values(retired_at=now))


@pytest.fixture
def built(empty_database: Database, now: dt.datetime) -> Database:
    """The database of :func:`_build`, the learner's zone UTC."""
    _build(empty_database, now)
    update_settings(empty_database, default_learner_id(empty_database), timezone="UTC")
    return empty_database


# Around the day boundary (04:00 in the learner's zone), and days later.
MOMENTS = [
    dt.timedelta(0),
    dt.timedelta(hours=-5, minutes=-30),  # 04:00 UTC exactly
    dt.timedelta(hours=-5, minutes=-30, microseconds=-1),  # just before it
    dt.timedelta(hours=18, minutes=29),  # 03:59 the next morning: still today
    DAY,
    3 * DAY,
    40 * DAY,
]


@pytest.mark.parametrize("zone", ["UTC", "Asia/Ho_Chi_Minh", "America/New_York"])
@pytest.mark.parametrize("shift", MOMENTS)
def test_preview_equals_the_home_overview(
    built: Database, db_path: Path, now: dt.datetime, zone: str, shift: dt.timedelta
) -> None:
    learner = default_learner_id(built)
    update_settings(built, learner, timezone=zone)
    at = now + shift
    preview = preview_home(str(db_path), None, now=at)
    assert preview == HomePreview("local", home_overview(built, learner, now=at))


def test_preview_applies_the_daily_limits(built: Database, db_path: Path, now: dt.datetime) -> None:
    learner = default_learner_id(built)
    update_settings(built, learner, new_per_day=2, reviews_per_day=1, day_boundary_hour=0)
    preview = preview_home(str(db_path), None, now=now)
    assert preview is not None
    assert preview.overview == home_overview(built, learner, now=now)
    assert max(row.summary.new for row in preview.overview.decks) == 2
    assert preview.overview.today.reviews_today == 6  # ids 0, 4, 14, 20, 21 and 24
    learning = sum(row.summary.learning for row in preview.overview.decks)
    assert preview.overview.today.due_today == learning  # today's one review used the limit


def test_streak_and_today_line(built: Database, db_path: Path, now: dt.datetime) -> None:
    preview = preview_home(str(db_path), None, now=now)
    assert preview is not None
    today = preview.overview.today
    assert today.current_streak == 4  # today and the three days before; not 5 days ago
    tomorrow = preview_home(str(db_path), None, now=now + DAY)
    assert tomorrow is not None and tomorrow.overview.today.current_streak == 4
    later = preview_home(str(db_path), None, now=now + 3 * DAY)
    assert later is not None and later.overview.today.current_streak == 0


@pytest.mark.parametrize("shift", MOMENTS)
def test_raw_deck_counts_equal_the_core_query(
    built: Database, db_path: Path, now: dt.datetime, shift: dt.timedelta
) -> None:
    learner = default_learner_id(built)
    at = now + shift
    for day_end in (at, at + HOUR, at + DAY, at + 60 * DAY):
        with built.read() as session:
            core = deck_counts(session, learner, now=at, day_end=day_end)
        with home_read.read_only(db_path, timeout_ms=busy_timeout_ms()) as connection:
            raw = home_read.deck_counts(
                connection, learner, now_us=_us(at), day_end_us=_us(day_end)
            )
        assert [_fields(row) for row in raw] == [_fields(row) for row in core]
    names = [row.name for row in raw]
    assert names == sorted(names) and "A::Sub" in names


def _us(value: dt.datetime) -> int:
    return (value - dt.datetime(1970, 1, 1, tzinfo=dt.UTC)) // dt.timedelta(microseconds=1)


def _fields(row: object) -> tuple[object, ...]:
    names = ("deck_id", "name", "slug", "total", "new", "learning", "review_due", "suspended")
    return tuple(getattr(row, name) for name in names)


def test_a_named_learner(built: Database, db_path: Path, now: dt.datetime) -> None:
    with built.write() as s:
        s.add(Learner(name="lan", settings={"timezone": "UTC"}, created_at=now))
    preview = preview_home(str(db_path), "lan", now=now)
    assert preview is not None and preview.learner_name == "lan"
    assert all(row.summary.learning == 0 for row in preview.overview.decks)
    assert preview_home(str(db_path), "nobody", now=now) is None


def test_the_environment_names_the_file(built: Database, db_path: Path, now: dt.datetime) -> None:
    assert preview_home(None, None, now=now, environ={"STUDYAPP_DB": str(db_path)}) is not None


# -- every other case takes the usual path ----------------------------------


def test_no_preview_for_a_missing_or_empty_file(tmp_path: Path, now: dt.datetime) -> None:
    assert preview_home(str(tmp_path / "new.db"), None, now=now) is None
    (tmp_path / "empty.db").write_bytes(b"")
    assert preview_home(str(tmp_path / "empty.db"), None, now=now) is None
    assert preview_home(None, None, now=now, environ={}) is None  # the default file: not yet


def test_no_preview_for_something_else(tmp_path: Path, now: dt.datetime) -> None:
    (tmp_path / "notes.txt").write_text("not a database", encoding="utf-8")
    assert preview_home(str(tmp_path / "notes.txt"), None, now=now) is None
    assert preview_home(str(tmp_path), None, now=now) is None  # a directory
    assert preview_home(f"sqlite:///{tmp_path / 'x.db'}", None, now=now) is None  # a URL


def test_no_preview_for_a_read_only_file(built: Database, db_path: Path, now: dt.datetime) -> None:
    built.close()
    db_path.chmod(0o444)
    try:
        if os.access(db_path, os.W_OK):
            pytest.skip("this user (root) may write to a read-only file")
        assert preview_home(str(db_path), None, now=now) is None
    finally:
        db_path.chmod(0o644)


@pytest.mark.parametrize("revision", ["0001", "0002"])
def test_no_preview_for_an_older_schema(tmp_path: Path, now: dt.datetime, revision: str) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / f"{revision}.sqlite", path)
    assert preview_home(str(path), None, now=now) is None
    assert path.read_bytes() == (FIXTURES / f"{revision}.sqlite").read_bytes()  # untouched


def test_no_preview_without_the_default_learner(db_path: Path, now: dt.datetime) -> None:
    database, _, _ = open_database(str(db_path), now=now, seed=False)
    with database.write() as s:
        s.execute(delete(Learner))
    database.close()
    assert preview_home(str(db_path), None, now=now) is None


def test_no_preview_for_a_newer_schema(built: Database, db_path: Path, now: dt.datetime) -> None:
    built.close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'zz_future'")
    connection.close()
    assert preview_home(str(db_path), None, now=now) is None


def test_bad_stored_settings_take_the_usual_path(
    built: Database, db_path: Path, now: dt.datetime
) -> None:
    with built.write() as s:
        s.execute(update(Learner).values(settings={"new_per_day": -5}))
    assert preview_home(str(db_path), None, now=now) is None
