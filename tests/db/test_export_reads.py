"""The export's lean read gives the same notes as the general one."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import update

from studyapp.core.anki.lines import NoteColumns, draft_columns
from studyapp.core.model import CardType, FactKind, NoteDraft
from studyapp.db.deck_reads import active_notes, decks_in_export_order, note_columns
from studyapp.db.deck_writes import fields_json, note_fields
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
        # Not text where text belongs: read as the general read does (str()).
        session.execute(
            update(Note)
            .where(Note.guid == draft.notes[0].guid)
            .values(fields={"question": 5, "answer": None, "choices": [1, "b"], "cards": ["qa"]})
        )
    with empty_database.read() as session:
        (ref,) = decks_in_export_order(session, [1])
        expected = draft_columns([n for _, n in active_notes(session, [ref.id])])
        (read,) = note_columns(session, ref.id)
        assert _notes(read) == _notes(expected)


def _notes(columns: NoteColumns) -> list[tuple[object, ...]]:
    """Note by note, every sequence a tuple: lists and tuples compare unequal."""
    return [
        tuple(tuple(value) if isinstance(value, list | tuple) else value for value in note)
        for note in zip(
            columns.guids,
            columns.kinds,
            columns.questions,
            columns.answers,
            columns.clozes,
            columns.choices,
            columns.cards,
            columns.sources,
            columns.paragraphs,
            columns.as_ofs,
            columns.captions,
            columns.tags,
            strict=True,
        )
    ]


@settings(max_examples=200, deadline=None)
@given(
    texts=st.lists(st.text(), min_size=3, max_size=3),
    choices=st.lists(st.text(), max_size=5),
    cards=st.lists(st.sampled_from(list(CardType)), max_size=4, unique=True),
)
def test_fields_json_is_what_json_dumps_writes(
    texts: list[str], choices: list[str], cards: list[CardType]
) -> None:
    question, answer, cloze = texts
    draft = NoteDraft(
        guid="g",
        kind=FactKind.OTHER,
        question=question,
        answer=answer,
        cloze=cloze,
        choices=tuple(choices),
        source_sentence="",
        paragraph_index=0,
        card_types=tuple(cards),
    )
    assert fields_json(draft) == json.dumps(note_fields(draft), ensure_ascii=False)
