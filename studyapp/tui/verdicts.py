"""Showing an answer's verdict and its difference from the expected answer.

Colour never carries meaning alone: every styled piece also has a symbol, a
word, an underline or a strike-through, so a monochrome terminal or a light
theme reads the same.
"""

from __future__ import annotations

from textual.content import Content

from studyapp.core.answers import DiffSegment, Outcome, Verdict

VERDICT_WORDS: dict[Outcome, tuple[str, str]] = {
    Outcome.RIGHT: ("✓", "Right"),
    Outcome.TONES: ("≈", "Check the tones"),
    Outcome.WRONG: ("✗", "Wrong"),
}


def verdict_line(outcome: Outcome) -> Content:
    """``"✓ Right"``, ``"≈ Check the tones"`` or ``"✗ Wrong"``, styled by outcome."""
    symbol, word = VERDICT_WORDS[outcome]
    style = {Outcome.RIGHT: "bold $success", Outcome.TONES: "bold $warning"}.get(
        outcome, "bold $error"
    )
    return Content.styled(f"{symbol} {word}", style)


def _given_part(segment: DiffSegment) -> tuple[str, str]:
    if segment.op in ("delete", "replace"):
        return segment.given, "strike $error"
    return segment.given, ""


def _expected_part(segment: DiffSegment) -> tuple[str, str]:
    if segment.op in ("insert", "replace"):
        return segment.expected, "bold underline $success"
    return segment.expected, ""


def diff_lines(verdict: Verdict) -> tuple[Content, Content]:
    """What was typed (extra letters struck out) and what was expected (missing underlined)."""
    given = Content.assemble(
        ("You typed  ", "dim"),
        *(_given_part(s) for s in verdict.diff if s.given),
    )
    if not verdict.given:
        given = Content.assemble(("You typed  ", "dim"), ("(nothing)", "italic"))
    expected = Content.assemble(
        ("Expected   ", "dim"),
        *(_expected_part(s) for s in verdict.diff if s.expected),
    )
    return given, expected
