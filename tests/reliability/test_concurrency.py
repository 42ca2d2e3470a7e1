"""Two terminals studying one database at once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.reliability.checks import integrity, logged_answers, states_disagreeing_with_log
from tests.reliability.driver import PlainDriver
from tests.reliability.test_crash_safety import prepare

pytestmark = pytest.mark.slow


def test_two_processes_lose_nothing_and_never_see_locked(tmp_path: Path, now: dt.datetime) -> None:
    db = tmp_path / "shared.db"
    prepare(db, now, notes=40)
    first, second = PlainDriver(db, seed=1), PlainDriver(db, seed=2)
    first.start()
    second.start()
    codes = [first.wait(timeout=120), second.wait(timeout=120)]
    errors = first.stderr() + second.stderr()
    assert codes == [0, 0], errors
    assert "locked" not in errors.lower() and "Traceback" not in errors
    saved = len(first.saved) + len(second.saved)
    assert saved > 40
    assert sum(logged_answers(db).values()) == saved
    assert states_disagreeing_with_log(db) == []
    assert integrity(db) == "ok"
