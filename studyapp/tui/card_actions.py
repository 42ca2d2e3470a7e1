"""Suspend, reset and edit a card: shared by the browser and the card details."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.screen import Screen

from studyapp.services.browse import BrowseRow, reset_card, set_suspended
from studyapp.tui.background import in_thread
from studyapp.tui.runtime import Runtime


def toggle_suspended(
    screen: Screen[Any], runtime: Runtime, row: BrowseRow, done: Callable[[], None]
) -> None:
    """Suspend a card that is not suspended, unsuspend one that is."""
    context = runtime.context
    suspend = not row.suspended

    def finished(_: None) -> None:
        screen.app.notify("Card suspended." if suspend else "Card unsuspended.")
        done()

    in_thread(
        screen,
        lambda: set_suspended(context.database, context.learner_id, row.card_id, suspended=suspend),
        finished,
    )


def confirm_reset(
    screen: Screen[Any], runtime: Runtime, row: BrowseRow, done: Callable[[], None]
) -> None:
    """Ask, then make the card new again; its review history stays."""
    from studyapp.tui.screens.confirm import ConfirmScreen

    context = runtime.context

    def answered(yes: bool | None) -> None:
        if not yes:
            return

        def finished(_: None) -> None:
            screen.app.notify("Card reset: it is new again; its history is kept.")
            done()

        in_thread(
            screen,
            lambda: reset_card(context.database, context.learner_id, row.card_id),
            finished,
        )

    question = (
        f"Reset card {row.card_id} ({row.question[:40]}) to new?\nIts review history is kept."
    )
    screen.app.push_screen(ConfirmScreen(question), answered)


def edit_card(
    screen: Screen[Any], runtime: Runtime, row: BrowseRow, done: Callable[[], None]
) -> None:
    """Open the edit dialog; ``done`` runs if something was saved."""
    from studyapp.tui.screens.edit_note import EditNoteScreen

    def closed(changed: bool | None) -> None:
        if changed:
            done()

    screen.app.push_screen(EditNoteScreen(runtime, row.card_id), closed)
