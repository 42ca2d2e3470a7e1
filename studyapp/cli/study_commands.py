"""``studyapp study`` and ``optimize``."""

from __future__ import annotations

import sys

import click

from studyapp.cli.context import CliState, pass_state
from studyapp.cli.errors import StudyappError
from studyapp.cli.plain import PlainSession
from studyapp.services.study import StudySession


@click.command()
@click.argument("deck", required=False)
@click.option("--plain", is_flag=True, help="Plain lines on stdin/stdout instead of the TUI.")
@pass_state
def study(state: CliState, deck: str | None, plain: bool) -> None:
    """Study DECK (default: every deck) in the terminal.

    --plain speaks a line protocol on stdin/stdout (see the README).
    """
    app = state.app()
    session = StudySession(app.database, app.learner_id, deck)
    if plain:
        stdout = sys.stdout
        coloured = stdout.isatty()
        styles = {"question": "bright_white", "right": "green", "wrong": "red", "tones": "yellow"}

        def style(text: str, role: str) -> str:
            return click.style(text, fg=styles.get(role)) if coloured else text

        PlainSession(session, sys.stdin, stdout, style=style).run()
        return
    from studyapp.tui.launch import run_study

    run_study(app, deck)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_state
def optimize(state: CliState, as_json: bool) -> None:
    """Fit the scheduler's parameters to your own review history."""
    raise StudyappError("optimize is not available yet")
