"""Today's queue for one study session, kept in memory between answers.

Like Anki, the session fetches a batch of due reviews and new cards once and
then pops from it, so answering and moving on costs an index lookup for
learning cards and nothing more. The rules are those of
:mod:`studyapp.core.scheduling.queue`: learning cards due now first, then due
reviews, then new cards in article order, within the daily limits, never two
cards of one note on the same day, and learning cards up to 20 minutes ahead
before the session ends.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy.orm import Session

from studyapp.core.scheduling.days import day_start, next_day_start
from studyapp.core.scheduling.memory import CardState
from studyapp.core.scheduling.queue import remaining_limits
from studyapp.core.scheduling.settings import SchedulerSettings
from studyapp.db import study_queries as q

LEARN_AHEAD = timedelta(minutes=20)
# A batch holds what the limits allow plus room for buried siblings.
_SLACK = 32


@dataclass
class TodayQueue:
    """The session's view of today: counts so far and the batches still to show."""

    learner_id: int
    deck_ids: list[int]
    settings: SchedulerSettings
    start: dt.datetime
    end: dt.datetime
    new_today: int = 0
    reviews_today: int = 0
    answered_notes: dict[int, set[int]] = field(default_factory=dict)
    retired: set[int] = field(default_factory=set)
    reviews: list[q.Candidate] | None = None
    new: list[q.Candidate] | None = None

    @classmethod
    def load(
        cls,
        session: Session,
        learner_id: int,
        deck_ids: list[int],
        settings: SchedulerSettings,
        now: dt.datetime,
    ) -> TodayQueue:
        """Read what was answered today and which cards are retired."""
        queue = cls(
            learner_id,
            deck_ids,
            settings,
            day_start(now, settings),
            next_day_start(now, settings),
        )
        wanted = set(deck_ids)
        for card_id, note_id, deck_id, state_before in q.answers_since(
            session, learner_id, since=queue.start
        ):
            queue.answered_notes.setdefault(note_id, set()).add(card_id)
            if deck_id in wanted:
                queue._count(state_before)
        queue.retired = q.retired_cards(session, deck_ids)
        return queue

    def _count(self, state_before: int) -> None:
        if state_before == int(CardState.NEW):
            self.new_today += 1
        elif state_before == int(CardState.REVIEW):
            self.reviews_today += 1

    def is_current(self, now: dt.datetime) -> bool:
        """False once the study day is over."""
        return self.start <= now < self.end

    def _limits(self) -> tuple[int, int]:
        limits = remaining_limits(
            self.settings, new_today=self.new_today, reviews_today=self.reviews_today
        )
        return limits.new, limits.reviews

    def _showable(self, candidate: q.Candidate) -> bool:
        card_id, note_id, _ = candidate
        if card_id in self.retired:
            return False
        answered = self.answered_notes.get(note_id)
        return not answered or answered == {card_id}

    def _reviews(self, session: Session, now: dt.datetime) -> list[q.Candidate]:
        if self.reviews is None:
            self.reviews = q.review_candidates(
                session,
                self.learner_id,
                self.deck_ids,
                now=now,
                day_end=self.end,
                limit=self.settings.reviews_per_day + _SLACK,
            )
        return [c for c in self.reviews if self._showable(c)]

    def _new(self, session: Session, now: dt.datetime) -> list[q.Candidate]:
        if self.new is None:
            self.new = q.new_candidates(
                session,
                self.learner_id,
                self.deck_ids,
                now=now,
                limit=self.settings.new_per_day * 4 + _SLACK,
            )
        # One new card per note a day: the first of each note in article order.
        seen: set[int] = set()
        shown = []
        for candidate in self.new:
            if self._showable(candidate) and candidate[1] not in seen:
                seen.add(candidate[1])
                shown.append(candidate)
        return shown

    def _learning(self, session: Session, now: dt.datetime, until: dt.datetime) -> int | None:
        for card_id, _, _ in q.learning_candidates(
            session, self.learner_id, self.deck_ids, now=now, until=until
        ):
            if card_id not in self.retired:
                return card_id
        return None

    def peek(self, session: Session, now: dt.datetime) -> int | None:
        """The card to show now (the same one until it is answered or set aside)."""
        card_id = self._learning(session, now, now)
        if card_id is not None:
            return card_id
        new_left, reviews_left = self._limits()
        if reviews_left > 0:
            reviews = self._reviews(session, now)
            if reviews:
                return reviews[0][0]
        if new_left > 0:
            new = self._new(session, now)
            if new:
                return new[0][0]
        return self._learning(session, now, now + LEARN_AHEAD)

    def counts(self, session: Session, now: dt.datetime) -> tuple[int, int, int]:
        """(new, learning, due) left today, after limits and sibling burial."""
        new_left, reviews_left = self._limits()
        learning = len(
            q.learning_candidates(
                session, self.learner_id, self.deck_ids, now=now, until=self.end, limit=10_000
            )
        )
        due = min(len(self._reviews(session, now)), reviews_left)
        new = min(len(self._new(session, now)), new_left)
        return new, learning, due

    def answered(self, card_id: int, note_id: int, state_before: int) -> None:
        """Record an answer given in this session."""
        self.answered_notes.setdefault(note_id, set()).add(card_id)
        self._count(state_before)
        for batch in (self.reviews, self.new):
            if batch is not None:
                batch[:] = [c for c in batch if c[0] != card_id]
