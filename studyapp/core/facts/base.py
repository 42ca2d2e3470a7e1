"""The Fact record shared by every extractor, and small text helpers.

Offsets (``start``/``end`` and friends) index the sentence's ``norm`` text,
which has the same length as its display ``text``; answers are cut from the
display text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from studyapp.core.article import Sentence
from studyapp.core.model import FactKind

# A number as Vietnamese news writes it, standing alone (not inside "Covid-19",
# "5K", "11/NQ", "6/7/2022").
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+(?:\.\d+)?"
NUMBER_RE = re.compile(
    rf"(?<![\w.,/\-–])(?:{NUMBER})(?![\w/]|[.,]\d|-\d|–\d)",
)
WORD_RE = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
QUOTE_PAIRS = {"“": "”", '"': '"', "«": "»", "‘": "’"}


@dataclass(frozen=True, slots=True)
class Fact:
    """One askable fact found in a sentence.

    ``start``/``end`` delimit the answer. In the question stem the span
    ``ask_start``/``ask_end`` is replaced by ``ask`` ("bao nhiêu", "nào",
    "thứ mấy" ...), and ``phrase_start``/``phrase_end`` is the smallest phrase
    that must stay around it (qualifier, unit, counted noun). ``template`` is
    a whole question for facts that are not asked in place (people).
    """

    kind: FactKind
    sentence: Sentence
    start: int
    end: int
    ask_start: int
    ask_end: int
    ask: str
    phrase_start: int
    phrase_end: int
    value: Decimal | None = None
    unit: str = ""
    qualifier: str = ""
    group: str = ""
    as_of: str | None = None
    as_of_phrase: str | None = None
    template: str | None = None
    askable: bool = True
    quoted: bool = False
    extra: tuple[str, ...] = field(default=())

    @property
    def answer(self) -> str:
        """The answer as written in the article."""
        return self.sentence.text[self.start : self.end]

    @property
    def paragraph_index(self) -> int:
        """Paragraph the fact comes from."""
        return self.sentence.paragraph_index

    @property
    def is_caption(self) -> bool:
        """Whether the fact comes from a photo caption."""
        return self.sentence.is_caption

    @classmethod
    def spanning(
        cls,
        kind: FactKind,
        sentence: Sentence,
        start: int,
        end: int,
        ask: str,
        **details: Any,
    ) -> Fact:
        """A fact whose answer, asked span and kept phrase are all ``start:end``."""
        return cls(
            kind=kind,
            sentence=sentence,
            start=start,
            end=end,
            ask_start=start,
            ask_end=end,
            ask=ask,
            phrase_start=start,
            phrase_end=end,
            **details,
        )

    def with_as_of(self, as_of: str | None, phrase: str | None) -> Fact:
        """A copy with the governing "as of" date set."""
        return replace(self, as_of=as_of, as_of_phrase=phrase)


class SpanSet:
    """Character ranges already claimed by an extractor, to avoid double facts."""

    __slots__ = ("_spans",)

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []

    def add(self, start: int, end: int) -> None:
        """Claim a range."""
        self._spans.append((start, end))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a range touches a claimed one."""
        return any(s < end and start < e for s, e in self._spans)

    def free_end(self, start: int, end: int) -> int:
        """Where a range starting at ``start`` must end to stay clear of claimed ones."""
        return min((s for s, e in self._spans if start < s < end), default=end)


def word_set(text: str) -> frozenset[str]:
    """A set of words written as white-space separated text (keeps word lists short)."""
    return frozenset(text.split())


def words_before(text: str, index: int, count: int) -> list[str]:
    """Up to ``count`` words ending before ``index`` (nearest last), same clause only."""
    head = text[:index]
    cut = max(head.rfind(ch) for ch in ',;:()“”"')
    head = head[cut + 1 :]
    return WORD_RE.findall(head)[-count:]


def previous_word(text: str, index: int) -> str:
    """The word right before ``index`` within the same clause ('' if none)."""
    found = words_before(text, index, 1)
    return found[0] if found else ""


def inside_quotes(text: str, index: int) -> bool:
    """Whether ``index`` lies inside a “…” quotation (curly quotes only)."""
    opened = text.rfind("“", 0, index)
    return opened != -1 and text.rfind("”", 0, index) < opened
