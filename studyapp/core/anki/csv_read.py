"""Read Anki "Notes in Plain Text" files: Anki's own exports and ours.

Follows Anki's importer (rslib ``import_export/text/csv``): an optional
``tags:`` first line, then ``#key:value`` header lines (``separator``, ``html``,
``tags``, ``columns``, ``notetype``, ``deck``, ``notetype column``, ``deck
column``, ``tags column``, ``guid column``; others such as ``if matches`` are
accepted and ignored), then rows; a line starting with ``#`` where a row would
start is a comment, blank lines are skipped, quoted values may hold the
separator, ``""`` and line breaks. Without ``#separator`` the separator is the
first of tab, ``|``, ``;``, ``:``, ``,`` found in the first 8 KiB, else space;
without ``#html`` a file is HTML if a value in its first five rows has a tag.

Stricter than Anki where Anki would silently guess: every problem raises
:class:`~studyapp.core.errors.InputError` with the file and line, and nothing
is returned unless the whole file is good.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field

from studyapp.core.anki.csv_lines import MAX_FIELD_CHARS, decode_line, read_records
from studyapp.core.anki.html import canonical_text, looks_like_html, text_to_html
from studyapp.core.anki.mapping import has_cloze_deletion
from studyapp.core.anki.rows import NOTETYPE_NAMES, AnkiModel, AnkiRow, model_for_name
from studyapp.core.errors import InputError
from studyapp.core.frozen import bulk_constructor

# Anki's order, which is also its detection order.
DELIMITERS: dict[str, str] = {
    "tab": "\t",
    "pipe": "|",
    "semicolon": ";",
    "colon": ":",
    "comma": ",",
    "space": " ",
}
_SNIFF_BYTES = 8 * 1024
_PREVIEW_ROWS = 5
_BOM = b"\xef\xbb\xbf"
_COLUMN_KEYS = ("notetype column", "deck column", "tags column", "guid column")
_TAG_SPLIT_RE = re.compile(r"\s+")
_new_row = bulk_constructor(AnkiRow)


@dataclass
class _Header:
    delimiter: str | None = None
    is_html: bool | None = None
    global_tags: tuple[str, ...] = ()
    labels: list[str] | None = None
    notetype: str | None = None
    deck: str | None = None
    columns: dict[str, int] = field(default_factory=dict)
    line_count: int = 0
    body_start: int = 0  # a byte offset


def _fail(message: str, file: str, line: int | None, fld: str | None = None) -> InputError:
    return InputError(message, file=file, line=line, field=fld)


def _delimiter_from_value(value: str) -> str | None:
    normed = value.lower()
    if normed.strip() in DELIMITERS:
        return DELIMITERS[normed.strip()]
    if len(normed) == 1 and normed in DELIMITERS.values():
        return normed
    return None


def _parse_header_line(line: str, number: int, header: _Header, file: str) -> None:
    key, sep, value = line[1:].partition(":")
    if not sep:
        return  # a plain comment
    value = value.removesuffix("\n").removesuffix("\r")
    key = key.strip().lower()
    if key == "separator":
        delimiter = _delimiter_from_value(value)
        if delimiter is None:
            raise _fail(f"unknown separator {value!r}", file, number, "#separator")
        header.delimiter = delimiter
    elif key == "html":
        if value.strip().lower() not in ("true", "false"):
            raise _fail(f"#html must be true or false, not {value!r}", file, number, "#html")
        header.is_html = value.strip().lower() == "true"
    elif key == "tags":
        header.global_tags = tuple(_split_tags(value))
    elif key == "columns":
        delimiter = header.delimiter or "\t"
        header.labels = next(csv.reader([value], delimiter=delimiter), [])
    elif key == "notetype":
        if model_for_name(value) is None:
            raise _fail(f"unknown note type {value.strip()!r}", file, number, "#notetype")
        header.notetype = value.strip()
    elif key == "deck":
        header.deck = canonical_text(value).strip() or None
    elif key in _COLUMN_KEYS:
        try:
            column = int(value.strip())
        except ValueError:
            column = 0
        if column < 1:
            raise _fail(f"{key} must be a column number, not {value!r}", file, number, key)
        header.columns[key] = column


def _parse_header(data: bytes, file: str) -> _Header:
    header = _Header()
    position = len(_BOM) if data.startswith(_BOM) else 0
    number = 0
    while position < len(data):
        end = data.find(b"\n", position) + 1 or len(data)
        line = decode_line(data[position:end], number + 1, file)
        if number == 0 and line.startswith("tags:"):
            header.global_tags = tuple(_split_tags(line[5:]))
        elif line.startswith("#"):
            _parse_header_line(line, number + 1, header, file)
        else:
            break
        number += 1
        position = end
    header.line_count = number
    header.body_start = position
    return header


def _split_tags(value: str) -> list[str]:
    return [canonical_text(tag) for tag in _TAG_SPLIT_RE.split(value) if tag]


def _sniff_delimiter(sample: bytes) -> str:
    for delimiter in DELIMITERS.values():
        if delimiter.encode() in sample:
            return delimiter
    return " "


@dataclass(frozen=True, slots=True)
class _Layout:
    width: int
    guid: int | None
    notetype: int | None
    deck: int | None
    tags: int | None
    field_columns: dict[AnkiModel, tuple[int | None, int | None]]


def _layout(header: _Header, first_width: int, global_model: AnkiModel) -> _Layout:
    columns = header.columns
    width = len(header.labels) if header.labels else first_width
    width = max([width, *columns.values()])
    meta = set(columns.values())
    free = [i for i in range(width) if i + 1 not in meta]  # 0-based, unlike the header
    tags = columns.get("tags column")
    field_columns: dict[AnkiModel, tuple[int | None, int | None]] = {}
    for model in AnkiModel:
        by_index = (free[0] if free else None, free[1] if len(free) > 1 else None)
        field_columns[model] = by_index
        if header.labels and "notetype column" not in columns:
            names = {n: i for i, n in enumerate(header.labels) if i + 1 not in meta}
            for lang in NOTETYPE_NAMES.values():
                first, second = lang.fields(model)
                if first in names or second in names:
                    field_columns[model] = (names.get(first), names.get(second))
    if tags is None and "notetype column" not in columns:
        # As Anki does: a column right after the fields of a single note type is its tags.
        used = [i for i in field_columns[global_model] if i is not None]
        after = max(used, default=-1) + 1
        if after in free:
            tags = after + 1
    return _Layout(
        width=width,
        guid=columns.get("guid column"),
        notetype=columns.get("notetype column"),
        deck=columns.get("deck column"),
        tags=tags,
        field_columns=field_columns,
    )


def read_anki_csv(
    data: bytes,
    *,
    file: str,
    default_notetype: str | None = None,
    default_deck: str | None = None,
) -> list[AnkiRow]:
    """Parse a whole "Notes in Plain Text" file into rows; all or nothing.

    ``data`` is the file's bytes (UTF-8, with or without BOM); ``file`` is the
    name used in error messages. ``default_notetype`` and ``default_deck``
    apply to rows without a note type or deck column (or with an empty
    cell), and win over ``#notetype:`` / ``#deck:`` header lines; the note
    type defaults to Basic. Returned fields are HTML (plain-text files are
    escaped), tags include the file's ``#tags:``.

    Raises InputError (with file and line) for: non-UTF-8 bytes, an unknown
    separator, a bad header value, an unterminated quote, a row with too few
    (or too many non-empty) values, an unknown note type, a missing deck, a
    cloze without a deletion, a guid used twice, a value longer than
    :data:`MAX_FIELD_CHARS`.
    """
    header = _parse_header(data, file)
    start = header.body_start
    delimiter = header.delimiter or _sniff_delimiter(data[start : start + _SNIFF_BYTES])
    records = read_records(data, start, header.line_count + 1, delimiter, file)
    if not records:
        return []

    notetype_name = default_notetype or header.notetype or "Basic"
    global_model = model_for_name(notetype_name)
    if global_model is None:
        raise _fail(f"unknown note type {notetype_name!r}", file, None, "notetype")
    is_html = header.is_html
    if is_html is None:
        is_html = any(looks_like_html(v) for _, rec in records[:_PREVIEW_ROWS] for v in rec)
    layout = _layout(header, len(records[0][1]), global_model)
    deck_fallback = default_deck or header.deck

    rows: list[AnkiRow] = []
    guid_lines: dict[str, int] = {}
    # Note type, deck and tag cells repeat on nearly every row: clean each distinct one once.
    notetypes: dict[str, tuple[AnkiModel, str]] = {}
    decks: dict[str, str] = {}
    tag_cells: dict[str, tuple[str, ...]] = {}
    width, guid_column, notetype_column = layout.width, layout.guid, layout.notetype
    deck_column, tags_column = layout.deck, layout.tags
    for line, record in records:
        if len(record) < width or (len(record) > width and any(record[width:])):
            raise _fail(f"row has {len(record)} values, expected {width}", file, line)
        if max(map(len, record)) > MAX_FIELD_CHARS:
            raise _fail(f"a value is longer than {MAX_FIELD_CHARS} characters", file, line)

        guid = record[guid_column - 1].strip() if guid_column else ""
        if guid:
            if guid in guid_lines:
                raise _fail(f"guid {guid!r} is also used on line {guid_lines[guid]}", file, line)
            guid_lines[guid] = line

        model, notetype = global_model, notetype_name
        if notetype_column:
            cell = record[notetype_column - 1]
            if cell in notetypes:
                model, notetype = notetypes[cell]
            elif cell.strip():
                notetype = canonical_text(cell).strip()
                found = model_for_name(notetype)
                if found is None:
                    raise _fail(f"unknown note type {notetype!r}", file, line, "notetype")
                model = found
                notetypes[cell] = (model, notetype)

        deck = ""
        if deck_column:
            cell = record[deck_column - 1]
            if cell not in decks:
                decks[cell] = canonical_text(cell).strip()
            deck = decks[cell]
        deck = deck or deck_fallback or ""
        if not deck:
            raise _fail("no deck: the file has no deck for this row; name one", file, line)

        first, second = layout.field_columns[model]
        fields = ("" if first is None else record[first], "" if second is None else record[second])
        if not is_html:
            fields = (text_to_html(fields[0]), text_to_html(fields[1]))
        if model is AnkiModel.CLOZE and not has_cloze_deletion(fields[0]):
            raise _fail("cloze has no {{c1::...}} deletion", file, line, notetype)

        cell = record[tags_column - 1] if tags_column else ""
        if cell not in tag_cells:
            tags = _split_tags(cell)
            tags.extend(t for t in header.global_tags if t not in tags)
            tag_cells[cell] = tuple(tags)
        rows.append(_new_row(guid, model, notetype, deck, fields, tag_cells[cell], line))
    return rows
