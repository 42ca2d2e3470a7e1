"""A card's scheduling state, as stored on the card and snapshotted in the review log.

Undo restores the snapshot taken before an answer, so :meth:`CardMemory.to_dict`
and :meth:`CardMemory.from_dict` round-trip exactly: floats are kept as Python
floats (JSON writes them with ``repr``, which reads back bit for bit) and times
as ISO 8601 strings in UTC with microseconds.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from typing import Any

from fsrs import Rating

from studyapp.core.scheduling.instants import as_utc

__all__ = ["CardMemory", "CardState", "Rating", "as_utc"]


class CardState(IntEnum):
    """Where a card is in its life; LEARNING..RELEARNING match ``fsrs.State``."""

    NEW = 0
    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3


def _time_to_str(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="microseconds")


def _time_from_str(text: Any, field: str) -> datetime | None:
    if text is None:
        return None
    if not isinstance(text, str):
        raise ValueError(f"{field} must be an ISO 8601 string or null, not {text!r}")
    return as_utc(datetime.fromisoformat(text), name=field)


def _optional_float(value: Any, field: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{field} must be a number or null, not {value!r}")
    return float(value)


def _optional_int(value: Any, field: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{field} must be an integer or null, not {value!r}")
    return value


@dataclass(frozen=True, slots=True)
class CardMemory:
    """Immutable scheduling state of one card.

    A NEW card has no stability, difficulty, due time or last review. Times are
    aware datetimes; they are converted to UTC on construction so that equal
    instants give equal, identically serialised memories.
    """

    state: CardState = CardState.NEW
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = None
    last_review: datetime | None = None
    reps: int = 0
    lapses: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "state", CardState(self.state))
        if self.due is not None:
            object.__setattr__(self, "due", as_utc(self.due, name="due"))
        if self.last_review is not None:
            object.__setattr__(self, "last_review", as_utc(self.last_review, name="last_review"))
        for name in ("stability", "difficulty"):
            value = getattr(self, name)
            if value is not None and not math.isfinite(value):
                raise ValueError(f"{name} must be finite, not {value!r}")
        if self.step is not None and self.step < 0:
            raise ValueError(f"step must be >= 0, not {self.step}")
        if self.reps < 0 or self.lapses < 0:
            raise ValueError("reps and lapses cannot be negative")

    @property
    def is_new(self) -> bool:
        """True while the card has never been answered (or was reset)."""
        return self.state is CardState.NEW

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-friendly dict that :meth:`from_dict` turns back into an equal memory."""
        return {
            "state": int(self.state),
            "step": self.step,
            "stability": self.stability,
            "difficulty": self.difficulty,
            "due": _time_to_str(self.due),
            "last_review": _time_to_str(self.last_review),
            "reps": self.reps,
            "lapses": self.lapses,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CardMemory:
        """Rebuild a memory from :meth:`to_dict` output; raise ``ValueError`` if malformed."""
        expected = {"state", "step", "stability", "difficulty", "due", "last_review"}
        expected |= {"reps", "lapses"}
        if set(data) != expected:
            raise ValueError(f"card memory keys must be {sorted(expected)}, got {sorted(data)}")
        reps, lapses = data["reps"], data["lapses"]
        for name, value in (("reps", reps), ("lapses", lapses)):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"{name} must be an integer, not {value!r}")
        state = data["state"]
        if isinstance(state, bool) or not isinstance(state, int):
            raise ValueError(f"state must be an integer, not {state!r}")
        return cls(
            state=CardState(state),
            step=_optional_int(data["step"], "step"),
            stability=_optional_float(data["stability"], "stability"),
            difficulty=_optional_float(data["difficulty"], "difficulty"),
            due=_time_from_str(data["due"], "due"),
            last_review=_time_from_str(data["last_review"], "last_review"),
            reps=reps,
            lapses=lapses,
        )

    def to_json(self) -> str:
        """Canonical JSON text (sorted keys, no spaces): equal memories give equal bytes."""
        return json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> CardMemory:
        """Inverse of :meth:`to_json`."""
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("card memory JSON must be an object")
        return cls.from_dict(data)
