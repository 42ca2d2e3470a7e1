"""Driving the app in Pilot tests and reading the database afterwards."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from textual.pilot import Pilot

from studyapp.db.models import CardState, ReviewLog
from studyapp.services.opening import AppContext
from tests.tui.screen_text import screen_text


async def settle(pilot: Pilot[Any]) -> None:
    """Wait until no worker runs and the screen has been repainted.

    A worker's result may start another worker (answer -> summary), so wait
    until the app is quiet rather than once.
    """
    app = pilot.app
    for _ in range(20):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if not any(worker.is_running for worker in app.workers):
            break
    await pilot.pause()


async def press(pilot: Pilot[Any], *keys: str) -> None:
    """Press keys one at a time, letting each one's work finish."""
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


async def type_text(pilot: Pilot[Any], text: str) -> None:
    """Type text into the focused input, character by character."""
    for char in text:
        await pilot.press("space" if char == " " else char)
    await pilot.pause()


def shown(pilot: Pilot[Any]) -> str:
    """The text on the terminal now."""
    return screen_text(pilot.app)


def review_logs(context: AppContext) -> list[tuple[int, int, int, str | None]]:
    """(card id, rating, duration ms, answer given) of every saved answer, in order."""
    with context.database.read() as session:
        rows = session.execute(
            select(
                ReviewLog.card_id, ReviewLog.rating, ReviewLog.duration_ms, ReviewLog.answer_given
            ).order_by(ReviewLog.id)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def card_state(context: AppContext, card_id: int) -> CardState | None:
    """The learner's state row of a card (detached, read-only)."""
    with context.database.read() as session:
        return session.scalars(
            select(CardState).where(
                CardState.card_id == card_id, CardState.learner_id == context.learner_id
            )
        ).one_or_none()
