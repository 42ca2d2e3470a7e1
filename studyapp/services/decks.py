"""The deck list with today's counts."""

from __future__ import annotations

import datetime as dt

from studyapp.core.scheduling.days import next_day_start
from studyapp.db.deck_queries import deck_counts
from studyapp.db.session import Database
from studyapp.services.home_preview import deck_summary
from studyapp.services.learner_settings import settings_for
from studyapp.services.views import DeckSummary


def list_decks(database: Database, learner_id: int, *, now: dt.datetime) -> list[DeckSummary]:
    """Every deck with the learner's new / learning / due counts for today."""
    with database.read() as session:
        settings = settings_for(session, learner_id)
        rows = deck_counts(session, learner_id, now=now, day_end=next_day_start(now, settings))
    return [deck_summary(row, settings) for row in rows]
