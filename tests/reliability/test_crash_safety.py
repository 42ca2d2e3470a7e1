"""SIGKILL the real studyapp at random moments: no committed answer is ever lost."""

from __future__ import annotations

import datetime as dt
import random
import signal
import time
from collections import Counter
from pathlib import Path

import pytest

from studyapp.services.learner_settings import update_settings
from studyapp.services.opening import open_database
from tests.factories import deck, default_learner_id, store
from tests.reliability.checks import integrity, logged_answers, states_disagreeing_with_log
from tests.reliability.driver import PlainDriver

pytestmark = pytest.mark.slow


def prepare(path: Path, now: dt.datetime, notes: int = 150) -> None:
    database, _, _ = open_database(str(path), now=now, seed=False)
    store(database, deck("Bình Lục", notes=notes), now)
    update_settings(database, default_learner_id(database), new_per_day=9999)
    database.close()


def test_sigkill_at_random_moments_loses_nothing(tmp_path: Path, now: dt.datetime) -> None:
    db = tmp_path / "crash.db"
    prepare(db, now)
    rng = random.Random(20261128)
    reported: Counter[tuple[int, int]] = Counter()
    for attempt in range(20):
        driver = PlainDriver(db, seed=attempt)
        driver.start()
        time.sleep(rng.uniform(0.2, 1.5))  # the random moment of the crash
        assert driver.process is not None
        driver.process.send_signal(signal.SIGKILL)
        driver.wait(timeout=30)
        reported.update(driver.saved)

        assert integrity(db) == "ok", f"after kill {attempt}"
        logged = logged_answers(db)
        missing = reported - logged
        assert not missing, f"after kill {attempt}: committed answers lost: {missing}"
        assert states_disagreeing_with_log(db) == [], f"after kill {attempt}"
    assert sum(reported.values()) > 20, "the kills came before any answer was given"
