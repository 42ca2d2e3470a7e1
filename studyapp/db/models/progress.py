"""Learner progress: per learner and card, never mixed into deck content."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from studyapp.db.base import Base
from studyapp.db.names import DEFAULT_LEARNER as DEFAULT_LEARNER
from studyapp.db.types import UTCDateTime


class Learner(Base):
    """Someone who studies. ``settings`` holds their scheduler settings as JSON."""

    __tablename__ = "learners"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class CardState(Base):
    """The FSRS memory state of one card for one learner.

    A card without a row is new for that learner. ``state`` is 0 new,
    1 learning, 2 review, 3 relearning. ``deck_id`` repeats the card's deck so
    "next due card for this learner and deck" is one index range scan.
    """

    __tablename__ = "card_states"

    learner_id: Mapped[int] = mapped_column(
        ForeignKey("learners.id", ondelete="CASCADE"), primary_key=True
    )
    card_id: Mapped[int] = mapped_column(
        ForeignKey("cards.id", ondelete="CASCADE"), primary_key=True
    )
    deck_id: Mapped[int] = mapped_column(ForeignKey("decks.id", ondelete="CASCADE"))
    state: Mapped[int] = mapped_column(Integer, default=0)
    step: Mapped[int | None] = mapped_column(Integer)
    stability: Mapped[float | None] = mapped_column(Float)
    difficulty: Mapped[float | None] = mapped_column(Float)
    due: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_review: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    reps: Mapped[int] = mapped_column(Integer, default=0)
    lapses: Mapped[int] = mapped_column(Integer, default=0)
    suspended: Mapped[bool] = mapped_column(Boolean, default=False)
    buried_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    leech: Mapped[bool] = mapped_column(Boolean, default=False)


class ReviewLog(Base):
    """One answer. ``before`` is the exact card state it replaced, so undo restores it."""

    __tablename__ = "review_logs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"))
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"))
    deck_id: Mapped[int] = mapped_column(ForeignKey("decks.id", ondelete="CASCADE"))
    rating: Mapped[int] = mapped_column(Integer)
    reviewed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)
    answer_given: Mapped[str | None] = mapped_column(Text)
    # The state column of ``before``, repeated so statistics can filter on it.
    state_before: Mapped[int] = mapped_column(Integer)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))


Index("ix_review_logs_learner_time", ReviewLog.learner_id, ReviewLog.reviewed_at)
Index("ix_review_logs_card_time", ReviewLog.card_id, ReviewLog.reviewed_at)

# The one index on card states (migration 0003). The study queue reads one
# state of one deck, not suspended, in due order: a range scan. The statistics
# (per-deck card figures, forecast, hardest cards) read it whole, covering,
# without a sort. Each index costs every answer a write, so there is one.
Index(
    "ix_card_states_schedule",
    CardState.learner_id,
    CardState.deck_id,
    CardState.state,
    CardState.suspended,
    CardState.due,
    CardState.leech,
    CardState.last_review,
    CardState.stability,
    CardState.lapses,
    CardState.card_id,
)

# Buried cards (a few, for a day) for the deck list's counts: a partial index,
# so answers, which leave buried_until empty, never touch it.
Index(
    "ix_card_states_buried",
    CardState.learner_id,
    CardState.buried_until,
    sqlite_where=CardState.buried_until.is_not(None),
    postgresql_where=CardState.buried_until.is_not(None),
)


class _ActivitySums:
    """The sums both activity tables keep for each slot."""

    reviews: Mapped[int] = mapped_column(Integer)
    new_reviews: Mapped[int] = mapped_column(Integer)
    review_reviews: Mapped[int] = mapped_column(Integer)
    review_passed: Mapped[int] = mapped_column(Integer)
    duration_ms: Mapped[int] = mapped_column(Integer)


class ReviewActivity(_ActivitySums, Base):
    """Answers per learner and 15-minute UTC slot, kept by triggers on review_logs.

    Fifteen minutes because every time-zone offset falls on a quarter hour, so
    a learner's study days are whole numbers of slots whatever their zone and
    day-boundary hour. Statistics read these sums instead of every review.
    """

    __tablename__ = "review_activity"
    __table_args__ = ({"sqlite_with_rowid": False},)

    learner_id: Mapped[int] = mapped_column(
        ForeignKey("learners.id", ondelete="CASCADE"), primary_key=True
    )
    slot: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class ReviewActivityByDeck(_ActivitySums, Base):
    """The same sums per learner, deck and slot (``stats DECK``)."""

    __tablename__ = "review_activity_by_deck"
    __table_args__ = ({"sqlite_with_rowid": False},)

    learner_id: Mapped[int] = mapped_column(
        ForeignKey("learners.id", ondelete="CASCADE"), primary_key=True
    )
    deck_id: Mapped[int] = mapped_column(
        ForeignKey("decks.id", ondelete="CASCADE"), primary_key=True
    )
    slot: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
