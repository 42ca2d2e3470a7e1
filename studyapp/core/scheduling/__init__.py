"""Pure FSRS scheduling: settings, card memory, answering, study days, queue rules.

Fitting parameters lives in :mod:`studyapp.core.scheduling.optimizer`, imported
on its own so that answering cards never loads fsrs-rs.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# Each name's module, imported on first use: a caller that needs only the study
# days (the home screen's fast start) does not load fsrs' scheduler and the engine.
_MODULES = {
    "CardMemory": "memory",
    "CardState": "memory",
    "LeechAction": "settings",
    "OrderedQueue": "queue",
    "QueueCandidate": "queue",
    "QueueKind": "queue",
    "Rating": "memory",
    "RemainingLimits": "limits",
    "ReviewOutcome": "engine",
    "SchedulerSettings": "settings",
    "day_bounds": "days",
    "day_index": "days",
    "day_start": "days",
    "days_between": "days",
    "deck_matches": "queue",
    "format_interval": "engine",
    "is_leech_lapse": "engine",
    "is_sibling_buried": "queue",
    "limit_bucket": "queue",
    "next_day_start": "days",
    "order_queue": "queue",
    "preview": "engine",
    "remaining_limits": "limits",
    "replay": "engine",
    "reschedule": "engine",
    "reset_memory": "engine",
    "retrievability": "engine",
    "review": "engine",
    "start_of_day": "days",
}


def __getattr__(name: str) -> Any:
    """Import a public name's module the first time the name is used."""
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{module}"), name)


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
