"""Help, command palette, theme, stats and export: every key is discoverable and works."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.services.opening import AppContext
from studyapp.tui.keys import describe_keys, key_name
from studyapp.tui.screens.help import HelpScreen
from studyapp.tui.screens.home import HomeScreen
from studyapp.tui.screens.stats import StatsScreen
from studyapp.tui.screens.study import StudyScreen
from tests.tui.conftest import AppFactory
from tests.tui.helpers import card_state, press, settle, shown, type_text

SIZE = (80, 24)


def test_key_names() -> None:
    assert key_name("ctrl+z") == "Ctrl+Z"
    assert key_name("question_mark") == "?"
    assert key_name("escape") == "Esc"
    assert key_name("s") == "s"


async def test_help_lists_every_key_of_the_study_screen(make_app: AppFactory) -> None:
    app = make_app(study="Bình Lục")
    async with app.run_test(size=(80, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = shown(pilot)
        for line in (
            "Turn the card over",
            "Rate: 1 Again · 2 Hard · 3 Good · 4 Easy",
            "Choose a multiple-choice option",
            "Take back the last answer",
            "Hide this card until unsuspended",
            "Hide this card until tomorrow",
            "Edit the question and answer",
            "Show or hide the article paragraph",
            "End the session and see the summary",
            "Command palette",
        ):
            assert line in text, line
        assert "u / Ctrl+Z" in text and "1–4" in text
        await press(pilot, "escape")
        assert isinstance(app.screen, StudyScreen)


async def test_every_binding_with_a_description_is_in_help(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        rows = describe_keys(app.screen)
        titles = {row.action for row in rows}
        assert {"Study the selected deck", "Make a deck from an article file"} <= titles
        assert {"Search and edit cards", "See your progress", "Quit studyapp"} <= titles


async def test_command_palette_lists_and_runs_screen_actions(
    make_app: AppFactory, app_context: AppContext
) -> None:
    app = make_app(study="Bình Lục")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = [command.title for command in app.get_system_commands(app.screen)]
        for title in (
            "Turn the card over",
            "Hide this card until tomorrow",
            "Take back the last answer",
            "End the session and see the summary",
            "Help",
            "Light/dark theme",
        ):
            assert title in titles, title
        await press(pilot, "ctrl+p")
        await type_text(pilot, "until tomorrow")
        await press(pilot, "enter")
        await settle(pilot)
        state = card_state(app_context, 1)
        assert state is not None and state.buried_until is not None


async def test_light_and_dark_themes(make_app: AppFactory) -> None:
    app = make_app(study="Bình Lục")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.current_theme.dark
        await press(pilot, "ctrl+t")
        assert app.theme == "textual-light"
        await press(pilot, "space")
        assert "▸3 Good" in shown(pilot)  # the selection is marked by ▸, not colour alone
        await press(pilot, "ctrl+t")
        assert app.theme == "textual-dark"


async def test_stats_key_opens_the_stats_screen(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "s")
        assert isinstance(app.screen, StatsScreen)
        await press(pilot, "escape")
        assert isinstance(app.screen, HomeScreen)


async def test_export_writes_an_anki_file(
    make_app: AppFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("studyapp.services.anki_export")
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "x")
        assert "for Anki" in shown(pilot)
        await press(pilot, "ctrl+a", "ctrl+k")
        await type_text(pilot, "out.txt")
        await press(pilot, "enter")
        assert isinstance(app.screen, HomeScreen)
    text = (tmp_path / "out.txt").read_text(encoding="utf-8")
    assert "Huyện Bình Lục có bao nhiêu xã?" in text


async def test_quit_from_home(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
