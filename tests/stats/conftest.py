"""Fixtures for the statistics tests: the fixed history of :mod:`tests.stats.history`."""

from __future__ import annotations

import pytest

from studyapp.db.session import Database
from tests.stats.history import History, build


@pytest.fixture
def history(empty_database: Database) -> History:
    """The fixed history, in a fresh database."""
    return build(empty_database)
