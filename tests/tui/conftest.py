"""Fixtures for the TUI tests: a fixed deck, a pinned clock and an app factory."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from studyapp.services.learner_settings import update_settings
from studyapp.services.opening import AppContext, open_app, open_database
from studyapp.tui.app import StudyApp, StudyStart
from studyapp.tui.runtime import Runtime
from tests.factories import default_learner_id, store
from tests.tui.decks import study_deck

# Each call of the fake monotonic clock is this many seconds after the previous one,
# so every answer takes exactly one tick, 4 s, whatever the machine's speed.
TICK = 4.0


class Ticks:
    """A monotonic clock that advances a fixed step per reading."""

    def __init__(self, step: float = TICK) -> None:
        self.value = 0.0
        self.step = step

    def __call__(self) -> float:
        self.value += self.step
        return self.value


@pytest.fixture
def pinned_now(monkeypatch: pytest.MonkeyPatch, now: dt.datetime) -> dt.datetime:
    """Pin the app's clock (``studyapp.clock.utc_now``) to the tests' fixed time."""
    monkeypatch.setenv("STUDYAPP_NOW", now.isoformat())
    return now


@pytest.fixture
def app_context(db_path: Path, pinned_now: dt.datetime) -> Iterator[AppContext]:
    """A database holding the fixed study deck, opened as the CLI opens it."""
    database, _, _ = open_database(str(db_path), now=pinned_now, seed=False)
    store(database, study_deck(), pinned_now)
    # The learner's zone decides the day boundaries and the times shown.
    update_settings(database, default_learner_id(database), timezone="UTC")
    database.close()
    context = open_app(str(db_path), None, now=pinned_now)
    yield context
    context.database.close()


AppFactory = Callable[..., StudyApp]


@pytest.fixture
def make_app(app_context: AppContext) -> AppFactory:
    """Build the app on the fixed deck; ``study=NAME`` opens straight into a session."""

    def make(*, study: str | bool | None = False) -> StudyApp:
        runtime = Runtime(app_context, monotonic=Ticks())
        if study is False:
            return StudyApp(runtime)
        from studyapp.services.study import StudySession

        deck = None if study is True or study is None else str(study)
        session = StudySession(app_context.database, app_context.learner_id, deck)
        return StudyApp(runtime, start=StudyStart(deck, session))

    return make
