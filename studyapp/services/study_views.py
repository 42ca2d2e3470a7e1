"""What a study session hands the UI: plain, frozen data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from studyapp.core.scheduling.engine import format_interval, preview
from studyapp.core.scheduling.memory import CardMemory, Rating
from studyapp.core.scheduling.settings import SchedulerSettings

RATING_NAMES = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}


@dataclass(frozen=True, slots=True)
class IntervalChoice:
    """One rating button: 1 Again .. 4 Easy and the interval it would give."""

    rating: int
    name: str
    label: str


@dataclass(frozen=True)
class CardView:
    """A card ready to show.

    ``prompt`` is the question side (the cloze with a blank for cloze cards),
    ``answer`` the expected reply, ``choices`` the options of a multiple-choice
    card in this showing's order. :attr:`intervals` (what each rating button
    would give) is worked out when first read: it costs four scheduler runs,
    and the card is usually answered before its buttons are needed.
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
    memory: CardMemory = field(repr=False, compare=False)
    settings: SchedulerSettings = field(repr=False, compare=False)
    shown_at: dt.datetime = field(repr=False, compare=False)

    @cached_property
    def intervals(self) -> tuple[IntervalChoice, ...]:
        """The four rating buttons: 1 Again .. 4 Easy with the interval each gives."""
        previews = preview(
            self.memory, now=self.shown_at, settings=self.settings, card_id=self.card_id
        )
        return tuple(
            IntervalChoice(int(r), RATING_NAMES[int(r)], format_interval(previews[r]))
            for r in Rating
        )


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
