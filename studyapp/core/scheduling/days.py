"""The learner's study day: it starts at the day-boundary hour, local time.

A review at 03:59 local time with the default 4 a.m. boundary still belongs to
the previous study day, as in Anki. All inputs and outputs are aware UTC
datetimes; the local calendar is only used to find the boundaries, which keeps
the arithmetic right across daylight-saving changes (a study day can then be
23 or 25 hours long).

A study day starts at the first instant whose local wall-clock time reaches
the boundary: a boundary inside a DST gap starts at the jump, one inside a
repeated hour at its first occurrence (``fold=0``). So
``day_start(now) <= now < next_day_start(now)`` holds for the hour-aligned
transitions real zones use.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from studyapp.core.scheduling.instants import as_utc
from studyapp.core.scheduling.settings import SchedulerSettings


@lru_cache(maxsize=64)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def day_index(ts: datetime, settings: SchedulerSettings) -> date:
    """Return the study day (a local calendar date) that the instant ``ts`` falls on."""
    local = as_utc(ts, name="ts").astimezone(_zone(settings.timezone))
    # Naive wall-clock arithmetic on purpose: "4 hours before 03:59" is the previous date.
    wall = local.replace(tzinfo=None) - timedelta(hours=settings.day_boundary_hour)
    return wall.date()


def _wall(instant: datetime, zone: ZoneInfo) -> datetime:
    return instant.astimezone(zone).replace(tzinfo=None)


def start_of_day(day: date, settings: SchedulerSettings) -> datetime:
    """Return the UTC instant at which study day ``day`` begins.

    That is the first instant whose local wall-clock time reaches the boundary
    hour of ``day``; when that wall time is skipped by a DST change (or a whole
    skipped date, as in Samoa in 2011), it is the instant of the jump.
    """
    zone = _zone(settings.timezone)
    target = datetime.combine(day, time(settings.day_boundary_hour))
    # fold=0 picks the first of two repeated wall times, the one we want.
    first = target.replace(tzinfo=zone).astimezone(UTC)
    if _wall(first, zone) == target:
        return first
    # The target is in a gap: fold=0 used the offset from before the jump and
    # landed after it, fold=1 the offset from after and landed before it.
    # Bisect (in whole seconds, as transitions are) for the jump itself.
    low = int(target.replace(tzinfo=zone, fold=1).astimezone(UTC).timestamp())
    high = int(first.timestamp())
    if low >= high or _wall(datetime.fromtimestamp(low, UTC), zone) >= target:
        low = high - 3 * 86_400
    while high - low > 1:
        middle = (low + high) // 2
        if _wall(datetime.fromtimestamp(middle, UTC), zone) >= target:
            high = middle
        else:
            low = middle
    return datetime.fromtimestamp(high, UTC)


def day_start(now: datetime, settings: SchedulerSettings) -> datetime:
    """Return the start (UTC) of the study day containing ``now``."""
    return start_of_day(day_index(now, settings), settings)


def next_day_start(now: datetime, settings: SchedulerSettings) -> datetime:
    """Return the start (UTC) of the study day after the one containing ``now``.

    This is when "buried until tomorrow" ends and the daily limits reset.
    """
    return start_of_day(day_index(now, settings) + timedelta(days=1), settings)


def day_bounds(now: datetime, settings: SchedulerSettings) -> tuple[datetime, datetime]:
    """Return ``(day_start, next_day_start)`` for ``now``: today is ``start <= t < end``."""
    today = day_index(now, settings)
    return start_of_day(today, settings), start_of_day(today + timedelta(days=1), settings)


def days_between(earlier: datetime, later: datetime, settings: SchedulerSettings) -> int:
    """Count study-day boundaries crossed from ``earlier`` to ``later`` (FSRS's delta_t)."""
    return (day_index(later, settings) - day_index(earlier, settings)).days
