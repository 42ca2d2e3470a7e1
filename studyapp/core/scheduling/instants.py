"""Aware UTC instants: the one form of time the scheduler accepts.

On its own, without the memory model, so that the study-day arithmetic in
:mod:`studyapp.core.scheduling.days` loads without fsrs' card classes.
"""

from __future__ import annotations

from datetime import UTC, datetime


def as_utc(moment: datetime, *, name: str = "now") -> datetime:
    """Return ``moment`` with ``datetime.UTC`` as its tzinfo; naive datetimes are refused.

    py-fsrs insists on the ``timezone.utc`` object itself, not merely a zero
    offset, so ``ZoneInfo("UTC")`` times are converted too.
    """
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime, got {moment!r}")
    if moment.tzinfo is UTC and not moment.fold:
        return moment
    # fold means nothing in UTC; clearing it keeps equal instants identical.
    return moment.astimezone(UTC).replace(fold=0)
