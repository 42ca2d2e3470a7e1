"""Reading and rewriting one note's fields in place. Never commits."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from studyapp.db.models import Card, Note


def note_id_of_card(session: Session, card_id: int) -> int | None:
    """The note a card belongs to, ``None`` if there is no such card."""
    return session.scalar(select(Card.note_id).where(Card.id == card_id))


def note_fields(session: Session, note_id: int) -> dict[str, Any] | None:
    """The JSON fields of a note, ``None`` if there is no such note."""
    fields = session.scalar(select(Note.fields).where(Note.id == note_id))
    return None if fields is None else dict(fields)


def replace_note_fields(
    session: Session, note_id: int, fields: dict[str, Any], *, now: dt.datetime
) -> None:
    """Overwrite a note's fields; its id, guid, cards and every review stay as they are."""
    session.execute(update(Note).where(Note.id == note_id).values(fields=fields, updated_at=now))
