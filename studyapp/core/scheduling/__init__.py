"""Pure FSRS scheduling: settings, card memory, answering, study days, queue rules.

Fitting parameters lives in :mod:`studyapp.core.scheduling.optimizer`, imported
on its own so that answering cards never loads fsrs-rs.
"""

from __future__ import annotations

from studyapp.core.scheduling.days import (
    day_bounds,
    day_index,
    day_start,
    days_between,
    next_day_start,
    start_of_day,
)
from studyapp.core.scheduling.engine import (
    ReviewOutcome,
    format_interval,
    is_leech_lapse,
    preview,
    replay,
    reschedule,
    reset_memory,
    retrievability,
    review,
)
from studyapp.core.scheduling.memory import CardMemory, CardState, Rating
from studyapp.core.scheduling.queue import (
    OrderedQueue,
    QueueCandidate,
    QueueKind,
    RemainingLimits,
    deck_matches,
    is_sibling_buried,
    limit_bucket,
    order_queue,
    remaining_limits,
)
from studyapp.core.scheduling.settings import LeechAction, SchedulerSettings

__all__ = [
    "CardMemory",
    "CardState",
    "LeechAction",
    "OrderedQueue",
    "QueueCandidate",
    "QueueKind",
    "Rating",
    "RemainingLimits",
    "ReviewOutcome",
    "SchedulerSettings",
    "day_bounds",
    "day_index",
    "day_start",
    "days_between",
    "deck_matches",
    "format_interval",
    "is_leech_lapse",
    "is_sibling_buried",
    "limit_bucket",
    "next_day_start",
    "order_queue",
    "preview",
    "remaining_limits",
    "replay",
    "reschedule",
    "reset_memory",
    "retrievability",
    "review",
    "start_of_day",
]
