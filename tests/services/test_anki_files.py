"""Export to Anki and import back through the database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from studyapp.cli.main import main
from studyapp.core.errors import InputError
from studyapp.db.deck_reads import active_notes
from studyapp.db.models import Card, Deck, Note, ReviewLog
from studyapp.db.session import Database
from studyapp.db.study_queries import deck_ids_for
from studyapp.services.anki_export import export_deck, progress_path
from studyapp.services.importing import import_file
from studyapp.services.opening import open_database
from studyapp.services.study import StudySession
from tests.factories import card_ids, deck, default_learner_id, store


def notes_of(database: Database) -> list[tuple[str, str, object]]:
    with database.read() as session:
        ids = [deck_id for deck_id, _ in deck_ids_for(session, None)]
        return [(d.name, d.slug, note) for d, note in active_notes(session, ids)]


@pytest.fixture
def source(empty_database: Database, now: dt.datetime) -> Database:
    store(empty_database, deck("Hà Nam::Bình Lục", notes=3), now)
    store(empty_database, deck("Hà Nam::Kim Bảng", notes=2), now)
    return empty_database


def test_round_trip_into_an_empty_database(
    source: Database, tmp_path: Path, now: dt.datetime
) -> None:
    out = tmp_path / "hanam.txt"
    report = export_deck(source, "Hà Nam", out, learner_id=default_learner_id(source))
    assert (report.notes, report.anki_notes, report.decks) == (5, 15, 2)
    target, _, _ = open_database(str(tmp_path / "target.db"), now=now, seed=False)
    imported = import_file(target, out, deck_name=None, now=now)
    assert imported.added == 5 and set(imported.decks) == {"Hà Nam::Bình Lục", "Hà Nam::Kim Bảng"}
    assert notes_of(target) == notes_of(source)
    target.close()


def test_reimport_updates_and_keeps_progress(
    source: Database, tmp_path: Path, now: dt.datetime
) -> None:
    out = tmp_path / "hanam.txt"
    learner = default_learner_id(source)
    export_deck(source, "Hà Nam", out, learner_id=learner)
    StudySession(source, learner).answer(card_ids(source)[0], 3, now=now)
    again = import_file(source, out, deck_name=None, now=now)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 5)
    with source.read() as session:
        assert session.scalar(select(func.count()).select_from(ReviewLog)) == 1
        assert session.scalar(select(func.count()).select_from(Note)) == 5


def test_with_progress_writes_a_second_file(
    source: Database, tmp_path: Path, now: dt.datetime
) -> None:
    learner = default_learner_id(source)
    StudySession(source, learner).answer(card_ids(source)[0], 4, now=now)
    out = tmp_path / "hanam.txt"
    report = export_deck(source, "Hà Nam", out, learner_id=learner, with_progress=True)
    assert report.progress_file == progress_path(out) == tmp_path / "hanam.progress.csv"
    lines = report.progress_file.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "guid,card,due,stability,reviews"
    assert len(lines) == 1 + 5 * 4
    assert sum(1 for line in lines[1:] if line.endswith(",1")) == 1


def test_unknown_deck_is_an_input_error(source: Database, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no deck called 'Nowhere'"):
        export_deck(source, "Nowhere", tmp_path / "x.txt", learner_id=1)
    assert not (tmp_path / "x.txt").exists()


def test_malformed_import_changes_nothing(source: Database, db_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text(
        "#separator:tab\n#html:true\n#notetype column:1\n#deck column:2\n"
        'Basic\tNew deck\tFront\tBack\n"Basic\tNew deck\tunterminated\n',
        encoding="utf-8",
    )
    before = db_path.read_bytes()
    result = CliRunner().invoke(main, ["--db", str(db_path), "import", str(bad)])
    assert result.exit_code == 2
    assert f"{bad}:" in result.stderr
    with source.read() as session:
        assert session.scalar(select(func.count()).select_from(Deck)) == 2
    assert len(before) > 0


def test_cli_export_and_import(source: Database, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    runner = CliRunner()
    exported = runner.invoke(
        main,
        ["--db", str(db_path), "export", "Hà Nam", "--format", "anki-csv", "-o", str(out)],
    )
    assert exported.exit_code == 0, exported.output
    assert out.read_text(encoding="utf-8").startswith("#separator:tab\n#html:true\n")
    imported = runner.invoke(main, ["--db", str(db_path), "import", str(out)])
    assert imported.exit_code == 0, imported.output
    assert "0 added, 0 updated, 5 unchanged" in imported.output
    missing = runner.invoke(main, ["--db", str(db_path), "import", str(tmp_path / "no.txt")])
    assert missing.exit_code == 2 and "no such file" in missing.stderr


def test_a_new_deck_whose_slug_is_taken_gets_a_numbered_slug(
    empty_database: Database, now: dt.datetime
) -> None:
    store(empty_database, deck("Bình Lục", notes=1), now)
    store(empty_database, deck("Binh Luc", notes=1), now)  # same slug, another deck
    with empty_database.read() as session:
        slugs = sorted(session.scalars(select(Deck.slug)))
    assert slugs == ["binh-luc", "binh-luc-2"]


def test_new_notes_cards_belong_to_them_beside_kept_and_deleted_notes(
    source: Database, tmp_path: Path, now: dt.datetime
) -> None:
    # New notes get their ids before insertion (deck_writes._next_note_id):
    # their cards must still be theirs, also after the highest note was
    # deleted and among notes that already exist.
    def anki_file(name: str, guids: list[str]) -> Path:
        rows = "".join(f"{guid}\tQuestion {guid}\tAnswer {guid}\n" for guid in guids)
        path = tmp_path / name
        path.write_text(f"#separator:tab\n#html:true\n#guid column:1\n#deck:Mới\n{rows}", "utf-8")
        return path

    import_file(source, anki_file("one.txt", ["g1", "g2", "g3"]), deck_name=None, now=now)
    with source.write() as session:
        session.delete(session.scalars(select(Note).where(Note.guid == "g3")).one())
    report = import_file(
        source, anki_file("two.txt", ["g4", "g2", "g5", "g1"]), deck_name=None, now=now
    )
    assert (report.added, report.updated + report.unchanged) == (2, 2)
    with source.read() as session:
        cards = session.execute(
            select(Note.guid, Note.deck_id, Card.deck_id, Card.card_type, Card.ord)
            .join(Card, Card.note_id == Note.id)
            .where(Note.guid.like("g%"))
            .order_by(Card.id)
        ).all()
    assert [(guid, kind, ord_) for guid, _, _, kind, ord_ in cards] == [
        (guid, kind, ord_)
        for guid in ("g1", "g2", "g4", "g5")
        for ord_, kind in enumerate(("qa", "typed"))
    ]
    assert all(note_deck == card_deck for _, note_deck, card_deck, _, _ in cards)
