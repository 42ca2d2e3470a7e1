"""Plain, frozen data shared by the generator, the deck file, Anki export and the DB layer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class CardType(StrEnum):
    """How a note is asked; one card of each kind per note (siblings)."""

    QA = "qa"
    CLOZE = "cloze"
    CHOICE = "choice"
    TYPED = "typed"


ALL_CARD_TYPES: tuple[CardType, ...] = (
    CardType.QA,
    CardType.CLOZE,
    CardType.CHOICE,
    CardType.TYPED,
)


class FactKind(StrEnum):
    """What kind of fact a note asks about; used as a tag."""

    COUNT = "count"
    PERCENT = "percent"
    MONEY = "money"
    DATE = "date"
    PERIOD = "period"
    ORDINAL = "ordinal"
    DOCUMENT = "document"
    NAME = "name"
    PERSON = "person"
    PLACE = "place"
    OTHER = "other"  # notes imported from Anki or written by hand


# The kinds whose answer is a quantity, asked "bao nhiêu".
NUMERIC_KINDS = frozenset({FactKind.COUNT, FactKind.PERCENT, FactKind.MONEY})


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of the cleaned article, kept so the UI can show context."""

    index: int
    text: str
    is_caption: bool = False


@dataclass(frozen=True, slots=True)
class NoteDraft:
    """A fact made into a question, before it is stored.

    ``question`` is the question-answer stem, ``cloze`` the source sentence with
    the asked span as ``{{c1::...}}``, ``choices`` the four stored options of the
    multiple-choice card (the answer among them), ``answer`` the expected reply.
    """

    guid: str
    kind: FactKind
    question: str
    answer: str
    cloze: str
    choices: tuple[str, ...]
    source_sentence: str
    paragraph_index: int
    as_of: str | None = None
    from_caption: bool = False
    tags: tuple[str, ...] = ()
    card_types: tuple[CardType, ...] = ALL_CARD_TYPES


@dataclass(frozen=True, slots=True)
class DeckDraft:
    """A whole deck as produced by the generator or read from a deck file."""

    name: str
    slug: str
    source_title: str
    source_path: str | None = None
    source_date: dt.date | None = None
    attribution: str | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    notes: tuple[NoteDraft, ...] = field(default_factory=tuple)
