"""The one place that reads the clock; everything else is handed ``now``."""

from __future__ import annotations

import datetime as dt
import os

NOW_ENV = "STUDYAPP_NOW"


def utc_now() -> dt.datetime:
    """The current time as an aware UTC datetime.

    ``STUDYAPP_NOW`` (ISO 8601) pins it, for scripted demos and end-to-end tests.
    """
    pinned = os.environ.get(NOW_ENV)
    if pinned:
        value = dt.datetime.fromisoformat(pinned)
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)
    return dt.datetime.now(dt.UTC)
