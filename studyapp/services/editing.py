"""Editing a note's question and answer without losing its history.

The note keeps its id and guid, so its cards, their states and their review
logs are untouched. The answer is also changed where the other card types
repeat it: in the multiple-choice options and in the cloze deletion.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from studyapp.core.errors import InputError
from studyapp.core.vietnamese import nfc
from studyapp.db import note_edits
from studyapp.db.session import Database


@dataclass(frozen=True, slots=True)
class EditableNote:
    """The text of a note the learner may change."""

    note_id: int
    question: str
    answer: str
    cloze: str
    choices: tuple[str, ...]


def _editable(note_id: int, fields: dict[str, Any]) -> EditableNote:
    return EditableNote(
        note_id=note_id,
        question=str(fields.get("question", "")),
        answer=str(fields.get("answer", "")),
        cloze=str(fields.get("cloze", "")),
        choices=tuple(str(c) for c in fields.get("choices", []) or []),
    )


def load_note(database: Database, note_id: int) -> EditableNote:
    """The note's current question, answer, cloze and options."""
    with database.read() as session:
        fields = note_edits.note_fields(session, note_id)
    if fields is None:
        raise InputError(f"no note with id {note_id}")
    return _editable(note_id, fields)


def note_of_card(database: Database, card_id: int) -> EditableNote:
    """The note behind a card."""
    with database.read() as session:
        note_id = note_edits.note_id_of_card(session, card_id)
        fields = None if note_id is None else note_edits.note_fields(session, note_id)
    if note_id is None or fields is None:
        raise InputError(f"no card with id {card_id}")
    return _editable(note_id, fields)


def _retarget(fields: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    """Carry an answer change into the options and the cloze that repeat the old answer."""
    changed = dict(fields)
    choices = [str(c) for c in fields.get("choices", []) or []]
    if old in choices and new not in choices:
        changed["choices"] = [new if c == old else c for c in choices]
    cloze = str(fields.get("cloze", ""))
    # "{{c1::old}}" or, with a hint, "{{c1::old::hint}}".
    for before, after in ((f"::{old}}}}}", f"::{new}}}}}"), (f"::{old}::", f"::{new}::")):
        if "{{c1" + before in cloze:
            changed["cloze"] = cloze.replace("{{c1" + before, "{{c1" + after)
            break
    return changed


def edit_note(
    database: Database, note_id: int, *, question: str, answer: str, now: dt.datetime
) -> EditableNote:
    """Change a note's question and answer in one transaction; its history is kept.

    Text is stored in NFC with trimmed ends; neither may be left empty.
    """
    question, answer = nfc(question).strip(), nfc(answer).strip()
    if not question:
        raise InputError("the question cannot be empty", field="question")
    if not answer:
        raise InputError("the answer cannot be empty", field="answer")
    with database.write() as session:
        fields = note_edits.note_fields(session, note_id)
        if fields is None:
            raise InputError(f"no note with id {note_id}")
        old_answer = str(fields.get("answer", ""))
        changed = _retarget(fields, old_answer, answer) if old_answer != answer else dict(fields)
        changed["question"] = question
        changed["answer"] = answer
        if changed != fields:
            note_edits.replace_note_fields(session, note_id, changed, now=now)
    return _editable(note_id, changed)
