"""``studyapp study`` and ``optimize``."""

from __future__ import annotations

import click

from studyapp.cli.context import CliState, pass_state
from studyapp.cli.errors import StudyappError


@click.command()
@click.argument("deck", required=False)
@click.option("--plain", is_flag=True, help="Plain lines on stdin/stdout instead of the TUI.")
@pass_state
def study(state: CliState, deck: str | None, plain: bool) -> None:
    """Study DECK (default: every deck) in the terminal."""
    raise StudyappError("study is not available yet")


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_state
def optimize(state: CliState, as_json: bool) -> None:
    """Fit the scheduler's parameters to your own review history."""
    raise StudyappError("optimize is not available yet")
