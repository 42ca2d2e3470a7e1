"""Anki cloze syntax: ``{{c1::answer}}`` or ``{{c1::answer::hint}}``."""

from __future__ import annotations

import re

CLOZE_RE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.DOTALL)


def has_cloze(text: str) -> bool:
    """Whether the text holds at least one deletion."""
    return CLOZE_RE.search(text) is not None


def cloze_front(text: str, blank: str = "[...]") -> str:
    """The question side: each deletion replaced by its hint or ``blank``."""
    return CLOZE_RE.sub(lambda m: f"[{m.group(3)}]" if m.group(3) else blank, text)


def cloze_back(text: str, mark: tuple[str, str] = ("", "")) -> str:
    """The answer side: deletions filled in, wrapped in ``mark``."""
    return CLOZE_RE.sub(lambda m: f"{mark[0]}{m.group(2)}{mark[1]}", text)


def cloze_answers(text: str) -> tuple[str, ...]:
    """The deleted texts, in order."""
    return tuple(m.group(2) for m in CLOZE_RE.finditer(text))
