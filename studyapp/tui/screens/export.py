"""Export a deck for Anki from the home screen (when the exporter is installed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from studyapp.core.vietnamese import slugify
from studyapp.tui.background import in_thread
from studyapp.tui.runtime import Runtime


class ExportScreen(ModalScreen[None]):
    """Ask for a file name, then call ``studyapp.services.anki_export.export_deck``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", tooltip="Close without exporting")
    ]
    DEFAULT_CSS = """
    ExportScreen { align: center middle; }
    ExportScreen #export-box {
        width: 70;
        height: auto;
        border: thick $primary;
        background: $surface;
        padding: 1 2;
    }
    ExportScreen #export-help { color: $text-muted; margin-top: 1; }
    """

    def __init__(self, runtime: Runtime, deck: str) -> None:
        super().__init__()
        self.runtime = runtime
        self.deck = deck

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box"):
            yield Static(f"Export {self.deck!r} for Anki (Notes in Plain Text)")
            yield Input(f"{slugify(self.deck) or 'deck'}.txt", id="export-path")
            yield Static("Enter exports · Esc cancels", id="export-help")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Export to the typed path."""
        event.stop()
        path = Path(event.value.strip()).expanduser()
        context = self.runtime.context

        def job() -> Any:
            from studyapp.services.anki_export import export_deck

            return export_deck(context.database, self.deck, path, learner_id=context.learner_id)

        def done(_: Any) -> None:
            self.app.notify(f"Exported {self.deck!r} to {path}", title="Export")
            self.dismiss()

        in_thread(self, job, done)

    def action_cancel(self) -> None:
        """Close without exporting."""
        self.dismiss()
