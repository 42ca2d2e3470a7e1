"""The study header: the deck, what is left today, and the session's progress."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Label, ProgressBar

from studyapp.services.study_views import QueueCounts


def counts_text(counts: QueueCounts) -> str:
    """``"New 12 · Learning 1 · Due 0"``: words, so no colour is needed."""
    return f"New {counts.new} · Learning {counts.learning} · Due {counts.due}"


class SessionHeader(Vertical):
    """Deck name and remaining counts on one line, the progress bar below."""

    DEFAULT_CSS = """
    SessionHeader {
        height: 2;
        padding: 0 1;
        background: $boost;
    }
    SessionHeader #header-line { height: 1; }
    SessionHeader #deck-name { width: 1fr; text-style: bold; }
    SessionHeader #counts { width: auto; }
    SessionHeader #progress-line { height: 1; }
    SessionHeader #progress { width: 1fr; }
    SessionHeader #progress Bar { width: 1fr; }
    SessionHeader #done { width: auto; padding: 0 0 0 1; }
    """

    def __init__(self, deck_name: str) -> None:
        super().__init__()
        self._deck_name = deck_name

    def compose(self) -> ComposeResult:
        with Horizontal(id="header-line"):
            yield Label(self._deck_name, id="deck-name")
            yield Label("", id="counts")
        with Horizontal(id="progress-line"):
            yield ProgressBar(total=1, show_eta=False, show_percentage=False, id="progress")
            yield Label("", id="done")

    def show(self, counts: QueueCounts, answered: int) -> None:
        """Show what is left and how far the session has come."""
        self.query_one("#counts", Label).update(counts_text(counts))
        total = answered + counts.total
        self.query_one("#progress", ProgressBar).update(total=max(total, 1), progress=answered)
        self.query_one("#done", Label).update(f"{answered} of {total} answered")
