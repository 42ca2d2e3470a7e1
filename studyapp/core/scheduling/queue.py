"""Which card comes next: the queue rules, as a pure reference implementation.

The DB layer builds the queue in SQL for speed; :func:`order_queue` states the
same rules in plain Python so the SQL can be tested against it.

Rules (Anki's defaults, as the issue asks):

1. Suspended cards and cards buried by hand (``buried_until`` after ``now``)
   are never shown.
2. Learning and relearning cards due by ``now`` come first, earliest due first.
   They are not limited and never buried: they are in the middle of their steps.
3. Then review cards due before the next day boundary (a review is due for the
   whole study day), earliest due first, up to the remaining review limit.
4. Then new cards in article order (``position``), up to the remaining new limit.
5. Sibling burial: a new or review card is held back until tomorrow when
   another card of its note was answered today, and at most one new-or-review
   card per note is taken into today's queue.
6. Optionally, learning cards due within ``learn_ahead`` come last, so a session
   need not stop while a card waits for its 10-minute step.

Daily limits count answers given today by the state the card was in before the
answer: NEW answers use the new limit, REVIEW answers the review limit;
learning and relearning answers use neither.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Set
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from studyapp.core.scheduling.days import next_day_start
from studyapp.core.scheduling.limits import RemainingLimits as RemainingLimits
from studyapp.core.scheduling.limits import remaining_limits as remaining_limits
from studyapp.core.scheduling.memory import CardState, as_utc
from studyapp.core.scheduling.settings import SchedulerSettings


class QueueKind(StrEnum):
    """The three queues, also the daily-limit bucket of an answer."""

    LEARNING = "learning"
    REVIEW = "review"
    NEW = "new"


def limit_bucket(state_before: CardState) -> QueueKind:
    """Which daily count an answer adds to, from the card's state before it."""
    if state_before is CardState.NEW:
        return QueueKind.NEW
    if state_before is CardState.REVIEW:
        return QueueKind.REVIEW
    return QueueKind.LEARNING


def deck_matches(deck_name: str, selected: str) -> bool:
    """Whether ``deck_name`` is the deck ``selected`` or one of its sub-decks (``A::B``)."""
    return deck_name == selected or deck_name.startswith(selected + "::")


@dataclass(frozen=True, slots=True)
class QueueCandidate:
    """A card as the queue sees it.

    ``position`` is the card's place in its article (note order, then card
    type); ``buried_until`` is set by a manual "bury until tomorrow".
    """

    card_id: int
    note_id: int
    state: CardState
    due: datetime | None = None
    position: int = 0
    suspended: bool = False
    buried_until: datetime | None = None


def is_sibling_buried(candidate: QueueCandidate, answered_today: Mapping[int, Set[int]]) -> bool:
    """Whether another card of the candidate's note was answered today.

    ``answered_today`` maps note id to the ids of its cards answered today.
    Only new and review cards are buried this way.
    """
    if candidate.state not in (CardState.NEW, CardState.REVIEW):
        return False
    answered = answered_today.get(candidate.note_id, frozenset())
    return any(card_id != candidate.card_id for card_id in answered)


@dataclass(frozen=True, slots=True)
class OrderedQueue:
    """Today's queue, split by kind; :attr:`cards` is the order to show them in."""

    learning: tuple[QueueCandidate, ...]
    reviews: tuple[QueueCandidate, ...]
    new: tuple[QueueCandidate, ...]
    ahead: tuple[QueueCandidate, ...] = ()

    @property
    def cards(self) -> tuple[QueueCandidate, ...]:
        """All cards in the order a session shows them."""
        return self.learning + self.reviews + self.new + self.ahead

    def next_card(self) -> QueueCandidate | None:
        """The card to show now, or None when the session is over."""
        cards = self.cards
        return cards[0] if cards else None


def order_queue(
    candidates: Iterable[QueueCandidate],
    now: datetime,
    settings: SchedulerSettings,
    *,
    new_today: int = 0,
    reviews_today: int = 0,
    answered_today: Mapping[int, Set[int]] | None = None,
    learn_ahead: timedelta = timedelta(0),
) -> OrderedQueue:
    """Order the candidate cards of a deck into today's queue (see the module rules)."""
    now = as_utc(now)
    tomorrow = next_day_start(now, settings)
    answered = answered_today or {}
    limits = remaining_limits(settings, new_today=new_today, reviews_today=reviews_today)

    learning: list[QueueCandidate] = []
    ahead: list[QueueCandidate] = []
    reviews: list[QueueCandidate] = []
    new: list[QueueCandidate] = []
    for card in candidates:
        if card.suspended or (card.buried_until is not None and card.buried_until > now):
            continue
        if card.state in (CardState.LEARNING, CardState.RELEARNING):
            if card.due is None or card.due <= now:
                learning.append(card)
            elif card.due <= now + learn_ahead:
                ahead.append(card)
        elif is_sibling_buried(card, answered):
            continue
        elif card.state is CardState.REVIEW:
            if card.due is None or card.due < tomorrow:
                reviews.append(card)
        else:
            new.append(card)

    def due_key(card: QueueCandidate) -> tuple[datetime, int, int]:
        # A due time is always set outside NEW; a missing one counts as "due now".
        return (card.due if card.due is not None else now), card.position, card.card_id

    taken_notes: set[int] = set()
    chosen_reviews = _take(sorted(reviews, key=due_key), limits.reviews, taken_notes)
    chosen_new = _take(
        sorted(new, key=lambda card: (card.position, card.card_id)), limits.new, taken_notes
    )
    return OrderedQueue(
        learning=tuple(sorted(learning, key=due_key)),
        reviews=chosen_reviews,
        new=chosen_new,
        ahead=tuple(sorted(ahead, key=due_key)),
    )


def _take(
    ordered: list[QueueCandidate], limit: int, taken_notes: set[int]
) -> tuple[QueueCandidate, ...]:
    """Take up to ``limit`` cards in order, at most one per note (updates ``taken_notes``)."""
    chosen: list[QueueCandidate] = []
    for card in ordered:
        if len(chosen) >= limit:
            break
        if card.note_id in taken_notes:
            continue
        taken_notes.add(card.note_id)
        chosen.append(card)
    return tuple(chosen)
