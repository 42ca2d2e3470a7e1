"""Reading deck content back as plain drafts. Never commits."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any, cast

from sqlalchemy import LargeBinary, select
from sqlalchemy import cast as cast_
from sqlalchemy.orm import Session

from studyapp.core.anki import NoteColumns
from studyapp.core.model import ALL_CARD_TYPES, CardType, DeckDraft, FactKind, NoteDraft, Paragraph
from studyapp.db.models import ArticleParagraph, Deck, Note
from studyapp.db.models.content import NOTE_FACT_COLUMNS

_NOTE_COLUMNS = (Note.guid, *NOTE_FACT_COLUMNS)
_ALL_CARDS = tuple(str(card) for card in ALL_CARD_TYPES)
# The C scanner behind json.loads, without its per-call Python wrapper.
_scan_json: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def _draft(
    guid: str,
    kind: str,
    fields: dict[str, Any],
    source_sentence: str,
    paragraph_index: int | None,
    as_of: str | None,
    from_caption: bool,
    tags: str,
) -> NoteDraft:
    cards = tuple(CardType(c) for c in fields.get("cards", [])) or ALL_CARD_TYPES
    return NoteDraft(
        guid=guid,
        kind=FactKind(kind),
        question=str(fields.get("question", "")),
        answer=str(fields.get("answer", "")),
        cloze=str(fields.get("cloze", "")),
        choices=tuple(str(c) for c in fields.get("choices", [])),
        source_sentence=source_sentence,
        # -1: not from a paragraph (notes imported from Anki).
        paragraph_index=paragraph_index if paragraph_index is not None else -1,
        as_of=as_of,
        from_caption=from_caption,
        tags=tuple(tags.split()),
        card_types=cards,
    )


@dataclass(frozen=True, slots=True)
class DeckRef:
    """A deck's identity, without its content."""

    id: int
    name: str
    slug: str


def active_notes(session: Session, deck_ids: Sequence[int]) -> list[tuple[DeckRef, NoteDraft]]:
    """The decks' notes that are not retired, deck by deck in article order.

    Plain column rows, not ORM objects: exporting 100,000 notes reads them all.
    """
    query = (
        select(Deck.id, Deck.name, Deck.slug, *_NOTE_COLUMNS)
        .join(Note, Note.deck_id == Deck.id)
        .where(Deck.id.in_(deck_ids), Note.retired_at.is_(None))
        .order_by(Deck.name, Note.position, Note.id)
    )
    refs: dict[int, DeckRef] = {}
    result = []
    for deck_id, name, slug, *note in session.execute(query):
        ref = refs.get(deck_id)
        if ref is None:
            ref = refs[deck_id] = DeckRef(deck_id, name, slug)
        result.append((ref, _draft(*note)))
    return result


def decks_in_export_order(session: Session, deck_ids: Sequence[int]) -> list[DeckRef]:
    """The decks, ordered by name (as :func:`active_notes` gives their notes)."""
    query = select(Deck.id, Deck.name, Deck.slug).where(Deck.id.in_(deck_ids)).order_by(Deck.name)
    return [DeckRef(deck_id, name, slug) for deck_id, name, slug in session.execute(query)]


_CHUNK = 1_000  # notes read, decoded and rendered together


def _fields(text: str) -> dict[str, Any]:
    try:
        fields, end = _scan_json(text, 0)
        if end == len(text) and isinstance(fields, dict):
            return fields
    except (StopIteration, ValueError):
        pass
    return dict(json.loads(text))  # anything unusual: json's own errors and checks


def _all_fields(texts: Sequence[bytes]) -> list[dict[str, Any]]:
    """Each JSON text's object (the texts as stored, UTF-8); one decoder call for all.

    Joined as one JSON array, so the C decoder runs once, not once a note.
    A text that is not a whole JSON object on its own (never written by us)
    shows as a parse error or a wrong count; then each is decoded alone.
    """
    try:
        decoded = json.loads(b"[" + b",".join(texts) + b"]")
    except ValueError:
        decoded = None
    if decoded is not None and len(decoded) == len(texts) and set(map(type, decoded)) <= {dict}:
        return cast(list[dict[str, Any]], decoded)
    return [_fields(text.decode()) for text in texts]


def _columns(rows: Sequence[Sequence[Any]], tag_tuples: dict[str, tuple[str, ...]]) -> NoteColumns:
    guids, kinds, raw_fields, sources, paragraphs, as_ofs, captions, tags = zip(*rows, strict=True)
    objects = _all_fields(raw_fields)
    choices = [fields.get("choices", ()) for fields in objects]
    if not set(map(type, choices)) <= {list} or not set(
        map(type, chain.from_iterable(choices))
    ) <= {str}:
        choices = [tuple(map(str, values)) for values in choices]
    for tag in set(tags).difference(tag_tuples):
        tag_tuples[tag] = tuple(tag.split())
    return NoteColumns(
        guids=guids,
        kinds=kinds,
        questions=[str(fields.get("question", "")) for fields in objects],
        answers=[str(fields.get("answer", "")) for fields in objects],
        clozes=[str(fields.get("cloze", "")) for fields in objects],
        choices=choices,
        cards=[tuple(fields.get("cards", ())) or _ALL_CARDS for fields in objects],
        sources=sources,
        # -1: not from a paragraph (notes imported from Anki).
        paragraphs=[-1 if p is None else p for p in paragraphs]
        if None in paragraphs
        else paragraphs,
        as_ofs=as_ofs,
        captions=captions,
        tags=list(map(tag_tuples.__getitem__, tags)),
    )


def note_columns(session: Session, deck_id: int) -> Iterator[NoteColumns]:
    """A deck's active notes in article order, a chunk at a time, as the Anki export takes them.

    The same notes and values as :func:`active_notes` (a test compares them),
    read for speed: the JSON column is decoded here rather than by the ORM
    type, and no NoteDraft is built (exporting 100,000 notes reads them all).
    """
    query = (
        select(
            Note.guid,
            Note.kind,
            # The stored bytes: decoded a chunk at a time rather than value by value.
            cast_(Note.fields, LargeBinary),
            Note.source_sentence,
            Note.paragraph_index,
            Note.as_of,
            Note.from_caption,
            Note.tags,
        )
        .where(Note.deck_id == deck_id, Note.retired_at.is_(None))
        .order_by(Note.position, Note.id)
    )
    # Core rows on the session's connection: the ORM's row handling costs more than SQLite.
    result = session.connection().execute(query)
    tag_tuples: dict[str, tuple[str, ...]] = {}
    while rows := result.fetchmany(_CHUNK):
        yield _columns(rows, tag_tuples)


def deck_draft(session: Session, deck_id: int) -> DeckDraft:
    """A stored deck as a draft: metadata, paragraphs and active notes."""
    deck = session.get_one(Deck, deck_id)
    paragraphs = session.scalars(
        select(ArticleParagraph)
        .where(ArticleParagraph.deck_id == deck_id)
        .order_by(ArticleParagraph.index)
    )
    return DeckDraft(
        name=deck.name,
        slug=deck.slug,
        source_title=deck.source_title or "",
        source_path=deck.source_path,
        source_date=deck.source_date,
        attribution=deck.attribution,
        paragraphs=tuple(Paragraph(p.index, p.text, p.is_caption) for p in paragraphs),
        notes=tuple(note for _, note in active_notes(session, [deck_id])),
    )
