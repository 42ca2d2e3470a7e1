"""Our notes -> Anki notes (rows of a "Notes in Plain Text" file).

One :class:`~studyapp.core.model.NoteDraft` becomes up to three Anki notes:

* the question-answer card -> a ``Basic`` note (Front: question; Back: answer);
* the cloze card -> a ``Cloze`` note (Text: the ``{{c1::...}}`` sentence;
  Back Extra: the source);
* the multiple-choice card -> a ``Basic`` note with the four options listed on
  the front as ``<ol class=choices type=A>`` and the answer on the back.

The typed-answer card is *not* a separate Anki note: it asks the same question
as the question-answer card, so the ``Basic`` note stands for both (a learner
who wants to type in Anki can switch that note to "Basic (type in the answer)").

Every Back / Back Extra ends with the same block, after ``<hr id=src>``: the
source sentence (``<div class=src>``), the as-of date (``<div class=asof>``,
when known) and a hidden ``<div class=studyapp hidden data-studyapp="{json}">``
holding what Anki has no field for (kind, paragraph, caption flag, card types,
deck slug, and any note text whose own Anki note is not in the file). That
block lets :mod:`studyapp.core.anki.reverse` rebuild our notes exactly.

GUIDs: each Anki note's guid is derived from the note guid, ``{guid}`` for the
Basic question note, ``{guid}_c`` for the cloze and ``{guid}_m`` for the
choice note, so exporting again updates the notes in Anki (and their
scheduling there) instead of adding copies. A note of kind ``other`` that makes
a single Anki note (one imported from Anki) gives it the bare guid, so the
note it came from is the one updated.

Tags: the fact kind, the deck slug, then the note's tags; white space inside a
tag becomes ``_`` (Anki splits tags on white space).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from studyapp.core.anki.html import canonical_text, text_to_html
from studyapp.core.anki.rows import (
    NOTETYPE_NAMES,
    AnkiModel,
    AnkiRow,
    NotetypeLanguage,
    NotetypeNames,
)
from studyapp.core.model import CardType, FactKind, NoteDraft

# Shared with reverse.py: the markers that make our rows recognisable.
META_VERSION = 1
AS_OF_LABEL = "Tính đến"
ROLE_QA = "qa"
ROLE_CLOZE = "cloze"
ROLE_CHOICE = "choice"
GUID_SUFFIX: dict[str, str] = {ROLE_QA: "", ROLE_CLOZE: "_c", ROLE_CHOICE: "_m"}

_CLOZE_RE = re.compile(r"\{\{c\d+::.*?\}\}", re.DOTALL)
_WHITE_RE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class ExportItem:
    """A note to export and the deck it is in (``deck`` may be ``A::B``)."""

    deck: str
    deck_slug: str
    note: NoteDraft


def has_cloze_deletion(text: str) -> bool:
    """Whether ``text`` contains a ``{{cN::...}}`` deletion Anki can make a card of."""
    return _CLOZE_RE.search(text) is not None


def anki_tag(tag: str) -> str:
    """One Anki tag: white space (which would split it) becomes ``_``."""
    return _WHITE_RE.sub("_", tag.strip())


def note_roles(note: NoteDraft) -> list[str]:
    """Which Anki notes ``note`` becomes, in file order (``qa``, ``cloze``, ``choice``)."""
    types = set(note.card_types)
    roles = []
    if CardType.QA in types or CardType.TYPED in types:
        roles.append(ROLE_QA)
    if CardType.CLOZE in types:
        roles.append(ROLE_CLOZE)
    if CardType.CHOICE in types:
        roles.append(ROLE_CHOICE)
    return roles


def anki_guid(note: NoteDraft, card_type: CardType) -> str | None:
    """The guid of the Anki note that carries ``card_type`` of ``note``.

    ``None`` when the note has no such card. The typed card shares the Basic
    question note. Use it to match progress rows to Anki notes.
    """
    roles = note_roles(note)
    role = {
        CardType.QA: ROLE_QA,
        CardType.TYPED: ROLE_QA,
        CardType.CLOZE: ROLE_CLOZE,
        CardType.CHOICE: ROLE_CHOICE,
    }[card_type]
    if card_type not in note.card_types or role not in roles:
        return None
    if note.kind is FactKind.OTHER and len(roles) == 1:
        return note.guid
    return note.guid + GUID_SUFFIX[role]


def _tags(item: ExportItem) -> tuple[str, ...]:
    seen: set[str] = set()
    out: list[str] = []
    for raw in (item.note.kind.value, item.deck_slug, *item.note.tags):
        tag = anki_tag(canonical_text(raw))
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            out.append(tag)
    return tuple(out)


def _meta(item: ExportItem, roles: list[str]) -> dict[str, Any]:
    note = item.note
    meta: dict[str, Any] = {
        "v": META_VERSION,
        "guid": note.guid,
        "kind": note.kind.value,
        "p": note.paragraph_index,
        "caption": note.from_caption,
        "cards": [str(t) for t in note.card_types],
        "slug": item.deck_slug,
        # The note's own tags: the kind and slug tags Anki shows are added on
        # export and dropped on import, so a note tagged with its kind keeps it.
        "tags": [anki_tag(tag) for tag in note.tags],
    }
    # Text whose own Anki note is not exported rides along, hidden.
    if ROLE_QA not in roles and ROLE_CHOICE not in roles:
        meta["question"] = canonical_text(note.question)
        meta["answer"] = canonical_text(note.answer)
    if ROLE_CLOZE not in roles:
        meta["cloze"] = canonical_text(note.cloze)
    if ROLE_CHOICE not in roles:
        meta["choices"] = [canonical_text(choice) for choice in note.choices]
    return meta


def _escape_attribute(value: str) -> str:
    """Escape for a single-quoted attribute: JSON's many ``"`` stay readable."""
    if "&" in value:
        value = value.replace("&", "&amp;")
    return value.replace("'", "&#39;").replace("<", "&lt;").replace(">", "&gt;")


def _source_block(note: NoteDraft) -> str:
    block = f"<hr id=src><div class=src>{text_to_html(note.source_sentence)}</div>"
    if note.as_of is not None:
        value = text_to_html(note.as_of)
        block += f"<div class=asof>{AS_OF_LABEL} <span class=value>{value}</span></div>"
    return block


def _meta_blocks(meta: dict[str, Any], roles: list[str]) -> dict[str, str]:
    """The hidden block for each Anki note of a fact; they differ only in ``row``."""
    # One JSON dump per fact; "row" goes first, spliced in after the "{".
    rest = _escape_attribute(json.dumps(meta, ensure_ascii=False, separators=(",", ":")))[1:]
    head = '<div class=studyapp hidden data-studyapp=\'{"row":"'
    return {role: head + role + '",' + rest + "'></div>" for role in roles}


def _choices_html(choices: Iterable[str]) -> str:
    items = "".join(f"<li>{text_to_html(choice)}</li>" for choice in choices)
    return f"<ol class=choices type=A>{items}</ol>"


def note_to_rows(item: ExportItem, names: NotetypeNames) -> list[AnkiRow]:
    """The Anki rows for one note (see the module docstring for the layout).

    Raises ``ValueError`` for a note with a cloze card but no ``{{c1::...}}``
    in its cloze text: Anki would import it with no card and a warning.
    """
    note = item.note
    roles = note_roles(note)
    tags = _tags(item)
    deck = canonical_text(item.deck)
    blocks = _meta_blocks(_meta(item, roles), roles)
    source = _source_block(note)
    bare = note.kind is FactKind.OTHER and len(roles) == 1
    question = text_to_html(note.question)
    answer = text_to_html(note.answer)
    rows: list[AnkiRow] = []
    for role in roles:
        guid = note.guid if bare else note.guid + GUID_SUFFIX[role]
        if role == ROLE_CLOZE:
            if not has_cloze_deletion(note.cloze):
                raise ValueError(f"note {note.guid}: cloze text has no {{{{c1::...}}}} deletion")
            model = AnkiModel.CLOZE
            fields = (text_to_html(note.cloze), source + blocks[role])
        else:
            model = AnkiModel.BASIC
            front = question + _choices_html(note.choices) if role == ROLE_CHOICE else question
            fields = (front, answer + source + blocks[role])
        rows.append(AnkiRow(guid, model, names.name(model), deck, fields, tags))
    return rows


def deck_order_key(deck: str) -> tuple[str, ...]:
    """Sort key that puts every deck right before its sub-decks.

    Anki (checked with 26.x) creates a parent deck implicitly when it meets a
    sub-deck first, and then creates the parent's own rows' deck a second time
    as ``Parent+``. Parents first avoids that. Anki compares deck names
    without case, and so does this key.
    """
    return tuple(part.strip().casefold() for part in deck.split("::"))


def notes_to_rows(
    items: Iterable[ExportItem], *, notetype_names: NotetypeLanguage = "en"
) -> list[AnkiRow]:
    """All Anki rows for ``items``: parents' decks first, notes in given order within a deck."""
    names = NOTETYPE_NAMES[notetype_names]
    ordered = sorted(items, key=lambda item: deck_order_key(item.deck))
    rows: list[AnkiRow] = []
    for item in ordered:
        rows.extend(note_to_rows(item, names))
    return rows
