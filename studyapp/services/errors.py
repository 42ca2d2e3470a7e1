"""The errors a service may raise that the UI shows as a message instead of crashing."""

from __future__ import annotations

from studyapp.core.errors import InputError
from studyapp.db.errors import DatabaseBusyError

# Bad input (a missing card, an unreadable file) and a database held too long
# by another program: the learner can act on both, so they are not bugs.
EXPECTED_ERRORS: tuple[type[Exception], ...] = (InputError, DatabaseBusyError)

__all__ = ["EXPECTED_ERRORS", "DatabaseBusyError", "InputError"]
