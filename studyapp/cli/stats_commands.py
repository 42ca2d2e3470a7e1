"""``studyapp stats``."""

from __future__ import annotations

import click

from studyapp.cli.context import CliState, pass_state
from studyapp.cli.errors import StudyappError


@click.command()
@click.argument("deck", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the documented JSON.")
@click.option(
    "--export", "export_path", type=click.Path(dir_okay=False), help="Write the review log CSV."
)
@pass_state
def stats(state: CliState, deck: str | None, as_json: bool, export_path: str | None) -> None:
    """Show what you know: cards by state, reviews, retention, forecast."""
    raise StudyappError("stats is not available yet")
