"""Progress statistics for one learner: one read transaction, SQL aggregates only.

Python here works on one row per deck, per paragraph or per study day (streaks,
zero-filled series), never on review rows. Study days follow the learner's
time zone and day-boundary hour (:mod:`studyapp.core.scheduling.days`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence

from sqlalchemy.orm import Session

from studyapp.core.errors import InputError
from studyapp.core.scheduling.days import day_bounds, day_index, start_of_day
from studyapp.core.scheduling.queue import remaining_limits
from studyapp.core.scheduling.settings import SchedulerSettings
from studyapp.db import stats_activity as qa
from studyapp.db import stats_queries as qc
from studyapp.db.session import Database
from studyapp.db.study_queries import deck_ids_for
from studyapp.db.types import from_epoch_us, to_epoch_us
from studyapp.services.learner_settings import settings_for
from studyapp.services.stats_views import (
    Activity,
    ArticleMastery,
    CardCounts,
    DayCount,
    DeckStats,
    ForecastDay,
    HardCard,
    MemoryFigures,
    ParagraphMastery,
    PeriodTotals,
    Retention,
    RetentionFigure,
    ReviewLogEntry,
    Stats,
    TodaySummary,
)

HISTORY_DAYS = 365
FORECAST_DAYS = 30
HARDEST = 10
_EPOCH_DAY = dt.date(1970, 1, 1)
_STATE_NAMES = {0: "new", 1: "learning", 2: "review", 3: "relearning"}


def _day_number(day: dt.date) -> int:
    return (day - _EPOCH_DAY).days


def _date(number: int) -> dt.date:
    return _EPOCH_DAY + dt.timedelta(days=number)


# -- activity -------------------------------------------------------------


def streaks(days_studied: Iterable[int], today: int) -> tuple[int, int]:
    """``(current, longest)`` runs of consecutive day numbers.

    The current run ends today, or yesterday when today is not (yet) studied.
    """
    studied = set(days_studied)
    end = today if today in studied else today - 1
    current = 0
    while end - current in studied:
        current += 1
    longest = run = 0
    previous: int | None = None
    for day in sorted(studied):
        run = run + 1 if previous is not None and day == previous + 1 else 1
        longest = max(longest, run)
        previous = day
    return current, longest


def _segments(
    session: Session, learner_id: int, settings: SchedulerSettings, now: dt.datetime
) -> qa.OffsetSegments:
    # Cover every review and the forecast horizon; a day of margin either side.
    now_us = to_epoch_us(now)
    span = qa.review_time_range(session, learner_id)
    low = min(span[0], now_us) if span else now_us
    high = max(span[1], now_us) if span else now_us
    margin = qa.DAY_US * (FORECAST_DAYS + 2)
    return qa.offset_segments(settings.timezone, low - qa.DAY_US, high + margin)


def _activity(rows: Sequence[qa.DayActivity], today: int) -> Activity:
    by_day = {row.day: row for row in rows}
    empty = qa.DayActivity(0, 0, 0, 0, 0, 0)
    days = []
    for number in range(today - HISTORY_DAYS + 1, today + 1):
        row = by_day.get(number, empty)
        days.append(
            DayCount(
                _date(number),
                reviews=row.reviews,
                duration_ms=row.duration_ms,
                retention_reviews=row.review_reviews,
                retention_passed=row.review_passed,
            )
        )
    current, longest = streaks(by_day, today)
    totals = PeriodTotals(
        reviews=sum(row.reviews for row in rows),
        duration_ms=sum(row.duration_ms for row in rows),
        days_studied=len(rows),
    )
    return Activity(tuple(days), current, longest, totals)


def _retention(rows: Sequence[qa.DayActivity], today: int, desired: float) -> Retention:
    def since(first_day: int | None) -> RetentionFigure:
        picked = [r for r in rows if first_day is None or r.day >= first_day]
        return RetentionFigure(
            reviews=sum(r.review_reviews for r in picked),
            passed=sum(r.review_passed for r in picked),
        )

    return Retention(desired, since(today), since(today - 6), since(today - 29), since(None))


# -- cards ----------------------------------------------------------------


def _curve(settings: SchedulerSettings, now: dt.datetime) -> qc.Curve:
    # FSRS-6's forgetting curve, as py-fsrs builds it from the parameters.
    decay = -settings.parameters[20]
    return qc.Curve(
        now_us=to_epoch_us(now),
        decay=decay,
        factor=0.9 ** (1 / decay) - 1,
        desired_retention=settings.desired_retention,
    )


def _deck_figures(total: int, groups: Sequence[qc.StateGroup]) -> tuple[CardCounts, MemoryFigures]:
    def count(state: int) -> int:
        return sum(g.cards for g in groups if g.state == state)

    studied = [g for g in groups if g.state != qc.NEW]
    mature = sum(g.mature for g in groups if g.state == qc.REVIEW)
    cards = CardCounts(
        total=total,
        new=total - sum(g.cards for g in studied),
        learning=count(qc.LEARNING),
        relearning=count(qc.RELEARNING),
        young=count(qc.REVIEW) - mature,
        mature=mature,
        suspended=sum(g.cards for g in groups if g.suspended),
        leech=sum(g.leeches for g in groups),
    )
    memory = MemoryFigures(
        total=total,
        studied=sum(g.cards for g in studied),
        mastered=sum(g.mastered for g in studied),
        retrievability_sum=sum(g.retrievability_sum for g in studied),
    )
    return cards, memory


def _sum_cards(parts: Sequence[CardCounts]) -> CardCounts:
    return CardCounts(
        *(sum(getattr(p, name) for p in parts) for name in CardCounts.__dataclass_fields__)
    )


def _sum_memory(parts: Sequence[MemoryFigures]) -> MemoryFigures:
    return MemoryFigures(
        total=sum(p.total for p in parts),
        studied=sum(p.studied for p in parts),
        mastered=sum(p.mastered for p in parts),
        retrievability_sum=sum(p.retrievability_sum for p in parts),
    )


def _articles(
    session: Session,
    learner_id: int,
    decks: Sequence[tuple[int, str]],
    scope: qc.Scope,
    curve: qc.Curve,
) -> tuple[ArticleMastery, ...]:
    ids = [deck_id for deck_id, _ in decks]
    rows = qc.paragraph_rows(session, learner_id, scope, curve)
    figures = {(r.deck_id, r.index): r for r in rows}
    texts: dict[int, list[ParagraphMastery]] = {}
    for deck_id, index, text, is_caption in qc.article_paragraphs(session, ids):
        row = figures.get((deck_id, index))
        counts = (row.cards, row.studied, row.mastered) if row else (0, 0, 0)
        texts.setdefault(deck_id, []).append(ParagraphMastery(index, text, is_caption, *counts))
    return tuple(
        ArticleMastery(deck_id, name, tuple(texts[deck_id]))
        for deck_id, name in decks
        if deck_id in texts
    )


def _decks(session: Session, deck: str | None) -> tuple[list[tuple[int, str]], list[int] | None]:
    """The decks in scope with their names, and their ids (``None``: every deck)."""
    decks = deck_ids_for(session, deck)
    if deck is not None and not decks:
        raise InputError(f"no deck called {deck!r}; `studyapp decks` lists them")
    return decks, None if deck is None else [deck_id for deck_id, _ in decks]


def _scope(session: Session, deck: str | None) -> tuple[list[tuple[int, str]], qc.Scope]:
    decks, ids = _decks(session, deck)
    return decks, qc.Scope(ids, qc.retired_cards(session, ids))


# -- the services ---------------------------------------------------------


def stats(
    database: Database, learner_id: int, *, now: dt.datetime, deck: str | None = None
) -> Stats:
    """Every figure of ``studyapp stats [DECK]`` at ``now``, read in one transaction.

    ``deck`` also covers its ``Parent::Child`` sub-decks; an unknown name is an
    :class:`InputError`. Per-paragraph mastery (``articles``) is computed only
    when a deck is named.
    """
    with database.read() as session:
        settings = settings_for(session, learner_id)
        decks, scope = _scope(session, deck)
        qc.ensure_math_functions(session)
        curve = _curve(settings, now)
        today = _day_number(day_index(now, settings))
        _, today_end = day_bounds(now, settings)
        segments = _segments(session, learner_id, settings, now)
        boundary = settings.day_boundary_hour
        activity_rows = qa.activity_by_day(
            session, learner_id, scope.deck_ids, segments=segments, boundary_hour=boundary
        )
        totals = qc.card_totals(session, scope)
        groups = qc.state_groups(session, learner_id, scope, curve)
        horizon = qc.Horizon(
            today=today,
            today_end_us=to_epoch_us(today_end),
            end_us=to_epoch_us(start_of_day(_date(today + FORECAST_DAYS), settings)),
            segments=segments,
            boundary_hour=boundary,
        )
        due = qc.forecast_counts(session, learner_id, scope, horizon)
        hardest = qc.hardest_cards(session, learner_id, scope, curve, limit=HARDEST)
        articles = _articles(session, learner_id, decks, scope, curve) if deck else ()
    per_deck = []
    for deck_id, name in decks:
        cards, memory = _deck_figures(
            totals.get(deck_id, 0), [g for g in groups if g.deck_id == deck_id]
        )
        per_deck.append(DeckStats(deck_id, name, cards, memory))
    return Stats(
        generated_at=now,
        today=_date(today),
        deck=deck,
        timezone=settings.timezone,
        day_boundary_hour=boundary,
        cards=_sum_cards([d.cards for d in per_deck]),
        memory=_sum_memory([d.memory for d in per_deck]),
        decks=tuple(per_deck),
        activity=_activity(activity_rows, today),
        retention=_retention(activity_rows, today, settings.desired_retention),
        forecast=tuple(
            ForecastDay(_date(n), due.get(n, 0)) for n in range(today, today + FORECAST_DAYS)
        ),
        articles=articles,
        hardest=tuple(_hard_card(h) for h in hardest),
    )


def _hard_card(row: qc.HardCardRow) -> HardCard:
    return HardCard(
        card_id=row.card_id,
        deck=row.deck,
        card_type=row.card_type,
        question=row.question,
        lapses=row.lapses,
        reps=row.reps,
        state=_STATE_NAMES.get(row.state, "new"),
        retrievability=row.retrievability,
        suspended=row.suspended,
        leech=row.leech,
    )


def today_summary(database: Database, learner_id: int, now: dt.datetime) -> TodaySummary:
    """The home screen's line: current streak, today's reviews and minutes, cards due.

    ``due_today`` counts learning cards and review cards due before the day
    ends, the reviews capped by what today's review limit still allows (as
    the study queue does).
    """
    with database.read() as session:
        settings = settings_for(session, learner_id)
        today = _day_number(day_index(now, settings))
        _, today_end = day_bounds(now, settings)
        rows = qa.activity_by_day(
            session,
            learner_id,
            None,
            segments=_segments(session, learner_id, settings, now),
            boundary_hour=settings.day_boundary_hour,
        )
        learning, review = qc.due_today_counts(
            session,
            learner_id,
            qc.Scope(None, qc.retired_cards(session, None)),
            now_us=to_epoch_us(now),
            today_end_us=to_epoch_us(today_end),
        )
    current, _ = streaks((row.day for row in rows), today)
    done = next((row for row in rows if row.day == today), None)
    limits = remaining_limits(
        settings,
        new_today=done.new_reviews if done else 0,
        reviews_today=done.review_reviews if done else 0,
    )
    return TodaySummary(
        current_streak=current,
        reviews_today=done.reviews if done else 0,
        minutes_today=(done.duration_ms if done else 0) / 60_000,
        due_today=learning + min(review, limits.reviews),
    )


def review_log(
    database: Database, learner_id: int, *, deck: str | None = None
) -> Iterator[ReviewLogEntry]:
    """The learner's answers, oldest first, for the CSV export (streamed).

    An unknown deck raises :class:`InputError` here, before anything is read;
    the rows are read in one transaction, open until the iterator is exhausted
    or closed.
    """
    with database.read() as session:
        _, ids = _decks(session, deck)
    return _review_log_rows(database, learner_id, ids)


def _review_log_rows(
    database: Database, learner_id: int, ids: list[int] | None
) -> Iterator[ReviewLogEntry]:
    with database.read() as session:
        for row in qa.review_log_rows(session, learner_id, ids):
            yield ReviewLogEntry(
                card_id=row.card_id,
                deck=row.deck,
                question=row.question,
                rating=row.rating,
                reviewed_at=from_epoch_us(row.reviewed_at_us),
                duration_ms=row.duration_ms,
            )
