"""`studyapp study --plain`: the line protocol scripts and screen readers rely on."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import select

from studyapp.cli.main import main
from studyapp.db.models import CardState, ReviewLog
from studyapp.db.session import Database
from studyapp.services.learner_settings import update_settings
from studyapp.services.study import StudySession
from tests.factories import card_ids, deck, default_learner_id, store


@pytest.fixture
def database(empty_database: Database, now: dt.datetime) -> Database:
    store(empty_database, deck("Bình Lục", notes=3), now)
    update_settings(empty_database, default_learner_id(empty_database), enable_fuzzing=False)
    return empty_database


def study(db_path: Path, now: dt.datetime, replies: str, *args: str) -> Result:
    env = {"STUDYAPP_NOW": now.isoformat()}
    return CliRunner().invoke(
        main,
        ["--db", str(db_path), "study", *args, "--plain"],
        input=replies,
        env=env,
        catch_exceptions=False,
    )


def reviews(database: Database) -> list[tuple[int, int]]:
    with database.read() as session:
        return [(r.card_id, r.rating) for r in session.scalars(select(ReviewLog))]


def test_reveal_then_rate_saves_and_says_so(
    database: Database, db_path: Path, now: dt.datetime
) -> None:
    result = study(db_path, now, "\n3\nq\n", "Bình Lục")
    assert result.exit_code == 0, result.output
    assert "Q: Huyện có bao nhiêu thôn loại 0?" in result.output
    assert "A: 10" in result.output
    saved = re.findall(r"^saved card=(\d+) rating=(\d) Good next=10m$", result.output, re.M)
    assert len(saved) == 1
    assert reviews(database) == [(int(saved[0][0]), 3)]
    assert "Session over: 1 cards studied, 1 right first time" in result.output
    assert "\x1b[" not in result.output  # no colour codes when not on a terminal


def test_undo_takes_the_answer_back(database: Database, db_path: Path, now: dt.datetime) -> None:
    result = study(db_path, now, "\n4\nu\nq\n")
    assert result.exit_code == 0, result.output
    assert re.search(r"^undone card=\d+ rating=4$", result.output, re.M)
    assert reviews(database) == []
    with database.read() as session:
        assert session.scalars(select(CardState)).all() == []


def test_end_of_input_quits_cleanly(database: Database, db_path: Path, now: dt.datetime) -> None:
    result = study(db_path, now, "\n2\n")
    assert result.exit_code == 0
    assert len(reviews(database)) == 1
    assert "Session over" in result.output


def test_bad_rating_is_asked_again(database: Database, db_path: Path, now: dt.datetime) -> None:
    result = study(db_path, now, "\n9\n1\nq\n")
    assert "type 1 Again, 2 Hard, 3 Good or 4 Easy" in result.output
    assert [rating for _, rating in reviews(database)] == [1]


def test_multiple_choice_pick_then_accept_or_override(
    database: Database, db_path: Path, now: dt.datetime
) -> None:
    session = StudySession(database, default_learner_id(database))
    for card_id in set(card_ids(database)) - set(card_ids(database, "choice")):
        session.suspend(card_id)
    views = [session.card(card_id, now) for card_id in card_ids(database, "choice")]
    right = [v.choices.index(v.answer) + 1 for v in views]
    wrong = next(i for i, option in enumerate(views[1].choices, 1) if option != views[1].answer)
    # right pick + Enter (Good), wrong pick + Enter (Again), right pick overridden to Easy
    replies = f"{right[0]}\n\n{wrong}\n\n{right[2]}\n4\nq\n"
    result = study(db_path, now, replies)
    assert result.exit_code == 0, result.output
    assert "  1) " in result.output and "  4) " in result.output
    assert "✓ right" in result.output and "✗ wrong" in result.output
    assert [rating for _, rating in reviews(database)] == [3, 1, 4]


def test_typed_answer_checked_by_value(database: Database, db_path: Path, now: dt.datetime) -> None:
    session = StudySession(database, default_learner_id(database))
    for card_id in set(card_ids(database)) - set(card_ids(database, "typed")):
        session.suspend(card_id)
    result = study(db_path, now, "10\n\nmười một\n\nq\n")
    assert result.exit_code == 0, result.output
    assert "✓ right" in result.output and "✗ wrong" in result.output
    with database.read() as s:
        given = [(r.rating, r.answer_given) for r in s.scalars(select(ReviewLog))]
    assert given == [(3, "10"), (1, "mười một")]


def test_unknown_deck_is_exit_2(database: Database, db_path: Path, now: dt.datetime) -> None:
    result = study(db_path, now, "q\n", "Không có")
    assert result.exit_code == 2
    assert "no deck called 'Không có'" in result.stderr
