"""Learner queries. Never commits."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from studyapp.db.models import Learner
from studyapp.db.models.progress import DEFAULT_LEARNER


def find_learner(session: Session, name: str) -> Learner | None:
    """The learner called ``name``, if any."""
    return session.scalars(select(Learner).where(Learner.name == name)).one_or_none()


def ensure_default_learner(session: Session, now: dt.datetime) -> Learner:
    """The default local learner, created on first use."""
    learner = find_learner(session, DEFAULT_LEARNER)
    if learner is None:
        learner = Learner(name=DEFAULT_LEARNER, settings={}, created_at=now)
        session.add(learner)
        session.flush()
    return learner


def learner_names(session: Session) -> list[str]:
    """Every learner's name, alphabetically."""
    return list(session.scalars(select(Learner.name).order_by(Learner.name)))
