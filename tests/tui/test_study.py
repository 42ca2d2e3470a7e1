"""Pilot tests of studying: what the screen shows, and what the database holds after."""

from __future__ import annotations

import datetime as dt

from studyapp.services.opening import AppContext
from studyapp.tui.screens.home import HomeScreen
from studyapp.tui.screens.study import StudyScreen
from studyapp.tui.screens.summary import SummaryScreen
from tests.tui.conftest import AppFactory
from tests.tui.helpers import card_state, press, review_logs, settle, shown, type_text

SIZE = (80, 24)


def study_screen(app: object) -> StudyScreen:
    screen = getattr(app, "screen", None)
    assert isinstance(screen, StudyScreen), screen
    return screen


async def test_home_lists_the_deck_with_counts_and_mastery(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = shown(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert "Bình Lục" in text
        row = next(line for line in text.splitlines() if "Bình Lục" in line)
        assert row.split()[2:5] == ["5", "0", "0"]  # new, learning, due
        assert "0%" in row
        assert "Study" in text and "Generate" in text and "Browse" in text


async def test_question_and_answer_card_reveal_with_space_and_rate_good(
    make_app: AppFactory, app_context: AppContext
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "enter")
        text = shown(pilot)
        assert "Huyện Bình Lục có bao nhiêu xã?" in text
        assert "New 5 · Learning 0 · Due 0" in text
        assert "Answer" not in text
        await press(pilot, "space")
        text = shown(pilot)
        assert "Answer  17" in text
        assert "Huyện Bình Lục có 17 xã và 1 thị trấn." in text
        assert "As of  năm 2023" in text
        assert "▸3 Good · 10m" in text and "1 Again · 1m" in text
        assert review_logs(app_context) == []
        await press(pilot, "3")
        assert review_logs(app_context) == [(1, 3, 4000, None)]
        state = card_state(app_context, 1)
        assert state is not None and state.state == 1  # learning
        text = shown(pilot)
        assert "✓ Saved: Good — next in 10m" in text
        assert "Năm 2023, huyện trồng bao nhiêu ha lúa?" in text
        assert "New 4 · Learning 1 · Due 0" in text


async def test_multiple_choice_wrong_pick_marks_both_and_preselects_again(
    make_app: AppFactory, app_context: AppContext
) -> None:
    app = make_app(study="Bình Lục")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "space", "4")  # the Q&A card, rated Easy
        screen = study_screen(app)
        card = screen.card
        assert card is not None and card.card_type == "choice"
        wrong = next(i for i, c in enumerate(card.choices, 1) if c != card.answer)
        right = card.choices.index(card.answer) + 1
        await press(pilot, str(wrong))
        text = shown(pilot)
        assert "✗ Wrong" in text
        assert f"✗  {wrong}   " in text and "← your answer" in text
        assert f"✓  {right}   " in text and "← right answer" in text
        assert "▸1 Again" in text
        await press(pilot, "enter")
        logs = review_logs(app_context)
        assert logs[-1] == (card.card_id, 1, 4000, card.choices[wrong - 1])


async def test_multiple_choice_right_pick_rating_can_be_changed(
    make_app: AppFactory, app_context: AppContext
) -> None:
    app = make_app(study="Bình Lục")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "space", "4")
        card = study_screen(app).card
        assert card is not None
        right = card.choices.index(card.answer) + 1
        await press(pilot, str(right))
        text = shown(pilot)
        assert "✓ Right" in text and "← your answer, right" in text
        assert "▸3 Good" in text
        await press(pilot, "right")
        assert "▸4 Easy" in shown(pilot)
        await press(pilot, "space")
        assert review_logs(app_context)[-1] == (card.card_id, 4, 4000, "6.968 ha")


async def test_typed_card_shows_tones_verdict_with_diff(
    make_app: AppFactory, app_context: AppContext
) -> None:
    app = make_app(study="Bình Lục")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "space", "4", "1", "4")  # Q&A Easy, MC option 1 then Easy
        card = study_screen(app).card
        assert card is not None and card.card_type == "typed"
        await type_text(pilot, "Binh Luc")
        await press(pilot, "enter")
        text = shown(pilot)
        assert "≈ Check the tones" in text
        assert "You typed  Binh Luc" in text
        assert "Expected   Bình Lục" in text
        assert "▸2 Hard" in text
        assert len(review_logs(app_context)) == 2
        await press(pilot, "enter")
        assert review_logs(app_context)[-1] == (card.card_id, 2, 4000, "Binh Luc")


async def test_typed_card_right_answer(make_app: AppFactory, app_context: AppContext) -> None:
    app = make_app(study="Bình Lục")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "space", "4", "1", "4")
        await type_text(pilot, "bình lục")
        await press(pilot, "enter")
        text = shown(pilot)
        assert "✓ Right" in text and "▸3 Good" in text
        await press(pilot, "3")
        assert review_logs(app_context)[-1][1:] == (3, 4000, "bình lục")


async def test_undo_goes_back_through_the_session(
    make_app: AppFactory, app_context: AppContext
) -> None:
    app = make_app(study="Bình Lục")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "space", "3")
        card = study_screen(app).card
        assert card is not None
        await press(pilot, str(card.choices.index(card.answer) + 1), "enter")
        assert [log[0] for log in review_logs(app_context)] == [1, 2]
        # The typed card's input has the focus, so "u" would be typed: Ctrl+Z undoes.
        await press(pilot, "ctrl+z")
        assert [log[0] for log in review_logs(app_context)] == [1]
        text = shown(pilot)
        assert "↶ Undone: Good" in text
        assert "Năm 2023, huyện trồng bao nhiêu ha lúa?" in text
        assert card_state(app_context, 2) is None  # new again
        await press(pilot, "u")
        assert review_logs(app_context) == []
        assert card_state(app_context, 1) is None
        assert "Huyện Bình Lục có bao nhiêu xã?" in shown(pilot)
        assert study_screen(app).tally.answers == 0
        await press(pilot, "u")  # nothing left: the key is disabled, nothing changes
        assert review_logs(app_context) == []


async def test_suspend_hides_the_card_and_shows_the_next(
    make_app: AppFactory, app_context: AppContext
) -> None:
    app = make_app(study="Bình Lục")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "s")
        state = card_state(app_context, 1)
        assert state is not None and state.suspended is True
        text = shown(pilot)
        assert "⏸ Suspended" in text
        assert "Năm 2023, huyện trồng bao nhiêu ha lúa?" in text
        assert "New 4 ·" in text
        assert review_logs(app_context) == []


async def test_bury_hides_the_card_until_tomorrow(
    make_app: AppFactory, app_context: AppContext, now: dt.datetime
) -> None:
    app = make_app(study="Bình Lục")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "b")
        state = card_state(app_context, 1)
        assert state is not None
        assert state.buried_until == dt.datetime(2026, 3, 3, 4, 0, tzinfo=dt.UTC)
        assert state.buried_until > now
        assert "⤵ Buried until tomorrow" in shown(pilot)


async def test_paragraph_toggles_after_the_answer(make_app: AppFactory) -> None:
    app = make_app(study="Bình Lục")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "p")  # not on the question side
        assert "150.000 người dân" not in shown(pilot)
        await press(pilot, "space", "p")
        assert "¶ Huyện Bình Lục có 17 xã và 1 thị trấn, với khoảng 150.000" in shown(pilot)
        await press(pilot, "p")
        assert "150.000 người dân" not in shown(pilot)


async def test_escape_ends_with_a_summary_then_home(
    make_app: AppFactory, app_context: AppContext
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "enter", "space", "1")  # Again
        card = study_screen(app).card
        assert card is not None
        await press(pilot, str(card.choices.index(card.answer) + 1), "enter")
        await press(pilot, "escape")
        assert isinstance(app.screen, SummaryScreen)
        text = shown(pilot)
        assert "Session ended" in text
        assert "Cards studied     2" in text
        assert "Right first time  1 of 2 (50%)" in text
        assert "Time spent        8 s" in text
        assert "Again 1 · Hard 0 · Good 1 · Easy 0" in text
        assert "Next card due     in 1 min (09:31)" in text
        assert "Still due today   2" in text
        await press(pilot, "enter")
        assert isinstance(app.screen, HomeScreen)
        row = next(line for line in shown(pilot).splitlines() if "Bình Lục" in line)
        assert row.split()[2:5] == ["3", "2", "0"]
    assert len(review_logs(app_context)) == 2


async def test_session_completes_when_nothing_is_left(
    make_app: AppFactory, app_context: AppContext
) -> None:
    app = make_app(study="Bình Lục")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "space", "4", "1", "4")
        await type_text(pilot, "Bình Lục")
        await press(pilot, "enter", "4", "space", "4", "space", "4")
        assert isinstance(app.screen, SummaryScreen)
        text = shown(pilot)
        assert "Session complete" in text
        assert "Cards studied     5" in text
        assert "Time spent        20 s" in text
        assert "Due tomorrow      0" in text
    assert [log[1] for log in review_logs(app_context)] == [4, 4, 4, 4, 4]


async def test_edit_changes_the_card_and_keeps_its_history(
    make_app: AppFactory, app_context: AppContext
) -> None:
    from studyapp.services.editing import note_of_card

    app = make_app(study="Bình Lục")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "space", "1")  # card 1 has one answer
        await press(pilot, "u")  # back to card 1, history empty again
        await press(pilot, "space", "1", "u", "e")
        assert "Edit card" in shown(pilot)
        await press(pilot, "ctrl+a", "ctrl+k")  # clear the question
        await type_text(pilot, "Bình Lục có mấy xã?")
        await press(pilot, "ctrl+s")
        assert "Bình Lục có mấy xã?" in shown(pilot)
        await press(pilot, "space", "3")
    note = note_of_card(app_context.database, 1)
    assert note.question == "Bình Lục có mấy xã?"
    assert note.answer == "17"
    assert note.note_id == 1
    assert [log[:2] for log in review_logs(app_context)] == [(1, 3)]
