"""SIGKILL the real studyapp in the middle of a schema upgrade.

Afterwards the database is either wholly at the old revision or wholly at the
new one, never in between, and the backup taken before the upgrade is a
usable copy of the old database.
"""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from studyapp.db.migrate import HEAD_REVISION
from tests.fixtures.make_fixture_db import FIXTURES
from tests.reliability.checks import integrity
from tests.reliability.driver import studyapp_command

pytestmark = pytest.mark.slow

OLD = "0001"
EXTRA_REVIEWS = 200_000  # enough rows that the upgrade's backfill takes a while


def _old_database(path: Path) -> None:
    shutil.copy(FIXTURES / f"{OLD}.sqlite", path)
    with sqlite3.connect(path) as connection:
        learner, card, deck = connection.execute(
            "SELECT learner_id, card_id, deck_id FROM review_logs LIMIT 1"
        ).fetchone()
        connection.executemany(
            "INSERT INTO review_logs (learner_id, card_id, deck_id, rating, reviewed_at, "
            "duration_ms, state_before) VALUES (?, ?, ?, 3, ?, 1000, 2)",
            (
                (learner, card, deck, 1_700_000_000_000_000 + i * 60_000_000)
                for i in range(EXTRA_REVIEWS)
            ),
        )


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {name for (name,) in rows}


def _reviews(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM review_logs").fetchone()[0])


def test_kill_during_upgrade_leaves_old_or_new_never_half(tmp_path: Path) -> None:
    rng = random.Random(2811)
    template = tmp_path / "template.db"
    _old_database(template)
    expected_reviews = _reviews(template)
    outcomes = set()
    for attempt in range(8):
        folder = tmp_path / f"run{attempt}"
        folder.mkdir()
        db = folder / "study.db"
        shutil.copy(template, db)
        process = subprocess.Popen(
            [*studyapp_command(), "--db", str(db), "db", "upgrade"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.3, 2.5))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)

        assert integrity(db) == "ok"
        revision = _revision(db)
        assert revision in (OLD, HEAD_REVISION)
        if revision == OLD:
            assert "review_activity" not in _tables(db), "schema half-upgraded"
        else:
            assert {"review_activity", "review_activity_by_deck"} <= _tables(db)
        assert _reviews(db) == expected_reviews
        outcomes.add(revision)
        for backup in folder.glob("*.bak"):
            # A backup, where the kill came after it was written, is the old database.
            assert integrity(backup) == "ok" and _revision(backup) == OLD
            assert _reviews(backup) == expected_reviews
        # Whatever the kill left, the next start finishes the job.
        finished = subprocess.run(
            [*studyapp_command(), "--db", str(db), "db", "upgrade"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert finished.returncode == 0, finished.stderr
        assert _revision(db) == HEAD_REVISION
    assert outcomes, "no run reached the upgrade"
