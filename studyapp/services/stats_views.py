"""What the statistics service hands to the CLI and the TUI: frozen dataclasses.

:meth:`Stats.to_json` is the documented ``studyapp stats --json`` document;
bump :data:`SCHEMA_VERSION` whenever a key is removed or changes meaning
(adding keys is compatible).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

# The home screen's line lives with the home screen's other views, which load
# without the rest of these.
from studyapp.services.views import TodaySummary as TodaySummary

SCHEMA_VERSION = 1
_DIGITS = 4  # floats in the JSON: enough for a percentage with two decimals


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, _DIGITS)


@dataclass(frozen=True, slots=True)
class CardCounts:
    """Active cards by state: new + learning + relearning + young + mature = total.

    ``mature`` are review cards whose scheduled interval (due minus last
    review) is at least 21 days; ``young`` the other review cards.
    ``suspended`` and ``leech`` are flags that overlap the states.
    """

    total: int = 0
    new: int = 0
    learning: int = 0
    relearning: int = 0
    young: int = 0
    mature: int = 0
    suspended: int = 0
    leech: int = 0

    @property
    def review(self) -> int:
        """Cards in the review state, young and mature."""
        return self.young + self.mature

    def to_json(self) -> dict[str, int]:
        """The ``cards`` object of the JSON."""
        return {
            "total": self.total,
            "new": self.new,
            "learning": self.learning,
            "relearning": self.relearning,
            "review": self.review,
            "young": self.young,
            "mature": self.mature,
            "suspended": self.suspended,
            "leech": self.leech,
        }


@dataclass(frozen=True, slots=True)
class MemoryFigures:
    """Retrievability now: its average over studied cards, and mastery over all cards.

    A card is mastered when its retrievability now is at least the desired
    retention; new cards count as not mastered.
    """

    total: int = 0
    studied: int = 0
    mastered: int = 0
    retrievability_sum: float = 0.0

    @property
    def average_retrievability(self) -> float | None:
        """Mean retrievability of the studied cards, ``None`` when none is studied."""
        return self.retrievability_sum / self.studied if self.studied else None

    @property
    def mastery(self) -> float | None:
        """Share of all active cards that are mastered, ``None`` for no cards."""
        return _ratio(self.mastered, self.total)

    def to_json(self) -> dict[str, Any]:
        """The ``memory`` object of the JSON."""
        return {
            "total": self.total,
            "studied": self.studied,
            "mastered": self.mastered,
            "average_retrievability": _rounded(self.average_retrievability),
            "mastery": _rounded(self.mastery),
        }


@dataclass(frozen=True, slots=True)
class DeckStats:
    """One deck's cards and memory."""

    deck_id: int
    name: str
    cards: CardCounts
    memory: MemoryFigures


@dataclass(frozen=True, slots=True)
class DayCount:
    """Reviews and time spent on one study day.

    ``retention_reviews`` counts the answers to cards in the review state and
    ``retention_passed`` those not answered Again: that day's true retention.
    """

    date: dt.date
    reviews: int = 0
    duration_ms: int = 0
    retention_reviews: int = 0
    retention_passed: int = 0

    def to_json(self) -> dict[str, Any]:
        """One entry of ``activity.days``."""
        return {
            "date": self.date.isoformat(),
            "reviews": self.reviews,
            "duration_ms": self.duration_ms,
            "retention_reviews": self.retention_reviews,
            "retention_passed": self.retention_passed,
        }


@dataclass(frozen=True, slots=True)
class PeriodTotals:
    """Reviews, time and days studied over a period."""

    reviews: int = 0
    duration_ms: int = 0
    days_studied: int = 0

    def to_json(self) -> dict[str, int]:
        """``{"reviews", "duration_ms", "days_studied"}``."""
        return {
            "reviews": self.reviews,
            "duration_ms": self.duration_ms,
            "days_studied": self.days_studied,
        }


@dataclass(frozen=True, slots=True)
class Activity:
    """Reviews per study day (the last 365, oldest first, today last) and streaks.

    A streak is a run of study days with at least one review; the current
    streak ends today, or yesterday while nothing has been reviewed yet today.
    """

    days: tuple[DayCount, ...]
    current_streak: int
    longest_streak: int
    all_time: PeriodTotals

    @property
    def today(self) -> DayCount:
        """Today's reviews and time."""
        return self.days[-1]

    def last(self, count: int) -> PeriodTotals:
        """Totals over the last ``count`` study days (today included)."""
        days = self.days[-count:]
        return PeriodTotals(
            reviews=sum(d.reviews for d in days),
            duration_ms=sum(d.duration_ms for d in days),
            days_studied=sum(1 for d in days if d.reviews),
        )

    def to_json(self) -> dict[str, Any]:
        """The ``activity`` object of the JSON."""
        return {
            "today": {"reviews": self.today.reviews, "duration_ms": self.today.duration_ms},
            "current_streak": self.current_streak,
            "longest_streak": self.longest_streak,
            "last_30_days": self.last(30).to_json(),
            "last_365_days": self.last(365).to_json(),
            "all_time": self.all_time.to_json(),
            "days": [day.to_json() for day in self.days],
        }


@dataclass(frozen=True, slots=True)
class RetentionFigure:
    """Answers to cards in the review state, and how many were not Again."""

    reviews: int = 0
    passed: int = 0

    @property
    def rate(self) -> float | None:
        """True retention, ``None`` when there was no such answer."""
        return _ratio(self.passed, self.reviews)

    def to_json(self) -> dict[str, Any]:
        """``{"reviews", "passed", "rate"}``."""
        return {"reviews": self.reviews, "passed": self.passed, "rate": _rounded(self.rate)}


@dataclass(frozen=True, slots=True)
class Retention:
    """True retention over four periods of study days, beside the desired retention."""

    desired: float
    today: RetentionFigure
    last_7_days: RetentionFigure
    last_30_days: RetentionFigure
    all_time: RetentionFigure

    def to_json(self) -> dict[str, Any]:
        """The ``retention`` object of the JSON."""
        return {
            "desired": self.desired,
            "today": self.today.to_json(),
            "last_7_days": self.last_7_days.to_json(),
            "last_30_days": self.last_30_days.to_json(),
            "all_time": self.all_time.to_json(),
        }


@dataclass(frozen=True, slots=True)
class ForecastDay:
    """Cards due on one coming study day (today includes the overdue ones)."""

    date: dt.date
    due: int


@dataclass(frozen=True, slots=True)
class ParagraphMastery:
    """One paragraph of an article and how well its facts are known."""

    index: int
    text: str
    is_caption: bool
    cards: int = 0
    studied: int = 0
    mastered: int = 0

    @property
    def mastery(self) -> float | None:
        """Share of the paragraph's cards mastered, ``None`` if it has no cards."""
        return _ratio(self.mastered, self.cards)

    def to_json(self) -> dict[str, Any]:
        """One entry of ``articles[].paragraphs``."""
        return {
            "index": self.index,
            "text": self.text,
            "is_caption": self.is_caption,
            "cards": self.cards,
            "studied": self.studied,
            "mastered": self.mastered,
            "mastery": _rounded(self.mastery),
        }


@dataclass(frozen=True, slots=True)
class ArticleMastery:
    """Mastery per paragraph of the article a deck was generated from."""

    deck_id: int
    deck: str
    paragraphs: tuple[ParagraphMastery, ...]


@dataclass(frozen=True, slots=True)
class HardCard:
    """A card the learner struggles with."""

    card_id: int
    deck: str
    card_type: str
    question: str
    lapses: int
    reps: int
    state: str
    retrievability: float
    suspended: bool
    leech: bool

    def to_json(self) -> dict[str, Any]:
        """One entry of ``hardest``."""
        return {
            "card_id": self.card_id,
            "deck": self.deck,
            "card_type": self.card_type,
            "question": self.question,
            "lapses": self.lapses,
            "reps": self.reps,
            "state": self.state,
            "retrievability": _rounded(self.retrievability),
            "suspended": self.suspended,
            "leech": self.leech,
        }


@dataclass(frozen=True, slots=True)
class Stats:
    """Everything ``studyapp stats`` and the Stats screen show, for one learner."""

    generated_at: dt.datetime
    today: dt.date
    deck: str | None
    timezone: str
    day_boundary_hour: int
    cards: CardCounts
    memory: MemoryFigures
    decks: tuple[DeckStats, ...]
    activity: Activity
    retention: Retention
    forecast: tuple[ForecastDay, ...]
    articles: tuple[ArticleMastery, ...]
    hardest: tuple[HardCard, ...]

    def to_json(self) -> dict[str, Any]:
        """The documented JSON document (see the README, "stats --json")."""
        return {
            "schema_version": SCHEMA_VERSION,
            "generated_at": self.generated_at.isoformat(),
            "deck": self.deck,
            "today": self.today.isoformat(),
            "timezone": self.timezone,
            "day_boundary_hour": self.day_boundary_hour,
            "cards": self.cards.to_json(),
            "memory": self.memory.to_json(),
            "decks": [
                {
                    "id": d.deck_id,
                    "name": d.name,
                    "cards": d.cards.to_json(),
                    "memory": d.memory.to_json(),
                }
                for d in self.decks
            ],
            "activity": self.activity.to_json(),
            "retention": self.retention.to_json(),
            "forecast": [{"date": f.date.isoformat(), "due": f.due} for f in self.forecast],
            "articles": [
                {
                    "deck_id": a.deck_id,
                    "deck": a.deck,
                    "paragraphs": [p.to_json() for p in a.paragraphs],
                }
                for a in self.articles
            ],
            "hardest": [card.to_json() for card in self.hardest],
        }


@dataclass(frozen=True, slots=True)
class ReviewLogEntry:
    """One answer in the CSV export."""

    card_id: int
    deck: str
    question: str
    rating: int
    reviewed_at: dt.datetime
    duration_ms: int
