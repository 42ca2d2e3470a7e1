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
from collections import deque
from dataclasses import dataclass, field
from datetime import timedelta

from studyapp.core.scheduling.days import day_start, next_day_start
from studyapp.core.scheduling.memory import CardState
from studyapp.core.scheduling.queue import remaining_limits
from studyapp.core.scheduling.settings import SchedulerSettings
from studyapp.db import study_queries as q
from studyapp.db.card_state_rows import Executor

LEARN_AHEAD = timedelta(minutes=20)
# The new-card batch holds what the limit allows plus room for buried siblings.
_SLACK = 32
# Reviews are read in pages of this many, in due order.
_PAGE = 128


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
    reviews: deque[q.Candidate] | None = None
    new: deque[q.Candidate] | None = None
    # Cards answered in this session: dropped from the batches as they surface.
    done: set[int] = field(default_factory=set)

    @classmethod
    def load(
        cls,
        conn: Executor,
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
            conn, learner_id, since=queue.start
        ):
            queue.answered_notes.setdefault(note_id, set()).add(card_id)
            if deck_id in wanted:
                queue._tally(state_before)
        queue.retired = q.retired_cards(conn, deck_ids)
        return queue

    def _tally(self, state_before: int) -> None:
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
        if card_id in self.done or card_id in self.retired:
            return False
        answered = self.answered_notes.get(note_id)
        return not answered or answered == {card_id}

    def _head(self, batch: deque[q.Candidate]) -> q.Candidate | None:
        # Whatever is not showable now stays so all day: drop it for good.
        while batch and not self._showable(batch[0]):
            batch.popleft()
        return batch[0] if batch else None

    def _count(self, batch: deque[q.Candidate], most: int) -> int:
        notes: set[int] = set()
        for candidate in batch:
            if len(notes) >= most:
                break
            if self._showable(candidate):
                notes.add(candidate[1])
        return len(notes)

    def _reviews(self, conn: Executor, now: dt.datetime) -> deque[q.Candidate]:
        # Due reviews come a page at a time: a big backlog is never read at once.
        if self.reviews is None:
            self.reviews = deque()
            self._reviews_more = True
            self._reviews_after: tuple[dt.datetime, int] | None = None
        if self._reviews_more and len(self.reviews) < _PAGE // 2:
            page = q.review_candidates(
                conn,
                self.learner_id,
                self.deck_ids,
                now=now,
                day_end=self.end,
                limit=_PAGE,
                after=self._reviews_after,
            )
            self._reviews_more = len(page) == _PAGE
            if page:
                last = page[-1]
                self._reviews_after = (last[2] or now, last[0])
            self.reviews.extend(page)
        return self.reviews

    def _new(self, conn: Executor, now: dt.datetime) -> deque[q.Candidate]:
        if self.new is None:
            self.new = deque(
                q.new_candidates(
                    conn,
                    self.learner_id,
                    self.deck_ids,
                    now=now,
                    limit=self.settings.new_per_day * 4 + _SLACK,
                )
            )
        return self.new

    def _learning(self, conn: Executor, now: dt.datetime, until: dt.datetime) -> int | None:
        for card_id, _, _ in q.learning_candidates(
            conn, self.learner_id, self.deck_ids, now=now, until=until
        ):
            if card_id not in self.retired:
                return card_id
        return None

    def peek(self, conn: Executor, now: dt.datetime) -> int | None:
        """The card to show now (the same one until it is answered or set aside)."""
        card_id = self._learning(conn, now, now)
        if card_id is not None:
            return card_id
        new_left, reviews_left = self._limits()
        if reviews_left > 0 and (review := self._head(self._reviews(conn, now))):
            return review[0]
        if new_left > 0 and (new := self._head(self._new(conn, now))):
            return new[0]
        return self._learning(conn, now, now + LEARN_AHEAD)

    def counts(self, conn: Executor, now: dt.datetime) -> tuple[int, int, int]:
        """(new, learning, due) left today, after limits and sibling burial."""
        new_left, reviews_left = self._limits()
        learning = len(
            q.learning_candidates(
                conn, self.learner_id, self.deck_ids, now=now, until=self.end, limit=10_000
            )
        )
        due = self._count(self._reviews(conn, now), reviews_left)
        new = self._count(self._new(conn, now), new_left)
        return new, learning, due

    def answered(self, card_id: int, note_id: int, state_before: int) -> None:
        """Record an answer given in this session."""
        self.answered_notes.setdefault(note_id, set()).add(card_id)
        self.done.add(card_id)
        self._tally(state_before)
