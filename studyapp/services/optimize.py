"""Fitting a learner's FSRS parameters to their own reviews, then rescheduling."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from studyapp.core.scheduling.engine import reschedule
from studyapp.core.scheduling.memory import CardState, Rating
from studyapp.core.scheduling.optimizer import Evaluation, fit_parameters
from studyapp.db.card_state_rows import StoredState, load_state, store_state
from studyapp.db.models import CardState as CardStateRow
from studyapp.db.models import ReviewLog
from studyapp.db.session import Database
from studyapp.services.learner_settings import settings_for, store_settings


@dataclass(frozen=True, slots=True)
class OptimizeReport:
    """What ``studyapp optimize`` did."""

    review_count: int
    item_count: int
    before: Evaluation
    after: Evaluation
    parameters: tuple[float, ...]
    stored: bool
    rescheduled: int


def optimize_learner(database: Database, learner_id: int, *, now: dt.datetime) -> OptimizeReport:
    """Fit parameters to the learner's review log; keep them only if they predict better.

    Raises ``NotEnoughReviewsError`` (an input error) when the log is too short.
    Storing the parameters and rescheduling every studied card is one transaction.
    """
    with database.read() as session:
        settings = settings_for(session, learner_id)
        histories: dict[int, list[tuple[dt.datetime, Rating]]] = defaultdict(list)
        rows = session.execute(
            select(ReviewLog.card_id, ReviewLog.reviewed_at, ReviewLog.rating)
            .where(ReviewLog.learner_id == learner_id)
            .order_by(ReviewLog.card_id, ReviewLog.reviewed_at)
        )
        for card_id, reviewed_at, rating in rows:
            histories[card_id].append((reviewed_at, Rating(rating)))
    result = fit_parameters(histories.values(), settings=settings)
    report = OptimizeReport(
        result.review_count,
        result.item_count,
        result.before,
        result.after,
        result.parameters,
        stored=False,
        rescheduled=0,
    )
    if not result.improved:
        return report
    fitted = settings.replace(parameters=result.parameters)
    rescheduled = 0
    with database.write() as session:
        store_settings(session, learner_id, fitted)
        studied = session.execute(
            select(CardStateRow.card_id, CardStateRow.deck_id).where(
                CardStateRow.learner_id == learner_id,
                CardStateRow.state != int(CardState.NEW),
            )
        ).all()
        for card_id, deck_id in studied:
            stored = load_state(session, learner_id, card_id)
            if stored is None:
                continue
            memory = reschedule(
                stored.memory, fitted, now, history=histories.get(card_id), card_id=card_id
            )
            if memory != stored.memory:
                new_state = StoredState(memory, stored.suspended, stored.buried_until, stored.leech)
                store_state(session, learner_id, card_id, deck_id, new_state, existed=True)
                rescheduled += 1
    return dataclasses.replace(report, stored=True, rescheduled=rescheduled)
