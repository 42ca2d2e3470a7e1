"""Turning a deck's raw counts into the deck list's figures (no SQLAlchemy here).

Both readers of the deck list, :func:`studyapp.db.deck_queries.deck_counts`
(SQLAlchemy) and :func:`studyapp.db.home_read.deck_counts` (sqlite3, for the
first frame), count the same ranges and finish with this arithmetic.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import NamedTuple

# (new, learning due, review due) of buried cards that are not suspended.
NO_BURIED = (0, 0, 0)
# (cards, not new, learning due, review due, suspended) of retired notes' cards.
NO_RETIRED = (0, 0, 0, 0, 0)


# A named tuple, not a dataclass: the first frame imports this module, and a
# named tuple class costs a tenth of a frozen dataclass to create.
class DeckCounts(NamedTuple):
    """Raw counts for one deck and learner, before daily limits."""

    deck_id: int
    name: str
    slug: str
    total: int
    new: int
    learning: int
    review_due: int
    suspended: int


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


def deck_rows(
    decks: Iterable[tuple[int, str, str]],
    *,
    cards: Mapping[int, int],
    states: Mapping[int, int],
    ranges: Callable[[int], Sequence[int]],
    buried: Mapping[int, Sequence[int]],
    retired: Mapping[int, Sequence[int]],
) -> list[DeckCounts]:
    """One :class:`DeckCounts` per (id, name, slug) of ``decks``, in their order.

    The mappings are per deck id (a deck missing from one has none of that);
    ``ranges`` reads a deck's four range counts (see :func:`deck_figures`).
    """
    return [
        DeckCounts(
            deck_id,
            name,
            slug,
            *deck_figures(
                cards=cards.get(deck_id, 0),
                states=states.get(deck_id, 0),
                ranges=ranges(deck_id),
                buried=buried.get(deck_id, NO_BURIED),
                retired=retired.get(deck_id, NO_RETIRED),
            ),
        )
        for deck_id, name, slug in decks
    ]
