"""Write Anki "Notes in Plain Text" files, in the layout of Anki's own export.

The header says everything Anki's importer would otherwise guess::

    #separator:tab
    #html:true
    #if matches:update current
    #guid column:1
    #notetype column:2
    #deck column:3
    #tags column:6

then one tab-separated row per Anki note: guid, note type, deck, the two
fields, tags. Every value is quoted: Anki skips any line that starts with
``#`` as a comment, so an unquoted value starting with ``#`` would silently
drop its row. Rows end in ``\\n``; open the file with ``newline=""`` and UTF-8.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TextIO

from studyapp.core.anki.rows import AnkiRow

# guid, note type, deck, then the fields: both stock note types have two.
FIELD_COLUMNS = 2
GUID_COLUMN = 1
NOTETYPE_COLUMN = 2
DECK_COLUMN = 3
TAGS_COLUMN = DECK_COLUMN + FIELD_COLUMNS + 1

HEADER = (
    "#separator:tab\n"
    "#html:true\n"
    "#if matches:update current\n"
    f"#guid column:{GUID_COLUMN}\n"
    f"#notetype column:{NOTETYPE_COLUMN}\n"
    f"#deck column:{DECK_COLUMN}\n"
    f"#tags column:{TAGS_COLUMN}\n"
)


def write_anki_csv(rows: Iterable[AnkiRow], out: TextIO) -> int:
    """Write the header and ``rows`` to ``out``; return the number of rows.

    Fields must already be HTML (see :func:`studyapp.core.anki.html.text_to_html`);
    deck names and tags are written as they are.
    """
    out.write(HEADER)
    writer = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_ALL, lineterminator="\n")
    count = 0
    for row in rows:
        writer.writerow((row.guid, row.notetype, row.deck, *row.fields, " ".join(row.tags)))
        count += 1
    return count


def anki_csv_text(rows: Iterable[AnkiRow]) -> str:
    """The whole file for ``rows`` as one string."""
    buffer = io.StringIO(newline="")
    write_anki_csv(rows, buffer)
    return buffer.getvalue()


@dataclass(frozen=True, slots=True)
class ProgressRow:
    """A learner's progress on one card, for ``export --with-progress``.

    ``guid`` is the guid of the Anki note the card is on (see
    :func:`studyapp.core.anki.mapping.anki_guid`), ``card`` which of our card
    types it is; ``due`` and ``stability`` are ``None`` for a card never studied.
    """

    guid: str
    card: str
    due: dt.date | None
    stability: float | None
    reviews: int


PROGRESS_COLUMNS = ("guid", "card", "due", "stability", "reviews")


def write_progress_csv(rows: Iterable[ProgressRow], out: TextIO) -> int:
    """Write a plain comma-separated progress file with a header row; return the row count.

    This is a separate file beside the Anki one (Anki cannot import
    scheduling from text), meant for spreadsheets: ISO dates, stability in
    days with two decimals, empty cells for cards never studied.
    """
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(PROGRESS_COLUMNS)
    count = 0
    for row in rows:
        writer.writerow(
            (
                row.guid,
                row.card,
                row.due.isoformat() if row.due is not None else "",
                f"{row.stability:.2f}" if row.stability is not None else "",
                row.reviews,
            )
        )
        count += 1
    return count
