"""A small, fixed study history whose figures are worked out by hand in the tests.

The learner studies in Hà Nội time (UTC+7, no daylight saving) with the
default 4 a.m. day boundary; "now" is 2026-03-02 09:30 UTC, 16:30 local, so
today's study day is 2026-03-02 and it ends at 2026-03-03 04:00 local.

Decks: "Hà Nam::Bình Lục" (4 notes x 4 cards; note 3 is retired) and
"Hà Nam::Kim Bảng" (1 note x 4 cards). Card names: ``b0``..``b15`` and
``k0``..``k3`` in note order, four cards per note.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select, update

from studyapp.db.models import Card, CardState, Deck, Note, ReviewLog
from studyapp.db.session import Database
from studyapp.services.learner_settings import update_settings
from tests.factories import deck, default_learner_id, store

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)
BINH_LUC = "Hà Nam::Bình Lục"
KIM_BANG = "Hà Nam::Kim Bảng"


def local(text: str) -> dt.datetime:
    """A Hà Nội wall-clock time (``2026-03-02 03:59``) as an aware UTC instant."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=HANOI).astimezone(dt.UTC)


@dataclass(frozen=True)
class History:
    """The database and the ids of the cards the tests talk about."""

    database: Database
    learner_id: int
    cards: dict[str, int]
    decks: dict[str, int]


def _card_ids(database: Database, deck_name: str) -> list[int]:
    with database.read() as session:
        query = (
            select(Card.id)
            .join(Note, Note.id == Card.note_id)
            .join(Deck, Deck.id == Card.deck_id)
            .where(Deck.name == deck_name)
            .order_by(Note.position, Card.ord)
        )
        return list(session.scalars(query))


def add_log(
    history: History,
    card: str,
    at: dt.datetime,
    rating: int,
    state_before: int,
    duration_ms: int = 5000,
) -> None:
    """One answer, written straight into the review log (the triggers keep the sums)."""
    deck_id = history.decks[KIM_BANG if card.startswith("k") else BINH_LUC]
    with history.database.write() as session:
        session.execute(
            insert(ReviewLog).values(
                learner_id=history.learner_id,
                card_id=history.cards[card],
                deck_id=deck_id,
                rating=rating,
                reviewed_at=at,
                duration_ms=duration_ms,
                state_before=state_before,
                before=None,
            )
        )


def add_state(
    history: History,
    card: str,
    *,
    state: int,
    stability: float,
    last_review: dt.datetime,
    due: dt.datetime,
    lapses: int = 0,
    suspended: bool = False,
    leech: bool = False,
) -> None:
    """A card-state row with a chosen memory."""
    deck_id = history.decks[KIM_BANG if card.startswith("k") else BINH_LUC]
    with history.database.write() as session:
        session.execute(
            insert(CardState).values(
                learner_id=history.learner_id,
                card_id=history.cards[card],
                deck_id=deck_id,
                state=state,
                step=0 if state in (1, 3) else None,
                stability=stability,
                difficulty=5.0,
                due=due,
                last_review=last_review,
                reps=lapses + 2,
                lapses=lapses,
                suspended=suspended,
                leech=leech,
            )
        )


# The answers: (card, Hà Nội time, rating, state before, duration ms).
REVIEWS = (
    ("b5", "2025-12-01 09:00", 2, 2, 3000),  # long ago: all time only
    ("b5", "2026-02-10 09:00", 3, 2, 3000),  # inside the last 30 days only
    ("b0", "2026-02-23 09:00", 3, 0, 5000),
    ("b0", "2026-02-24 09:00", 3, 1, 5000),
    ("b0", "2026-02-25 21:00", 3, 2, 5000),
    ("b0", "2026-02-27 03:30", 1, 2, 7000),  # before 4 a.m.: study day 02-26
    ("b0", "2026-02-28 04:00", 3, 3, 4000),  # at 4 a.m.: study day 02-28 (02-27 stays empty)
    ("b1", "2026-03-02 03:59", 4, 2, 6000),  # study day 03-01
    ("b1", "2026-03-02 10:00", 3, 2, 8000),
    ("b2", "2026-03-02 10:01", 1, 2, 10_000),
    ("b3", "2026-03-02 10:02", 3, 0, 2000),
    ("k0", "2026-03-02 11:00", 3, 2, 3000),
)


def build(database: Database) -> History:
    """Store the decks, the answers and the card states described in the module docstring."""
    store(database, deck(BINH_LUC, notes=4, slug="binh-luc"), NOW - 30 * DAY)
    store(database, deck(KIM_BANG, notes=1, slug="kim-bang"), NOW - 30 * DAY)
    learner_id = default_learner_id(database)
    update_settings(database, learner_id, timezone="Asia/Ho_Chi_Minh", enable_fuzzing=False)
    with database.read() as session:
        decks = {name: deck_id for deck_id, name in session.execute(select(Deck.id, Deck.name))}
    cards = {f"b{i}": card for i, card in enumerate(_card_ids(database, BINH_LUC))}
    cards |= {f"k{i}": card for i, card in enumerate(_card_ids(database, KIM_BANG))}
    history = History(database, learner_id, cards, decks)
    for card, at, rating, state_before, duration in REVIEWS:
        add_log(history, card, local(at), rating, state_before, duration)
    k0_due = local("2026-03-04 04:00")
    states: list[tuple[str, int, float, dt.datetime, dt.datetime, int, bool, bool]] = [
        ("b0", 2, 10.0, NOW - 5 * DAY, NOW + 7 * DAY, 0, False, False),  # young
        ("b1", 2, 30.0, NOW - 10 * DAY, NOW + 20 * DAY, 0, False, False),  # mature
        ("b2", 3, 2.0, NOW - dt.timedelta(hours=1), local("2026-03-03 03:59"), 3, False, False),
        ("b3", 1, 1.5, NOW - 2 * DAY, NOW - DAY, 0, False, False),  # learning, overdue
        ("b4", 2, 3.0, NOW - 20 * DAY, NOW - 15 * DAY, 5, True, True),  # suspended leech
        ("b5", 2, 50.0, NOW - 3 * DAY, NOW + 57 * DAY, 1, False, False),  # mature
        ("b12", 2, 5.0, NOW - DAY, NOW + 3 * DAY, 9, False, False),  # retired below
        ("k0", 2, 100.0, k0_due - 100 * DAY, k0_due, 0, False, False),  # mature
    ]
    for card, state, stability, last, due, lapses, suspended, leech in states:
        add_state(
            history,
            card,
            state=state,
            stability=stability,
            last_review=last,
            due=due,
            lapses=lapses,
            suspended=suspended,
            leech=leech,
        )
    # b6: a new card the learner suspended (a state row that is still new).
    with database.write() as session:
        session.execute(
            insert(CardState).values(
                learner_id=learner_id,
                card_id=cards["b6"],
                deck_id=decks[BINH_LUC],
                state=0,
                suspended=True,
            )
        )
        # Note 3 (cards b12-b15) disappeared from the article: retired, not counted.
        retired_note = select(Card.note_id).where(Card.id == cards["b12"]).scalar_subquery()
        session.execute(update(Note).where(Note.id == retired_note).values(retired_at=NOW - DAY))
    return history
