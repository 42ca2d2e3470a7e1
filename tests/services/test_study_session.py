"""The study engine against a real database: queue, answers, undo, limits, leeches."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from studyapp.core.errors import InputError
from studyapp.core.scheduling.days import next_day_start
from studyapp.db.models import CardState, ReviewLog
from studyapp.db.session import Database
from studyapp.services.learner_settings import update_settings
from studyapp.services.opening import open_database
from studyapp.services.study import StudySession
from tests.factories import card_ids, deck, default_learner_id, store

MINUTE = dt.timedelta(minutes=1)


@pytest.fixture
def database(empty_database: Database, now: dt.datetime) -> Database:
    store(empty_database, deck(notes=3), now)
    update_settings(empty_database, default_learner_id(empty_database), enable_fuzzing=False)
    return empty_database


@pytest.fixture
def session(database: Database) -> StudySession:
    return StudySession(database, default_learner_id(database), "Bình Lục")


def state_rows(database: Database) -> list[tuple[Any, ...]]:
    with database.read() as s:
        return [tuple(r) for r in s.execute(select(CardState.__table__)).all()]


def log_rows(database: Database) -> list[tuple[Any, ...]]:
    with database.read() as s:
        return [tuple(r) for r in s.execute(select(ReviewLog.__table__)).all()]


def test_new_cards_come_in_article_order(session: StudySession, now: dt.datetime) -> None:
    first = session.next_card(now)
    assert first is not None
    assert (first.card_type, first.prompt) == ("qa", "Huyện có bao nhiêu thôn loại 0?")
    assert first.state == "new"
    assert [i.name for i in first.intervals] == ["Again", "Hard", "Good", "Easy"]
    assert first.intervals[0].label == "1m"


def test_answer_writes_state_and_log_together(
    session: StudySession, database: Database, now: dt.datetime
) -> None:
    card = session.next_card(now)
    assert card is not None
    result = session.answer(card.card_id, 3, now=now, duration_ms=4200, answer_given="10")
    assert result.interval == "10m"
    logs = log_rows(database)
    assert len(logs) == 1
    with database.read() as s:
        log = s.scalars(select(ReviewLog)).one()
        state = s.scalars(select(CardState)).one()
    assert (log.card_id, log.rating, log.duration_ms, log.answer_given) == (
        card.card_id,
        3,
        4200,
        "10",
    )
    assert log.reviewed_at == now and log.state_before == 0 and log.before is None
    assert state.card_id == card.card_id and state.state == 1 and state.reps == 1
    assert state.due == now + 10 * MINUTE


def test_siblings_of_an_answered_card_are_buried(session: StudySession, now: dt.datetime) -> None:
    first = session.next_card(now)
    assert first is not None
    session.answer(first.card_id, 4, now=now)
    second = session.next_card(now)
    assert second is not None
    assert second.note_id != first.note_id
    assert second.prompt == "Huyện có bao nhiêu thôn loại 1?"


def test_learning_card_comes_back_when_due(session: StudySession, now: dt.datetime) -> None:
    first = session.next_card(now)
    assert first is not None
    session.answer(first.card_id, 1, now=now)  # Again: due in one minute
    later = session.next_card(now + 2 * MINUTE)
    assert later is not None and later.card_id == first.card_id
    assert later.state == "learning"


def test_undo_restores_state_and_removes_log_exactly(
    session: StudySession, database: Database, now: dt.datetime
) -> None:
    card = session.next_card(now)
    assert card is not None
    session.answer(card.card_id, 3, now=now)
    session.answer(card.card_id, 3, now=now + 11 * MINUTE)
    snapshot_states, snapshot_logs = state_rows(database), log_rows(database)
    session.answer(card.card_id, 1, now=now + 3 * dt.timedelta(days=1))
    assert state_rows(database) != snapshot_states
    undone = session.undo()
    assert undone is not None and undone.rating == 1
    assert state_rows(database) == snapshot_states
    assert log_rows(database) == snapshot_logs
    # ... and back through the session, to a card that was never studied.
    assert session.undo() is not None and session.undo() is not None
    assert state_rows(database) == [] and log_rows(database) == []
    assert session.undo() is None and not session.can_undo


def test_daily_new_limit(database: Database, now: dt.datetime) -> None:
    learner = default_learner_id(database)
    update_settings(database, learner, new_per_day=2)
    session = StudySession(database, learner)
    for _ in range(2):
        card = session.next_card(now)
        assert card is not None
        session.answer(card.card_id, 4, now=now)  # Easy: straight to review, days away
    assert session.next_card(now) is None
    assert session.counts(now).new == 0
    tomorrow = now + dt.timedelta(days=1)
    assert session.counts(tomorrow).new == 2


def test_day_boundary_decides_what_today_is(database: Database) -> None:
    learner = default_learner_id(database)
    update_settings(database, learner, new_per_day=1, timezone="Asia/Ho_Chi_Minh")
    session = StudySession(database, learner)
    # 03:59 local (UTC+7) is still "yesterday"; 04:00 starts a new day.
    before_boundary = dt.datetime(2026, 3, 2, 20, 59, tzinfo=dt.UTC)
    card = session.next_card(before_boundary)
    assert card is not None
    session.answer(card.card_id, 4, now=before_boundary)
    assert session.next_card(before_boundary + 30 * dt.timedelta(seconds=1)) is None
    at_boundary = dt.datetime(2026, 3, 2, 21, 0, tzinfo=dt.UTC)
    assert session.next_card(at_boundary) is not None


def test_leech_is_tagged_and_suspended(
    session: StudySession, database: Database, now: dt.datetime
) -> None:
    learner = default_learner_id(database)
    update_settings(database, learner, leech_threshold=2)
    session = StudySession(database, learner)
    card_id = card_ids(database, "qa")[0]
    moment = now
    results = []
    for rating in (4, 1, 3, 4, 1):  # to review, lapse, relearn, review, lapse
        results.append(session.answer(card_id, rating, now=moment))
        moment += dt.timedelta(days=30)
    assert [r.became_leech for r in results] == [False, False, False, False, True]
    assert results[-1].suspended
    with database.read() as s:
        row = s.scalars(select(CardState).where(CardState.card_id == card_id)).one()
    assert row.leech and row.suspended and row.lapses == 2


def test_suspend_bury_and_reset(session: StudySession, now: dt.datetime) -> None:
    first = session.next_card(now)
    assert first is not None
    session.suspend(first.card_id)
    after_suspend = session.next_card(now)
    assert after_suspend is not None and after_suspend.card_id != first.card_id
    session.unsuspend(first.card_id)
    assert session.next_card(now) == first
    session.bury(first.card_id, now=now)
    buried = session.next_card(now)
    assert buried is not None and buried.card_id != first.card_id
    assert session.next_card(now + dt.timedelta(days=1)) is not None
    session.answer(first.card_id, 4, now=now)
    session.reset(first.card_id)
    assert session.card(first.card_id, now).state == "new"


def test_sub_decks_are_part_of_their_parent(empty_database: Database, now: dt.datetime) -> None:
    store(empty_database, deck("Hà Nam::Bình Lục", notes=1), now)
    store(empty_database, deck("Hà Nam::Kim Bảng", notes=1), now)
    store(empty_database, deck("Hà Nam khác", notes=1), now)
    session = StudySession(empty_database, default_learner_id(empty_database), "Hà Nam")
    assert len(session.deck_ids) == 2
    # One new card per note a day (siblings wait): one note in each sub-deck.
    assert session.counts(now).new == 2


def test_unknown_deck_is_an_input_error(database: Database) -> None:
    with pytest.raises(InputError, match="no deck called 'Nowhere'"):
        StudySession(database, default_learner_id(database), "Nowhere")


def test_bad_rating_is_refused_and_nothing_written(
    session: StudySession, database: Database, now: dt.datetime
) -> None:
    with pytest.raises(InputError):
        session.answer(card_ids(database)[0], 5, now=now)
    assert log_rows(database) == []


def test_multiple_choice_options_are_stable_per_showing(
    session: StudySession, database: Database, now: dt.datetime
) -> None:
    choice_id = card_ids(database, "choice")[0]
    first = session.card(choice_id, now)
    assert sorted(first.choices) == ["10", "20", "30", "40"]
    assert session.card(choice_id, now).choices == first.choices


def test_cloze_card_shows_a_blank(
    session: StudySession, database: Database, now: dt.datetime
) -> None:
    cloze = session.card(card_ids(database, "cloze")[0], now)
    assert cloze.prompt == "Huyện có [...] thôn loại 0."
    assert cloze.answer == "10"
    assert cloze.as_of == "tháng 6 năm 2023"
    assert session.paragraph(cloze.card_id) == "Đoạn một."


def test_a_big_backlog_comes_page_by_page_in_due_order(tmp_path: Path) -> None:
    from tests.benchmarks.collection import NOW, build_ours

    path = tmp_path / "backlog.db"
    build_ours(path, cards=3_000)  # 2,400 studied cards, hundreds due: several pages
    database, _, _ = open_database(str(path), now=NOW)
    learner = default_learner_id(database)
    update_settings(database, learner, reviews_per_day=9_999, new_per_day=0)
    session = StudySession(database, learner)
    day_end = next_day_start(NOW, session.settings)
    with database.read() as s:
        rows = s.execute(
            select(CardState.card_id, CardState.due).where(
                CardState.state == 2, CardState.due < day_end
            )
        )
        due_today = {card_id: due for card_id, due in rows if due is not None}
    seen: list[tuple[dt.datetime, int]] = []
    moment = NOW
    while (card := session.next_card(moment)) is not None:
        assert card.state == "review"
        seen.append((due_today[card.card_id], card.card_id))
        session.answer(card.card_id, 3, now=moment)
        moment += dt.timedelta(seconds=1)
    database.close()
    assert len(seen) > 256
    # Each due card at most once, in due order (siblings of answered cards wait).
    assert len({c for _, c in seen}) == len(seen)
    assert seen == sorted(seen)
