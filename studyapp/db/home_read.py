"""The home screen's figures read with the standard library's ``sqlite3`` alone.

Starting the TUI on an up-to-date SQLite file reads the deck list through
this module, so that the first screen is painted before SQLAlchemy (about a
quarter of a second to import) is loaded; the full runtime is opened after.
Each query gives the same numbers as its SQLAlchemy counterpart, which
``tests/services/test_home_preview.py`` checks on the same databases:

* :func:`deck_counts` - :func:`studyapp.db.deck_queries.deck_counts`
* :func:`review_state_counts` - :func:`studyapp.db.overview_queries.review_state_counts`
* :func:`activity_between`, :func:`active_slots` - the ``review_activity`` sums
  that :func:`studyapp.db.stats_activity.activity_by_day` groups by study day
* :func:`due_today_counts` - :func:`studyapp.db.stats_queries.due_today_counts`

Instants are stored as UTC microseconds since the epoch (``UTCDateTime``).
Never writes: the connection is opened read-only.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any, NamedTuple

from studyapp.db.deck_tally import DeckCounts, deck_rows

SLOT_US = 900_000_000  # review_activity's slot: 15 minutes


# Named tuples, not dataclasses: these rows stay inside the services, and a
# named tuple class costs a tenth of a frozen dataclass to create at import.
class ActivitySums(NamedTuple):
    """What ``review_activity`` holds for a learner over a range of slots."""

    reviews: int
    new_reviews: int
    review_reviews: int
    duration_ms: int


@contextmanager
def read_only(path: Path, *, timeout_ms: int) -> Iterator[sqlite3.Connection]:
    """One read transaction on ``path``, opened read-only (a missing file is an error).

    The busy timeout is the engine's, so a writer holding the file makes this
    wait exactly as long as the usual path would.
    """
    uri = path.as_uri() + "?mode=ro"
    # isolation_level=None: we say BEGIN ourselves, so every query below sees
    # one snapshot of the file.
    with closing(
        sqlite3.connect(uri, uri=True, timeout=timeout_ms / 1000, isolation_level=None)
    ) as connection:
        connection.execute("BEGIN")
        try:
            yield connection
        finally:
            connection.execute("ROLLBACK")


def schema_revision(connection: sqlite3.Connection) -> str | None:
    """The Alembic revision stamped in the file, ``None`` if there is none."""
    exists = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if exists is None:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def find_learner(connection: sqlite3.Connection, name: str) -> tuple[int, dict[str, Any]] | None:
    """The id and stored settings of the learner called ``name``, if any."""
    row = connection.execute("SELECT id, settings FROM learners WHERE name = ?", (name,)).fetchone()
    if row is None:
        return None
    settings = json.loads(row[1]) if row[1] is not None else {}
    return int(row[0]), dict(settings) if isinstance(settings, dict) else {}


# The deck list, as deck_queries.deck_counts reads it: only index range counts.
_DECKS = "SELECT id, name, slug FROM decks ORDER BY name"
_CARDS = "SELECT deck_id, count(*) FROM cards GROUP BY deck_id"
_STATES = "SELECT deck_id, count(*) FROM card_states WHERE learner_id = ? GROUP BY deck_id"
_RANGE = "(SELECT count(*) FROM card_states WHERE learner_id = :learner AND deck_id = :deck AND "
# New and not suspended, learning due, review due, suspended: four index ranges.
_RANGE_COUNTS = (
    f"SELECT {_RANGE}state = 0 AND suspended IS 0), "
    f"{_RANGE}state IN (1, 3) AND suspended IS 0 AND due < :day_end), "
    f"{_RANGE}state = 2 AND suspended IS 0 AND due < :day_end), "
    f"{_RANGE}state IN (0, 1, 2, 3) AND suspended IS 1)"
)
# Buried cards that are not suspended: counted as not new, and not as due.
_BURIED = """
SELECT deck_id,
       coalesce(sum(CASE WHEN state = 0 THEN 1 ELSE 0 END), 0),
       coalesce(sum(CASE WHEN state IN (1, 3) AND due < :day_end THEN 1 ELSE 0 END), 0),
       coalesce(sum(CASE WHEN state = 2 AND due < :day_end THEN 1 ELSE 0 END), 0)
FROM card_states
WHERE learner_id = :learner AND buried_until > :now AND suspended IS 0
GROUP BY deck_id
"""
_HIDDEN = "buried_until IS NOT NULL AND buried_until > :now"
_DUE_TODAY = f"due < :day_end AND suspended IS 0 AND NOT ({_HIDDEN})"
# What the counts above included from retired notes' cards.
_RETIRED = f"""
SELECT notes.deck_id,
       count(cards.id),
       coalesce(sum(CASE WHEN state != 0 OR suspended IS 1 OR {_HIDDEN} THEN 1 ELSE 0 END), 0),
       coalesce(sum(CASE WHEN state IN (1, 3) AND {_DUE_TODAY} THEN 1 ELSE 0 END), 0),
       coalesce(sum(CASE WHEN state = 2 AND {_DUE_TODAY} THEN 1 ELSE 0 END), 0),
       coalesce(sum(CASE WHEN suspended IS 1 THEN 1 ELSE 0 END), 0)
FROM notes
JOIN cards ON cards.note_id = notes.id
LEFT OUTER JOIN card_states
  ON card_states.card_id = cards.id AND card_states.learner_id = :learner
WHERE notes.retired_at IS NOT NULL
GROUP BY notes.deck_id
"""


def _grouped(connection: sqlite3.Connection, sql: str, *args: Any) -> dict[int, int]:
    return {int(key): int(count) for key, count in connection.execute(sql, args)}


def deck_counts(
    connection: sqlite3.Connection, learner_id: int, *, now_us: int, day_end_us: int
) -> list[DeckCounts]:
    """Per deck: active cards, and how many are new, learning and due before ``day_end_us``."""
    binds = {"learner": learner_id, "now": now_us, "day_end": day_end_us}
    cards = _grouped(connection, _CARDS)
    states = _grouped(connection, _STATES, learner_id)
    buried = {
        int(deck_id): (int(new), int(learning), int(review))
        for deck_id, new, learning, review in connection.execute(_BURIED, binds)
    }
    retired = {
        int(deck_id): [int(value) for value in counts]
        for deck_id, *counts in connection.execute(_RETIRED, binds)
    }
    return deck_rows(
        connection.execute(_DECKS).fetchall(),
        cards=cards,
        states=states,
        ranges=lambda deck_id: connection.execute(
            _RANGE_COUNTS, {**binds, "deck": deck_id}
        ).fetchone(),
        buried=buried,
        retired=retired,
    )


def review_state_counts(connection: sqlite3.Connection, learner_id: int) -> dict[int, int]:
    """Per deck id: active cards this learner has in the review state."""
    return _grouped(
        connection,
        "SELECT cards.deck_id, count(*) FROM cards "
        "JOIN notes ON notes.id = cards.note_id "
        "JOIN card_states ON card_states.card_id = cards.id AND card_states.learner_id = ? "
        "WHERE notes.retired_at IS NULL AND card_states.state = 2 GROUP BY cards.deck_id",
        learner_id,
    )


def activity_between(
    connection: sqlite3.Connection, learner_id: int, first_slot: int, end_slot: int
) -> ActivitySums:
    """The learner's answers in the 15-minute slots ``first_slot <= slot < end_slot``."""
    row = connection.execute(
        "SELECT coalesce(sum(reviews), 0), coalesce(sum(new_reviews), 0), "
        "coalesce(sum(review_reviews), 0), coalesce(sum(duration_ms), 0) "
        "FROM review_activity WHERE learner_id = ? AND slot >= ? AND slot < ?",
        (learner_id, first_slot, end_slot),
    ).fetchone()
    return ActivitySums(*(int(value) for value in row))


def active_slots(connection: sqlite3.Connection, learner_id: int) -> Iterator[int]:
    """The slots in which the learner answered something, newest first, read lazily.

    Lazily, so that a caller walking back through a streak stops reading at
    its first gap instead of loading the whole history.
    """
    cursor = connection.execute(
        "SELECT slot FROM review_activity WHERE learner_id = ? AND reviews > 0 ORDER BY slot DESC",
        (learner_id,),
    )
    for (slot,) in cursor:
        yield int(slot)


def due_today_counts(
    connection: sqlite3.Connection, learner_id: int, *, now_us: int, today_end_us: int
) -> tuple[int, int]:
    """(learning, review) active cards that can be studied before today ends, before limits."""
    learning, review = connection.execute(
        """
        SELECT coalesce(sum(CASE WHEN state IN (1, 3) THEN 1 ELSE 0 END), 0),
               coalesce(sum(CASE WHEN state = 2 THEN 1 ELSE 0 END), 0)
        FROM card_states
        WHERE learner_id = :learner AND state > 0 AND suspended IS 0
          AND due < :today_end AND coalesce(buried_until, 0) <= :now
          AND card_id NOT IN (
              SELECT cards.id FROM cards JOIN notes ON notes.id = cards.note_id
              WHERE notes.retired_at IS NOT NULL)
        """,
        {"learner": learner_id, "now": now_us, "today_end": today_end_us},
    ).fetchone()
    return int(learning), int(review)
