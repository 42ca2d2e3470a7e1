"""The fast start: home painted from a preview, the database opened after the first paint."""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from studyapp.cli import main as cli_main
from studyapp.db.errors import DatabaseBusyError
from studyapp.services.home_preview import HomePreview, preview_home
from studyapp.services.opening import AppContext, open_app
from studyapp.tui import launch, startup_gc
from studyapp.tui.app import StudyApp
from studyapp.tui.runtime import PendingContext, Runtime
from studyapp.tui.screens.home import HomeScreen
from studyapp.tui.screens.study import StudyScreen
from tests.tui.conftest import AppFactory, Ticks
from tests.tui.decks import DECK_NAME
from tests.tui.helpers import press, settle, shown

SIZE = (80, 24)


def _preview(db_path: Path, now: dt.datetime) -> HomePreview:
    preview = preview_home(str(db_path), None, now=now)
    assert preview is not None
    return preview


def _fast_app(
    db_path: Path, now: dt.datetime, opener: Callable[[], AppContext] | None = None
) -> tuple[StudyApp, PendingContext]:
    preview = _preview(db_path, now)
    pending = PendingContext(
        preview.learner_name, opener or (lambda: open_app(str(db_path), None, now=now))
    )
    return StudyApp(Runtime(pending, monotonic=Ticks()), preview=preview.overview), pending


async def test_paints_the_same_home_screen_before_opening(
    app_context: AppContext, make_app: AppFactory, db_path: Path, pinned_now: dt.datetime
) -> None:
    usual = make_app()
    async with usual.run_test(size=SIZE) as pilot:
        await settle(pilot)
        expected = shown(pilot)
    release = threading.Event()

    def slow_open() -> AppContext:
        release.wait(10)
        return open_app(str(db_path), None, now=pinned_now)

    app, pending = _fast_app(db_path, pinned_now, slow_open)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen)
            assert shown(pilot) == expected
            assert pending.error() is None and not pending.finished()
            release.set()
            await settle(pilot)
            assert pending.finished()
            assert shown(pilot) == expected
    finally:
        release.set()
        pending.close()


async def test_enter_right_away_studies_the_deck(
    app_context: AppContext, db_path: Path, pinned_now: dt.datetime
) -> None:
    app, pending = _fast_app(db_path, pinned_now)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("enter")  # no waiting for the opening
            assert isinstance(app.screen, StudyScreen)
            await settle(pilot)
            assert "Huyện Bình Lục có bao nhiêu xã?" in shown(pilot)
            assert app.screen.deck == DECK_NAME
            await press(pilot, "escape")
    finally:
        pending.close()


async def test_a_failed_opening_ends_the_app(
    app_context: AppContext, db_path: Path, pinned_now: dt.datetime
) -> None:
    def busy() -> AppContext:
        raise DatabaseBusyError("the database is locked by another program")

    app, pending = _fast_app(db_path, pinned_now, busy)
    async with app.run_test(size=SIZE) as pilot:
        await asyncio.to_thread(pending.open)  # returns once the opening has failed
        await pilot.pause()
    assert app.return_code == 1
    assert isinstance(pending.error(), DatabaseBusyError)
    pending.close()  # nothing to close


def test_pending_context_opens_once(app_context: AppContext) -> None:
    calls: list[int] = []

    def opener() -> AppContext:
        calls.append(1)
        return app_context

    pending = PendingContext("local", opener)
    threads = [threading.Thread(target=pending.open) for _ in range(4)]
    for thread in threads:
        thread.start()
    assert pending.result() is app_context
    for thread in threads:
        thread.join()
    assert calls == [1]
    assert Runtime(pending).context is app_context
    assert Runtime(pending).learner_name == "local"


def test_pending_context_closes_only_what_it_opened() -> None:
    def never() -> AppContext:
        raise AssertionError("opened")

    PendingContext("local", never).close()  # never started: nothing to open or close


# -- the command line picks the path ------------------------------------------


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Which launcher the CLI called (the TUI itself is not started)."""
    calls: list[str] = []

    def usual(context: AppContext) -> None:
        calls.append(f"usual:{context.learner_name}")

    def fast(preview: HomePreview, open_context: Callable[[], AppContext]) -> None:
        context = open_context()
        calls.append(f"fast:{preview.learner_name}:{context.learner_name}")
        context.database.close()

    monkeypatch.setattr(launch, "run_home", usual)
    monkeypatch.setattr(launch, "run_home_preview", fast)
    return calls


def test_cli_paints_an_up_to_date_database_first(
    app_context: AppContext, db_path: Path, launched: list[str]
) -> None:
    from click.testing import CliRunner

    result = CliRunner().invoke(cli_main.main, ["--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert launched == ["fast:local:local"]


def test_cli_opens_a_new_database_first(tmp_path: Path, launched: list[str]) -> None:
    from click.testing import CliRunner

    result = CliRunner().invoke(cli_main.main, ["--db", str(tmp_path / "new.db")])
    assert result.exit_code == 0, result.output
    assert launched == ["usual:local"]


def test_cli_reports_an_unknown_learner_as_before(
    app_context: AppContext, db_path: Path, launched: list[str]
) -> None:
    from click.testing import CliRunner

    result = CliRunner().invoke(cli_main.main, ["--db", str(db_path), "--learner", "nobody"])
    assert result.exit_code == 2
    assert "unknown learner 'nobody'" in result.output
    assert launched == []


def test_launcher_closes_the_database_and_raises_a_failed_opening(
    app_context: AppContext, db_path: Path, pinned_now: dt.datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    def run(self: StudyApp) -> None:  # the app's run, minus the terminal: it opens the context
        pending = self.runtime.pending
        assert pending is not None
        pending.open()

    monkeypatch.setattr(StudyApp, "run", run)
    preview = _preview(db_path, pinned_now)
    closed: list[bool] = []

    def opener() -> AppContext:
        context = open_app(str(db_path), None, now=pinned_now)
        close = context.database.close

        def recorded_close() -> None:
            closed.append(True)
            close()

        monkeypatch.setattr(context.database, "close", recorded_close)
        return context

    launch.run_home_preview(preview, opener)
    assert closed == [True]

    def busy() -> AppContext:
        raise DatabaseBusyError("the database is locked by another program")

    with pytest.raises(DatabaseBusyError):
        launch.run_home_preview(preview, busy)


# -- garbage collection waits for the first frame ------------------------------


async def test_collection_resumes_after_the_first_frame(
    app_context: AppContext, db_path: Path, pinned_now: dt.datetime
) -> None:
    app, pending = _fast_app(db_path, pinned_now)
    try:
        with launch.starting():
            assert not gc.isenabled()
            async with app.run_test(size=SIZE) as pilot:
                await settle(pilot)
                assert gc.isenabled()
        assert gc.isenabled()
    finally:
        pending.close()


def test_collection_resumes_when_start_up_fails() -> None:
    with pytest.raises(RuntimeError), launch.starting():
        assert not gc.isenabled()
        raise RuntimeError("no terminal")
    assert gc.isenabled()
    startup_gc.resume()  # nothing paused: nothing to do
    assert gc.isenabled()
