"""Seeding an empty database with the decks shipped in ``decks/``."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from studyapp.core.deckfile import parse_deck
from studyapp.db.deck_writes import save_deck
from studyapp.paths import decks_dir


def seed_bundled_decks(session: Session, *, now: dt.datetime) -> int:
    """Import every bundled ``*.toml`` deck file; return how many decks were added."""
    count = 0
    for path in sorted(decks_dir().glob("*.toml")):
        draft = parse_deck(path.read_text(encoding="utf-8"), filename=str(path))
        save_deck(session, draft, now=now, retire_missing=False)
        count += 1
    return count
