"""Card memory snapshots round-trip exactly, so undo restores byte-identical state."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studyapp.core.scheduling.engine import review
from studyapp.core.scheduling.memory import CardMemory, CardState, Rating
from studyapp.core.scheduling.settings import SchedulerSettings

T0 = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)

aware_times = st.datetimes(
    min_value=dt.datetime(1970, 1, 2),
    max_value=dt.datetime(2200, 1, 1),
    timezones=st.sampled_from([dt.UTC, ZoneInfo("Asia/Ho_Chi_Minh"), ZoneInfo("UTC")]),
)
finite = st.floats(allow_nan=False, allow_infinity=False, width=64)


@st.composite
def memories(draw: st.DrawFn) -> CardMemory:
    state = draw(st.sampled_from(CardState))
    if state is CardState.NEW:
        return CardMemory(reps=draw(st.integers(0, 10**6)), lapses=draw(st.integers(0, 10**6)))
    return CardMemory(
        state=state,
        step=None if state is CardState.REVIEW else draw(st.integers(0, 20)),
        stability=draw(finite),
        difficulty=draw(finite),
        due=draw(aware_times),
        last_review=draw(aware_times),
        reps=draw(st.integers(0, 10**6)),
        lapses=draw(st.integers(0, 10**6)),
    )


@given(memories())
def test_dict_round_trip_is_exact(memory: CardMemory) -> None:
    data = memory.to_dict()
    through_json = json.loads(json.dumps(data))
    assert through_json == data
    restored = CardMemory.from_dict(through_json)
    assert restored == memory
    assert restored.to_dict() == data
    assert restored.to_json() == memory.to_json()
    # Same instant, not merely equal: identical repr of every float and time.
    assert repr(restored) == repr(memory)


@given(memories())
def test_json_round_trip_is_byte_identical(memory: CardMemory) -> None:
    text = memory.to_json()
    assert CardMemory.from_json(text).to_json() == text


def test_memories_after_real_answers_round_trip() -> None:
    settings = SchedulerSettings()
    memory, now = CardMemory(), T0
    for rating in [Rating.Good, Rating.Again, Rating.Good, Rating.Good, Rating.Hard]:
        memory = review(memory, rating, now=now, settings=settings, card_id=9).memory
        assert CardMemory.from_json(memory.to_json()) == memory
        assert memory.due is not None
        now = memory.due


def test_times_are_stored_in_utc() -> None:
    local = dt.datetime(2026, 3, 2, 16, 30, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
    memory = CardMemory(
        state=CardState.REVIEW, stability=1.5, difficulty=5.0, due=local, last_review=local
    )
    assert memory.due == T0 and memory.due is not None and memory.due.tzinfo is dt.UTC
    assert memory.to_dict()["due"] == "2026-03-02T09:30:00.000000+00:00"


@pytest.mark.parametrize(
    "change",
    [
        {"state": "2"},
        {"reps": 1.0},
        {"lapses": True},
        {"stability": "1.5"},
        {"due": 5},
        {"extra": 1},
    ],
)
def test_malformed_snapshots_are_refused(change: dict[str, object]) -> None:
    data = CardMemory(reps=2).to_dict() | change
    with pytest.raises(ValueError):
        CardMemory.from_dict(data)


def test_naive_times_and_bad_numbers_are_refused() -> None:
    with pytest.raises(ValueError):
        CardMemory(due=dt.datetime(2026, 1, 1))
    with pytest.raises(ValueError):
        CardMemory(stability=float("nan"))
    with pytest.raises(ValueError):
        CardMemory(reps=-1)
