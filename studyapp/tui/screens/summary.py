"""The end of a study session: what was done and what comes next."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from studyapp.services.overview import DueOutlook
from studyapp.tui.formatting import format_seconds, format_span, local_time
from studyapp.tui.runtime import Runtime
from studyapp.tui.tally import SessionTally
from studyapp.tui.widgets.rating_bar import RATING_NAMES


def summary_rows(
    tally: SessionTally, outlook: DueOutlook, runtime: Runtime
) -> list[tuple[str, str]]:
    """The label / value lines of the summary."""
    cards = tally.cards
    right = tally.right_first_time
    share = f" ({round(100 * right / cards)}%)" if cards else ""
    ratings = " · ".join(f"{RATING_NAMES[r]} {n}" for r, n in tally.ratings.items())
    now = runtime.now()
    if outlook.next_due is None:
        next_due = "nothing scheduled"
    else:
        when = local_time(outlook.next_due, now, outlook.timezone)
        next_due = f"in {format_span(outlook.next_due - now)} ({when})"
    answers = tally.answers
    studied = f"{cards}" + (f"  ({answers} answers)" if answers != cards else "")
    return [
        ("Cards studied", studied),
        ("Right first time", f"{right} of {cards}{share}"),
        ("Time spent", format_seconds(tally.seconds)),
        ("Ratings", ratings),
        ("Next card due", next_due),
        ("Still due today", str(outlook.due_today)),
        ("Due tomorrow", str(outlook.due_tomorrow)),
    ]


class SummaryScreen(Screen[None]):
    """Cards studied, right first time, time spent, and when cards are due next."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,escape", "home", "Home", tooltip="Back to the deck list"),
        Binding("q", "app.quit", "Quit", tooltip="Quit studyapp"),
    ]
    DEFAULT_CSS = """
    SummaryScreen { align: center middle; }
    SummaryScreen #summary-box {
        width: 64;
        height: auto;
        border: round $primary;
        padding: 1 2;
    }
    SummaryScreen #summary-title { text-style: bold; width: 100%; text-align: center; }
    SummaryScreen #summary-deck { width: 100%; text-align: center; color: $text-muted; }
    SummaryScreen #summary-body { margin-top: 1; }
    """

    def __init__(
        self,
        runtime: Runtime,
        *,
        deck_label: str,
        tally: SessionTally,
        outlook: DueOutlook,
        complete: bool,
    ) -> None:
        super().__init__()
        self.runtime = runtime
        self.deck_label = deck_label
        self.tally = tally
        self.outlook = outlook
        self.complete = complete

    def compose(self) -> ComposeResult:
        title = "Session complete — nothing more to study now" if self.complete else "Session ended"
        rows = summary_rows(self.tally, self.outlook, self.runtime)
        body = Content("\n").join(
            Content.assemble((f"{label:<18}", "dim"), (value, "bold")) for label, value in rows
        )
        with Center(), Vertical(id="summary-box"):
            yield Static(title, id="summary-title")
            yield Static(self.deck_label, id="summary-deck")
            yield Static(body, id="summary-body")
        yield Footer(compact=True)

    def action_home(self) -> None:
        """Back to the deck list."""
        self.dismiss()
