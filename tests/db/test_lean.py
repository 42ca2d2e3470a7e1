"""The lean execution path gives exactly what SQLAlchemy's own execution gives."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading

import pytest

from studyapp.db import study_queries as q
from studyapp.db.card_state_rows import delete_state, load_state
from studyapp.db.errors import DatabaseBusyError
from studyapp.db.session import Database
from studyapp.services.study import StudySession
from tests.factories import card_ids, deck, default_learner_id, store


@pytest.fixture
def studied(empty_database: Database, now: dt.datetime) -> Database:
    """Two decks, a few answers (review, learning, new states) and one suspension."""
    store(empty_database, deck("Hà Nam::Bình Lục", notes=4), now)
    store(empty_database, deck("Hà Nam::Kim Bảng", notes=2), now)
    learner = default_learner_id(empty_database)
    session = StudySession(empty_database, learner, "Hà Nam")
    for rating in (3, 1, 4, 3, 2):
        card = session.next_card(now)
        assert card is not None
        session.answer(card.card_id, rating, now=now)
    session.suspend(card_ids(empty_database)[-1])
    return empty_database


def test_prepared_statements_match_sqlalchemy(studied: Database, now: dt.datetime) -> None:
    learner = default_learner_id(studied)
    with studied.reading() as core:
        decks = [deck_id for deck_id, _ in q.deck_ids_for(core, "Hà Nam")]
    later = now + dt.timedelta(days=30)
    for card_id in card_ids(studied):
        with studied.reading() as core, studied.lean_reading() as lean:
            assert q.content_and_state(lean, learner, card_id) == q.content_and_state(
                core, learner, card_id
            )
            assert q.place_and_state(lean, learner, card_id) == q.place_and_state(
                core, learner, card_id
            )
    with studied.reading() as core, studied.lean_reading() as lean:
        assert q.learning_candidates(
            lean, learner, decks, now=later, until=later
        ) == q.learning_candidates(core, learner, decks, now=later, until=later)
        assert q.review_candidates(
            lean, learner, decks, now=later, day_end=later, limit=50
        ) == q.review_candidates(core, learner, decks, now=later, day_end=later, limit=50)
        # A statement built per call, with an IN list rendered from its values.
        assert q.retired_cards(lean, decks) == q.retired_cards(core, decks)
        assert q.new_candidates(lean, learner, decks, now=now, limit=99) == q.new_candidates(
            core, learner, decks, now=now, limit=99
        )


def test_lean_write_rolls_back_on_error(studied: Database) -> None:
    learner = default_learner_id(studied)
    card_id = card_ids(studied)[0]
    with studied.lean_reading() as lean:
        before = load_state(lean, learner, card_id)
    assert before is not None
    with pytest.raises(RuntimeError), studied.lean_writing() as lean:
        delete_state(lean, learner, card_id)
        raise RuntimeError("crash in the middle of an action")
    with studied.lean_reading() as lean:
        assert load_state(lean, learner, card_id) == before


def test_lean_transactions_do_not_nest(studied: Database) -> None:
    with (
        studied.lean_reading(),
        pytest.raises(RuntimeError, match="nest"),
        studied.lean_writing(),
    ):
        pass


def test_other_threads_wait_their_turn(studied: Database) -> None:
    learner = default_learner_id(studied)
    found: list[object] = []

    def read() -> None:
        with studied.lean_reading() as lean:
            found.append(load_state(lean, learner, card_ids(studied)[0]))

    with studied.lean_writing():
        worker = threading.Thread(target=read)
        worker.start()
        worker.join(timeout=0.2)
        assert worker.is_alive(), "a second thread used the connection mid-transaction"
    worker.join()
    assert found and found[0] is not None


def test_a_locked_database_is_a_busy_error(
    studied: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STUDYAPP_BUSY_TIMEOUT_MS", "50")
    studied.close()  # the next connection reads the short timeout
    other = sqlite3.connect(str(studied.engine.url.database), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusyError), studied.lean_writing():
            pass
    finally:
        other.execute("ROLLBACK")
        other.close()
