"""``studyapp export``: a deck and its sub-decks as an Anki "Notes in Plain Text" file."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from studyapp.core.anki import (
    NOTETYPE_NAMES,
    DeckLines,
    NotetypeLanguage,
    ProgressRow,
    anki_guid,
    gc_paused,
    write_progress_csv,
)
from studyapp.core.anki.csv_write import HEADER
from studyapp.core.anki.mapping import deck_order_key
from studyapp.core.errors import InputError
from studyapp.core.model import CardType, NoteDraft
from studyapp.db.deck_reads import active_notes, decks_in_export_order, note_columns
from studyapp.db.models import Card, CardState, Note
from studyapp.db.session import Database
from studyapp.db.study_queries import deck_ids_for
from studyapp.services.files import write_text_atomically


@dataclass(frozen=True, slots=True)
class ExportReport:
    """What was written."""

    notes: int
    anki_notes: int
    decks: int
    progress_file: Path | None


def progress_path(output: Path) -> Path:
    """Where ``--with-progress`` writes: beside the export, ``NAME.progress.csv``."""
    return output.with_name(output.stem + ".progress.csv")


def export_deck(
    database: Database,
    deck: str,
    output: Path,
    *,
    learner_id: int,
    notetype_names: NotetypeLanguage = "en",
    with_progress: bool = False,
) -> ExportReport:
    """Write DECK (with its sub-decks) for Anki; optionally the learner's progress beside it.

    Raises ``ValueError`` for a note whose cloze card has no deletion (before
    anything is written).
    """
    names = NOTETYPE_NAMES[notetype_names]
    lines: list[str] = []
    note_count = 0
    # Notes go straight from the query to file lines (no NoteDraft or AnkiRow
    # per note): 100,000 notes took 10 s the long way round, most of it there.
    with gc_paused(), database.read() as session:
        decks = deck_ids_for(session, deck)
        if not decks:
            raise InputError(f"no deck called {deck!r}; `studyapp decks` lists them")
        deck_ids = [deck_id for deck_id, _ in decks]
        # Parent decks first (see deck_order_key); sorted() keeps name order among equals.
        for ref in sorted(
            decks_in_export_order(session, deck_ids), key=lambda d: deck_order_key(d.name)
        ):
            renderer = DeckLines(ref.name, ref.slug, names)
            for chunk in note_columns(session, ref.id):
                note_count += len(chunk)
                lines += renderer.lines(chunk)
        progress: list[ProgressRow] = []
        if with_progress:
            notes = {note.guid: note for _, note in active_notes(session, deck_ids)}
            progress = _progress_rows(session, learner_id, deck_ids, notes)
    write_text_atomically(output, [HEADER, *lines])
    progress_file = None
    if with_progress:
        buffer = io.StringIO(newline="")
        write_progress_csv(progress, buffer)
        progress_file = progress_path(output)
        write_text_atomically(progress_file, buffer.getvalue())
    return ExportReport(note_count, len(lines), len(decks), progress_file)


def _progress_rows(
    session: Session, learner_id: int, deck_ids: list[int], notes: dict[str, NoteDraft]
) -> list[ProgressRow]:
    query = (
        select(Note.guid, Card.card_type, CardState.due, CardState.stability, CardState.reps)
        .join(Card, Card.note_id == Note.id)
        .outerjoin(CardState, (CardState.card_id == Card.id) & (CardState.learner_id == learner_id))
        .where(Note.deck_id.in_(deck_ids), Note.retired_at.is_(None))
        .order_by(Note.deck_id, Note.position, Card.ord)
    )
    rows: list[ProgressRow] = []
    for guid, card_type, due, stability, reps in session.execute(query):
        kind = CardType(card_type)
        target = anki_guid(notes[guid], kind)
        if target is not None:
            rows.append(
                ProgressRow(
                    guid=target,
                    card=str(kind),
                    due=due.date() if due is not None else None,
                    stability=stability,
                    reviews=reps or 0,
                )
            )
    return rows
