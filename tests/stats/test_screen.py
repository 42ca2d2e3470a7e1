"""The Stats screen on the fixed history: Pilot tests and snapshots at 80x24."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Select, TabbedContent

from studyapp.services.opening import AppContext, open_app
from studyapp.tui.screens.stats import StatsScreen
from studyapp.tui.widgets.stats_charts import heat_level, weekly_retention
from tests.stats.history import BINH_LUC, NOW, History
from tests.tui.screen_text import screen_text


class StatsApp(App[None]):
    """Just the Stats screen, over an empty screen."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context

    def on_mount(self) -> None:
        self.push_screen(StatsScreen(self.context))


@pytest.fixture
def context(
    history: History, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[AppContext]:
    """The history opened as the app opens it, with the clock pinned."""
    monkeypatch.setenv("STUDYAPP_NOW", NOW.isoformat())
    history.database.close()
    opened = open_app(str(db_path), None, now=NOW)
    yield opened
    opened.database.close()


async def settle(pilot: Pilot[Any]) -> None:
    """Wait for the figures to be read and drawn."""
    for _ in range(10):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if not any(worker.is_running for worker in pilot.app.workers):
            break
    await pilot.pause()


async def press(pilot: Pilot[Any], *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


async def test_overview_shows_the_figures(context: AppContext) -> None:
    app = StatsApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "Progress · all decks · 2026-03-02" in text
        assert "4 reviews · 23 s · streak 3 d (longest 4)" in text
        assert "today 67% · 7 d 67% · 30 d 71% · all 75% (desired 90%)" in text
        assert "mastered 5 of 16 (31%)" in text
        assert "Hà Nam::Bình Lục  12     6    2      4       2       2     33%" in text


async def test_tabs_and_deck_choice(context: AppContext) -> None:
    app = StatsApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "2")
        assert "Reviews per day, last 30 days (11 reviews)" in screen_text(app)
        await press(pilot, "y")
        assert "Reviews per day, last 365 days (12 reviews)" in screen_text(app)
        await press(pilot, "3")
        assert "Cards due, next 30 days (5)" in screen_text(app)
        await press(pilot, "6")
        assert "Huyện có bao nhiêu thôn loại 1?" in screen_text(app)
        await press(pilot, "5")
        assert "Choose a deck (d)" in screen_text(app)
        # Choose the first deck: the article appears, shaded paragraph by paragraph.
        await press(pilot, "d", "down", "enter")
        assert app.screen.query_one("#stats-deck", Select).value == 1
        text = screen_text(app)
        assert f"Progress · {BINH_LUC} · 2026-03-02" in text
        assert "¶1   38% of 8   Đoạn một." in text
        assert "¶2   25% of 4   (caption) Đoạn hai." in text
        assert app.screen.query_one(TabbedContent).active == "article"
        await press(pilot, "escape")
        assert not isinstance(app.screen, StatsScreen)


async def test_opened_from_the_home_screen(context: AppContext) -> None:
    from studyapp.tui.app import StudyApp
    from studyapp.tui.runtime import Runtime

    app = StudyApp(Runtime(context))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "s")
        assert isinstance(app.screen, StatsScreen)
        assert "Progress · all decks" in screen_text(app)


SnapCompare = Callable[..., bool]


def test_snapshot_overview(context: AppContext, snap_compare: SnapCompare) -> None:
    assert snap_compare(StatsApp(context), terminal_size=(80, 24), run_before=settle)


def test_snapshot_activity(context: AppContext, snap_compare: SnapCompare) -> None:
    async def activity(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await press(pilot, "2")

    assert snap_compare(StatsApp(context), terminal_size=(80, 24), run_before=activity)


def test_heat_levels() -> None:
    assert [heat_level(n, 8) for n in (0, 1, 2, 3, 4, 5, 8)] == [0, 1, 1, 2, 2, 3, 4]


def test_weekly_retention(history: History) -> None:
    from studyapp.services.stats import stats

    days = stats(history.database, history.learner_id, now=NOW).activity.days
    weeks = weekly_retention(days, 3)
    # 02-17..02-23: nothing; 02-24..03-02: 4 of 6.
    assert [(d.isoformat(), r) for d, r in weeks][1:] == [
        ("2026-02-23", None),
        ("2026-03-02", pytest.approx(4 / 6)),
    ]
