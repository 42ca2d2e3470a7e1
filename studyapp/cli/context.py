"""The state shared by every command: global options and the open database."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import click

from studyapp.clock import utc_now

if TYPE_CHECKING:
    from studyapp.services.opening import AppContext


@dataclass
class CliState:
    """Global options; the database is opened on first use and closed at exit."""

    db: str | None
    learner: str | None
    _app: AppContext | None = field(default=None, repr=False)

    def app(self) -> AppContext:
        """Open the database (migrating and seeding it) once per command."""
        if self._app is None:
            # Imported here: `studyapp --help` should not pay for SQLAlchemy.
            from studyapp.services.opening import open_app

            self._app = open_app(self.db, self.learner, now=utc_now())
            click.get_current_context().call_on_close(self._app.database.close)
        return self._app


pass_state = click.make_pass_decorator(CliState)
