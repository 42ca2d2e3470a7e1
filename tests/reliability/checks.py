"""Invariants a database must keep whatever happens to the process writing it."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path


def integrity(path: Path) -> str:
    """``PRAGMA integrity_check`` of the file."""
    with sqlite3.connect(path) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def logged_answers(path: Path) -> Counter[tuple[int, int]]:
    """(card, rating) pairs in the review log, counted."""
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT card_id, rating FROM review_logs").fetchall()
    return Counter((card, rating) for card, rating in rows)


def states_disagreeing_with_log(path: Path) -> list[int]:
    """Cards whose stored state does not match their review log.

    For every card state: ``reps`` equals the number of logged answers and
    ``last_review`` is the time of the last one written (no card is reset in
    these tests). "Last written", not "latest": two processes may read the
    clock in one order and get the write lock in the other.
    """
    query = """
        SELECT s.card_id
        FROM card_states AS s
        LEFT JOIN (
            SELECT card_id, learner_id, count(*) AS n, max(id) AS last_id
            FROM review_logs GROUP BY card_id, learner_id
        ) AS r ON r.card_id = s.card_id AND r.learner_id = s.learner_id
        LEFT JOIN review_logs AS last ON last.id = r.last_id
        WHERE s.reps != coalesce(r.n, 0) OR s.last_review IS NOT last.reviewed_at
    """
    with sqlite3.connect(path) as connection:
        return [card for (card,) in connection.execute(query)]
