"""The ``studyapp`` command group and its global options."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

import click

from studyapp.cli.context import CliState
from studyapp.cli.errors import expected_errors
from studyapp.clock import utc_now

if TYPE_CHECKING:
    from studyapp.services.opening import AppContext

# Each command's module and attribute, loaded when the command is looked up:
# `studyapp` alone opens the home screen without importing any of them.
COMMANDS = {
    "study": ("studyapp.cli.study_commands", "study"),
    "generate": ("studyapp.cli.deck_commands", "generate"),
    "decks": ("studyapp.cli.deck_commands", "decks"),
    "export": ("studyapp.cli.deck_commands", "export"),
    "import": ("studyapp.cli.deck_commands", "import_"),
    "stats": ("studyapp.cli.stats_commands", "stats"),
    "optimize": ("studyapp.cli.study_commands", "optimize"),
    "db": ("studyapp.cli.db_commands", "db"),
    "learners": ("studyapp.cli.learner_commands", "learners"),
}


class StudyappGroup(click.Group):
    """A group that turns expected errors into a message and an exit code.

    Its commands (:data:`COMMANDS`) are imported on first use.
    """

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Every command name, sorted as click sorts them."""
        return sorted({*COMMANDS, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """The command called ``cmd_name``, importing its module the first time."""
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            module, attribute = COMMANDS[cmd_name]
            self.add_command(getattr(import_module(module), attribute), cmd_name)
        return super().get_command(ctx, cmd_name)

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
        _open_home(ctx.obj)


def _open_home(state: CliState) -> None:
    """The home screen; an up-to-date database file is painted before it is fully opened.

    Reading the deck list with sqlite3 alone puts it on the screen without
    waiting for SQLAlchemy to load; the usual opening then runs in the
    background. Anything else (a new or old database, a URL) opens first.
    """
    from studyapp.tui import launch  # the TUI is loaded only when needed

    def open_context() -> AppContext:
        from studyapp.services.opening import open_app

        return open_app(state.db, state.learner, now=utc_now())

    with launch.starting():
        from studyapp.services.home_preview import preview_home

        preview = preview_home(state.db, state.learner, now=utc_now())
        if preview is None:
            launch.run_home(state.app())
        else:
            launch.run_home_preview(preview, open_context)
