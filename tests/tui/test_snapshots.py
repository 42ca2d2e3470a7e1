"""Snapshots at 80×24 of the screens a learner sees most (pytest-textual-snapshot).

The clock is pinned (STUDYAPP_NOW), answer times come from a fake monotonic
clock and the deck is fixed, so the pictures are the same on every run.
Update them with ``pytest tests/tui --snapshot-update`` and look at the diff.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from textual.pilot import Pilot

from tests.tui.conftest import AppFactory
from tests.tui.helpers import press, settle, type_text

SIZE = (80, 24)
Compare = Callable[..., bool]


def keys(
    *pressed: str, typed: str = "", then: tuple[str, ...] = ()
) -> Callable[[Pilot[Any]], Awaitable[None]]:
    """A run_before that presses keys, types text, presses more keys, and settles."""

    async def run(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await press(pilot, *pressed)
        if typed:
            await type_text(pilot, typed)
        await press(pilot, *then)
        await settle(pilot)

    return run


def test_home(snap_compare: Compare, make_app: AppFactory) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=keys())


def test_study_question(snap_compare: Compare, make_app: AppFactory) -> None:
    assert snap_compare(make_app(study="Bình Lục"), terminal_size=SIZE, run_before=keys())


def test_study_answer(snap_compare: Compare, make_app: AppFactory) -> None:
    app = make_app(study="Bình Lục")
    assert snap_compare(app, terminal_size=SIZE, run_before=keys("space"))


def test_multiple_choice_wrong_pick(snap_compare: Compare, make_app: AppFactory) -> None:
    app = make_app(study="Bình Lục")
    # Option 2 of card 2 is a wrong one in this showing's fixed order.
    assert snap_compare(app, terminal_size=SIZE, run_before=keys("space", "4", "2"))


def test_typed_verdict(snap_compare: Compare, make_app: AppFactory) -> None:
    app = make_app(study="Bình Lục")
    run = keys("space", "4", "1", "4", typed="Binh Luc", then=("enter",))
    assert snap_compare(app, terminal_size=SIZE, run_before=run)


def test_browse(snap_compare: Compare, make_app: AppFactory) -> None:
    run = keys("b", "ctrl+u", typed="binh luc", then=("enter",))
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run)


def test_summary(snap_compare: Compare, make_app: AppFactory) -> None:
    app = make_app(study="Bình Lục")
    run = keys("space", "1", "1", "enter", "escape")
    assert snap_compare(app, terminal_size=SIZE, run_before=run)
