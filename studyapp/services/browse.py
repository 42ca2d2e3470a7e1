"""The card browser: search cards, see one card's details and history, act on it.

A search is one line, Anki style: free words plus ``deck:NAME``, ``tag:TAG``
and ``is:STATE`` (new, learning, review, suspended, leech, due). Words match
without regard to case or diacritics ("ha noi" finds "Hà Nội").
"""

from __future__ import annotations

import datetime as dt
import shlex
from dataclasses import dataclass

from studyapp.core.errors import InputError
from studyapp.core.scheduling.days import next_day_start
from studyapp.core.vietnamese import fold
from studyapp.db import browse_queries as bq
from studyapp.db.session import Database
from studyapp.db.study_queries import deck_ids_for
from studyapp.services.learner_settings import settings_for

STATE_NAMES = {0: "new", 1: "learning", 2: "review", 3: "relearning"}
RATING_NAMES = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}
STATE_WORDS = bq.STATE_FILTERS
DEFAULT_LIMIT = 500


@dataclass(frozen=True, slots=True)
class BrowseQuery:
    """A parsed search: words to find, and the deck, tag and state filters."""

    words: tuple[str, ...] = ()
    deck: str | None = None
    tag: str | None = None
    states: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class BrowseRow:
    """One card in the browser table."""

    card_id: int
    note_id: int
    deck_name: str
    card_type: str
    question: str
    answer: str
    state: str
    suspended: bool
    leech: bool
    buried: bool
    due: dt.datetime | None
    stability: float | None
    difficulty: float | None
    reps: int
    lapses: int


@dataclass(frozen=True, slots=True)
class BrowseResult:
    """Rows of a search (at most ``limit``) and how many cards matched in all."""

    rows: tuple[BrowseRow, ...]
    matched: int
    notice: str | None = None

    @property
    def truncated(self) -> bool:
        """True when more cards matched than are listed."""
        return self.matched > len(self.rows)


@dataclass(frozen=True, slots=True)
class ReviewEntry:
    """One past answer to a card."""

    reviewed_at: dt.datetime
    rating: int
    rating_name: str
    duration_ms: int
    answer_given: str | None
    state_before: str


@dataclass(frozen=True, slots=True)
class CardDetails:
    """Everything about one card: its note, its state and its review history."""

    row: BrowseRow
    cloze: str
    choices: tuple[str, ...]
    source_sentence: str
    tags: tuple[str, ...]
    history: tuple[ReviewEntry, ...]
    timezone: str


def parse_query(text: str) -> BrowseQuery:
    """Split a search line into words and ``deck:`` / ``tag:`` / ``is:`` filters.

    Quotes group words (``deck:"Bình Lục"``); ``state:`` is a synonym of ``is:``.
    An unknown state is kept, so it matches nothing rather than everything.
    """
    try:
        tokens = shlex.split(text)
    except ValueError:
        # An unbalanced quote while the learner is still typing: split on spaces.
        tokens = text.replace('"', " ").split()
    words: list[str] = []
    deck: str | None = None
    tag: str | None = None
    states: list[str] = []
    for token in tokens:
        key, sep, value = token.partition(":")
        key = key.casefold()
        if sep and value and key == "deck":
            deck = value
        elif sep and value and key == "tag":
            tag = value
        elif sep and value and key in ("is", "state"):
            states.append(value.casefold())
        else:
            words.append(token)
    return BrowseQuery(tuple(words), deck, tag, tuple(states))


def _state_label(state: int | None) -> str:
    return STATE_NAMES.get(state if state is not None else 0, "new")


def _to_row(data: bq.CardRowData, now: dt.datetime) -> BrowseRow:
    fields = data.fields
    return BrowseRow(
        card_id=data.card_id,
        note_id=data.note_id,
        deck_name=data.deck_name,
        card_type=data.card_type,
        question=str(fields.get("question", "")),
        answer=str(fields.get("answer", "")),
        state=_state_label(data.state),
        suspended=data.suspended,
        leech=data.leech,
        buried=data.buried_until is not None and data.buried_until > now,
        due=data.due,
        stability=data.stability,
        difficulty=data.difficulty,
        reps=data.reps,
        lapses=data.lapses,
    )


def _deck_ids(database: Database, deck: str) -> list[int] | None:
    """Ids of the deck (and sub-decks) named ``deck``, matched loosely; ``None`` if unknown."""
    with database.read() as session:
        exact = deck_ids_for(session, deck)
        if exact:
            return [deck_id for deck_id, _ in exact]
        wanted = fold(deck)
        loose = [
            deck_id
            for deck_id, name in deck_ids_for(session, None)
            if fold(name) == wanted or fold(name).startswith(wanted + "::")
        ]
    return loose or None


def search_cards(
    database: Database,
    learner_id: int,
    query: BrowseQuery,
    *,
    now: dt.datetime,
    limit: int = DEFAULT_LIMIT,
) -> BrowseResult:
    """Cards matching ``query``, in deck and article order, at most ``limit`` of them."""
    deck_ids: list[int] | None = None
    if query.deck is not None:
        deck_ids = _deck_ids(database, query.deck)
        if deck_ids is None:
            return BrowseResult((), 0, f"no deck called {query.deck!r}")
    unknown = [s for s in query.states if s not in STATE_WORDS]
    if unknown:
        return BrowseResult((), 0, f"unknown state {unknown[0]!r}: use {', '.join(STATE_WORDS)}")
    with database.read() as session:
        settings = settings_for(session, learner_id)
        found, matched = bq.card_rows(
            session,
            learner_id,
            deck_ids=deck_ids,
            tag=query.tag,
            states=query.states,
            words=[fold(word) for word in query.words],
            now=now,
            day_end=next_day_start(now, settings),
            limit=limit,
        )
    return BrowseResult(tuple(_to_row(data, now) for data in found), matched)


def card_details(
    database: Database, learner_id: int, card_id: int, *, now: dt.datetime
) -> CardDetails:
    """One card with its note's fields and the learner's review history."""
    with database.read() as session:
        data = bq.one_card_row(session, learner_id, card_id)
        if data is None:
            raise InputError(f"no card with id {card_id}")
        history = bq.review_history(session, learner_id, card_id)
        timezone = settings_for(session, learner_id).timezone
    fields = data.fields
    return CardDetails(
        row=_to_row(data, now),
        cloze=str(fields.get("cloze", "")),
        choices=tuple(str(c) for c in fields.get("choices", []) or []),
        source_sentence=data.source_sentence,
        tags=tuple(data.tags.split()),
        history=tuple(
            ReviewEntry(
                reviewed_at=entry.reviewed_at,
                rating=entry.rating,
                rating_name=RATING_NAMES.get(entry.rating, str(entry.rating)),
                duration_ms=entry.duration_ms,
                answer_given=entry.answer_given,
                state_before=_state_label(entry.state_before),
            )
            for entry in history
        ),
        timezone=timezone,
    )


def set_suspended(database: Database, learner_id: int, card_id: int, *, suspended: bool) -> None:
    """Suspend or unsuspend a card (one transaction)."""
    from studyapp.services.study import StudySession

    session = StudySession(database, learner_id)
    if suspended:
        session.suspend(card_id)
    else:
        session.unsuspend(card_id)


def reset_card(database: Database, learner_id: int, card_id: int) -> None:
    """Make a card new again; its review history is kept (one transaction)."""
    from studyapp.services.study import StudySession

    StudySession(database, learner_id).reset(card_id)
