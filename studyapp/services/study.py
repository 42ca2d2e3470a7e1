"""A study session for one learner and deck: next card, answer, undo, bury, suspend.

Every action is one transaction, so a crash never leaves half an answer.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Callable

from sqlalchemy import delete, select

from studyapp.core.cloze import cloze_answers, cloze_back, cloze_front
from studyapp.core.errors import InputError
from studyapp.core.scheduling.days import next_day_start
from studyapp.core.scheduling.engine import format_interval, reset_memory, review
from studyapp.core.scheduling.memory import CardMemory, CardState
from studyapp.core.scheduling.settings import LeechAction, SchedulerSettings
from studyapp.db import study_queries as q
from studyapp.db.card_content import CardContent, load_card_content, paragraph_text
from studyapp.db.card_state_rows import Executor, StoredState, delete_state, load_state, store_state
from studyapp.db.models import ReviewLog
from studyapp.db.session import Database
from studyapp.services.learner_settings import settings_for
from studyapp.services.study_queue import TodayQueue
from studyapp.services.study_views import (
    RATING_NAMES,
    AnswerResult,
    CardView,
    QueueCounts,
    SessionSummary,
    UndoResult,
)

STATE_NAMES = {0: "new", 1: "learning", 2: "review", 3: "relearning"}


class StudySession:
    """One learner studying one deck (and its sub-decks), or every deck."""

    def __init__(self, database: Database, learner_id: int, deck: str | None = None) -> None:
        self.database = database
        self.learner_id = learner_id
        with database.read() as session:
            decks = q.deck_ids_for(session, deck)
            self.settings: SchedulerSettings = settings_for(session, learner_id)
        if deck is not None and not decks:
            raise InputError(f"no deck called {deck!r}; `studyapp decks` lists them")
        self.deck_name = deck
        self.deck_ids = [deck_id for deck_id, _ in decks]
        self._undo_stack: list[int] = []
        self._today: TodayQueue | None = None
        # (card id, rating, duration) of this session's answers, for the summary.
        self._answers: list[tuple[int, int, int]] = []

    # -- choosing cards -------------------------------------------------

    def _queue(self, conn: Executor, now: dt.datetime) -> TodayQueue:
        if self._today is None or not self._today.is_current(now):
            self._today = TodayQueue.load(conn, self.learner_id, self.deck_ids, self.settings, now)
        return self._today

    def _forget_queue(self) -> None:
        # After undo, suspend, bury or reset the batches may be wrong: refetch.
        self._today = None

    def next_card(self, now: dt.datetime) -> CardView | None:
        """The card to show now, or ``None`` when nothing is left today.

        Calling it again before answering returns the same card.
        """
        if not self.deck_ids:
            return None
        with self.database.lean_reading() as conn:
            card_id = self._queue(conn, now).peek(conn, now)
            if card_id is None:
                return None
            return self._view(conn, card_id, now)

    def card(self, card_id: int, now: dt.datetime) -> CardView:
        """A specific card as it would be shown now."""
        with self.database.lean_reading() as conn:
            return self._view(conn, card_id, now)

    def _view(self, conn: Executor, card_id: int, now: dt.datetime) -> CardView:
        found = q.content_and_state(conn, self.learner_id, card_id)
        if found is None:
            raise InputError(f"no card with id {card_id}")
        content, stored = found
        memory = stored.memory if stored is not None else CardMemory()
        return build_view(content, memory, self.settings, now)

    def counts(self, now: dt.datetime) -> QueueCounts:
        """New / learning / due cards left today (after daily limits)."""
        if not self.deck_ids:
            return QueueCounts(0, 0, 0)
        with self.database.lean_reading() as conn:
            new, learning, due = self._queue(conn, now).counts(conn, now)
        return QueueCounts(new=new, learning=learning, due=due)

    def paragraph(self, card_id: int) -> str | None:
        """The article paragraph a card's fact comes from."""
        with self.database.read() as session:
            content = load_card_content(session, card_id)
            if content is None or content.paragraph_index is None:
                return None
            return paragraph_text(session, content.deck_id, content.paragraph_index)

    # -- actions --------------------------------------------------------

    def answer(
        self,
        card_id: int,
        rating: int,
        *,
        now: dt.datetime,
        duration_ms: int = 0,
        answer_given: str | None = None,
    ) -> AnswerResult:
        """Save an answer: the new card state and its review-log row, together."""
        if rating not in RATING_NAMES:
            raise InputError(f"rating must be 1-4, not {rating!r}")
        with self.database.lean_writing() as conn:
            placed = q.place_and_state(conn, self.learner_id, card_id)
            if placed is None:
                raise InputError(f"no card with id {card_id}")
            note_id, deck_id, before = placed
            current = before if before is not None else StoredState(CardMemory())
            outcome = review(
                current.memory, rating, now=now, settings=self.settings, card_id=card_id
            )
            suspend = outcome.became_leech and self.settings.leech_action is LeechAction.SUSPEND
            after = StoredState(
                memory=outcome.memory,
                suspended=current.suspended or suspend,
                buried_until=None,
                leech=current.leech or outcome.became_leech,
            )
            store_state(conn, self.learner_id, card_id, deck_id, after, existed=before is not None)
            review_id = q.log_review(
                conn,
                learner_id=self.learner_id,
                card_id=card_id,
                deck_id=deck_id,
                rating=rating,
                reviewed_at=now,
                duration_ms=max(0, int(duration_ms)),
                answer_given=answer_given,
                state_before=int(current.memory.state),
                before=None if before is None else before.snapshot(),
            )
        self._undo_stack.append(review_id)
        if self._today is not None:
            if self._today.is_current(now):
                self._today.answered(card_id, note_id, int(current.memory.state))
            else:
                self._forget_queue()
        self._answers.append((card_id, rating, max(0, int(duration_ms))))
        return AnswerResult(
            review_id=review_id,
            card_id=card_id,
            rating=rating,
            interval=format_interval(outcome.interval),
            due=outcome.memory.due,
            became_leech=outcome.became_leech,
            suspended=suspend,
        )

    @property
    def can_undo(self) -> bool:
        """Whether an answer of this session can still be taken back."""
        return bool(self._undo_stack)

    def undo(self) -> UndoResult | None:
        """Take back the last answer of this session: its log row goes, the state returns."""
        if not self._undo_stack:
            return None
        review_id = self._undo_stack[-1]
        with self.database.write() as session:
            row = session.execute(
                select(ReviewLog.card_id, ReviewLog.rating, ReviewLog.before).where(
                    ReviewLog.id == review_id, ReviewLog.learner_id == self.learner_id
                )
            ).one_or_none()
            if row is None:
                self._undo_stack.pop()
                return None
            card_id, rating, before = row
            if before is None:
                delete_state(session, self.learner_id, card_id)
            else:
                deck_id = q.card_deck(session, card_id) or 0
                store_state(
                    session,
                    self.learner_id,
                    card_id,
                    deck_id,
                    StoredState.from_snapshot(before),
                    existed=True,
                )
            session.execute(delete(ReviewLog).where(ReviewLog.id == review_id))
        self._undo_stack.pop()
        self._forget_queue()
        if self._answers:
            self._answers.pop()
        return UndoResult(review_id, card_id, rating)

    def summary(self, now: dt.datetime) -> SessionSummary:
        """Cards studied, right first time, time spent, and when the next card is due."""
        first_rating: dict[int, int] = {}
        for card_id, rating, _ in self._answers:
            first_rating.setdefault(card_id, rating)
        next_due = None
        if self.deck_ids:
            with self.database.read() as session:
                next_due = q.next_due_after(session, self.learner_id, self.deck_ids, now=now)
        return SessionSummary(
            studied=len(first_rating),
            answers=len(self._answers),
            right_first_time=sum(1 for rating in first_rating.values() if rating > 1),
            time_spent_ms=sum(duration for _, _, duration in self._answers),
            next_due=next_due,
        )

    def _change(self, card_id: int, change: Callable[[StoredState], StoredState]) -> None:
        self._forget_queue()
        with self.database.write() as session:
            deck_id = q.card_deck(session, card_id)
            if deck_id is None:
                raise InputError(f"no card with id {card_id}")
            before = load_state(session, self.learner_id, card_id)
            current = before if before is not None else StoredState(CardMemory())
            store_state(
                session,
                self.learner_id,
                card_id,
                deck_id,
                change(current),
                existed=before is not None,
            )

    def suspend(self, card_id: int) -> None:
        """Hide the card until it is unsuspended."""
        self._change(card_id, lambda s: dataclasses.replace(s, suspended=True))

    def unsuspend(self, card_id: int) -> None:
        """Show the card again."""
        self._change(card_id, lambda s: dataclasses.replace(s, suspended=False))

    def bury(self, card_id: int, *, now: dt.datetime) -> None:
        """Hide the card until the next study day."""
        tomorrow = next_day_start(now, self.settings)
        self._change(card_id, lambda s: dataclasses.replace(s, buried_until=tomorrow))

    def reset(self, card_id: int) -> None:
        """Make the card new again (not suspended, not a leech); its history is kept."""
        self._change(card_id, lambda s: StoredState(reset_memory(s.memory)))


def build_view(
    content: CardContent, memory: CardMemory, settings: SchedulerSettings, now: dt.datetime
) -> CardView:
    """Turn stored content and memory into what the UI shows."""
    fields = content.fields
    question = str(fields.get("question", ""))
    answer = str(fields.get("answer", ""))
    cloze = str(fields.get("cloze", ""))
    choices: tuple[str, ...] = ()
    prompt, reveal = question, answer
    if content.card_type == "cloze" and cloze:
        prompt = cloze_front(cloze)
        reveal = cloze_back(cloze, ("«", "»"))
        answer = ", ".join(cloze_answers(cloze)) or answer
    elif content.card_type == "choice":
        options = [str(option) for option in fields.get("choices", [])]
        # Shuffled per showing, but the same card on the same review shows the same order.
        random.Random(f"{content.card_id}:{memory.reps}").shuffle(options)
        choices = tuple(options)
    return CardView(
        card_id=content.card_id,
        note_id=content.note_id,
        deck_name=content.deck_name,
        card_type=content.card_type,
        kind=content.kind,
        prompt=prompt,
        answer=answer,
        reveal=reveal,
        choices=choices,
        source_sentence=content.source_sentence,
        paragraph_index=content.paragraph_index,
        as_of=content.as_of,
        from_caption=content.from_caption,
        state=STATE_NAMES.get(int(memory.state), "new"),
        memory=memory,
        settings=settings,
        shown_at=now,
    )


__all__ = ["CardState", "StudySession", "build_view"]
