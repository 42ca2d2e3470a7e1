"""Fit FSRS parameters to a learner's own answers with fsrs-rs (no torch).

fsrs-rs learns from *items*: for every answer given on a later study day than
the card's previous answer, the card's history up to and including that answer,
each review carrying ``delta_t``, the number of day boundaries crossed since the
previous answer (0 for answers on the same study day, and for the first).
Days follow the learner's own day boundary and time zone. Items are passed in
the order their last answer was given, as the fsrs-rs examples do.

Quality is measured the way the FSRS tools report it: log loss and RMSE(bins)
from fsrs-rs ``evaluate``, before (current parameters) and after, on the same
items (in-sample, like Anki's "evaluate").
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from fsrs_rs_python import FSRS, FSRSItem, FSRSReview

from studyapp.core.errors import InputError
from studyapp.core.scheduling.days import day_index
from studyapp.core.scheduling.memory import Rating, as_utc
from studyapp.core.scheduling.settings import SchedulerSettings, clamp_parameters

#: Fewest usable answers (see :func:`build_items`) needed before fitting.
#: fsrs-rs itself fits from 8, but with so few the result is mostly noise.
MIN_REVIEWS = 400

CardHistory = Sequence[tuple[datetime, Rating | int]]


class NotEnoughReviewsError(InputError):
    """Too few usable answers to fit parameters; the CLI says so and keeps the old ones."""

    def __init__(self, have: int, need: int) -> None:
        self.have = have
        self.need = need
        super().__init__(f"not enough reviews (have {have}, need {need})")


@dataclass(frozen=True, slots=True)
class Evaluation:
    """How well a set of parameters predicts the recorded answers (lower is better)."""

    log_loss: float
    rmse_bins: float


@dataclass(frozen=True, slots=True)
class FitResult:
    """Fitted parameters with prediction quality before and after.

    ``review_count`` counts every answer given, ``item_count`` the usable ones
    (answers on a later study day than the card's previous answer).
    """

    parameters: tuple[float, ...]
    before: Evaluation
    after: Evaluation
    review_count: int
    item_count: int

    @property
    def improved(self) -> bool:
        """True when the fitted parameters predict the answers better (lower log loss)."""
        return math.isfinite(self.after.log_loss) and self.after.log_loss < self.before.log_loss


def review_sequences(
    histories: Iterable[CardHistory], *, settings: SchedulerSettings
) -> tuple[list[tuple[tuple[int, int], ...]], int]:
    """Turn per-card answer histories into training sequences of ``(rating, delta_t)``.

    Each history is a card's answers as ``(reviewed_at, rating)`` pairs (aware
    datetimes, ratings 1-4), in any order. Returns the sequences, ordered by
    when their last answer was given, and the number of answers read.
    """
    dated: list[tuple[datetime, int, tuple[tuple[int, int], ...]]] = []
    review_count = 0
    for history in histories:
        reviews: list[tuple[int, int]] = []
        previous_day = None
        for reviewed_at, rating in sorted(history, key=lambda entry: entry[0]):
            value = int(rating)
            if not 1 <= value <= 4:
                raise ValueError(f"ratings are 1 (Again) to 4 (Easy), got {rating!r}")
            review_count += 1
            moment = as_utc(reviewed_at, name="reviewed_at")
            today = day_index(moment, settings)
            delta_t = 0 if previous_day is None else (today - previous_day).days
            reviews.append((value, delta_t))
            if delta_t > 0:
                # len(dated) keeps the sort stable for answers given at the same moment.
                dated.append((moment, len(dated), tuple(reviews)))
            previous_day = today
    dated.sort(key=lambda entry: (entry[0], entry[1]))
    return [sequence for _, _, sequence in dated], review_count


def build_items(
    histories: Iterable[CardHistory], *, settings: SchedulerSettings
) -> tuple[list[FSRSItem], int]:
    """The fsrs-rs items for :func:`review_sequences`, and the number of answers read."""
    sequences, review_count = review_sequences(histories, settings=settings)
    items = [
        FSRSItem([FSRSReview(rating, delta_t) for rating, delta_t in sequence])
        for sequence in sequences
    ]
    return items, review_count


def evaluate_parameters(parameters: Sequence[float], items: Sequence[FSRSItem]) -> Evaluation:
    """Log loss and RMSE(bins) of ``parameters`` on ``items`` (fsrs-rs ``evaluate``)."""
    result = FSRS(list(parameters)).evaluate(list(items))
    return Evaluation(log_loss=float(result.log_loss), rmse_bins=float(result.rmse_bins))


def fit_parameters(
    histories: Iterable[CardHistory],
    *,
    settings: SchedulerSettings,
    min_reviews: int = MIN_REVIEWS,
) -> FitResult:
    """Fit FSRS-6 parameters to the learner's answers.

    Raises :class:`NotEnoughReviewsError` with fewer than ``min_reviews`` usable
    answers. The result's parameters are clamped into py-fsrs's bounds, so they
    can go straight into :class:`SchedulerSettings`; "before" is measured with
    ``settings.parameters``. Check :attr:`FitResult.improved` before storing them.
    """
    items, review_count = build_items(histories, settings=settings)
    need = max(min_reviews, 8)  # fsrs-rs refuses fewer than 8 items
    if len(items) < need:
        raise NotEnoughReviewsError(len(items), need)
    fitted = FSRS(list(settings.parameters)).compute_parameters(
        items,
        enable_short_term=True,
        num_relearning_steps=len(settings.relearning_steps),
    )
    parameters = clamp_parameters(fitted)
    return FitResult(
        parameters=parameters,
        before=evaluate_parameters(settings.parameters, items),
        after=evaluate_parameters(parameters, items),
        review_count=review_count,
        item_count=len(items),
    )
