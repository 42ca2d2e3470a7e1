"""Fitting FSRS parameters with fsrs-rs on a real review log (py-fsrs test data, MIT)."""

from __future__ import annotations

import csv
import datetime as dt
import time
from collections import defaultdict
from pathlib import Path

import pytest

from studyapp.core.errors import InputError
from studyapp.core.scheduling.engine import review
from studyapp.core.scheduling.memory import CardMemory
from studyapp.core.scheduling.optimizer import (
    CardHistory,
    NotEnoughReviewsError,
    build_items,
    evaluate_parameters,
    fit_parameters,
    review_sequences,
)
from studyapp.core.scheduling.settings import DEFAULT_PARAMETERS, SchedulerSettings

DATA = Path(__file__).resolve().parents[2] / "data" / "review_logs_josh.csv"


def load_histories() -> list[CardHistory]:
    by_card: dict[str, list[tuple[dt.datetime, int]]] = defaultdict(list)
    with DATA.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            moment = dt.datetime.fromisoformat(row["review_time"])
            by_card[row["card_id"]].append((moment, int(row["review_rating"])))
    return list(by_card.values())


def test_fitted_parameters_beat_the_defaults_on_the_real_log() -> None:
    histories = load_histories()
    assert sum(len(h) for h in histories) == 12_580
    settings = SchedulerSettings()
    started = time.perf_counter()
    result = fit_parameters(histories, settings=settings)
    elapsed = time.perf_counter() - started
    assert result.review_count == 12_580
    assert 5_000 < result.item_count < 12_580
    items, _ = build_items(histories, settings=settings)
    before = evaluate_parameters(DEFAULT_PARAMETERS, items)
    assert result.before.log_loss == pytest.approx(before.log_loss, rel=1e-4)
    assert result.before.rmse_bins == pytest.approx(before.rmse_bins, rel=1e-4)
    assert result.after.log_loss < result.before.log_loss
    assert result.after.rmse_bins < result.before.rmse_bins
    assert result.improved
    assert result.parameters != DEFAULT_PARAMETERS and len(result.parameters) == 21
    # The fitted parameters are usable as they are.
    fitted = settings.replace(parameters=result.parameters, enable_fuzzing=False)
    now = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)
    assert review(CardMemory(), 3, now=now, settings=fitted, card_id=1).memory.stability
    assert elapsed < 10, f"fitting took {elapsed:.1f}s"


def test_too_few_reviews_is_a_clear_error() -> None:
    histories = load_histories()[:20]
    with pytest.raises(NotEnoughReviewsError) as caught:
        fit_parameters(histories, settings=SchedulerSettings())
    error = caught.value
    assert isinstance(error, InputError)
    assert error.need == 400 and 0 < error.have < 400
    assert str(error) == f"not enough reviews (have {error.have}, need 400)"
    with pytest.raises(NotEnoughReviewsError, match=r"have 0, need 8"):
        fit_parameters([], settings=SchedulerSettings(), min_reviews=1)


def test_items_use_the_learners_day_boundary() -> None:
    hanoi = SchedulerSettings(timezone="Asia/Ho_Chi_Minh")  # boundary 04:00 = 21:00 UTC
    history = [
        (dt.datetime(2026, 3, 2, 10, tzinfo=dt.UTC), 3),  # day 03-02
        (dt.datetime(2026, 3, 2, 20, tzinfo=dt.UTC), 3),  # 03:00 local: still 03-02
        (dt.datetime(2026, 3, 2, 22, tzinfo=dt.UTC), 1),  # 05:00 local: 03-03
        (dt.datetime(2026, 3, 6, 1, tzinfo=dt.UTC), 3),  # 08:00 local 03-06; 01:00 UTC is 03-05
    ]
    sequences, count = review_sequences([list(reversed(history))], settings=hanoi)
    assert count == 4
    assert sequences == [
        ((3, 0), (3, 0), (1, 1)),
        ((3, 0), (3, 0), (1, 1), (3, 3)),
    ]
    utc_sequences, _ = review_sequences([history], settings=SchedulerSettings())
    # In UTC the 20:00 and 22:00 answers share a study day.
    assert utc_sequences == [((3, 0), (3, 0), (1, 0), (3, 3))]
    items, _ = build_items([history], settings=hanoi)
    assert [item.long_term_review_cnt() for item in items] == [1, 2]


def test_bad_ratings_are_refused() -> None:
    moment = dt.datetime(2026, 3, 2, tzinfo=dt.UTC)
    with pytest.raises(ValueError):
        review_sequences([[(moment, 0)]], settings=SchedulerSettings())
