"""The export's hot path: note values straight to the lines of the Anki file.

Writes exactly what ``write_anki_csv(notes_to_rows(items))`` writes (see
:mod:`.mapping` for the layout; a property test compares the two on random
notes), without a :class:`~studyapp.core.model.NoteDraft`, an
:class:`~studyapp.core.anki.rows.AnkiRow` or a JSON dump per note: exporting
100,000 notes spent most of its time building those.

Notes come column by column (:class:`NoteColumns`), a chunk at a time, so
that the text work is done on a whole chunk at once: its texts are joined
with NUL (which canonical text never holds), checked for their canonical form
(:func:`~studyapp.core.anki.html.join_canonical`) and escaped in a few
``str.replace`` calls, then split back. Only a chunk with something to clean
pays for cleaning each value. What repeats is worked out once: the deck's
cell and slug, and per note "shape" (kind, card types, tags) the rows, guid
suffixes, tag cell and the constant parts of the hidden block.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from itertools import chain, groupby
from json.encoder import encode_basestring
from typing import cast

from studyapp.core.anki.html import (
    canonical_text,
    join_canonical,
    json_attribute_cell,
    text_cell,
)
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

_CHUNK = 1_000  # notes whose text is checked and escaped together
_KINDS = frozenset(kind.value for kind in FactKind)
_CARDS = frozenset(card.value for card in CardType)


@dataclass(frozen=True, slots=True)
class NoteColumns:
    """Notes as parallel columns: note ``i`` is ``guids[i]``, ``kinds[i]``...

    A :class:`~studyapp.core.model.NoteDraft`'s fields as plain values (kind
    and card types as their string values). Columns rather than a record per
    note: a database read gets them with a few C-level calls, and the export
    works on whole columns.
    """

    guids: Sequence[str]
    kinds: Sequence[str]
    questions: Sequence[str]
    answers: Sequence[str]
    clozes: Sequence[str]
    choices: Sequence[Sequence[str]]
    cards: Sequence[tuple[str, ...]]
    sources: Sequence[str]
    paragraphs: Sequence[int]
    as_ofs: Sequence[str | None]
    captions: Sequence[bool]
    tags: Sequence[tuple[str, ...]]

    def __len__(self) -> int:
        return len(self.guids)

    def slice(self, start: int, stop: int) -> NoteColumns:
        """Notes ``start`` to ``stop`` (exclusive)."""
        part = slice(start, stop)
        return replace(
            self, **{field.name: getattr(self, field.name)[part] for field in fields(self)}
        )


def _json_list(values: Iterable[str]) -> str:
    return "[" + ",".join(map(encode_basestring, values)) + "]"


# The hidden block: <div ... data-studyapp='{"row":"qa","v":1,"guid":...}'></div>,
# in pieces already escaped for the attribute and the CSV cell.
_BLOCK_HEAD = "<div class=studyapp hidden data-studyapp='{" + json_attribute_cell('"row":"')
_META_START = json_attribute_cell(f'","v":{META_VERSION},"guid":')
_QA_HEAD, _CLOZE_HEAD, _CHOICE_HEAD = (
    _BLOCK_HEAD + role + _META_START for role in (ROLE_QA, ROLE_CLOZE, ROLE_CHOICE)
)
_BLOCK_END = "}'></div>"
_CAPTION = (json_attribute_cell(',"caption":false'), json_attribute_cell(',"caption":true'))


@dataclass(slots=True, eq=False)  # compared and hashed by identity: shapes are cached
class _Shape:
    """Everything about a note that depends only on its kind, card types and tags.

    The JSON parts are escaped for the attribute and the CSV cell already.
    ``*_after`` is the constant text of that Anki note from after the guid to
    its first field (guid suffix, note type and deck cells), ``None`` when
    the note makes no such Anki note; then its text rides in the hidden block.
    """

    qa_after: str | None
    cloze_after: str | None
    choice_after: str | None
    kind_part: str  # ',"kind":"count","p":'
    middle: str  # ',"cards":[...],"slug":"...","tags":[...]'
    end: str  # the hidden block's end, the tags cell and the line's end

    @property
    def hidden_qa(self) -> bool:
        return self.qa_after is None and self.choice_after is None

    @property
    def hidden_cloze(self) -> bool:
        return self.cloze_after is None

    @property
    def hidden_choices(self) -> bool:
        return self.choice_after is None


class DeckLines:
    """Renders the notes of one deck; caches what repeats from note to note."""

    def __init__(self, deck: str, deck_slug: str, names: NotetypeNames) -> None:
        self._deck_cell = canonical_text(deck).replace('"', '""')
        self._slug = deck_slug
        self._names = names
        self._shapes: dict[tuple[str, tuple[str, ...], tuple[str, ...]], _Shape] = {}

    def lines(self, notes: NoteColumns) -> list[str]:
        """The file lines (each ending in ``\\n``) for ``notes``, in order.

        Raises ``ValueError`` for an unknown kind or card type, and for a note
        whose cloze card has no ``{{c1::...}}`` deletion.
        """
        out: list[str] = []
        for start in range(0, len(notes), _CHUNK):
            chunk = notes if len(notes) <= _CHUNK else notes.slice(start, start + _CHUNK)
            out += self._render(chunk)
        return out

    def _render(self, notes: NoteColumns) -> Iterable[str]:
        """The lines of a chunk of notes, built a column at a time."""
        shapes = self._shapes_of(notes)
        distinct = set(shapes)
        texts = _texts(notes)
        joined = join_canonical(texts)
        if joined is None:
            notes = _canonical_columns(notes, shapes)
            texts = _texts(notes)
            joined = "\0".join(texts)
        elif not all(shape.hidden_cloze for shape in distinct):
            _check_clozes(notes, shapes)
        # Every text as its cell at once, split back in _texts' order.
        cells = text_cell(joined).split("\0")
        count = len(notes)
        questions, answers = cells[:count], cells[count : 2 * count]
        sources = _source_blocks(notes.as_ofs, cells[2 * count : 3 * count], cells)
        # JSON text holds no raw NUL (the encoder writes \u0000): NUL splits it back.
        guids_json = "\0".join(map(encode_basestring, notes.guids))
        guid_json = json_attribute_cell(guids_json).split("\0")
        # The hidden block from the guid on, and the tags: the same in each Anki note of a note.
        metas = [
            f"{guid}{shape.kind_part}{paragraph}{_CAPTION[bool(caption)]}"
            f"{shape.middle}{hidden}{shape.end}"
            for guid, shape, paragraph, caption, hidden in zip(
                guid_json,
                shapes,
                notes.paragraphs,
                notes.captions,
                _hidden_texts(notes, shapes, distinct),
                strict=True,
            )
        ]
        guids = notes.guids
        if '"' in "".join(guids):
            guids = [guid.replace('"', '""') for guid in guids]
        # Each kind of Anki note for every note ("" where a note makes none), interleaved.
        by_role = []
        if any(shape.qa_after is not None for shape in distinct):
            afters = [shape.qa_after for shape in shapes]
            by_role.append(_role_lines(guids, afters, questions, answers, sources, _QA_HEAD, metas))
        if any(shape.cloze_after is not None for shape in distinct):
            afters = [shape.cloze_after for shape in shapes]
            clozes = cells[3 * count : 4 * count]
            no_answers = [""] * count
            by_role.append(
                _role_lines(guids, afters, clozes, no_answers, sources, _CLOZE_HEAD, metas)
            )
        if any(shape.choice_after is not None for shape in distinct):
            afters = [shape.choice_after for shape in shapes]
            lists = _choice_lists(notes.choices, cells, 4 * count)
            fronts = list(map(str.__add__, questions, lists))
            by_role.append(
                _role_lines(guids, afters, fronts, answers, sources, _CHOICE_HEAD, metas)
            )
        if len(by_role) == 1:
            return filter(None, by_role[0])
        return filter(None, chain.from_iterable(zip(*by_role, strict=True)))

    def _shapes_of(self, notes: NoteColumns) -> list[_Shape]:
        """Each note's shape; the cache answers for nearly every note."""
        keys = list(zip(notes.kinds, notes.cards, notes.tags, strict=True))
        shapes = list(map(self._shapes.get, keys))
        if None not in shapes:
            return cast(list[_Shape], shapes)
        for key in set(keys).difference(self._shapes):
            self._shapes[key] = self._make_shape(*key)
        return list(map(self._shapes.__getitem__, keys))

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
        afters = {}
        for role in roles:
            model = AnkiModel.CLOZE if role == ROLE_CLOZE else AnkiModel.BASIC
            suffix = "" if bare else GUID_SUFFIX[role]
            notetype = self._names.name(model).replace('"', '""')
            afters[role] = f'{suffix}"\t"{notetype}"\t"{self._deck_cell}"\t"'
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
        tags_cell = " ".join(tag_cell).replace('"', '""')
        return _Shape(
            afters.get(ROLE_QA),
            afters.get(ROLE_CLOZE),
            afters.get(ROLE_CHOICE),
            kind_part=json_attribute_cell(',"kind":' + encode_basestring(kind) + ',"p":'),
            middle=json_attribute_cell(middle),
            end=f'{_BLOCK_END}"\t"{tags_cell}"\n',
        )


def _role_lines(
    guids: Sequence[str],
    afters: list[str | None],
    fronts: list[str],
    answers: list[str],
    sources: list[str],
    head: str,
    metas: list[str],
) -> list[str]:
    """One kind of Anki note's line for each note; ``""`` where ``after`` says it has none."""
    return [
        "" if after is None else f'"{guid}{after}{front}"\t"{answer}{source}{head}{meta}'
        for guid, after, front, answer, source, meta in zip(
            guids, afters, fronts, answers, sources, metas, strict=True
        )
    ]


def _texts(notes: NoteColumns) -> list[str]:
    """All the notes' texts: questions, answers, sources, clozes, choices, as-of dates."""
    return [
        *notes.questions,
        *notes.answers,
        *notes.sources,
        *notes.clozes,
        *chain.from_iterable(notes.choices),
        *(as_of for as_of in notes.as_ofs if as_of is not None),
    ]


def _source_blocks(
    as_ofs: Sequence[str | None], source_cells: list[str], cells: list[str]
) -> list[str]:
    """Each note's source block; as-of dates are the last of the ``cells``."""
    blocks = [f"<hr id=src><div class=src>{cell}</div>" for cell in source_cells]
    dated = [i for i, as_of in enumerate(as_ofs) if as_of is not None]
    for i, cell in zip(dated, cells[len(cells) - len(dated) :], strict=True):
        blocks[i] += f"<div class=asof>{AS_OF_LABEL} <span class=value>{cell}</span></div>"
    return blocks


def _choice_lists(choices: Sequence[Sequence[str]], cells: list[str], start: int) -> list[str]:
    """Each note's choices as an HTML list; their cells follow one another from ``start``."""
    lists = []
    for values in choices:
        stop = start + len(values)
        items = "".join([f"<li>{cell}</li>" for cell in cells[start:stop]])
        lists.append(f"<ol class=choices type=A>{items}</ol>")
        start = stop
    return lists


def _hidden_texts(notes: NoteColumns, shapes: list[_Shape], distinct: set[_Shape]) -> list[str]:
    """Each note's text that rides in its hidden block: JSON members, escaped for the cell."""
    parts: list[list[str]] = []
    if any(shape.hidden_qa for shape in distinct):
        questions = map(encode_basestring, notes.questions)
        answers = map(encode_basestring, notes.answers)
        members = [f',"question":{q},"answer":{a}' for q, a in zip(questions, answers, strict=True)]
        parts.append(_blank_unless("hidden_qa", members, shapes, distinct))
    if any(shape.hidden_cloze for shape in distinct):
        members = list(map(',"cloze":'.__add__, map(encode_basestring, notes.clozes)))
        parts.append(_blank_unless("hidden_cloze", members, shapes, distinct))
    if any(shape.hidden_choices for shape in distinct):
        # A note's choices joined by DEL, which canonical text never holds and
        # JSON leaves as it is: one JSON string, split below by swapping DEL for ",".
        items = list(map(encode_basestring, map("\x7f".join, notes.choices)))
        if not all(notes.choices):
            items = [
                item if choices else "" for item, choices in zip(items, notes.choices, strict=True)
            ]
        members = [f',"choices":[{item}]' for item in items]
        parts.append(_blank_unless("hidden_choices", members, shapes, distinct))
    if not parts:
        return [""] * len(shapes)
    members = parts[0] if len(parts) == 1 else list(map("".join, zip(*parts, strict=True)))
    return json_attribute_cell("\0".join(members).replace("\x7f", '","')).split("\0")


def _blank_unless(
    flag: str, members: list[str], shapes: list[_Shape], distinct: set[_Shape]
) -> list[str]:
    """``members``, blank for the notes whose shape does not have ``flag``."""
    if all(getattr(shape, flag) for shape in distinct):
        return members
    return [
        member if getattr(shape, flag) else ""
        for member, shape in zip(members, shapes, strict=True)
    ]


def _check_clozes(notes: NoteColumns, shapes: list[_Shape]) -> None:
    for guid, cloze, shape in zip(notes.guids, notes.clozes, shapes, strict=True):
        if not shape.hidden_cloze and not has_cloze_deletion(cloze):
            raise ValueError(f"note {guid}: cloze text has no {{{{c1::...}}}} deletion")


def _canonical_columns(notes: NoteColumns, shapes: list[_Shape]) -> NoteColumns:
    """``notes`` with every text in its canonical form (the slow path for unusual text)."""
    # The check is on the text as given, before cleaning (as mapping does).
    _check_clozes(notes, shapes)
    clean = canonical_text
    return replace(
        notes,
        questions=list(map(clean, notes.questions)),
        answers=list(map(clean, notes.answers)),
        clozes=list(map(clean, notes.clozes)),
        choices=[list(map(clean, choices)) for choices in notes.choices],
        sources=list(map(clean, notes.sources)),
        as_ofs=[None if as_of is None else clean(as_of) for as_of in notes.as_ofs],
    )


def draft_columns(notes: Sequence[NoteDraft]) -> NoteColumns:
    """Notes' fields as the columns :class:`DeckLines` takes."""
    return NoteColumns(
        guids=[note.guid for note in notes],
        kinds=[note.kind.value for note in notes],
        questions=[note.question for note in notes],
        answers=[note.answer for note in notes],
        clozes=[note.cloze for note in notes],
        choices=[tuple(note.choices) for note in notes],
        cards=[tuple(card.value for card in note.card_types) for note in notes],
        sources=[note.source_sentence for note in notes],
        paragraphs=[note.paragraph_index for note in notes],
        as_ofs=[note.as_of for note in notes],
        captions=[note.from_caption for note in notes],
        tags=[tuple(note.tags) for note in notes],
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
        out += renderer.lines(draft_columns([item.note for item in run]))
    return out
