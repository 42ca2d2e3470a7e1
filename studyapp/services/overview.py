"""Figures for the home screen and the end of a study session.

The progress issue owns the full statistics; these are the few numbers the
study screens need, each one cheap SQL aggregate.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from studyapp.core.scheduling.days import next_day_start
from studyapp.db import overview_queries as oq
from studyapp.db.session import Database
from studyapp.db.study_queries import deck_ids_for
from studyapp.services.decks import list_decks
from studyapp.services.learner_settings import settings_for
from studyapp.services.views import DeckRow as DeckRow
from studyapp.services.views import HomeOverview as HomeOverview


@dataclass(frozen=True, slots=True)
class DueOutlook:
    """What is due after a session: soonest card, rest of today, tomorrow."""

    next_due: dt.datetime | None
    due_today: int
    due_tomorrow: int
    timezone: str


def home_overview(database: Database, learner_id: int, *, now: dt.datetime) -> HomeOverview:
    """The deck list with mastery (share of cards in the review state), and today's line.

    The line (streak, today's reviews and minutes, cards due) comes from the
    statistics service, so the home screen and ``studyapp stats`` agree.
    """
    from studyapp.services.stats import today_summary

    summaries = list_decks(database, learner_id, now=now)
    with database.read() as session:
        in_review = oq.review_state_counts(session, learner_id)
    rows = tuple(
        DeckRow(summary, in_review.get(summary.id, 0) / summary.total if summary.total else 0.0)
        for summary in summaries
    )
    return HomeOverview(rows, today_summary(database, learner_id, now))


def due_outlook(
    database: Database, learner_id: int, deck: str | None, *, now: dt.datetime
) -> DueOutlook:
    """When the next card of ``deck`` (every deck for ``None``) is due, and how many follow."""
    with database.read() as session:
        settings = settings_for(session, learner_id)
        deck_ids = [deck_id for deck_id, _ in deck_ids_for(session, deck)]
        end_today = next_day_start(now, settings)
        end_tomorrow = next_day_start(end_today, settings)
        next_due = oq.first_due_after(session, learner_id, deck_ids, after=now)
        due_today = oq.count_due_between(session, learner_id, deck_ids, start=None, end=end_today)
        due_tomorrow = oq.count_due_between(
            session, learner_id, deck_ids, start=end_today, end=end_tomorrow
        )
    return DueOutlook(next_due, due_today, due_tomorrow, settings.timezone)
