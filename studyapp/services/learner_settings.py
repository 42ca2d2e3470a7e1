"""A learner's scheduler settings, with the machine's time zone as the default."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from studyapp.core.scheduling.settings import SchedulerSettings
from studyapp.db.models import Learner
from studyapp.db.session import Database


def local_timezone_name() -> str:
    """The IANA name of this machine's time zone, ``UTC`` when it cannot tell."""
    env = os.environ.get("TZ", "").lstrip(":")
    if env and "/" in env:
        return env
    timezone_file = Path("/etc/timezone")
    if timezone_file.is_file():
        name = timezone_file.read_text(encoding="utf-8").strip()
        if name:
            return name
    localtime = Path("/etc/localtime")
    if localtime.is_symlink():
        target = str(localtime.resolve())
        if "zoneinfo/" in target:
            return target.split("zoneinfo/", 1)[1]
    return "UTC"


def settings_for(session: Session, learner_id: int) -> SchedulerSettings:
    """The learner's settings; keys they never set take the defaults."""
    learner = session.get(Learner, learner_id)
    stored: dict[str, Any] = dict(learner.settings) if learner is not None else {}
    stored.setdefault("timezone", local_timezone_name())
    return SchedulerSettings.from_dict(stored)


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
