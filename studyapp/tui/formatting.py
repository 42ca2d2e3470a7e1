"""Turning figures and times into the short text the screens show."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

STATE_WORDS = {"new": "new", "learning": "learning", "review": "review", "relearning": "relearn"}


def mastery_bar(share: float, width: int = 10) -> str:
    """A bar of ``width`` cells and the percentage, e.g. ``"███░░░░░░░  30%"``."""
    share = min(max(share, 0.0), 1.0)
    filled = round(share * width)
    return "█" * filled + "░" * (width - filled) + f" {round(share * 100):>3}%"


def format_seconds(seconds: int) -> str:
    """``"45 s"``, ``"4 min 12 s"``, ``"1 h 3 min"``."""
    if seconds < 60:
        return f"{seconds} s"
    minutes, rest = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {rest} s" if rest else f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"


def format_span(delta: dt.timedelta) -> str:
    """A rough, readable length of time: ``"8 min"``, ``"3 h"``, ``"2 days"``."""
    seconds = max(0, int(delta.total_seconds()))
    if seconds < 60:
        return "less than a minute"
    if seconds < 3600:
        return f"{round(seconds / 60)} min"
    if seconds < 86400:
        return f"{round(seconds / 3600)} h"
    days = round(seconds / 86400)
    return "1 day" if days == 1 else f"{days} days"


def short_due(moment: dt.datetime | None, now: dt.datetime) -> str:
    """A due time for a narrow column: ``"—"``, ``"now"``, ``"10m"``, ``"3d"``."""
    if moment is None:
        return "—"
    seconds = (moment - now).total_seconds()
    if seconds <= 0:
        return "now"
    if seconds < 3600:
        return f"{max(1, round(seconds / 60))}m"
    if seconds < 86400:
        return f"{round(seconds / 3600)}h"
    days = round(seconds / 86400)
    if days < 365:
        return f"{days}d"
    return f"{round(days / 365, 1)}y"


def zone(name: str) -> dt.tzinfo:
    """The learner's time zone, UTC if the name is unknown here."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def local_time(moment: dt.datetime, now: dt.datetime, timezone: str) -> str:
    """``"09:42"`` today, ``"Tue 3 Mar 09:42"`` on another day, in the learner's zone."""
    tz = zone(timezone)
    when, today = moment.astimezone(tz), now.astimezone(tz)
    if when.date() == today.date():
        return when.strftime("%H:%M")
    return f"{when:%a} {when.day} {when:%b %H:%M}"


def full_date(moment: dt.datetime | None, timezone: str) -> str:
    """``"2026-03-05 09:30"`` in the learner's zone, ``"—"`` for none."""
    if moment is None:
        return "—"
    return moment.astimezone(zone(timezone)).strftime("%Y-%m-%d %H:%M")
