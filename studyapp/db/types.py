"""Column types shared by the models."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import BigInteger, Dialect
from sqlalchemy.types import TypeDecorator

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_US = dt.timedelta(microseconds=1)


def to_epoch_us(value: dt.datetime) -> int:
    """Microseconds since the Unix epoch for an aware datetime."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"naive datetime {value!r}: pass an aware UTC datetime")
    return (value - _EPOCH) // _US


def from_epoch_us(value: int) -> dt.datetime:
    """Aware UTC datetime for microseconds since the Unix epoch."""
    return _EPOCH + value * _US


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An aware datetime stored as UTC microseconds since the epoch.

    Integers keep every dialect honest about time zones (SQLite has no
    datetime type), keep Python's full precision (so undo restores a state
    exactly) and make range scans and per-day grouping cheap arithmetic.
    Naive datetimes are refused rather than guessed at.
    """

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, int):
            return value
        return to_epoch_us(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return from_epoch_us(int(value))
