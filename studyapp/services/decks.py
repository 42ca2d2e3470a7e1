"""The deck list with today's counts."""

from __future__ import annotations

import datetime as dt

from studyapp.core.scheduling.days import next_day_start
from studyapp.db.deck_queries import deck_counts
from studyapp.db.session import Database
from studyapp.services.learner_settings import settings_for
from studyapp.services.views import DeckSummary


def list_decks(database: Database, learner_id: int, *, now: dt.datetime) -> list[DeckSummary]:
    """Every deck with the learner's new / learning / due counts for today."""
    with database.read() as session:
        settings = settings_for(session, learner_id)
        rows = deck_counts(session, learner_id, now=now, day_end=next_day_start(now, settings))
    return [
        DeckSummary(
            id=row.deck_id,
            name=row.name,
            slug=row.slug,
            total=row.total,
            new=min(row.new, settings.new_per_day),
            learning=row.learning,
            due=min(row.review_due, settings.reviews_per_day),
            suspended=row.suspended,
        )
        for row in rows
    ]
