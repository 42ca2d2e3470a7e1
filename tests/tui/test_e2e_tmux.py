"""End to end: the installed ``studyapp`` in a real terminal (tmux), answers saved to disk.

Starts ``studyapp study DECK`` in an 80×24 tmux pane, answers two cards with
keys, ends the session, quits, and reads the database file afterwards.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from studyapp.db.models import ReviewLog
from studyapp.services.learner_settings import update_settings
from studyapp.services.opening import open_database
from tests.factories import default_learner_id, store
from tests.tui.decks import DECK_NAME, study_deck

pytestmark = pytest.mark.e2e
TIMEOUT = 30.0


def studyapp_command() -> list[str]:
    """The installed console script; ``python -m studyapp`` only if none is installed."""
    found = shutil.which("studyapp") or shutil.which(
        "studyapp", path=str(Path(sys.executable).parent)
    )
    return [found] if found else [sys.executable, "-m", "studyapp"]


class Terminal:
    """One tmux session on a private tmux server."""

    def __init__(self, tmux: str, socket: Path) -> None:
        self.tmux = tmux
        self.socket = socket
        self.env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [self.tmux, "-u", "-S", str(self.socket), *args],
            capture_output=True,
            text=True,
            env=self.env,
            check=check,
            timeout=TIMEOUT,
        )

    def start(self, command: str) -> None:
        self.run("new-session", "-d", "-s", "e2e", "-x", "80", "-y", "24", command)

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "e2e", check=False).stdout

    def keys(self, *keys: str) -> None:
        self.run("send-keys", "-t", "e2e", *keys)

    def wait_for(self, text: str) -> str:
        """Poll the pane until ``text`` is on it; fail with the pane's content after a while."""
        deadline = time.monotonic() + TIMEOUT
        shown = ""
        while time.monotonic() < deadline:
            shown = self.screen()
            if text in shown:
                return shown
            time.sleep(0.05)
        raise AssertionError(f"{text!r} never appeared; the terminal shows:\n{shown}")

    def alive(self) -> bool:
        return self.run("has-session", "-t", "e2e", check=False).returncode == 0

    def wait_closed(self) -> None:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            if not self.alive():
                return
            time.sleep(0.05)
        raise AssertionError(f"studyapp did not quit; the terminal shows:\n{self.screen()}")


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    tmux = shutil.which("tmux")
    if tmux is None:
        pytest.skip("tmux is not installed (.ci/run installs it)")
    # A private server whose socket lives, and is removed, with the test's folder.
    term = Terminal(tmux, tmp_path / "tmux.sock")
    yield term
    term.run("kill-server", check=False)


@pytest.fixture
def database_file(tmp_path: Path, now: dt.datetime) -> Path:
    path = tmp_path / "e2e.db"
    database, _, _ = open_database(str(path), now=now, seed=False)
    store(database, study_deck(), now)
    update_settings(database, default_learner_id(database), timezone="UTC")
    database.close()
    return path


def test_answer_two_cards_then_quit(
    terminal: Terminal, database_file: Path, tmp_path: Path, now: dt.datetime
) -> None:
    env = {
        "STUDYAPP_DB": str(database_file),
        "STUDYAPP_NOW": now.isoformat(),
        "XDG_DATA_HOME": str(tmp_path / "xdg"),
        "TERM": "xterm-256color",
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    assignments = [f"{key}={value}" for key, value in env.items()]
    command = shlex.join(["env", *assignments, *studyapp_command(), "study", DECK_NAME])
    terminal.start(command)

    terminal.wait_for("Huyện Bình Lục có bao nhiêu xã?")
    terminal.keys("Space")
    terminal.wait_for("Good · 10m")
    terminal.keys("3")

    shown = terminal.wait_for("Năm 2023, huyện trồng bao nhiêu ha lúa?")
    right = re.search(r"(\d)\s+6\.968 ha", shown)
    assert right is not None, shown
    terminal.keys(right.group(1))
    terminal.wait_for("✓ Right")
    terminal.keys("Enter")

    terminal.wait_for("Huyện nào có 17 xã và 1 thị trấn?")
    terminal.keys("Escape")
    shown = terminal.wait_for("Session ended")
    assert "Cards studied     2" in shown
    terminal.keys("q")
    terminal.wait_closed()

    database, _, _ = open_database(str(database_file), now=now, seed=False)
    try:
        with database.read() as session:
            rows = session.execute(
                select(ReviewLog.card_id, ReviewLog.rating, ReviewLog.answer_given).order_by(
                    ReviewLog.id
                )
            ).all()
    finally:
        database.close()
    assert [tuple(row) for row in rows] == [(1, 3, None), (2, 3, "6.968 ha")]


def test_home_screen_then_study_right_away(
    terminal: Terminal, database_file: Path, tmp_path: Path, now: dt.datetime
) -> None:
    # `studyapp` alone on an up-to-date file: the home screen is painted from
    # sqlite3 before the database is fully opened; Enter at once still studies.
    env = {
        "STUDYAPP_DB": str(database_file),
        "STUDYAPP_NOW": now.isoformat(),
        "XDG_DATA_HOME": str(tmp_path / "xdg"),
        "TERM": "xterm-256color",
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    assignments = [f"{key}={value}" for key, value in env.items()]
    terminal.start(shlex.join(["env", *assignments, *studyapp_command()]))

    shown = terminal.wait_for(DECK_NAME)
    assert "Streak 0 days" in shown
    terminal.keys("Enter")
    terminal.wait_for("Huyện Bình Lục có bao nhiêu xã?")
    terminal.keys("Space")
    terminal.wait_for("Good · 10m")
    terminal.keys("3")
    terminal.wait_for("Năm 2023, huyện trồng bao nhiêu ha lúa?")
    terminal.keys("Escape")
    terminal.wait_for("Session ended")
    terminal.keys("q")
    terminal.wait_closed()

    database, _, _ = open_database(str(database_file), now=now, seed=False)
    try:
        with database.read() as session:
            rows = session.execute(select(ReviewLog.card_id, ReviewLog.rating)).all()
    finally:
        database.close()
    assert [tuple(row) for row in rows] == [(1, 3)]
