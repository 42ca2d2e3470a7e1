"""The export's lean read gives the same notes as the general one."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import update

from studyapp.core.anki.lines import note_values as draft_values
from studyapp.core.model import CardType
from studyapp.db.deck_reads import active_notes, decks_in_export_order, note_values
from studyapp.db.models import Note
from studyapp.db.session import Database
from tests.factories import deck, note, store


def test_note_values_match_active_notes(empty_database: Database, now: dt.datetime) -> None:
    draft = deck("Hà Nam", notes=4)
    odd = dataclasses.replace(
        note(9, guid="odd"),
        paragraph_index=-1,
        as_of="2024",
        from_caption=True,
        tags=("a", "b"),
        card_types=(CardType.CLOZE, CardType.QA),
    )
    store(empty_database, dataclasses.replace(draft, notes=(*draft.notes, odd)), now)
    with empty_database.write() as session:
        # Written by other code: escaped JSON, no "cards" (every card type).
        session.execute(
            update(Note).where(Note.guid == "odd").values(fields={"question": "Ở đâu?"})
        )
    with empty_database.read() as session:
        (ref,) = decks_in_export_order(session, [1])
        expected = [draft_values(n) for _, n in active_notes(session, [ref.id])]
        assert list(note_values(session, ref.id)) == expected
