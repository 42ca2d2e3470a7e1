"""The structured result of checking an answer, and the character diff the UI shows."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal, NamedTuple

from fsrs import Rating

DiffOp = Literal["equal", "insert", "delete", "replace"]

# difflib is quadratic; past this many character pairs show one "replace".
_MAX_DIFF_WORK = 250_000


class Outcome(StrEnum):
    """How an answer compares with the expected one."""

    RIGHT = "right"
    TONES = "tones"  # right except for tone marks: "check the tones"
    WRONG = "wrong"


SUGGESTED_RATING: dict[Outcome, Rating] = {
    Outcome.RIGHT: Rating.Good,
    Outcome.TONES: Rating.Hard,
    Outcome.WRONG: Rating.Again,
}


class DiffSegment(NamedTuple):
    """One run of the diff from the given answer to the expected one.

    ``equal``: the same in both; ``delete``: only in the given answer (extra);
    ``insert``: only in the expected answer (missing); ``replace``: ``given``
    was typed where ``expected`` belongs.
    """

    op: DiffOp
    given: str
    expected: str


@dataclass(frozen=True, slots=True)
class Verdict:
    """The result of checking one answer.

    ``given`` and ``expected`` are display forms (NFC, one tone convention,
    trimmed); ``diff`` turns ``given`` into ``expected``, compared without case.
    ``rating`` is only a suggestion: the learner may change it before saving.
    """

    outcome: Outcome
    rating: Rating
    expected: str
    given: str
    diff: tuple[DiffSegment, ...]

    @property
    def is_right(self) -> bool:
        """True only for a fully right answer (not for "check the tones")."""
        return self.outcome is Outcome.RIGHT


def char_diff(given: str, expected: str) -> tuple[DiffSegment, ...]:
    """Character diff from ``given`` to ``expected``, ignoring case."""
    if not given and not expected:
        return ()
    if len(given) * len(expected) > _MAX_DIFF_WORK:
        if given == expected:
            return (DiffSegment("equal", given, expected),)
        return (DiffSegment("replace", given, expected),)
    # Compare case-folded characters one by one so the indices stay those of
    # the display strings even where casefold() changes a character's length.
    matcher = difflib.SequenceMatcher(
        None,
        [ch.casefold() for ch in given],
        [ch.casefold() for ch in expected],
        autojunk=False,
    )
    segments: list[DiffSegment] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        op: DiffOp
        if tag == "equal":
            op = "equal"
        elif tag == "insert":
            op = "insert"
        elif tag == "delete":
            op = "delete"
        else:
            op = "replace"
        segments.append(DiffSegment(op, given[i1:i2], expected[j1:j2]))
    return tuple(segments)


def make_verdict(outcome: Outcome, given: str, expected: str) -> Verdict:
    """Build a :class:`Verdict` with its suggested rating and diff."""
    return Verdict(
        outcome=outcome,
        rating=SUGGESTED_RATING[outcome],
        expected=expected,
        given=given,
        diff=char_diff(given, expected),
    )
