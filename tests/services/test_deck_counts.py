"""The deck list's counts agree with a card-by-card count of the same rules."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update

from studyapp.db.deck_queries import deck_counts
from studyapp.db.models import Card, CardState, Note
from studyapp.db.session import Database
from studyapp.services.study import StudySession
from tests.factories import card_ids, deck, default_learner_id, store

DAY = dt.timedelta(days=1)


def _by_hand(
    database: Database, learner: int, now: dt.datetime, day_end: dt.datetime
) -> dict[int, list[int]]:
    counts: dict[int, list[int]] = {}
    with database.read() as s:
        rows = s.execute(
            select(Card.deck_id, Note.retired_at, CardState)
            .join(Note, Note.id == Card.note_id)
            .outerjoin(
                CardState, (CardState.card_id == Card.id) & (CardState.learner_id == learner)
            )
        ).all()
        for deck_id, retired, state in rows:
            c = counts.setdefault(deck_id, [0, 0, 0, 0, 0])
            if retired is not None:
                continue
            c[0] += 1
            buried = (
                state is not None and state.buried_until is not None and state.buried_until > now
            )
            if state is None or (state.state == 0 and not state.suspended and not buried):
                c[1] += 1
            elif (
                not state.suspended and not buried and state.due is not None and state.due < day_end
            ):
                if state.state in (1, 3):
                    c[2] += 1
                elif state.state == 2:
                    c[3] += 1
            if state is not None and state.suspended:
                c[4] += 1
    return counts


def test_counts_match_a_card_by_card_count(empty_database: Database, now: dt.datetime) -> None:
    store(empty_database, deck("A", notes=6), now)
    store(empty_database, deck("B", notes=3), now)
    learner = default_learner_id(empty_database)
    session = StudySession(empty_database, learner)
    ids = card_ids(empty_database)
    session.answer(ids[0], 1, now=now)  # learning, due in a minute
    session.answer(ids[4], 4, now=now)  # review, days away
    session.answer(ids[8], 4, now=now - 30 * DAY)  # review, overdue
    session.suspend(ids[12])
    session.suspend(ids[9])  # a new card, suspended
    session.bury(ids[16], now=now)
    session.answer(ids[24], 1, now=now)  # learning, then buried: not due today
    session.bury(ids[24], now=now)
    session.answer(ids[28], 4, now=now - 30 * DAY)  # overdue review, buried
    session.bury(ids[28], now=now)
    session.answer(ids[32], 4, now=now - 30 * DAY)  # overdue review, buried and suspended
    session.bury(ids[32], now=now)
    session.suspend(ids[32])
    session.bury(ids[33], now=now - 2 * DAY)  # buried on an earlier day: back today
    session.answer(ids[20], 3, now=now)
    with empty_database.write() as s:  # retire one studied note
        note = s.scalar(select(Card.note_id).where(Card.id == ids[20]))
        s.execute(update(Note).where(Note.id == note).values(retired_at=now))
    day_end = now + DAY
    with empty_database.read() as s:
        rows = deck_counts(s, learner, now=now, day_end=day_end)
    got = {r.deck_id: [r.total, r.new, r.learning, r.review_due, r.suspended] for r in rows}
    assert got == _by_hand(empty_database, learner, now, day_end)
    assert sum(r.total for r in rows) == 9 * 4 - 4
    assert sum(r.review_due for r in rows) == 1  # ids[8]; ids[28] and ids[32] are hidden
