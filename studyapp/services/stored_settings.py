"""A learner's stored settings as :class:`SchedulerSettings`, without SQLAlchemy.

Shared by :mod:`studyapp.services.learner_settings` and the home screen's
fast start (:mod:`studyapp.services.home_preview`), so both read the same
settings the same way.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from studyapp.core.scheduling.settings import SchedulerSettings


def local_timezone_name() -> str:
    """The IANA name of this machine's time zone, ``UTC`` when it cannot tell."""
    env = os.environ.get("TZ", "").lstrip(":")
    if env and "/" in env:
        return env
    timezone_file = Path("/etc/timezone")
    if timezone_file.is_file():
        name = timezone_file.read_text(encoding="utf-8").strip()
        if name:
            return name
    localtime = Path("/etc/localtime")
    if localtime.is_symlink():
        target = str(localtime.resolve())
        if "zoneinfo/" in target:
            return target.split("zoneinfo/", 1)[1]
    return "UTC"


def settings_from_stored(stored: Mapping[str, Any] | None) -> SchedulerSettings:
    """The settings a learner row stores; keys never set take the defaults.

    The time zone defaults to this machine's, not to UTC.
    """
    values: dict[str, Any] = dict(stored) if stored is not None else {}
    values.setdefault("timezone", local_timezone_name())
    return SchedulerSettings.from_dict(values)
