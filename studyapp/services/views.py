"""Plain frozen dataclasses handed to the TUI and the CLI (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DeckSummary:
    """A deck in the deck list: counts of what can be studied today."""

    id: int
    name: str
    slug: str
    total: int
    new: int
    learning: int
    due: int
    suspended: int

    @property
    def depth(self) -> int:
        """How deep in the ``Parent::Child`` hierarchy the deck sits."""
        return self.name.count("::")
