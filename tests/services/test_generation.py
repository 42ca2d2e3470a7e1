"""Generating into the database and into a deck file, and generating again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import func, select

from studyapp.cli.main import main
from studyapp.core.deckfile import parse_deck
from studyapp.db.deck_reads import deck_draft
from studyapp.db.models import Deck, Note, ReviewLog
from studyapp.db.session import Database
from studyapp.services.generation import generate_into_database
from studyapp.services.opening import open_database
from studyapp.services.study import StudySession
from tests.factories import default_learner_id

SEED = Path(__file__).resolve().parents[2] / "decks" / "van-hoa-cong-vu-binh-luc.txt"


def _notes(database: Database) -> dict[str, object]:
    with database.read() as s:
        rows = s.execute(select(Note.guid, Note.retired_at))
        return {str(guid): retired for guid, retired in rows}


def test_out_file_imports_back_to_the_same_deck(tmp_path: Path, db_path: Path) -> None:
    out = tmp_path / "deck.toml"
    runner = CliRunner()
    written = runner.invoke(
        main, ["--db", str(db_path), "generate", str(SEED), "--out", str(out), "--deck", "Thử"]
    )
    assert written.exit_code == 0, written.output
    assert "wrote 37 notes (148 cards)" in written.output
    draft = parse_deck(out.read_text(encoding="utf-8"), filename=str(out))
    imported = runner.invoke(main, ["--db", str(db_path), "import", str(out)])
    assert imported.exit_code == 0, imported.output
    assert "37 added" in imported.output
    database, _, _ = open_database(str(db_path), now=dt.datetime(2026, 3, 2, tzinfo=dt.UTC))
    with database.read() as s:
        deck_id = s.scalars(select(Deck.id).where(Deck.name == "Thử")).one()
        stored = deck_draft(s, deck_id)
    database.close()
    assert stored.notes == draft.notes
    assert stored.paragraphs == draft.paragraphs


def test_generating_again_keeps_progress_and_retires_what_vanished(
    empty_database: Database, tmp_path: Path, now: dt.datetime
) -> None:
    first = generate_into_database(empty_database, SEED, deck_name="Bình Lục", now=now)
    assert (first.added, first.retired) == (37, 0)
    learner = default_learner_id(empty_database)
    session = StudySession(empty_database, learner, "Bình Lục")
    card = session.next_card(now)
    assert card is not None
    session.answer(card.card_id, 3, now=now)

    again = generate_into_database(empty_database, SEED, deck_name="Bình Lục", now=now)
    assert (again.added, again.updated, again.unchanged, again.retired) == (0, 0, 37, 0)

    # The article loses the sentence with 6.968 đảng viên and 37 chi bộ.
    edited = tmp_path / "edited.txt"
    text = SEED.read_text(encoding="utf-8")
    sentence = next(line for line in text.splitlines() if "6.968" in line).split(". ")[0] + ". "
    edited.write_text(text.replace(sentence, ""), encoding="utf-8")
    later = now + dt.timedelta(days=1)
    third = generate_into_database(empty_database, edited, deck_name="Bình Lục", now=later)
    assert third.retired >= 1 and third.added == 0
    notes = _notes(empty_database)
    assert len(notes) == 37
    assert sum(1 for retired in notes.values() if retired is not None) == third.retired
    with empty_database.read() as s:
        assert s.scalar(select(func.count()).select_from(ReviewLog)) == 1
