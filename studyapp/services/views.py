"""Plain frozen dataclasses handed to the TUI and the CLI (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DeckSummary:
    """A deck in the deck list: counts of what can be studied today."""

    id: int
    name: str
    slug: str
    total: int
    new: int
    learning: int
    due: int
    suspended: int

    @property
    def depth(self) -> int:
        """How deep in the ``Parent::Child`` hierarchy the deck sits."""
        return self.name.count("::")


@dataclass(frozen=True, slots=True)
class DeckRow:
    """A deck on the home screen: today's counts and a mastery share (0..1)."""

    summary: DeckSummary
    mastery: float


@dataclass(frozen=True, slots=True)
class TodaySummary:
    """The home screen's line: streak and today's work."""

    current_streak: int
    reviews_today: int
    minutes_today: float
    due_today: int

    def line(self) -> str:
        """E.g. ``Streak 3 days · Today 42 reviews, 12 min · 80 due``."""
        days = "day" if self.current_streak == 1 else "days"
        reviews = "review" if self.reviews_today == 1 else "reviews"
        minutes = self.minutes_today
        spent = "<1 min" if 0 < minutes < 0.5 else f"{minutes:.0f} min"
        return (
            f"Streak {self.current_streak} {days} · "
            f"Today {self.reviews_today} {reviews}, {spent} · {self.due_today} due"
        )


@dataclass(frozen=True, slots=True)
class HomeOverview:
    """Everything the home screen shows."""

    decks: tuple[DeckRow, ...]
    today: TodaySummary
