"""The export's hot path: note values straight to the lines of the Anki file.

Writes exactly what ``write_anki_csv(notes_to_rows(items))`` writes (see
:mod:`.mapping` for the layout; a property test compares the two on random
notes), without a :class:`~studyapp.core.model.NoteDraft`, an
:class:`~studyapp.core.anki.rows.AnkiRow` or a JSON dump per note: exporting
100,000 notes spent most of its time building those.

What repeats is worked out once: the deck's cell and slug, and per note
"shape" (kind, card types, tags) the roles, guid suffixes, tag cell and the
constant parts of the hidden block. Text is checked for its canonical form a
chunk of notes at a time (:func:`~studyapp.core.anki.html.all_canonical`);
only a chunk with something to clean pays for cleaning each value.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import chain, groupby
from json.encoder import encode_basestring
from typing import NamedTuple

from studyapp.core.anki.html import all_canonical, canonical_text
from studyapp.core.anki.mapping import (
    AS_OF_LABEL,
    GUID_SUFFIX,
    META_VERSION,
    ROLE_CHOICE,
    ROLE_CLOZE,
    ROLE_QA,
    ExportItem,
    anki_tag,
    deck_order_key,
    has_cloze_deletion,
)
from studyapp.core.anki.rows import AnkiModel, NotetypeNames
from studyapp.core.model import CardType, FactKind, NoteDraft

# guid, kind, question, answer, cloze, choices, card types, source sentence,
# paragraph index, as-of, from caption, tags: a NoteDraft's fields as plain values.
NoteValues = tuple[
    str,
    str,
    str,
    str,
    str,
    Sequence[str],
    Sequence[str],
    str,
    int,
    "str | None",
    bool,
    Sequence[str],
]

_CHUNK = 1_000  # notes checked for canonical text together
_KINDS = frozenset(kind.value for kind in FactKind)
_CARDS = frozenset(card.value for card in CardType)


def _cell(text: str) -> str:
    """Canonical plain text as HTML (as ``text_to_html``) inside a quoted CSV cell."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\n" in text:
        text = text.replace("\n", "<br>")
    if '"' in text:
        text = text.replace('"', '""')
    return text


def _cells(texts: Iterable[str]) -> list[str]:
    """:func:`_cell` of each text (none may hold a NUL), in a few passes over them all."""
    return _cell("\0".join(texts)).split("\0")


def _meta_cell(json_text: str) -> str:
    """JSON of the hidden block in its single-quoted attribute, inside a quoted CSV cell.

    As mapping's ``_escape_attribute`` (JSON's many ``"`` stay readable), then
    the CSV quoting.
    """
    if "&" in json_text:
        json_text = json_text.replace("&", "&amp;")
    if "'" in json_text:
        json_text = json_text.replace("'", "&#39;")
    if "<" in json_text:
        json_text = json_text.replace("<", "&lt;")
    if ">" in json_text:
        json_text = json_text.replace(">", "&gt;")
    if '"' in json_text:
        json_text = json_text.replace('"', '""')
    return json_text


def _json_list(values: Iterable[str]) -> str:
    return "[" + ",".join(map(encode_basestring, values)) + "]"


# The hidden block: <div ... data-studyapp='{"row":"qa","v":1,"guid":...}'></div>,
# in pieces already escaped for the attribute and the CSV cell.
_BLOCK_HEAD = "<div class=studyapp hidden data-studyapp='{" + _meta_cell('"row":"')
_BLOCK_ROLE_END = _meta_cell('",')
_BLOCK_END = "}'></div>"
_META_START = _meta_cell(f'"v":{META_VERSION},"guid":')
_CAPTION = {True: _meta_cell(',"caption":true'), False: _meta_cell(',"caption":false')}


class _Row(NamedTuple):
    role: str
    guid_suffix: str
    notetype: str  # the cell, quotes doubled, without its own quotes


class _Shape(NamedTuple):
    """Everything about a note that depends only on its kind, card types and tags.

    The JSON parts are escaped for the attribute and the CSV cell already.
    """

    rows: tuple[_Row, ...]
    kind_part: str  # ',"kind":"count","p":'
    middle: str  # ',"cards":[...],"slug":"...","tags":[...]'
    hidden_qa: bool  # question and answer ride in the hidden block
    hidden_cloze: bool
    hidden_choices: bool
    tags_cell: str


class DeckLines:
    """Renders the notes of one deck; caches what repeats from note to note."""

    def __init__(self, deck: str, deck_slug: str, names: NotetypeNames) -> None:
        self._deck_cell = canonical_text(deck).replace('"', '""')
        self._slug = deck_slug
        self._names = names
        self._shapes: dict[tuple[str, tuple[str, ...], tuple[str, ...]], _Shape] = {}

    def lines(self, notes: Iterable[NoteValues]) -> list[str]:
        """The file lines (each ending in ``\\n``) for ``notes``, in order.

        Raises ``ValueError`` for an unknown kind or card type, and for a note
        whose cloze card has no ``{{c1::...}}`` deletion.
        """
        out: list[str] = []
        chunk: list[NoteValues] = []
        for note in notes:
            chunk.append(note)
            if len(chunk) == _CHUNK:
                self._render(chunk, out)
                chunk = []
        if chunk:
            self._render(chunk, out)
        return out

    def _render(self, chunk: list[NoteValues], out: list[str]) -> None:
        columns = list(zip(*chunk, strict=True))
        questions, answers, clozes, choices, sources, as_ofs = (
            columns[i] for i in (2, 3, 4, 5, 7, 9)
        )
        texts = chain(questions, answers, clozes, chain.from_iterable(choices), sources)
        if all_canonical(chain(texts, (a for a in as_ofs if a is not None))):
            # Canonical text holds no NUL, so each column is escaped in one go.
            cells = zip(chunk, _cells(questions), _cells(answers), _cells(sources), strict=True)
            for note, question, answer, source in cells:
                self._note(note, question, answer, source, out)
            return
        for raw in chunk:
            note = _canonical_values(raw, self._shape(raw).rows)
            self._note(note, _cell(note[2]), _cell(note[3]), _cell(note[7]), out)

    def _shape(self, note: NoteValues) -> _Shape:
        key = (note[1], tuple(note[6]), tuple(note[11]))
        shape = self._shapes.get(key)
        if shape is None:
            shape = self._shapes[key] = self._make_shape(*key)
        return shape

    def _make_shape(self, kind: str, cards: tuple[str, ...], tags: tuple[str, ...]) -> _Shape:
        if kind not in _KINDS:
            raise ValueError(f"{kind!r} is not a valid FactKind")
        for card in cards:
            if card not in _CARDS:
                raise ValueError(f"{card!r} is not a valid CardType")
        roles = []
        if CardType.QA in cards or CardType.TYPED in cards:
            roles.append(ROLE_QA)
        if CardType.CLOZE in cards:
            roles.append(ROLE_CLOZE)
        if CardType.CHOICE in cards:
            roles.append(ROLE_CHOICE)
        bare = kind == FactKind.OTHER and len(roles) == 1
        rows = []
        for role in roles:
            model = AnkiModel.CLOZE if role == ROLE_CLOZE else AnkiModel.BASIC
            suffix = "" if bare else GUID_SUFFIX[role]
            rows.append(_Row(role, suffix, self._names.name(model).replace('"', '""')))
        seen: set[str] = set()
        tag_cell: list[str] = []
        for raw in (kind, self._slug, *tags):
            tag = anki_tag(canonical_text(raw))
            if tag and tag.casefold() not in seen:
                seen.add(tag.casefold())
                tag_cell.append(tag)
        middle = (
            ',"cards":'
            + _json_list(cards)
            + ',"slug":'
            + encode_basestring(self._slug)
            + ',"tags":'
            + _json_list(anki_tag(tag) for tag in tags)
        )
        return _Shape(
            rows=tuple(rows),
            kind_part=_meta_cell(',"kind":' + encode_basestring(kind) + ',"p":'),
            middle=_meta_cell(middle),
            hidden_qa=ROLE_QA not in roles and ROLE_CHOICE not in roles,
            hidden_cloze=ROLE_CLOZE not in roles,
            hidden_choices=ROLE_CHOICE not in roles,
            tags_cell=" ".join(tag_cell).replace('"', '""'),
        )

    def _note(
        self,
        note: NoteValues,
        question_cell: str,
        answer_cell: str,
        source_cell: str,
        out: list[str],
    ) -> None:
        """Append ``note``'s lines; its text is canonical, three texts already made cells."""
        guid, _, question, answer, cloze, choices, _, _, paragraph, as_of, caption, _ = note
        shape = self._shape(note)
        hidden = ""
        if shape.hidden_qa:
            hidden += (
                f',"question":{encode_basestring(question)},"answer":{encode_basestring(answer)}'
            )
        if shape.hidden_cloze:
            hidden += ',"cloze":' + encode_basestring(cloze)
        if shape.hidden_choices:
            hidden += ',"choices":' + _json_list(choices)
        meta = (
            f"{_META_START}{_meta_cell(encode_basestring(guid))}{shape.kind_part}{paragraph}"
            f"{_CAPTION[bool(caption)]}{shape.middle}{_meta_cell(hidden)}{_BLOCK_END}"
        )
        source = f"<hr id=src><div class=src>{source_cell}</div>"
        if as_of is not None:
            source += f"<div class=asof>{AS_OF_LABEL} <span class=value>{_cell(as_of)}</span></div>"
        guid_cell = guid.replace('"', '""') if '"' in guid else guid
        tail = f'"\t"{shape.tags_cell}"\n'
        for row in shape.rows:
            if row.role == ROLE_QA:
                front, back = question_cell, answer_cell + source
            elif row.role == ROLE_CLOZE:
                if not has_cloze_deletion(cloze):
                    raise ValueError(f"note {guid}: cloze text has no {{{{c1::...}}}} deletion")
                front, back = _cell(cloze), source
            else:
                items = "".join([f"<li>{_cell(choice)}</li>" for choice in choices])
                front = f"{question_cell}<ol class=choices type=A>{items}</ol>"
                back = answer_cell + source
            out.append(
                f'"{guid_cell}{row.guid_suffix}"\t"{row.notetype}"\t"{self._deck_cell}"\t"{front}"\t"'
                f"{back}{_BLOCK_HEAD}{row.role}{_BLOCK_ROLE_END}{meta}{tail}"
            )


def _canonical_values(note: NoteValues, rows: tuple[_Row, ...]) -> NoteValues:
    """``note`` with every text in its canonical form (the slow path for unusual text)."""
    guid, kind, question, answer, cloze, choices, cards, source, paragraph, as_of, caption, tags = (
        note
    )
    if any(row.role == ROLE_CLOZE for row in rows) and not has_cloze_deletion(cloze):
        # The check is on the text as given, before cleaning (as mapping does).
        raise ValueError(f"note {guid}: cloze text has no {{{{c1::...}}}} deletion")
    clean: Callable[[str], str] = canonical_text
    return (
        guid,
        kind,
        clean(question),
        clean(answer),
        clean(cloze),
        [clean(choice) for choice in choices],
        cards,
        clean(source),
        paragraph,
        None if as_of is None else clean(as_of),
        caption,
        tags,
    )


def note_values(note: NoteDraft) -> NoteValues:
    """A note's fields in the order :class:`DeckLines` takes them."""
    return (
        note.guid,
        str(note.kind),
        note.question,
        note.answer,
        note.cloze,
        note.choices,
        tuple(map(str, note.card_types)),
        note.source_sentence,
        note.paragraph_index,
        note.as_of,
        note.from_caption,
        note.tags,
    )


def items_lines(items: Iterable[ExportItem], names: NotetypeNames) -> list[str]:
    """The file lines for ``items``: parents' decks first, notes in given order within a deck."""
    ordered = sorted(items, key=lambda item: deck_order_key(item.deck))
    decks: dict[tuple[str, str], DeckLines] = {}
    out: list[str] = []
    for key, run in groupby(ordered, key=lambda item: (item.deck, item.deck_slug)):
        renderer = decks.get(key)
        if renderer is None:
            renderer = decks[key] = DeckLines(key[0], key[1], names)
        out += renderer.lines([note_values(item.note) for item in run])
    return out
