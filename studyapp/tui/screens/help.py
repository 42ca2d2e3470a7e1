"""The help screen: every key of the screen it was opened from."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from studyapp.tui.keys import KeyHelp


class HelpScreen(ModalScreen[None]):
    """A table of keys; Esc, ? or q closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close", tooltip="Close the help"),
    ]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen #help-box {
        width: 76;
        height: 90%;
        border: thick $primary;
        background: $surface;
        padding: 0 1;
    }
    HelpScreen #help-title { text-style: bold; height: 1; }
    HelpScreen #help-keys { height: 1fr; }
    HelpScreen #help-foot { color: $text-muted; height: 1; }
    """

    def __init__(self, keys: list[KeyHelp]) -> None:
        super().__init__()
        self.keys = keys

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            yield Static("Keys", id="help-title")
            table: DataTable[str] = DataTable(id="help-keys", cursor_type="row")
            table.add_column("Key", key="key", width=16)
            table.add_column("Does", key="does", width=40)
            table.add_column("Where", key="where", width=8)
            for row in self.keys:
                table.add_row(row.keys, row.action, row.where)
            yield table
            yield Static("Esc closes · Ctrl+P lists every action by name", id="help-foot")

    def action_close(self) -> None:
        """Back to the screen the help was opened from."""
        self.dismiss()
