"""Fitting parameters on a real review log (py-fsrs test data, MIT; see tests/data)."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import insert, select

from studyapp.cli.main import main
from studyapp.core.scheduling.settings import DEFAULT_PARAMETERS
from studyapp.db.models import CardState, Deck, ReviewLog
from studyapp.db.session import Database
from studyapp.services.learner_settings import settings_for
from studyapp.services.optimize import optimize_learner
from studyapp.services.study import StudySession
from tests.factories import card_ids, deck, default_learner_id, store

DATA = Path(__file__).resolve().parents[1] / "data" / "review_logs_josh.csv"


def import_history(database: Database, now: dt.datetime) -> int:
    """Load the real log as the default learner's history, one QA card per source card."""
    with DATA.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    sources = sorted({row["card_id"] for row in rows})
    store(database, deck("Josh", notes=len(sources)), now)
    qa_cards = card_ids(database, "qa")
    mapping = dict(zip(sources, qa_cards, strict=False))
    learner = default_learner_id(database)
    with database.write() as session:
        deck_id = session.scalars(select(Deck.id).where(Deck.name == "Josh")).one()
        session.execute(
            insert(ReviewLog),
            [
                {
                    "learner_id": learner,
                    "card_id": mapping[row["card_id"]],
                    "deck_id": deck_id,
                    "rating": int(row["review_rating"]),
                    "reviewed_at": dt.datetime.fromisoformat(row["review_time"]),
                    "duration_ms": int(row["review_duration"] or 0),
                    "state_before": 2,
                    "before": None,
                }
                for row in rows
            ],
        )
    return len(rows)


@pytest.mark.slow
def test_fitting_the_real_log_beats_the_default_parameters(
    empty_database: Database, now: dt.datetime
) -> None:
    count = import_history(empty_database, now)
    learner = default_learner_id(empty_database)
    # One studied card, so rescheduling has something to move.
    session = StudySession(empty_database, learner, "Josh")
    first = card_ids(empty_database, "qa")[0]
    session.answer(first, 4, now=now)
    due_before = _due(empty_database, first)

    report = optimize_learner(empty_database, learner, now=now)

    assert report.review_count == count + 1 == 12_581
    assert report.after.log_loss < report.before.log_loss
    assert report.after.rmse_bins < report.before.rmse_bins
    assert report.stored
    with empty_database.read() as s:
        stored = settings_for(s, learner).parameters
    assert stored == report.parameters != DEFAULT_PARAMETERS
    assert report.rescheduled >= 1 and _due(empty_database, first) != due_before


def _due(database: Database, card_id: int) -> dt.datetime | None:
    with database.read() as s:
        return s.scalar(select(CardState.due).where(CardState.card_id == card_id))


def test_too_few_reviews_is_a_clear_error(
    empty_database: Database, db_path: Path, now: dt.datetime
) -> None:
    store(empty_database, deck(notes=1), now)
    StudySession(empty_database, default_learner_id(empty_database)).answer(
        card_ids(empty_database)[0], 3, now=now
    )
    result = CliRunner().invoke(main, ["--db", str(db_path), "optimize", "--json"])
    assert result.exit_code == 2
    assert "not enough reviews (have 0, need 400)" in result.stderr
    with empty_database.read() as s:
        assert settings_for(s, default_learner_id(empty_database)).parameters == DEFAULT_PARAMETERS


def test_optimize_json_output(empty_database: Database, db_path: Path, now: dt.datetime) -> None:
    import_history(empty_database, now)
    result = CliRunner().invoke(main, ["--db", str(db_path), "optimize", "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert set(payload) == {
        "reviews",
        "items",
        "before",
        "after",
        "parameters",
        "stored",
        "rescheduled",
    }
    assert payload["after"]["log_loss"] < payload["before"]["log_loss"]
    assert len(payload["parameters"]) == len(DEFAULT_PARAMETERS)
