"""How expected errors become one line on stderr and an exit code."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click

from studyapp.core.errors import InputError
from studyapp.db.errors import DatabaseBusyError

USAGE_EXIT = 2
FAILURE_EXIT = 1


class StudyappError(click.ClickException):
    """An expected failure: printed as ``studyapp: error: ...`` without a traceback."""

    exit_code = FAILURE_EXIT

    def show(self, file: Any = None) -> None:
        click.echo(f"studyapp: error: {self.format_message()}", err=True)


class BadInputError(StudyappError):
    """Bad usage or input: exit code 2."""

    exit_code = USAGE_EXIT


@contextmanager
def expected_errors() -> Iterator[None]:
    """Turn the errors users can cause into :class:`StudyappError`."""
    try:
        yield
    except InputError as exc:
        raise BadInputError(exc.describe()) from exc
    except DatabaseBusyError as exc:
        raise StudyappError(str(exc)) from exc
