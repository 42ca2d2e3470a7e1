"""What a study session hands the UI: plain, frozen data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class IntervalChoice:
    """One rating button: 1 Again .. 4 Easy and the interval it would give."""

    rating: int
    name: str
    label: str


@dataclass(frozen=True, slots=True)
class CardView:
    """A card ready to show.

    ``prompt`` is the question side (the cloze with a blank for cloze cards),
    ``answer`` the expected reply, ``choices`` the options of a multiple-choice
    card in this showing's order.
    """

    card_id: int
    note_id: int
    deck_name: str
    card_type: str
    kind: str
    prompt: str
    answer: str
    reveal: str
    choices: tuple[str, ...]
    source_sentence: str
    paragraph_index: int | None
    as_of: str | None
    from_caption: bool
    state: str
    intervals: tuple[IntervalChoice, ...]


@dataclass(frozen=True, slots=True)
class QueueCounts:
    """What is left today in the session's decks."""

    new: int
    learning: int
    due: int

    @property
    def total(self) -> int:
        """All cards left."""
        return self.new + self.learning + self.due


@dataclass(frozen=True, slots=True)
class AnswerResult:
    """A saved answer: what the plain mode prints after ``saved``."""

    review_id: int
    card_id: int
    rating: int
    interval: str
    due: dt.datetime | None
    became_leech: bool
    suspended: bool


@dataclass(frozen=True, slots=True)
class UndoResult:
    """An answer taken back."""

    review_id: int
    card_id: int
    rating: int


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """The end-of-session screen: what was done and what comes next."""

    studied: int
    answers: int
    right_first_time: int
    time_spent_ms: int
    next_due: dt.datetime | None
