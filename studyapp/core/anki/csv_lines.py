"""The rows of a "Notes in Plain Text" file as CSV records, each with its line.

Part of :mod:`.csv_read`: between rows a line starting with ``#`` is a
comment and a blank line is skipped (the csv module knows neither), a value
may span lines, and every problem is an :class:`InputError` naming the line.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Iterator

from studyapp.core.errors import InputError

# A whole news article is ~20,000 characters; anything far beyond that in one
# field is a broken file (an unclosed quote swallowing the rest), not a note.
MAX_FIELD_CHARS = 100_000

_CHUNK_BYTES = 1024 * 1024  # decoded at a time by _text_lines
# A line that _Lines skips between rows (a comment or blank), after the first.
_SKIPPED_LINE_RE = re.compile(rb"\n(?:[#\n]|\r\n)")


def _fail(message: str, file: str, line: int | None) -> InputError:
    return InputError(message, file=file, line=line)


def decode_line(raw: bytes, number: int, file: str) -> str:
    """One line of the file as text; line by line, a \\n byte is never inside a character."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        bad = raw[err.start : err.start + 1].hex()
        raise _fail(f"not UTF-8 text (byte 0x{bad})", file, number) from None


def _lines_of(data: bytes, start: int) -> Iterator[bytes]:
    """The lines of ``data[start:]`` with their endings, one at a time.

    Decoding the whole file at once would hold it twice more (as text, and
    again in ``io.StringIO``): over 1 GB for a 100,000-note file. A file with
    bare ``\\r`` line ends (old Mac) is rare and split the slow way.
    """
    if data.count(b"\r", start) != data.count(b"\r\n", start):
        yield from data[start:].splitlines(keepends=True)  # \n, \r\n and \r
        return
    find = data.find
    end_of_data = len(data)
    while start < end_of_data:
        end = find(b"\n", start) + 1 or end_of_data
        yield data[start:end]
        start = end


class _Lines(Iterator[str]):
    """Feeds lines to ``csv.reader``, skipping comments and blank lines between rows.

    The csv module knows nothing of comments; this knows nothing of quotes.
    Together: the owner sets ``at_start`` before asking for a row, so a line
    starting with ``#`` inside a quoted value is kept, and a request for more
    input after the last line while a row is open means an unclosed quote.
    """

    def __init__(self, data: bytes, start: int, first_line: int, file: str) -> None:
        self._source = _lines_of(data, start)
        self._file = file
        self.number = first_line - 1
        self.at_start = True
        self.row_line = first_line
        self.ended_in_row = False

    def __next__(self) -> str:
        for raw in self._source:
            self.number += 1
            line = decode_line(raw, self.number, self._file)
            if self.at_start:
                if line.startswith("#") or not line.strip("\r\n"):
                    continue
                self.at_start = False
                self.row_line = self.number
            return line
        if not self.at_start:
            self.ended_in_row = True
        raise StopIteration


def read_records(
    data: bytes, start: int, first_line: int, delimiter: str, file: str
) -> list[tuple[int, list[str]]]:
    """Every row of ``data[start:]`` (line ``first_line`` onwards) with the line it starts on.

    Raises InputError for bytes that are not UTF-8, an unterminated quote,
    a malformed row, or a value longer than :data:`MAX_FIELD_CHARS`.
    """
    if _plain_body(data, start):
        try:
            return _plain_records(data, start, first_line, delimiter, file)
        except UnicodeDecodeError:
            pass  # read line by line below, which names the line
    lines = _Lines(data, start, first_line, file)
    reader = csv.reader(lines, delimiter=delimiter, quotechar='"', doublequote=True, strict=False)
    records: list[tuple[int, list[str]]] = []
    while True:
        lines.at_start = True
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            raise _csv_error(err, file, lines.row_line) from None
        if lines.ended_in_row:
            raise _fail("unterminated quoted value (a '\"' is never closed)", file, lines.row_line)
        records.append((lines.row_line, record))
    return records


def _plain_records(
    data: bytes, start: int, first_line: int, delimiter: str, file: str
) -> list[tuple[int, list[str]]]:
    """:func:`_records` for a :func:`_plain_body`: the same records and errors, faster.

    Every line is part of a row, so csv.reader reads the decoded lines
    directly, without :class:`_Lines`' Python call per line (a third of
    the reading time): a row starts on the line after those read so far.
    """
    ended: list[bool] = []
    source = itertools.chain(_text_lines(data, start), _end_mark(ended))
    reader = csv.reader(source, delimiter=delimiter, quotechar='"', doublequote=True, strict=False)
    records: list[tuple[int, list[str]]] = []
    while True:
        line = first_line + reader.line_num
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            raise _csv_error(err, file, line) from None
        if ended:  # the reader wanted more lines in the middle of this row
            raise _fail("unterminated quoted value (a '\"' is never closed)", file, line)
        records.append((line, record))
    return records


def _csv_error(err: csv.Error, file: str, line: int) -> InputError:
    if "field limit" in str(err):
        return _fail(f"a value is longer than {MAX_FIELD_CHARS} characters", file, line)
    return _fail(f"not a valid CSV row ({err})", file, line)


def _plain_body(data: bytes, start: int) -> bool:
    """Whether no line of ``data[start:]`` is blank or a comment, and none ends in a bare \\r.

    Then :func:`_plain_records` can read it. A quoted value holding such a
    line only sends its file the slower way.
    """
    if data[start : start + 1] in (b"#", b"\n") or data.startswith(b"\r\n", start):
        return False
    if _SKIPPED_LINE_RE.search(data, start):
        return False
    # Most files have no \r at all (a quick search); else each must start a \r\n.
    return data.find(b"\r", start) < 0 or data.count(b"\r", start) == data.count(b"\r\n", start)


def _text_lines(data: bytes, start: int) -> Iterator[str]:
    """The lines of ``data[start:]`` with their endings, decoded a chunk at a time.

    Raises UnicodeDecodeError for bytes that are not UTF-8. A chunk ends
    after a \\n, which is never part of a longer character.
    """
    while start < len(data):
        end = data.find(b"\n", start + _CHUNK_BYTES) + 1 or len(data)
        lines = data[start:end].decode("utf-8").split("\n")
        last = lines.pop()  # after the chunk's last \n: empty, or the file's unended last line
        yield from [line + "\n" for line in lines]
        if last:
            yield last
        start = end


def _end_mark(ended: list[bool]) -> Iterator[str]:
    """No lines; records in ``ended`` that the reader asked for more than there is."""
    ended.append(True)
    yield from ()
