"""Per-learner scheduler settings: FSRS options, daily limits, day boundary, leeches.

The DB stores one :class:`SchedulerSettings` per learner as the JSON object
produced by :meth:`SchedulerSettings.to_dict`; :meth:`SchedulerSettings.from_dict`
reads it back (keys that are missing take their defaults, so settings stored by
an older version still load).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fsrs.scheduler import (
    DEFAULT_PARAMETERS as FSRS_DEFAULT_PARAMETERS,
)
from fsrs.scheduler import (
    LOWER_BOUNDS_PARAMETERS,
    UPPER_BOUNDS_PARAMETERS,
)

from studyapp.core.errors import InputError

DEFAULT_PARAMETERS: tuple[float, ...] = tuple(FSRS_DEFAULT_PARAMETERS)
PARAMETER_COUNT = len(LOWER_BOUNDS_PARAMETERS)


class LeechAction(StrEnum):
    """What happens to a card that becomes a leech (it is tagged ``leech`` either way)."""

    SUSPEND = "suspend"
    TAG = "tag"


def clamp_parameters(parameters: Sequence[float]) -> tuple[float, ...]:
    """Clamp FSRS parameters into the bounds py-fsrs accepts.

    fsrs-rs returns float32 values, so a parameter fitted to its upper bound
    (0.8 -> 0.800000011920929) would be rejected by ``fsrs.Scheduler``.
    """
    return tuple(
        min(max(float(value), low), high)
        for value, low, high in zip(
            parameters, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS, strict=True
        )
    )


@dataclass(frozen=True, slots=True)
class SchedulerSettings:
    """Everything that decides when a learner sees a card; immutable and hashable.

    Steps are :class:`~datetime.timedelta` values of whole seconds; ``timezone``
    is ``"UTC"`` or an IANA name such as ``"Asia/Ho_Chi_Minh"``; the study day
    starts at ``day_boundary_hour`` local time (4 a.m. by default, as Anki).
    """

    desired_retention: float = 0.90
    learning_steps: tuple[timedelta, ...] = (timedelta(minutes=1), timedelta(minutes=10))
    relearning_steps: tuple[timedelta, ...] = (timedelta(minutes=10),)
    maximum_interval: int = 36500
    enable_fuzzing: bool = True
    parameters: tuple[float, ...] = DEFAULT_PARAMETERS
    new_per_day: int = 20
    reviews_per_day: int = 200
    day_boundary_hour: int = 4
    timezone: str = "UTC"
    leech_threshold: int = 8
    leech_action: LeechAction = LeechAction.SUSPEND

    def __post_init__(self) -> None:
        # Coerce the JSON-ish forms (lists, plain strings) so that equal settings
        # compare and hash equal whatever they were built from.
        object.__setattr__(self, "learning_steps", tuple(self.learning_steps))
        object.__setattr__(self, "relearning_steps", tuple(self.relearning_steps))
        try:
            parameters = tuple(float(p) for p in self.parameters)
        except (TypeError, ValueError):
            raise InputError("parameters must be numbers", field="parameters") from None
        object.__setattr__(self, "parameters", parameters)
        try:
            object.__setattr__(self, "leech_action", LeechAction(self.leech_action))
        except ValueError:
            raise InputError(
                f"must be one of {', '.join(a.value for a in LeechAction)}, "
                f"not {self.leech_action!r}",
                field="leech_action",
            ) from None
        self._validate()

    def _validate(self) -> None:
        def fail(field: str, message: str) -> None:
            raise InputError(message, field=field)

        retention = self.desired_retention
        if not isinstance(retention, float | int) or not 0.0 < retention < 1.0:
            fail("desired_retention", f"must be between 0 and 1 (exclusive), not {retention!r}")
        for name in ("learning_steps", "relearning_steps"):
            for step in getattr(self, name):
                if not isinstance(step, timedelta) or step <= timedelta(0):
                    fail(name, f"steps must be positive durations, not {step!r}")
                if step.microseconds:
                    fail(name, f"steps must be whole seconds, not {step!r}")
        positive_ints = (
            "maximum_interval",
            "leech_threshold",
        )
        for name in positive_ints:
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                fail(name, f"must be a whole number of at least 1, not {value!r}")
        for name in ("new_per_day", "reviews_per_day"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                fail(name, f"must be a whole number of at least 0, not {value!r}")
        hour = self.day_boundary_hour
        if isinstance(hour, bool) or not isinstance(hour, int) or not 0 <= hour <= 23:
            fail("day_boundary_hour", f"must be an hour from 0 to 23, not {hour!r}")
        if not isinstance(self.enable_fuzzing, bool):
            fail("enable_fuzzing", f"must be true or false, not {self.enable_fuzzing!r}")
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError, TypeError):
            fail("timezone", f"unknown time zone {self.timezone!r}")
        if len(self.parameters) != PARAMETER_COUNT:
            fail(
                "parameters",
                f"FSRS-6 needs {PARAMETER_COUNT} parameters, got {len(self.parameters)}",
            )
        for index, (value, low, high) in enumerate(
            zip(self.parameters, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS, strict=True)
        ):
            if not math.isfinite(value) or not low <= value <= high:
                fail("parameters", f"w[{index}] = {value} is outside [{low}, {high}]")

    def replace(self, **changes: Any) -> SchedulerSettings:
        """Return a copy with some fields changed (validated again)."""
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-friendly dict; steps are whole seconds, parameters a list."""
        return {
            "desired_retention": self.desired_retention,
            "learning_steps": [int(step.total_seconds()) for step in self.learning_steps],
            "relearning_steps": [int(step.total_seconds()) for step in self.relearning_steps],
            "maximum_interval": self.maximum_interval,
            "enable_fuzzing": self.enable_fuzzing,
            "parameters": list(self.parameters),
            "new_per_day": self.new_per_day,
            "reviews_per_day": self.reviews_per_day,
            "day_boundary_hour": self.day_boundary_hour,
            "timezone": self.timezone,
            "leech_threshold": self.leech_threshold,
            "leech_action": self.leech_action.value,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SchedulerSettings:
        """Build settings from :meth:`to_dict` output; missing keys take defaults.

        Raises :class:`InputError` for unknown keys or invalid values.
        """
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise InputError(f"unknown scheduler setting(s): {', '.join(unknown)}")
        kwargs: dict[str, Any] = dict(data)
        for name in ("learning_steps", "relearning_steps"):
            if name in kwargs:
                kwargs[name] = tuple(_seconds(name, value) for value in kwargs[name])
        if "parameters" in kwargs:
            kwargs["parameters"] = tuple(kwargs["parameters"])
        return cls(**kwargs)


def _seconds(field: str, value: Any) -> timedelta:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputError(f"steps are numbers of seconds, not {value!r}", field=field)
    return timedelta(seconds=value)
