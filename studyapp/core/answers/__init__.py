"""Vietnamese-aware answer checking for multiple-choice and typed cards."""

from __future__ import annotations

from studyapp.core.answers.check import check_choice, check_typed, compare_typed
from studyapp.core.answers.normalize import compare_form, display_form
from studyapp.core.answers.numbers_match import Quantity, compare_quantities, parse_quantity
from studyapp.core.answers.verdict import (
    SUGGESTED_RATING,
    DiffOp,
    DiffSegment,
    Outcome,
    Verdict,
    char_diff,
)

__all__ = [
    "SUGGESTED_RATING",
    "DiffOp",
    "DiffSegment",
    "Outcome",
    "Quantity",
    "Verdict",
    "char_diff",
    "check_choice",
    "check_typed",
    "compare_form",
    "compare_quantities",
    "compare_typed",
    "display_form",
    "parse_quantity",
]
