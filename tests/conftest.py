"""Fixtures shared by every test: a fixed clock and fresh databases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from studyapp.db.session import Database
from studyapp.services.opening import open_database

FIXED_NOW = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # No test may touch the real user data folder or depend on the machine's zone.
    monkeypatch.delenv("STUDYAPP_DB", raising=False)
    monkeypatch.delenv("STUDYAPP_NOW", raising=False)
    monkeypatch.setenv("TZ", "UTC")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture
def now() -> dt.datetime:
    """A fixed, aware UTC 'now'."""
    return FIXED_NOW


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's database file goes."""
    return tmp_path / "study.db"


@pytest.fixture
def empty_database(db_path: Path, now: dt.datetime) -> Iterator[Database]:
    """A migrated database with the default learner and no decks."""
    database, _, _ = open_database(str(db_path), now=now, seed=False)
    yield database
    database.close()


@pytest.fixture
def seeded_database(db_path: Path, now: dt.datetime) -> Iterator[Database]:
    """A migrated database seeded with the bundled decks, as on first run."""
    database, _, _ = open_database(str(db_path), now=now)
    yield database
    database.close()
