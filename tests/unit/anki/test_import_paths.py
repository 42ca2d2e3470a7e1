"""The import's fast paths read exactly what their reference paths read.

:class:`BlockReader` skips parsing the hidden blocks of a note's later rows,
``_back_parts`` looks for our layout before the general search, ``_shape``
caches a note's kind, cards and tags, and :func:`bulk_constructor` makes the
import's frozen objects: each is compared with the plain way on unusual input.
"""

from __future__ import annotations

import dataclasses
import pickle
import unicodedata
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from studyapp.core.anki import ExportItem, export_anki_csv, import_anki_csv, notes_to_rows
from studyapp.core.anki import reverse as rev
from studyapp.core.anki.blocks import BlockReader, row_meta
from studyapp.core.anki.rows import AnkiModel, AnkiRow
from studyapp.core.errors import InputError
from studyapp.core.frozen import bulk_constructor
from studyapp.core.model import CardType, FactKind, NoteDraft
from studyapp.core.vietnamese import nfc

NFD = [unicodedata.normalize("NFD", w) for w in ("Việt", "Nguyễn", "thủy")]
# What HTML, JSON, the hidden attribute and the CSV quote; and NFD text.
PIECES = ["&", "'", '"', "\\", "<", ">", "<br>", "\n", "row", '"row"', "\u00a0", *NFD]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=5).map("".join)
card_types = st.lists(st.sampled_from(list(CardType)), min_size=1, max_size=4, unique=True)
tags = st.lists(st.sampled_from(["t", "Count", "a&b", "x'y", "s", *NFD]), max_size=3)
notes = st.builds(
    NoteDraft,
    guid=st.sampled_from(["g1", "g2", "g'3", NFD[0]]),
    kind=st.sampled_from([FactKind.COUNT, FactKind.OTHER]),
    question=texts,
    answer=texts,
    cloze=st.builds(lambda a, b: f"{a}{{{{c1::{b}}}}}", texts, texts),
    choices=st.lists(texts, max_size=4).map(tuple),
    source_sentence=texts,
    paragraph_index=st.integers(-1, 3),
    as_of=st.one_of(st.none(), texts),
    from_caption=st.booleans(),
    tags=tags.map(tuple),
    card_types=card_types.map(tuple),
)
items = st.lists(
    st.builds(ExportItem, st.sampled_from(["D", "D::E"]), st.sampled_from(["s", "a&b"]), notes),
    min_size=1,
    max_size=4,
)
# Edits of the hidden block as a learner's or a tool's hand might make them.
BLOCK_EDITS = [
    ('{"row":"qa",', '{"row":"qa","row":"cloze",'),
    ('{"row":"cloze",', '{"row":"cloze","x":"\\\\",'),
    ('{"row":"choice",', '{"row":"choice","x":"row",'),
    ('{"row":"qa",', '{"row":"qa" ,'),
    ('{"row":"qa",', '{ "row":"qa",'),
    ('{"row":"cloze",', '{"row":"cl&#111;ze",'),
    ('{"row":"qa",', '{"row":"QA",'),
    ('{"row":"cloze",', '{"row":"cl\\u006fze",'),
    ('{"row":"choice",', '{"row":"Choice",'),
    ('"v":1,', '"v":1,"x":"&amp;",'),
    ('"v":1,', '"v":1,"row":"qa",'),
    ('"v":1,', '"v":1,"\\u0072ow":"choice",'),
    ('"v":1,', '"v":1,"r&#111;w":"choice",'),
    ('"v":1,', '"v":2,'),
    ('"cards":[', '"cards":["bad",'),
    ("}'></div>", "'></div>"),
    ("}'></div>", "} '></div>"),
]
FOREIGN = AnkiRow("f1", AnkiModel.BASIC, "Basic", "F", ("Front <b>x</b>", "Back"), ("t",), 0)


def _rows(
    chosen: list[ExportItem], edits: list[tuple[int, int]], shuffle: list[int]
) -> list[AnkiRow]:
    """The Anki rows of ``chosen``, blocks edited, some rows moved, a foreign row mixed in.

    An edit applies to one row, or (with a negative index) to every row.
    """
    rows = list(notes_to_rows(chosen))
    for index, edit in edits:
        old, new = BLOCK_EDITS[edit]
        for at in range(len(rows)) if index < 0 else [index % len(rows)]:
            row = rows[at]
            rows[at] = dataclasses.replace(
                row, fields=(row.fields[0], row.fields[1].replace(old, new, 1))
            )
    for index in shuffle:  # a row moved to the end, another copied there
        rows.append(rows.pop(index % len(rows)) if index % 2 else rows[index % len(rows)])
    rows.insert(len(rows) // 2, FOREIGN)
    return [dataclasses.replace(row, line=line) for line, row in enumerate(rows, 8)]


def _read(read: Any, row: AnkiRow) -> Any:
    try:
        return read(row)
    except InputError as error:
        return ("error", str(error), error.line)


THREE_ROWS = ExportItem(
    "D",
    "s",
    NoteDraft(
        guid="g", kind=FactKind.COUNT, question="q", answer="a", cloze="{{c1::a}}",
        choices=("a", "b"), source_sentence="s", paragraph_index=0, card_types=tuple(CardType),
    ),
)  # fmt: skip


@pytest.mark.parametrize("edit", range(len(BLOCK_EDITS)))
@pytest.mark.parametrize("where", [-1, 0, 1, 2])
def test_block_reader_on_each_edit_of_a_three_row_note(edit: int, where: int) -> None:
    reader = BlockReader("f.txt")
    for row in _rows([THREE_ROWS, THREE_ROWS], [(where, edit)], []):
        if not _same_reading(reader, row):
            break


def _same_reading(reader: BlockReader, row: AnkiRow) -> bool:
    """Whether ``row`` was read (an error, or not a row of ours, ends a file's reading)."""
    expected = _read(lambda r: row_meta(r, "f.txt"), row)
    got = _read(reader.read, row)
    if expected is None or isinstance(expected, tuple):
        assert got == expected
    else:  # the block may be an earlier row's: only the role differs
        role, meta = got
        assert (role, {**meta, "row": role}) == (expected["row"], expected)
    return not isinstance(expected, tuple)


@settings(max_examples=300, deadline=None)
@given(
    chosen=items,
    edits=st.lists(
        st.tuples(st.sampled_from([-1, -1, 0, 1, 2, 3, 5]), st.integers(0, len(BLOCK_EDITS) - 1)),
        max_size=3,
    ),
    shuffle=st.lists(st.integers(0, 20), max_size=3),
)
def test_block_reader_reads_what_row_meta_reads(
    chosen: list[ExportItem], edits: list[tuple[int, int]], shuffle: list[int]
) -> None:
    reader = BlockReader("f.txt")
    for row in _rows(chosen, edits, shuffle):
        if not _same_reading(reader, row):
            break  # the import stops at the first error


@settings(max_examples=300, deadline=None)
@given(
    chosen=items,
    edits=st.lists(
        st.tuples(st.sampled_from([-1, -1, 0, 1, 2, 3, 5]), st.integers(0, len(BLOCK_EDITS) - 1)),
        max_size=3,
    ),
    shuffle=st.lists(st.integers(0, 20), max_size=2),
    learner_tags=st.lists(st.sampled_from(["new", "COUNT", "s", "t", nfc(NFD[1])]), max_size=2),
)
def test_notes_are_what_reading_them_one_by_one_gives(
    chosen: list[ExportItem],
    edits: list[tuple[int, int]],
    shuffle: list[int],
    learner_tags: list[str],
) -> None:
    """NFD text, "&" in the hidden block, groups of qa+cloze+choice rows, foreign
    rows and tags added in Anki: rows_to_notes gives each note as the slow,
    canonicalising reading of its rows alone does, in the order of its first row."""
    rows = _rows(chosen, edits, shuffle)
    if learner_tags:  # added in Anki to one row of a note
        rows[0] = dataclasses.replace(rows[0], tags=(*rows[0].tags, *learner_tags))
    groups: dict[str, tuple[dict[str, Any], list[tuple[AnkiRow, str]]]] = {}
    expected: list[rev.ImportedNote | str] = []
    try:
        for row in rows:
            meta = row_meta(row, "f.txt")
            if meta is None:
                expected.append(rev._foreign_note(row, "f.txt"))
            elif meta["guid"] not in groups:
                groups[meta["guid"]] = (meta, [(row, meta["row"])])
                expected.append(meta["guid"])
            else:
                groups[meta["guid"]][1].append((row, meta["row"]))
    except InputError as error:  # the first damaged block, for both
        with pytest.raises(InputError) as caught:
            rev.rows_to_notes(rows, file="f.txt")
        assert (str(caught.value), caught.value.line) == (str(error), error.line)
        return
    try:
        got = rev.rows_to_notes(rows, file="f.txt")
    except InputError as error:  # a role twice, or one guid for two notes
        roles = [[role for _, role in group] for _, group in groups.values()]
        foreign = [n.note.guid for n in expected if isinstance(n, rev.ImportedNote)]
        guids = [nfc(key) for key in groups] + foreign
        assert any(len(set(r)) < len(r) for r in roles) or len(set(guids)) < len(guids), error
        return
    assert got == [
        rev._our_note(*groups[slot], "f.txt", canonical=True) if isinstance(slot, str) else slot
        for slot in expected
    ]


def test_a_note_of_every_card_type_is_read_from_its_three_rows() -> None:
    note = NoteDraft(
        guid="g", kind=FactKind.COUNT, question="Q & a", answer="1", cloze="{{c1::1}} x",
        choices=("1", "2"), source_sentence=NFD[0], paragraph_index=0, as_of="2024",
        tags=("a&b",), card_types=tuple(CardType),
    )  # fmt: skip
    text = export_anki_csv([ExportItem("D", "s", note)])
    assert text.count("data-studyapp") == 3
    (back,) = import_anki_csv(text.encode(), file="f.txt")
    assert back.note == dataclasses.replace(note, source_sentence=nfc(NFD[0]))


# A Back as we write it (answer, rule, source, as-of date, block), each part
# from pieces our export writes or Anki's editor might: tags, entities, case.
PIECES_IN_TEXT = [
    "a", "ſ", "<br>", "&lt;", "&amp;", "\n", "<b>", "</DIV>", "</", "<div class=src>x</div>",
]  # fmt: skip
RULES = ["<hr id=src>", '<HR id="src"/>', ""]
SOURCE_OPENINGS = ["<div class=src>", '<div class="src">', "<DIV class=src >", ""]
AS_OFS = [
    "", "<div class=asof>Tính đến <span class=value>2024</span></div>",
    "<DIV class='asof'>x<SPAN class=value>v&lt;</span></div>", "<div class=asof>no value</div>",
]  # fmt: skip
BLOCKS = ["<div class=studyapp hidden data-studyapp='{}'></div>", 'data-studyapp="{}"', ""]
pieces_text = st.lists(st.sampled_from(PIECES_IN_TEXT), max_size=4).map("".join)
backs = st.builds(
    lambda *parts: "".join(parts),
    pieces_text, st.sampled_from(RULES), st.sampled_from(SOURCE_OPENINGS), pieces_text,
    st.sampled_from(["</div>", ""]), st.sampled_from(AS_OFS), pieces_text, st.sampled_from(BLOCKS),
)  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(backs)
@example("<div class=src>x</div><hr id=src><div class=src>y</div>")  # a source in the answer
@example("a<hr id=src><div class=src>x</DIV>y</div>")  # the source's end, in capitals
@example("a<hr id=src><div class=src>x</div><DIV class=asof>t<span class=value>v</span></div>")
def test_back_parts_finds_what_the_general_search_finds(back: str) -> None:
    assert rev._back_parts(back) == (rev._answer_part(back), *rev._source_html(back))


ROW_TAGS = ["count", "COUNT", "s", "S", "t", "u", "t"]


@settings(max_examples=300, deadline=None)
@given(
    kind=st.sampled_from(["count", "other"]),
    slug=st.sampled_from(["s", "S", "a&b", NFD[2]]),
    export_tags=tags.map(tuple),
    row_tags=st.lists(st.lists(st.sampled_from(ROW_TAGS)), min_size=1, max_size=3),
    canonical=st.booleans(),
)
def test_shape_is_the_tags_worked_out_row_by_row(
    kind: str, slug: str, export_tags: tuple[str, ...], row_tags: list[list[str]], canonical: bool
) -> None:
    tags = list(map(nfc, export_tags)) if canonical else list(export_tags)
    for each in row_tags:  # as _our_note did, row by row
        added = [t for t in each if t.casefold() not in {kind.casefold(), slug.casefold()}]
        tags.extend(t for t in added if t not in tags)
    cards = ("qa", "typed")
    shape = rev._shape(kind, slug, cards, export_tags, tuple(map(tuple, row_tags)), canonical)
    assert shape == (FactKind(kind), (CardType.QA, CardType.TYPED), tuple(tags))


@settings(max_examples=200, deadline=None)
@given(notes)
def test_bulk_constructor_makes_the_same_object(note: NoteDraft) -> None:
    values = [getattr(note, field.name) for field in dataclasses.fields(NoteDraft)]
    made = bulk_constructor(NoteDraft)(*values)
    assert type(made) is NoteDraft
    assert made == note and hash(made) == hash(note) and repr(made) == repr(note)
    assert pickle.loads(pickle.dumps(made)) == note
    assert dataclasses.replace(made, guid="x") == dataclasses.replace(note, guid="x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.guid = "x"  # type: ignore[misc]


def test_bulk_constructor_keeps_defaults_and_refuses_what_it_cannot_copy() -> None:
    row = bulk_constructor(AnkiRow)("g", AnkiModel.CLOZE, "Cloze", "D", ("a", "b"), ())
    assert row == AnkiRow("g", AnkiModel.CLOZE, "Cloze", "D", ("a", "b"), ()) and row.line == 0

    @dataclasses.dataclass(frozen=True)
    class NoSlots:
        x: int

    @dataclasses.dataclass(slots=True)
    class NotFrozen:
        x: int

    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        x: int

        def __post_init__(self) -> None:
            assert self.x > 0

    for cls in (NoSlots, NotFrozen, Checked):
        with pytest.raises(TypeError):
            bulk_constructor(cls)
