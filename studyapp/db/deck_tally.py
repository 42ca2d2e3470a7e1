"""Turning a deck's raw counts into the deck list's figures (no SQLAlchemy here).

Both readers of the deck list, :func:`studyapp.db.deck_queries.deck_counts`
(SQLAlchemy) and :func:`studyapp.db.home_read.deck_counts` (sqlite3, for the
first frame), count the same ranges and finish with this arithmetic.
"""

from __future__ import annotations

from collections.abc import Sequence

# (new, learning due, review due) of buried cards that are not suspended.
NO_BURIED = (0, 0, 0)
# (cards, not new, learning due, review due, suspended) of retired notes' cards.
NO_RETIRED = (0, 0, 0, 0, 0)


def deck_figures(
    *,
    cards: int,
    states: int,
    ranges: Sequence[int],
    buried: Sequence[int] = NO_BURIED,
    retired: Sequence[int] = NO_RETIRED,
) -> tuple[int, int, int, int, int]:
    """(total, new, learning, review due, suspended) of one deck.

    ``cards``: the deck's cards; ``states``: the learner's card states in it;
    ``ranges``: (new and not suspended, learning due, review due, suspended)
    states. Buried cards count as not new and not due; retired notes' cards
    do not count at all.
    """
    new_free, learning, review, suspended = ranges
    not_new = states - (new_free - buried[0])
    shown = (not_new, learning - buried[1], review - buried[2], suspended)
    not_new, learning, review, suspended = (
        count - gone for count, gone in zip(shown, retired[1:], strict=True)
    )
    total = cards - retired[0]
    return total, total - not_new, learning, review, suspended
