"""Every schema revision has a fixture database, and each upgrades to head intact."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from studyapp.db.engine import make_engine, resolve_url
from studyapp.db.migrate import ensure_schema, head_revision, known_revisions
from tests.fixtures.make_fixture_db import FIXTURES

TABLES = ("decks", "notes", "cards", "learners", "card_states", "review_logs")


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_every_revision_has_a_fixture() -> None:
    missing = sorted(r for r in known_revisions() if not (FIXTURES / f"{r}.sqlite").exists())
    assert missing == [], (
        f"no upgrade fixture for {missing}: run `python -m tests.fixtures.make_fixture_db`"
    )


@pytest.mark.parametrize("revision", sorted(known_revisions()))
def test_fixture_upgrades_to_head_with_every_row(
    revision: str, tmp_path: Path, now: dt.datetime
) -> None:
    fixture = FIXTURES / f"{revision}.sqlite"
    if not fixture.exists():
        pytest.fail(f"missing fixture {fixture.name}")
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    before = _counts(copy)
    assert all(before[t] > 0 for t in TABLES), before
    engine = make_engine(resolve_url(str(copy)))
    report = ensure_schema(engine, now=now)
    engine.dispose()
    assert report.after == head_revision()
    assert _counts(copy) == before
    with sqlite3.connect(copy) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
