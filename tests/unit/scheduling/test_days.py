"""The study day: boundary hour, local time zone, daylight-saving changes."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studyapp.core.scheduling.days import (
    day_bounds,
    day_index,
    day_start,
    days_between,
    next_day_start,
    start_of_day,
)
from studyapp.core.scheduling.settings import SchedulerSettings

HANOI = SchedulerSettings(timezone="Asia/Ho_Chi_Minh")  # UTC+7, no DST
NEW_YORK = SchedulerSettings(timezone="America/New_York")
SECOND = dt.timedelta(seconds=1)


def local(zone: str, *parts: int) -> dt.datetime:
    """The UTC instant of a local wall-clock time given as (y, m, d, h, min, s)."""
    year, month, day, hour, minute, second = parts
    return dt.datetime(year, month, day, hour, minute, second, tzinfo=ZoneInfo(zone)).astimezone(
        dt.UTC
    )


def test_0359_is_yesterday_and_0400_is_today() -> None:
    before = local("Asia/Ho_Chi_Minh", 2026, 3, 2, 3, 59, 59)
    at = local("Asia/Ho_Chi_Minh", 2026, 3, 2, 4, 0, 0)
    assert day_index(before, HANOI) == dt.date(2026, 3, 1)
    assert day_index(at, HANOI) == dt.date(2026, 3, 2)
    assert day_start(at, HANOI) == at == dt.datetime(2026, 3, 1, 21, tzinfo=dt.UTC)
    assert next_day_start(before, HANOI) == at
    assert day_start(before, HANOI) == at - dt.timedelta(days=1)


def test_utc_default_and_other_boundary_hours() -> None:
    now = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)
    assert day_bounds(now, SchedulerSettings()) == (
        dt.datetime(2026, 3, 2, 4, tzinfo=dt.UTC),
        dt.datetime(2026, 3, 3, 4, tzinfo=dt.UTC),
    )
    midnight = SchedulerSettings(day_boundary_hour=0)
    assert day_start(now, midnight) == dt.datetime(2026, 3, 2, tzinfo=dt.UTC)
    late = SchedulerSettings(day_boundary_hour=12)
    assert day_index(now, late) == dt.date(2026, 3, 1)


def test_spring_forward_day_is_23_hours() -> None:
    # 2026-03-08: New York clocks jump from 02:00 EST to 03:00 EDT.
    saturday = local("America/New_York", 2026, 3, 7, 12, 0, 0)
    start, end = day_bounds(saturday, NEW_YORK)
    assert start == dt.datetime(2026, 3, 7, 9, tzinfo=dt.UTC)  # 04:00 EST
    assert end == dt.datetime(2026, 3, 8, 8, tzinfo=dt.UTC)  # 04:00 EDT
    assert end - start == dt.timedelta(hours=23)
    assert day_index(local("America/New_York", 2026, 3, 8, 3, 59, 0), NEW_YORK) == dt.date(
        2026, 3, 7
    )
    assert day_index(local("America/New_York", 2026, 3, 8, 4, 0, 0), NEW_YORK) == dt.date(
        2026, 3, 8
    )


def test_fall_back_day_is_25_hours() -> None:
    saturday = local("America/New_York", 2026, 10, 31, 12, 0, 0)
    start, end = day_bounds(saturday, NEW_YORK)
    assert end - start == dt.timedelta(hours=25)


def test_boundary_inside_a_dst_gap_starts_at_the_jump() -> None:
    at_two = NEW_YORK.replace(day_boundary_hour=2)
    # 02:00 does not exist on 2026-03-08; the day starts when the clock jumps.
    assert start_of_day(dt.date(2026, 3, 8), at_two) == dt.datetime(2026, 3, 8, 7, tzinfo=dt.UTC)
    # Samoa skipped 30 December 2011 altogether.
    apia = SchedulerSettings(timezone="Pacific/Apia")
    jump = dt.datetime(2011, 12, 30, 10, tzinfo=dt.UTC)
    assert start_of_day(dt.date(2011, 12, 30), apia) == jump
    assert day_start(jump + SECOND, apia) == jump
    assert day_index(jump - SECOND, apia) == dt.date(2011, 12, 29)


def test_days_between_counts_boundaries() -> None:
    evening = local("Asia/Ho_Chi_Minh", 2026, 3, 2, 23, 0, 0)
    early = local("Asia/Ho_Chi_Minh", 2026, 3, 3, 3, 0, 0)
    morning = local("Asia/Ho_Chi_Minh", 2026, 3, 3, 5, 0, 0)
    assert days_between(evening, early, HANOI) == 0
    assert days_between(evening, morning, HANOI) == 1
    assert days_between(morning, evening, HANOI) == -1


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError):
        day_index(dt.datetime(2026, 3, 2), HANOI)


ZONES = [
    "UTC",
    "Asia/Ho_Chi_Minh",
    "America/New_York",
    "Europe/London",
    "Australia/Lord_Howe",
    "America/Santiago",
    "Pacific/Apia",
    "America/St_Johns",
    "Asia/Kathmandu",
]


@given(
    st.datetimes(min_value=dt.datetime(1995, 1, 1), max_value=dt.datetime(2035, 1, 1)).map(
        lambda d: d.replace(tzinfo=dt.UTC)
    ),
    st.sampled_from(ZONES),
    st.integers(0, 23),
)
def test_every_instant_lies_in_exactly_one_study_day(
    now: dt.datetime, zone: str, hour: int
) -> None:
    settings = SchedulerSettings(timezone=zone, day_boundary_hour=hour)
    start, end = day_bounds(now, settings)
    assert start <= now < end
    assert (start, end) == (day_start(now, settings), next_day_start(now, settings))
    today = day_index(now, settings)
    assert day_index(start, settings) == today
    assert day_index(start - dt.timedelta(microseconds=1), settings) < today
    assert day_index(end, settings) > today
    assert dt.timedelta(hours=20) <= end - start <= dt.timedelta(hours=28) or zone == "Pacific/Apia"
