"""What happened in one study session: the answers, for the summary and for undo."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

# Like Anki's "maximum answer seconds": a learner who walks away from a card
# should not count an hour as study time.
MAX_ANSWER_MS = 60_000


@dataclass(frozen=True, slots=True)
class Answer:
    """One answer given in the session."""

    card_id: int
    rating: int
    duration_ms: int


class SessionTally:
    """The answers of a session in order; undo takes the last one off."""

    def __init__(self) -> None:
        self._answers: list[Answer] = []

    def record(self, card_id: int, rating: int, duration_ms: int) -> Answer:
        """Remember an answer (its time capped at :data:`MAX_ANSWER_MS`)."""
        answer = Answer(card_id, rating, max(0, min(duration_ms, MAX_ANSWER_MS)))
        self._answers.append(answer)
        return answer

    def undo(self) -> Answer | None:
        """Forget the last answer, as the database did."""
        return self._answers.pop() if self._answers else None

    @property
    def answers(self) -> int:
        """How many answers were given (a card answered twice counts twice)."""
        return len(self._answers)

    @property
    def cards(self) -> int:
        """How many different cards were studied."""
        return len({a.card_id for a in self._answers})

    @property
    def right_first_time(self) -> int:
        """Cards whose first answer in this session was not Again."""
        first: dict[int, int] = {}
        for answer in self._answers:
            first.setdefault(answer.card_id, answer.rating)
        return sum(1 for rating in first.values() if rating > 1)

    @property
    def seconds(self) -> int:
        """Time spent answering, in whole seconds."""
        return sum(a.duration_ms for a in self._answers) // 1000

    @property
    def ratings(self) -> dict[int, int]:
        """How many answers got each rating 1..4."""
        counts = Counter(a.rating for a in self._answers)
        return {rating: counts.get(rating, 0) for rating in (1, 2, 3, 4)}
