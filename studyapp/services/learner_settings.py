"""A learner's scheduler settings, with the machine's time zone as the default."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from studyapp.core.scheduling.settings import SchedulerSettings
from studyapp.db.models import Learner
from studyapp.db.session import Database
from studyapp.services.stored_settings import local_timezone_name as local_timezone_name
from studyapp.services.stored_settings import settings_from_stored


def settings_for(session: Session, learner_id: int) -> SchedulerSettings:
    """The learner's settings; keys they never set take the defaults."""
    learner = session.get(Learner, learner_id)
    return settings_from_stored(learner.settings if learner is not None else None)


def store_settings(session: Session, learner_id: int, settings: SchedulerSettings) -> None:
    """Save the learner's settings (inside the caller's transaction)."""
    learner = session.get(Learner, learner_id)
    if learner is None:
        raise ValueError(f"no learner with id {learner_id}")
    learner.settings = settings.to_dict()


def update_settings(database: Database, learner_id: int, **changes: Any) -> SchedulerSettings:
    """Change some of a learner's settings in one transaction; return the result."""
    with database.write() as session:
        settings = settings_for(session, learner_id).replace(**changes)
        store_settings(session, learner_id, settings)
    return settings
