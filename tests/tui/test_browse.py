"""Pilot tests of the card browser: search, details with history, suspend, reset, edit."""

from __future__ import annotations

from studyapp.services.opening import AppContext
from studyapp.services.study import StudySession
from studyapp.tui.screens.browse import BrowseScreen
from studyapp.tui.screens.card_details import CardDetailsScreen
from tests.tui.conftest import AppFactory
from tests.tui.helpers import card_state, press, settle, shown, type_text

SIZE = (80, 24)


def result_ids(app: object) -> list[int]:
    screen = getattr(app, "screen", None)
    assert isinstance(screen, BrowseScreen), screen
    return [row.card_id for row in screen.result.rows]


async def open_browser(pilot: object, search: str) -> None:
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    await settle(pilot)
    await press(pilot, "b")
    await press(pilot, "ctrl+u")  # the home screen fills in the selected deck
    await type_text(pilot, search)
    await press(pilot, "enter")


async def test_search_ignores_diacritics_and_lists_state_columns(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_browser(pilot, "binh luc")
        assert result_ids(app) == [1, 3, 5]
        text = shown(pilot)
        assert "3 cards" in text
        assert "Q Huyện Bình Lục có bao nhiêu xã?" in text  # the whole question, below
        assert "A 17  · Bình Lục · card 1" in text
        for column in ("Type", "State", "Due", "Stab", "Diff", "Reps", "Laps"):
            assert column in text
        row = next(line for line in text.splitlines() if "Q&A" in line)
        assert "Huyện Bình Lục có bao nhiê" in row and "new" in row


async def test_filters_by_state_and_tag(make_app: AppFactory, app_context: AppContext) -> None:
    StudySession(app_context.database, app_context.learner_id).suspend(2)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_browser(pilot, "is:suspended")
        assert result_ids(app) == [2]
        assert "suspended" in shown(pilot)
        await press(pilot, "slash", "ctrl+u")
        await type_text(pilot, "tag:t3")
        await press(pilot, "enter")
        assert result_ids(app) == [4]
        await press(pilot, "slash", "ctrl+u")
        await type_text(pilot, "is:sleeping")
        await press(pilot, "enter")
        assert result_ids(app) == []
        assert "unknown state 'sleeping'" in shown(pilot)


async def test_details_show_history_and_suspend_toggles(
    make_app: AppFactory, app_context: AppContext, now: object
) -> None:
    import datetime as dt

    assert isinstance(now, dt.datetime)
    session = StudySession(app_context.database, app_context.learner_id)
    session.answer(1, 3, now=now, duration_ms=5000, answer_given="17")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_browser(pilot, "bao nhiêu xã")
        assert result_ids(app) == [1]
        row = next(line for line in shown(pilot).splitlines() if "Q&A" in line)
        assert "learning" in row and "10m" in row
        await press(pilot, "enter")
        assert isinstance(app.screen, CardDetailsScreen)
        text = shown(pilot)
        assert "History" in text
        assert "2026-03-02 09:30" in text and "3 Good" in text and "5 s" in text
        assert "1 reviews · 0 lapses" in text
        await press(pilot, "s")
        state = card_state(app_context, 1)
        assert state is not None and state.suspended is True
        assert "suspended" in shown(pilot)
        await press(pilot, "escape")
        assert isinstance(app.screen, BrowseScreen)
        assert "suspended" in shown(pilot)
        await press(pilot, "s")
        state = card_state(app_context, 1)
        assert state is not None and state.suspended is False


async def test_reset_asks_then_makes_the_card_new(
    make_app: AppFactory, app_context: AppContext, now: object
) -> None:
    import datetime as dt

    assert isinstance(now, dt.datetime)
    StudySession(app_context.database, app_context.learner_id).answer(1, 4, now=now)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_browser(pilot, "is:review")
        assert result_ids(app) == [1]
        await press(pilot, "r")
        assert "to new?" in shown(pilot)
        await press(pilot, "n")
        state = card_state(app_context, 1)
        assert state is not None and state.state == 2
        await press(pilot, "r", "y")
        state = card_state(app_context, 1)
        assert state is not None and state.state == 0 and state.reps == 0
        assert result_ids(app) == []  # no longer in review


async def test_edit_from_the_browser(make_app: AppFactory, app_context: AppContext) -> None:
    from studyapp.services.editing import note_of_card

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_browser(pilot, "lua")
        assert result_ids(app) == [2, 4]
        await press(pilot, "e")
        assert "Edit card" in shown(pilot)
        await press(pilot, "tab", "ctrl+a", "ctrl+k")
        await type_text(pilot, "6.970 ha")
        await press(pilot, "enter")
        assert "Năm 2023, huyện trồng bao nhiêu ha lúa?" in shown(pilot)
    note = note_of_card(app_context.database, 2)
    assert note.answer == "6.970 ha"
    assert "6.970 ha" in note.choices and "6.968 ha" not in note.choices
    assert "{{c1::6.970 ha}}" in note.cloze
