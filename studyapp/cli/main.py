"""The ``studyapp`` command group and its global options."""

from __future__ import annotations

from typing import Any

import click

from studyapp.cli.context import CliState
from studyapp.cli.db_commands import db
from studyapp.cli.deck_commands import decks, export, generate, import_
from studyapp.cli.errors import expected_errors
from studyapp.cli.learner_commands import learners
from studyapp.cli.stats_commands import stats
from studyapp.cli.study_commands import optimize, study


class StudyappGroup(click.Group):
    """A group that turns expected errors into a message and an exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        with expected_errors():
            return super().invoke(ctx)


@click.group(
    cls=StudyappGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.option(
    "--db",
    "db_option",
    metavar="PATH_OR_URL",
    help="Database file or SQLAlchemy URL (default: $STUDYAPP_DB, then the user data folder).",
)
@click.option("--learner", metavar="NAME", help="Whose progress to use (default: local).")
@click.version_option(package_name="studyapp")
@click.pass_context
def main(ctx: click.Context, db_option: str | None, learner: str | None) -> None:
    """Study Vietnamese news articles as flashcards, in the terminal.

    With no command, opens the home screen.
    """
    ctx.obj = CliState(db=db_option, learner=learner)
    if ctx.invoked_subcommand is None:
        from studyapp.tui.launch import run_home  # the TUI is loaded only when needed

        run_home(ctx.obj.app())


for command in (study, generate, decks, export, import_, stats, optimize, db, learners):
    main.add_command(command)
