"""Learners: the people whose progress is kept apart."""

from __future__ import annotations

import datetime as dt

from studyapp.core.errors import InputError
from studyapp.db.learners import find_learner, learner_names
from studyapp.db.models import Learner
from studyapp.db.session import Database


def list_learners(database: Database) -> list[str]:
    """Every learner's name."""
    with database.read() as session:
        return learner_names(session)


def add_learner(database: Database, name: str, *, now: dt.datetime) -> None:
    """Add a learner; a blank or taken name is an error."""
    clean = name.strip()
    if not clean or len(clean) > 255:
        raise InputError(f"a learner name must be 1 to 255 characters, got {name!r}")
    with database.write() as session:
        if find_learner(session, clean) is not None:
            raise InputError(f"learner {clean!r} already exists")
        session.add(Learner(name=clean, settings={}, created_at=now))
