"""Study days in SQL agree with :func:`studyapp.core.scheduling.days.day_index`.

The SQL groups instants by local wall-clock time minus the boundary hour, with
the UTC offset taken from a ``CASE`` over the zone's offset changes; these
tests check it across daylight-saving changes, half- and quarter-hour zones and
a zone whose clocks move by 30 minutes.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Integer, literal, select

from studyapp.core.scheduling.days import day_index
from studyapp.core.scheduling.settings import SchedulerSettings
from studyapp.db.session import Database
from studyapp.db.stats_activity import offset_segments, study_day_number
from studyapp.db.types import to_epoch_us

ZONES = (
    "UTC",
    "Asia/Ho_Chi_Minh",
    "Europe/Berlin",
    "America/New_York",
    "Asia/Kathmandu",  # UTC+5:45
    "Australia/Lord_Howe",  # daylight saving of 30 minutes
    "America/St_Johns",  # UTC-3:30 with daylight saving
)
START = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
END = dt.datetime(2027, 1, 1, tzinfo=dt.UTC)
EPOCH = dt.date(1970, 1, 1)


def _sql_days(
    database: Database, instants: list[dt.datetime], zone: str, boundary: int
) -> list[dt.date]:
    segments = offset_segments(zone, to_epoch_us(START), to_epoch_us(END))
    with database.read() as session:
        days = []
        for instant in instants:
            value = literal(to_epoch_us(instant), Integer)
            number = session.scalar(select(study_day_number(value, segments, boundary)))
            assert number is not None
            days.append(EPOCH + dt.timedelta(days=number))
        return days


# The database is only read, so sharing it between examples is fine.
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    zone=st.sampled_from(ZONES),
    boundary=st.integers(min_value=0, max_value=23),
    seconds=st.lists(
        st.integers(min_value=0, max_value=int((END - START).total_seconds()) - 1),
        min_size=1,
        max_size=20,
    ),
)
def test_sql_study_day_equals_day_index(
    empty_database: Database, zone: str, boundary: int, seconds: list[int]
) -> None:
    scheduler = SchedulerSettings(timezone=zone, day_boundary_hour=boundary)
    instants = [START + dt.timedelta(seconds=s) for s in seconds]
    expected = [day_index(instant, scheduler) for instant in instants]
    assert _sql_days(empty_database, instants, zone, boundary) == expected


def test_around_daylight_saving_changes(empty_database: Database) -> None:
    # Europe/Berlin: clocks go forward 2026-03-29 02:00 -> 03:00, back 2026-10-25 03:00 -> 02:00.
    instants = []
    for change in (
        dt.datetime(2026, 3, 29, 1, tzinfo=dt.UTC),
        dt.datetime(2026, 10, 25, 1, tzinfo=dt.UTC),
    ):
        instants += [change + dt.timedelta(minutes=m) for m in range(-240, 240, 15)]
    for boundary in (0, 2, 3, 4):
        scheduler = SchedulerSettings(timezone="Europe/Berlin", day_boundary_hour=boundary)
        expected = [day_index(instant, scheduler) for instant in instants]
        assert _sql_days(empty_database, instants, "Europe/Berlin", boundary) == expected


def test_offset_segments_find_each_change() -> None:
    segments = offset_segments(
        "Europe/Berlin",
        to_epoch_us(dt.datetime(2026, 1, 1, tzinfo=dt.UTC)),
        to_epoch_us(dt.datetime(2026, 12, 31, tzinfo=dt.UTC)),
    )
    hour = 3_600_000_000
    assert segments.offsets == (hour, 2 * hour, hour)
    assert segments.starts[1:] == (
        to_epoch_us(dt.datetime(2026, 3, 29, 1, tzinfo=dt.UTC)),
        to_epoch_us(dt.datetime(2026, 10, 25, 1, tzinfo=dt.UTC)),
    )
    no_dst = offset_segments("Asia/Ho_Chi_Minh", to_epoch_us(START), to_epoch_us(END))
    assert no_dst.offsets == (7 * hour,)
