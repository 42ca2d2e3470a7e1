"""One card in full: its note, its state and every answer given to it."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from studyapp.services.browse import CardDetails, card_details
from studyapp.tui import card_actions
from studyapp.tui.background import in_thread
from studyapp.tui.formatting import format_seconds, full_date
from studyapp.tui.runtime import Runtime
from studyapp.tui.screens.browse import TYPE_LABELS, state_label


def details_text(details: CardDetails, timezone: str) -> Content:
    """The note's fields and the card's memory, one labelled line each."""
    row = details.row
    lines: list[tuple[str, str]] = [
        ("Deck", f"{row.deck_name} · {TYPE_LABELS.get(row.card_type, row.card_type)}"),
        ("Question", row.question),
        ("Answer", row.answer),
    ]
    if details.choices:
        lines.append(("Options", " · ".join(details.choices)))
    if details.cloze:
        lines.append(("Cloze", details.cloze))
    if details.source_sentence:
        lines.append(("Source", details.source_sentence))
    if details.tags:
        lines.append(("Tags", " ".join(details.tags)))
    memory = f"{state_label(row)} · due {full_date(row.due, timezone)}"
    if row.stability is not None:
        memory += f" · stability {row.stability:.1f} d"
    if row.difficulty is not None:
        memory += f" · difficulty {row.difficulty:.1f}"
    lines.append(("State", memory))
    lines.append(("Counts", f"{row.reps} reviews · {row.lapses} lapses"))
    return Content("\n").join(
        Content.assemble((f"{label:<9}", "bold"), value) for label, value in lines
    )


class CardDetailsScreen(ModalScreen[bool]):
    """Dismisses with ``True`` if the card was changed."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("s", "toggle_suspend", "Suspend", tooltip="Suspend or unsuspend the card"),
        Binding("r", "reset", "Reset", tooltip="Make the card new again (history kept)"),
        Binding("e", "edit", "Edit", tooltip="Edit the question and answer"),
        Binding("escape", "close", "Close", tooltip="Back to the browser"),
    ]
    DEFAULT_CSS = """
    CardDetailsScreen { align: center middle; }
    CardDetailsScreen #details-box {
        width: 78;
        height: 22;
        border: thick $primary;
        background: $surface;
        padding: 0 1;
    }
    CardDetailsScreen #details-text { height: auto; max-height: 12; }
    CardDetailsScreen #history-title { text-style: bold; margin-top: 1; }
    CardDetailsScreen #history { height: 1fr; }
    """

    def __init__(self, runtime: Runtime, card_id: int) -> None:
        super().__init__()
        self.runtime = runtime
        self.card_id = card_id
        self.details: CardDetails | None = None
        self.changed = False

    def compose(self) -> ComposeResult:
        with Vertical(id="details-box"):
            yield Static("Loading…", id="details-text")
            yield Static("History", id="history-title")
            table: DataTable[str] = DataTable(id="history", cursor_type="row")
            for label in ("When", "Rating", "Time", "Answer given", "Was"):
                table.add_column(label, key=label.lower())
            yield table

    def on_mount(self) -> None:
        self.load()

    def load(self) -> None:
        """Read the card and its history in a thread."""
        context, now = self.runtime.context, self.runtime.now()
        in_thread(
            self,
            lambda: card_details(context.database, context.learner_id, self.card_id, now=now),
            self._show,
        )

    def _show(self, details: CardDetails) -> None:
        self.details = details
        timezone = details.timezone
        self.query_one("#details-text", Static).update(details_text(details, timezone))
        table = self.query_one("#history", DataTable)
        table.clear()
        for entry in reversed(details.history):
            table.add_row(
                full_date(entry.reviewed_at, timezone),
                f"{entry.rating} {entry.rating_name}",
                format_seconds(entry.duration_ms // 1000),
                entry.answer_given or "",
                entry.state_before,
            )
        if not details.history:
            table.add_row("never answered", "", "", "", "")
        self.refresh_bindings()

    def _changed(self) -> None:
        self.changed = True
        self.load()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Card actions wait for the card to load."""
        if action in ("toggle_suspend", "reset", "edit"):
            return self.details is not None
        return True

    def action_toggle_suspend(self) -> None:
        """Suspend or unsuspend the card."""
        if self.details is not None:
            card_actions.toggle_suspended(self, self.runtime, self.details.row, self._changed)

    def action_reset(self) -> None:
        """Make the card new again, after asking."""
        if self.details is not None:
            card_actions.confirm_reset(self, self.runtime, self.details.row, self._changed)

    def action_edit(self) -> None:
        """Edit the card's note."""
        if self.details is not None:
            card_actions.edit_card(self, self.runtime, self.details.row, self._changed)

    def action_close(self) -> None:
        """Back to the browser."""
        self.dismiss(self.changed)
