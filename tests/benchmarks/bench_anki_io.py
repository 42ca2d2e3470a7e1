"""Anki text files: our import and export against Anki's own, on the same notes.

Every fact is a question-answer note (one Anki ``Basic`` note each), so both
programs handle exactly the same number of notes.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from studyapp.core.anki import ExportItem, export_anki_csv
from studyapp.core.model import ALL_CARD_TYPES, CardType, FactKind, NoteDraft
from studyapp.services.anki_export import export_deck
from studyapp.services.importing import import_file
from studyapp.services.opening import open_database
from tests.benchmarks.figures import Figure

NOW = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)


def write_notes_file(
    path: Path, count: int, *, cards: tuple[CardType, ...] = (CardType.QA,)
) -> None:
    """An Anki file of ``count`` notes in five sub-decks, in our export layout.

    With the default card type each note is one Basic row; with every card
    type (a generated deck) it is a question, a cloze and a choice row.
    """
    items = []
    for i in range(count):
        value = f"{i:,}".replace(",", ".")
        note = NoteDraft(
            guid=f"io{i:08d}",
            kind=FactKind.COUNT,
            question=f"Hội nghị lần thứ {i} có bao nhiêu đại biểu tham dự?",
            answer=value,
            cloze=f"Hội nghị có {{{{c1::{value}}}}} đại biểu.",
            choices=(value, "1", "2", "3"),
            source_sentence=f"Hội nghị lần thứ {i} có {value} đại biểu tham dự <tại Hà Nội> & …",
            paragraph_index=i % 30,
            tags=("count",),
            card_types=cards,
        )
        items.append(ExportItem(f"Bench::Part {i % 5}", f"bench-part-{i % 5}", note))
    path.write_text(export_anki_csv(items), encoding="utf-8", newline="")


def _anki_import(path: Path, collection: Path) -> float:
    from anki.collection import Collection, ImportCsvRequest

    col = Collection(str(collection))
    start = time.perf_counter()
    metadata = col.get_csv_metadata(str(path), None)
    log = col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata)).log
    elapsed = time.perf_counter() - start
    col.close()
    assert not log.conflicting and not log.missing_notetype, "Anki refused the file"
    return elapsed * 1000


def _anki_export(collection: Path, out: Path) -> float:
    from anki.collection import Collection

    col = Collection(str(collection))
    start = time.perf_counter()
    col.export_note_csv(
        out_path=str(out),
        limit=None,
        with_html=True,
        with_tags=True,
        with_deck=True,
        with_notetype=True,
        with_guid=True,
    )
    elapsed = time.perf_counter() - start
    col.close()
    return elapsed * 1000


def _our_import(path: Path, database_path: Path) -> float:
    database, _, _ = open_database(str(database_path), now=NOW, seed=False)
    start = time.perf_counter()
    import_file(database, path, deck_name=None, now=NOW)
    elapsed = time.perf_counter() - start
    database.close()
    return elapsed * 1000


def _our_export(database_path: Path, out: Path) -> float:
    database, _, _ = open_database(str(database_path), now=NOW, seed=False)
    start = time.perf_counter()
    export_deck(database, "Bench", out, learner_id=1)
    elapsed = time.perf_counter() - start
    database.close()
    return elapsed * 1000


def run(folder: Path, *, import_notes: int, export_notes: int) -> list[Figure]:
    """Import ``import_notes`` and export ``export_notes`` notes, ours and Anki's."""
    small, big = folder / "import.txt", folder / "export-source.txt"
    generated = folder / "import-all-cards.txt"
    write_notes_file(small, import_notes)
    write_notes_file(big, export_notes)
    write_notes_file(generated, import_notes, cards=ALL_CARD_TYPES)
    our_import = _our_import(small, folder / "import.db")
    anki_import = _anki_import(small, folder / "import.anki2")
    our_generated = _our_import(generated, folder / "import-all.db")
    anki_generated = _anki_import(generated, folder / "import-all.anki2")
    # Both sides first hold the same big set of notes (timed too), then export it.
    our_big = _our_import(big, folder / "export.db")
    anki_big = _anki_import(big, folder / "export.anki2")
    our_export = _our_export(folder / "export.db", folder / "ours.txt")
    anki_export = _anki_export(folder / "export.anki2", folder / "anki.txt")
    return [
        Figure(
            "import_10k_ratio_vs_anki",
            f"import {import_notes:,} notes",
            our_import,
            "ms",
            anki_import,
            "anki",
            "<= 1x",
        ),
        Figure(
            "import_10k_all_cards_ratio_vs_anki",
            f"import {import_notes:,} notes x 3 rows (every card type)",
            our_generated,
            "ms",
            anki_generated,
            "anki",
            "<= 1x",
        ),
        Figure(
            "import_100k_ratio_vs_anki",
            f"import {export_notes:,} notes",
            our_big,
            "ms",
            anki_big,
            "anki",
            "<= 1x",
        ),
        Figure(
            "export_100k_ratio_vs_anki",
            f"export {export_notes:,} notes",
            our_export,
            "ms",
            anki_export,
            "anki",
            "<= 1x",
        ),
    ]
