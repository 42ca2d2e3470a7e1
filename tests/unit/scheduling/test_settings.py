"""Scheduler settings: defaults, validation, JSON round trip."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from fsrs.scheduler import DEFAULT_PARAMETERS
from hypothesis import given
from hypothesis import strategies as st

from studyapp.core.errors import InputError
from studyapp.core.scheduling.settings import (
    LeechAction,
    SchedulerSettings,
    clamp_parameters,
)


def test_defaults() -> None:
    settings = SchedulerSettings()
    assert settings.desired_retention == 0.90
    assert settings.learning_steps == (dt.timedelta(minutes=1), dt.timedelta(minutes=10))
    assert settings.relearning_steps == (dt.timedelta(minutes=10),)
    assert settings.maximum_interval == 36500
    assert settings.enable_fuzzing is True
    assert settings.parameters == tuple(DEFAULT_PARAMETERS) and len(settings.parameters) == 21
    assert (settings.new_per_day, settings.reviews_per_day) == (20, 200)
    assert (settings.day_boundary_hour, settings.timezone) == (4, "UTC")
    assert (settings.leech_threshold, settings.leech_action) == (8, LeechAction.SUSPEND)


settings_strategy = st.builds(
    SchedulerSettings,
    desired_retention=st.floats(0.5, 0.99),
    learning_steps=st.lists(st.integers(1, 10**6).map(lambda s: dt.timedelta(seconds=s))).map(
        tuple
    ),
    relearning_steps=st.lists(
        st.integers(1, 10**6).map(lambda s: dt.timedelta(seconds=s)), max_size=3
    ).map(tuple),
    maximum_interval=st.integers(1, 36500),
    enable_fuzzing=st.booleans(),
    new_per_day=st.integers(0, 9999),
    reviews_per_day=st.integers(0, 9999),
    day_boundary_hour=st.integers(0, 23),
    timezone=st.sampled_from(["UTC", "Asia/Ho_Chi_Minh", "America/New_York", "Europe/Paris"]),
    leech_threshold=st.integers(1, 99),
    leech_action=st.sampled_from(LeechAction),
)


@given(settings_strategy)
def test_dict_round_trip(settings: SchedulerSettings) -> None:
    data = json.loads(json.dumps(settings.to_dict()))
    assert SchedulerSettings.from_dict(data) == settings
    assert hash(SchedulerSettings.from_dict(data)) == hash(settings)


def test_to_dict_is_plain_json() -> None:
    data = SchedulerSettings().to_dict()
    assert data["learning_steps"] == [60, 600]
    assert data["relearning_steps"] == [600]
    assert data["leech_action"] == "suspend"
    assert json.loads(json.dumps(data)) == data


def test_missing_keys_take_defaults() -> None:
    assert SchedulerSettings.from_dict({}) == SchedulerSettings()
    assert SchedulerSettings.from_dict({"new_per_day": 5}).new_per_day == 5


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("desired_retention", 1.0),
        ("desired_retention", 0.0),
        ("learning_steps", [0]),
        ("learning_steps", [1.5]),
        ("relearning_steps", ["10m"]),
        ("maximum_interval", 0),
        ("new_per_day", -1),
        ("reviews_per_day", True),
        ("day_boundary_hour", 24),
        ("timezone", "Mars/Olympus_Mons"),
        ("leech_threshold", 0),
        ("leech_action", "delete"),
        ("parameters", [0.2] * 19),
        ("parameters", [*DEFAULT_PARAMETERS[:20], 5.0]),
        ("enable_fuzzing", "yes"),
    ],
)
def test_invalid_values_are_input_errors_naming_the_field(field: str, value: Any) -> None:
    with pytest.raises(InputError) as caught:
        SchedulerSettings.from_dict({field: value})
    assert caught.value.field == field


def test_unknown_keys_are_refused() -> None:
    with pytest.raises(InputError, match="colour"):
        SchedulerSettings.from_dict({"colour": "blue"})


def test_replace_validates() -> None:
    assert SchedulerSettings().replace(new_per_day=3).new_per_day == 3
    with pytest.raises(InputError):
        SchedulerSettings().replace(day_boundary_hour=-1)


def test_clamp_parameters_brings_float32_values_into_bounds() -> None:
    raw = list(DEFAULT_PARAMETERS)
    raw[19] = 0.800000011920929  # upper bound 0.8, as fsrs-rs returns it
    raw[0] = 0.0
    clamped = clamp_parameters(raw)
    assert clamped[19] == 0.8 and clamped[0] == 0.001
    SchedulerSettings(parameters=clamped)
