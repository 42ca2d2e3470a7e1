"""Answering cards: our engine against py-fsrs run directly, preview, counts, leeches."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from fsrs import Card, Scheduler

from studyapp.core.scheduling.engine import (
    format_interval,
    fsrs_scheduler,
    fuzz_range,
    is_leech_lapse,
    next_interval_days,
    preview,
    replay,
    reschedule,
    reset_memory,
    retrievability,
    review,
)
from studyapp.core.scheduling.memory import CardMemory, CardState, Rating
from studyapp.core.scheduling.settings import SchedulerSettings

T0 = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)
NO_FUZZ = SchedulerSettings(enable_fuzzing=False)
A, H, G, E = Rating.Again, Rating.Hard, Rating.Good, Rating.Easy

HISTORIES = [
    [G, G, G, G, G, G],
    [A, G, G, A, G, H, E, G],
    [E, A, A, G, H, G, G],
    [H, H, G, A, G, G, A, A, G, E],
    [A, A, A, A, G, G, G],
]
# How late each answer comes after the card fell due (0 = exactly on time).
LATENESS = [
    dt.timedelta(0),
    dt.timedelta(hours=7),
    dt.timedelta(days=2),
    dt.timedelta(minutes=3),
    dt.timedelta(days=11),
]


def _run_both(
    ratings: list[Rating], settings: SchedulerSettings
) -> list[tuple[CardMemory, Card, dt.timedelta]]:
    scheduler = Scheduler(
        parameters=settings.parameters,
        desired_retention=settings.desired_retention,
        learning_steps=settings.learning_steps,
        relearning_steps=settings.relearning_steps,
        maximum_interval=settings.maximum_interval,
        enable_fuzzing=False,
    )
    card = Card(card_id=7, due=T0)
    memory = CardMemory()
    now = T0
    steps = []
    for index, rating in enumerate(ratings):
        card, _ = scheduler.review_card(card, rating, now)
        outcome = review(memory, rating, now=now, settings=settings, card_id=7)
        memory = outcome.memory
        steps.append((memory, card, outcome.interval))
        now = card.due + LATENESS[index % len(LATENESS)]
    return steps


@pytest.mark.parametrize("ratings", HISTORIES, ids=lambda r: "".join(x.name[0] for x in r))
@pytest.mark.parametrize(
    "settings",
    [
        NO_FUZZ,
        NO_FUZZ.replace(desired_retention=0.85, learning_steps=(dt.timedelta(minutes=5),)),
        NO_FUZZ.replace(relearning_steps=(), maximum_interval=30),
    ],
    ids=["defaults", "retention-0.85-one-step", "no-relearning-max-30"],
)
def test_interval_sequence_matches_py_fsrs(
    ratings: list[Rating], settings: SchedulerSettings
) -> None:
    for memory, card, interval in _run_both(ratings, settings):
        assert int(memory.state) == int(card.state)
        assert memory.step == card.step
        assert memory.stability == card.stability
        assert memory.difficulty == card.difficulty
        assert memory.due == card.due
        assert memory.last_review == card.last_review
        assert card.last_review is not None
        assert interval == card.due - card.last_review


def test_known_interval_sequences() -> None:
    # Pinned from py-fsrs 6.3 defaults, answers given with the LATENESS pattern.
    minutes, days = dt.timedelta(minutes=1), dt.timedelta(days=1)
    good = [interval for _, _, interval in _run_both([G] * 6, NO_FUZZ)]
    assert good == [10 * minutes, 2 * days, 11 * days, 51 * days, 178 * days, 554 * days]
    mixed = [interval for _, _, interval in _run_both([A, G, G, A, G, G], NO_FUZZ)]
    assert mixed == [minutes, 10 * minutes, days, 10 * minutes, days, 2 * days]


def test_new_card_starts_as_learning_step_zero() -> None:
    outcome = review(CardMemory(), A, now=T0, settings=NO_FUZZ, card_id=1)
    assert outcome.memory.state is CardState.LEARNING
    assert outcome.memory.step == 0
    assert outcome.interval == dt.timedelta(minutes=1)
    assert outcome.memory.due == T0 + dt.timedelta(minutes=1)
    easy = review(CardMemory(), E, now=T0, settings=NO_FUZZ, card_id=1).memory
    assert easy.state is CardState.REVIEW and easy.step is None


def _to_review(settings: SchedulerSettings = NO_FUZZ) -> tuple[CardMemory, dt.datetime]:
    memory = review(CardMemory(), E, now=T0, settings=settings, card_id=3).memory
    assert memory.due is not None
    return memory, memory.due


def test_reps_and_lapses_are_counted() -> None:
    memory, now = _to_review()
    assert (memory.reps, memory.lapses) == (1, 0)
    lapse = review(memory, A, now=now, settings=NO_FUZZ, card_id=3)
    assert lapse.is_lapse and lapse.memory.state is CardState.RELEARNING
    assert (lapse.memory.reps, lapse.memory.lapses) == (2, 1)
    # Again while relearning is not another lapse.
    again = review(lapse.memory, A, now=now + dt.timedelta(minutes=10), settings=NO_FUZZ, card_id=3)
    assert not again.is_lapse
    assert (again.memory.reps, again.memory.lapses) == (3, 1)
    # Nor is Again on a learning card.
    learning = review(CardMemory(), A, now=T0, settings=NO_FUZZ, card_id=3)
    assert not learning.is_lapse and learning.memory.lapses == 0


def test_card_becomes_a_leech_at_the_eighth_lapse_and_again_every_four() -> None:
    memory, now = _to_review()
    leech_at = []
    for lapse in range(1, 17):
        outcome = review(memory, A, now=now, settings=NO_FUZZ, card_id=3)
        assert outcome.memory.lapses == lapse
        if outcome.became_leech:
            leech_at.append(lapse)
        now += dt.timedelta(minutes=10)
        memory = review(outcome.memory, G, now=now, settings=NO_FUZZ, card_id=3).memory
        assert memory.state is CardState.REVIEW and memory.due is not None
        now = memory.due
    assert leech_at == [8, 12, 16]


def test_leech_threshold_is_configurable() -> None:
    assert [n for n in range(1, 10) if is_leech_lapse(n, 3)] == [3, 4, 5, 6, 7, 8, 9]
    assert [n for n in range(1, 12) if is_leech_lapse(n, 5)] == [5, 7, 9, 11]
    assert not is_leech_lapse(7, 8) and is_leech_lapse(8, 8)


@pytest.mark.parametrize("fuzz", [False, True])
def test_preview_matches_review_for_every_rating(fuzz: bool) -> None:
    settings = NO_FUZZ.replace(enable_fuzzing=fuzz)
    memory = CardMemory()
    now = T0
    for rating in [G, G, G, G, A, G, G, H, E]:
        shown = preview(memory, now=now, settings=settings, card_id=11)
        assert list(shown) == [A, H, G, E]
        for each in Rating:
            outcome = review(memory, each, now=now, settings=settings, card_id=11)
            assert shown[each] == outcome.interval
        memory = review(memory, rating, now=now, settings=settings, card_id=11).memory
        assert memory.due is not None
        now = memory.due


def test_fuzz_is_deterministic_and_within_py_fsrs_range() -> None:
    fuzzed = NO_FUZZ.replace(enable_fuzzing=True)
    memory, now = _to_review()
    for _ in range(5):
        memory = review(memory, G, now=now, settings=NO_FUZZ, card_id=3).memory
        assert memory.due is not None
        now = memory.due
    plain = review(memory, G, now=now, settings=NO_FUZZ, card_id=3).interval.days
    low, high = fuzz_range(plain, fuzzed.maximum_interval)
    assert low < plain < high
    seen = set()
    for card_id in range(200):
        first = review(memory, G, now=now, settings=fuzzed, card_id=card_id).interval
        second = review(memory, G, now=now, settings=fuzzed, card_id=card_id).interval
        assert first == second
        assert low <= first.days <= high and first == dt.timedelta(days=first.days)
        seen.add(first.days)
    assert len(seen) > 3  # spread across cards


def test_short_intervals_are_not_fuzzed() -> None:
    assert fuzz_range(1, 36500) == (1, 1)
    assert fuzz_range(2, 36500) == (2, 2)
    assert fuzz_range(100, 50) == (50, 50)
    assert fuzz_range(100, 36500) == (93, 107)


def test_now_must_be_aware_and_other_zones_are_converted() -> None:
    with pytest.raises(ValueError):
        review(CardMemory(), G, now=dt.datetime(2026, 3, 2, 9, 30), settings=NO_FUZZ, card_id=1)
    local = T0.astimezone(dt.timezone(dt.timedelta(hours=7)))
    assert (
        review(CardMemory(), G, now=local, settings=NO_FUZZ, card_id=1).memory
        == review(CardMemory(), G, now=T0, settings=NO_FUZZ, card_id=1).memory
    )


def test_retrievability() -> None:
    assert retrievability(CardMemory(), T0, NO_FUZZ) == 0.0
    memory, due = _to_review()
    assert retrievability(memory, T0, NO_FUZZ) == pytest.approx(1.0)
    at_due = retrievability(memory, due, NO_FUZZ)
    later = retrievability(memory, due + dt.timedelta(days=30), NO_FUZZ)
    assert 0.85 < at_due < 0.95 and 0 < later < at_due


def test_scheduler_is_cached_per_fsrs_settings() -> None:
    assert fsrs_scheduler(NO_FUZZ) is fsrs_scheduler(NO_FUZZ.replace(new_per_day=3))
    assert fsrs_scheduler(NO_FUZZ) is fsrs_scheduler(SchedulerSettings())
    assert fsrs_scheduler(NO_FUZZ) is not fsrs_scheduler(NO_FUZZ.replace(desired_retention=0.8))


def test_next_interval_days_is_py_fsrs_formula() -> None:
    scheduler = fsrs_scheduler(NO_FUZZ)
    for stability in (0.01, 0.5, 1.0, 3.3, 17.2, 250.0, 99999.0):
        assert next_interval_days(stability, NO_FUZZ) == scheduler._next_interval(
            stability=stability
        )


def _history(ratings: list[Rating], settings: SchedulerSettings) -> list[tuple[dt.datetime, int]]:
    out, memory, now = [], CardMemory(), T0
    for rating in ratings:
        out.append((now, int(rating)))
        memory = review(memory, rating, now=now, settings=settings, card_id=5).memory
        assert memory.due is not None
        now = memory.due + dt.timedelta(hours=5)
    return out


@pytest.mark.parametrize("fuzz", [False, True])
def test_replay_reproduces_the_live_memory(fuzz: bool) -> None:
    settings = NO_FUZZ.replace(enable_fuzzing=fuzz)
    memory, now = CardMemory(), T0
    history = []
    for rating in [G, A, G, G, A, A, G, E, G]:
        history.append((now, rating))
        memory = review(memory, rating, now=now, settings=settings, card_id=5).memory
        assert memory.due is not None
        now = memory.due + dt.timedelta(hours=5)
    assert replay(reversed(history), settings=settings, card_id=5) == memory


@pytest.mark.parametrize("fuzz", [False, True])
def test_reschedule_with_same_settings_changes_nothing(fuzz: bool) -> None:
    settings = NO_FUZZ.replace(enable_fuzzing=fuzz)
    history = _history([G, G, G, G], settings)
    memory = replay(history, settings=settings, card_id=5)
    assert memory.state is CardState.REVIEW
    assert reschedule(memory, settings, history[-1][0], card_id=5) == memory
    assert reschedule(memory, settings, history[-1][0], history=history, card_id=5) == memory


def test_reschedule_with_new_parameters_replays_and_never_goes_before_now() -> None:
    history = _history([G, G, G, G, G], NO_FUZZ)
    memory = replay(history, settings=NO_FUZZ, card_id=5)
    faster = list(NO_FUZZ.parameters)
    faster[0:4] = [0.05, 0.1, 0.2, 0.4]
    faster[8] = 0.5
    new_settings = NO_FUZZ.replace(parameters=tuple(faster), desired_retention=0.95)
    last = history[-1][0]
    moved = reschedule(memory, new_settings, last, history=history, card_id=5)
    expected = replay(history, settings=new_settings, card_id=5)
    assert moved.stability == expected.stability and moved.due == expected.due
    assert (moved.reps, moved.lapses) == (memory.reps, memory.lapses)
    assert moved.due is not None and memory.due is not None and moved.due < memory.due
    # Without the history only the due date moves, from the stored stability.
    kept = reschedule(memory, new_settings, last, card_id=5)
    assert kept.stability == memory.stability and memory.last_review is not None
    assert kept.due == memory.last_review + dt.timedelta(
        days=next_interval_days(memory.stability or 0, new_settings)
    )
    much_later = last + dt.timedelta(days=3000)
    assert reschedule(memory, new_settings, much_later, card_id=5).due == much_later


def test_reschedule_leaves_new_and_learning_cards_alone() -> None:
    learning = review(CardMemory(), G, now=T0, settings=NO_FUZZ, card_id=1).memory
    other = NO_FUZZ.replace(desired_retention=0.8)
    assert reschedule(learning, other, T0) == learning
    assert reschedule(CardMemory(), other, T0) == CardMemory()


def test_reset_memory() -> None:
    memory, _ = _to_review()
    assert reset_memory(memory) == CardMemory()
    kept = reset_memory(dataclasses.replace(memory, lapses=4), keep_counts=True)
    assert kept.state is CardState.NEW and (kept.reps, kept.lapses) == (1, 4)


@pytest.mark.parametrize(
    ("interval", "label"),
    [
        (dt.timedelta(0), "<1m"),
        (dt.timedelta(seconds=59), "<1m"),
        (dt.timedelta(minutes=1), "1m"),
        (dt.timedelta(minutes=10), "10m"),
        (dt.timedelta(minutes=5, seconds=30), "6m"),
        (dt.timedelta(minutes=59, seconds=40), "1h"),
        (dt.timedelta(hours=3), "3h"),
        (dt.timedelta(minutes=90), "1.5h"),
        (dt.timedelta(hours=23, minutes=59), "1d"),
        (dt.timedelta(days=1), "1d"),
        (dt.timedelta(days=3), "3d"),
        (dt.timedelta(days=29), "29d"),
        (dt.timedelta(days=30), "1mo"),
        (dt.timedelta(days=60), "2mo"),
        (dt.timedelta(days=45), "1.5mo"),
        (dt.timedelta(days=364), "12.1mo"),
        (dt.timedelta(days=365), "1y"),
        (dt.timedelta(days=438), "1.2y"),
        (dt.timedelta(days=36500), "100y"),
        (-dt.timedelta(days=3), "-3d"),
    ],
)
def test_format_interval_like_anki(interval: dt.timedelta, label: str) -> None:
    assert format_interval(interval) == label


def test_preview_labels_for_a_new_card() -> None:
    labels = {
        rating.name: format_interval(interval)
        for rating, interval in preview(CardMemory(), now=T0, settings=NO_FUZZ, card_id=1).items()
    }
    assert labels == {"Again": "1m", "Hard": "6m", "Good": "10m", "Easy": "8d"}
