"""Today's daily limits: how many more new and review cards may be shown.

On its own, without the queue rules, so that the home screen's fast start
can apply the limits without loading the queue's classes.
"""

from __future__ import annotations

from dataclasses import dataclass

from studyapp.core.scheduling.settings import SchedulerSettings


@dataclass(frozen=True, slots=True)
class RemainingLimits:
    """How many more new and review cards may still be shown today."""

    new: int
    reviews: int


def remaining_limits(
    settings: SchedulerSettings, *, new_today: int, reviews_today: int
) -> RemainingLimits:
    """Subtract today's answers from the daily limits (never below zero).

    ``new_today`` and ``reviews_today`` count today's answers by
    :func:`~studyapp.core.scheduling.queue.limit_bucket`; an undone answer
    no longer counts.
    """
    return RemainingLimits(
        new=max(settings.new_per_day - new_today, 0),
        reviews=max(settings.reviews_per_day - reviews_today, 0),
    )
