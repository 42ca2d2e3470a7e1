"""Errors about the database the user pointed us at."""

from __future__ import annotations

from studyapp.core.errors import InputError


class DatabaseError(InputError):
    """The database cannot be used: not SQLite, a directory, unreadable, newer schema.

    It is bad input (exit 2), and the file was left as it was.
    """


class DatabaseBusyError(Exception):
    """Another program held the database for longer than the busy timeout."""
