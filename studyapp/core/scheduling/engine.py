"""Answering a card with FSRS-6 (py-fsrs), previewing intervals, rescheduling.

Everything here is a pure function of its arguments; ``now`` is always passed in.

Fuzz: py-fsrs draws its fuzz from the global ``random()``, which would make the
preview disagree with the answer and make replays irreproducible. So the
``fsrs.Scheduler`` always runs with fuzz off, and when the settings ask for
fuzz this module spreads review intervals itself over py-fsrs's own fuzz range,
picking the day from a hash of the card id and its answer number (Anki also
seeds its fuzz per card).
The same answer at the same moment therefore always gives the same interval,
and :func:`preview` shows exactly what :func:`review` will do.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from fsrs import Card, Scheduler, State
from fsrs.scheduler import FUZZ_RANGES

from studyapp.core.scheduling.memory import CardMemory, CardState, Rating, as_utc
from studyapp.core.scheduling.settings import SchedulerSettings


@dataclass(frozen=True, slots=True)
class ReviewOutcome:
    """The result of one answer: the new memory and what the session should say."""

    memory: CardMemory
    interval: timedelta
    is_lapse: bool
    became_leech: bool


@lru_cache(maxsize=32)
def _cached_scheduler(
    parameters: tuple[float, ...],
    desired_retention: float,
    learning_steps: tuple[timedelta, ...],
    relearning_steps: tuple[timedelta, ...],
    maximum_interval: int,
) -> Scheduler:
    return Scheduler(
        parameters=parameters,
        desired_retention=desired_retention,
        learning_steps=learning_steps,
        relearning_steps=relearning_steps,
        maximum_interval=maximum_interval,
        enable_fuzzing=False,
    )


def fsrs_scheduler(settings: SchedulerSettings) -> Scheduler:
    """Return the (cached, fuzz-free) ``fsrs.Scheduler`` for these settings.

    Only the FSRS fields form the cache key, so changing a daily limit does not
    build a new scheduler.
    """
    return _cached_scheduler(
        settings.parameters,
        settings.desired_retention,
        settings.learning_steps,
        settings.relearning_steps,
        settings.maximum_interval,
    )


def _to_fsrs_card(memory: CardMemory, card_id: int, now: datetime) -> Card:
    if memory.state is CardState.NEW:
        # A new card enters FSRS as Learning step 0 with no memory yet.
        return Card(card_id=card_id, state=State.Learning, step=0, due=now)
    return Card(
        card_id=card_id,
        state=State(int(memory.state)),
        step=memory.step,
        stability=memory.stability,
        difficulty=memory.difficulty,
        due=memory.due if memory.due is not None else now,
        last_review=memory.last_review,
    )


def fuzz_range(interval_days: int, maximum_interval: int) -> tuple[int, int]:
    """Return the inclusive ``(min, max)`` days a review interval may be fuzzed to.

    Same ranges as py-fsrs (and Anki): none below 3 days, then ±15 %, ±10 %
    and ±5 % bands.
    """
    if interval_days < 2.5:
        return interval_days, interval_days
    delta = 1.0
    for band in FUZZ_RANGES:
        delta += band["factor"] * max(min(float(interval_days), band["end"]) - band["start"], 0.0)
    low = max(2, round(interval_days - delta))
    high = min(round(interval_days + delta), maximum_interval)
    return min(low, high), high


_MASK64 = (1 << 64) - 1


def _fuzz_fraction(card_id: int, reps: int) -> float:
    """A uniform number in [0, 1) fixed by (card id, answer number): splitmix64.

    Much cheaper than seeding a ``random.Random`` on every answer, and the
    same on every machine and Python version.
    """
    x = (card_id * 0x9E3779B97F4A7C15 + reps * 0xD1B54A32D192ED03) & _MASK64
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & _MASK64
    x ^= x >> 31
    return x / 2.0**64


def _fuzzed_days(interval_days: int, *, card_id: int, reps: int, maximum_interval: int) -> int:
    low, high = fuzz_range(interval_days, maximum_interval)
    if low == high:
        return low
    # Seeded per card and answer number: deterministic, but spread across cards.
    spread = int(_fuzz_fraction(card_id, reps) * (high - low + 1))
    return min(low + spread, high)


def next_interval_days(stability: float, settings: SchedulerSettings) -> int:
    """Whole days until retrievability falls to the desired retention (py-fsrs's formula)."""
    decay = -settings.parameters[20]
    factor = 0.9 ** (1 / decay) - 1
    days: float = (stability / factor) * (settings.desired_retention ** (1 / decay) - 1)
    return min(max(round(days), 1), settings.maximum_interval)


def is_leech_lapse(lapses: int, threshold: int) -> bool:
    """Whether reaching ``lapses`` lapses makes a card a leech.

    As in Anki: at the threshold, then again every half threshold (8, 12, 16...),
    so a card that was unsuspended and keeps failing is flagged again.
    """
    if lapses < threshold:
        return False
    return (lapses - threshold) % max(threshold // 2, 1) == 0


def _answer(
    memory: CardMemory, rating: Rating, now: datetime, settings: SchedulerSettings, card_id: int
) -> tuple[Card, datetime]:
    """Run py-fsrs for one answer; return its card and the (fuzzed) due time."""
    scheduler = fsrs_scheduler(settings)
    card, _ = scheduler.review_card(_to_fsrs_card(memory, card_id, now), rating, now)
    due = card.due
    if settings.enable_fuzzing and card.state == State.Review:
        days = _fuzzed_days(
            (due - now).days,
            card_id=card_id,
            reps=memory.reps + 1,
            maximum_interval=settings.maximum_interval,
        )
        due = now + timedelta(days=days)
    return card, due


def review(
    memory: CardMemory,
    rating: Rating | int,
    *,
    now: datetime,
    settings: SchedulerSettings,
    card_id: int,
) -> ReviewOutcome:
    """Answer a card with ``rating`` at ``now`` and return its new memory.

    ``reps`` counts every answer; a lapse is Again on a card in REVIEW state.
    ``became_leech`` is true when this lapse reaches the leech threshold (see
    :func:`is_leech_lapse`); what to do then is ``settings.leech_action``.
    """
    now = as_utc(now)
    rating = Rating(rating)
    card, due = _answer(memory, rating, now, settings, card_id)
    is_lapse = memory.state is CardState.REVIEW and rating is Rating.Again
    lapses = memory.lapses + int(is_lapse)
    new_memory = CardMemory(
        state=CardState(int(card.state)),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=due,
        last_review=now,
        reps=memory.reps + 1,
        lapses=lapses,
    )
    return ReviewOutcome(
        memory=new_memory,
        interval=due - now,
        is_lapse=is_lapse,
        became_leech=is_lapse and is_leech_lapse(lapses, settings.leech_threshold),
    )


def preview(
    memory: CardMemory,
    *,
    now: datetime,
    settings: SchedulerSettings,
    card_id: int,
) -> dict[Rating, timedelta]:
    """Return the next interval for each of the four ratings, exactly as :func:`review` would.

    Exact even with fuzz on, since the fuzz is fixed by card id and answer number.
    """
    now = as_utc(now)
    return {rating: _answer(memory, rating, now, settings, card_id)[1] - now for rating in Rating}


def retrievability(memory: CardMemory, now: datetime, settings: SchedulerSettings) -> float:
    """Predicted probability of recalling the card at ``now`` (0.0 for a new card).

    Elapsed time counts in whole days, as py-fsrs does when it schedules.
    """
    if memory.state is CardState.NEW or memory.stability is None or memory.last_review is None:
        return 0.0
    card = _to_fsrs_card(memory, 0, as_utc(now))
    return float(fsrs_scheduler(settings).get_card_retrievability(card, as_utc(now)))


def replay(
    history: Iterable[tuple[datetime, Rating | int]],
    *,
    settings: SchedulerSettings,
    card_id: int,
) -> CardMemory:
    """Recompute a card's memory from its answers (oldest first), starting from NEW.

    With the settings that were live at the time this reproduces the stored
    memory exactly (fuzz is deterministic); with new parameters it gives the
    memory those parameters would have built.
    """
    memory = CardMemory()
    for reviewed_at, rating in sorted(history, key=lambda entry: entry[0]):
        memory = review(memory, rating, now=reviewed_at, settings=settings, card_id=card_id).memory
    return memory


def reschedule(
    memory: CardMemory,
    settings: SchedulerSettings,
    now: datetime,
    *,
    history: Iterable[tuple[datetime, Rating | int]] | None = None,
    card_id: int = 0,
) -> CardMemory:
    """Bring a card in line with new settings (after fitting parameters, say).

    With ``history`` (the card's answers since it was last new) the memory state
    is replayed under the new parameters first; without it the stored stability
    is kept. A REVIEW card is then due one new interval after its last review,
    fuzzed as :func:`review` would, but never before ``now``: a card made overdue
    by the change is simply due now. Learning cards keep their step due times;
    ``reps`` and ``lapses`` are kept.
    """
    now = as_utc(now)
    base = memory
    entries = list(history) if history is not None else []
    if entries and memory.state is not CardState.NEW:
        replayed = replay(entries, settings=settings, card_id=card_id)
        base = dataclasses.replace(replayed, reps=memory.reps, lapses=memory.lapses)
    if base.state is not CardState.REVIEW or base.stability is None or base.last_review is None:
        return base
    days = next_interval_days(base.stability, settings)
    if settings.enable_fuzzing:
        days = _fuzzed_days(
            days, card_id=card_id, reps=base.reps, maximum_interval=settings.maximum_interval
        )
    due = max(base.last_review + timedelta(days=days), now)
    return dataclasses.replace(base, due=due)


def reset_memory(memory: CardMemory, *, keep_counts: bool = False) -> CardMemory:
    """Return the memory of the card made new again (counts kept only if asked)."""
    if keep_counts:
        return CardMemory(reps=memory.reps, lapses=memory.lapses)
    return CardMemory()


_MINUTE, _HOUR, _DAY = 60.0, 3600.0, 86400.0


def _trim(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def format_interval(interval: timedelta) -> str:
    """Format an interval the way Anki labels its answer buttons.

    "<1m", "10m", "1.5h", "3d", "2mo", "1.2y"; a month is 30 days and a year
    365 days; negative intervals get a leading "-".
    """
    seconds = interval.total_seconds()
    if seconds < 0:
        return "-" + format_interval(-interval)
    if seconds < _MINUTE:
        return "<1m"
    minutes = round(seconds / _MINUTE)
    if minutes < 60:
        return f"{minutes}m"
    hours = round(seconds / _HOUR, 1)
    if hours < 24:
        return f"{_trim(hours)}h"
    days = round(seconds / _DAY)
    if days < 30:
        return f"{days}d"
    if days < 365:
        months = round(days / 30, 1)
        return f"{_trim(months)}mo"
    return f"{_trim(round(seconds / (365 * _DAY), 1))}y"
