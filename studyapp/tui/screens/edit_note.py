"""Editing a card's question and answer in a small dialog; its history is kept."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from studyapp.services.editing import EditableNote, edit_note, note_of_card
from studyapp.tui.background import in_thread
from studyapp.tui.runtime import Runtime


class EditNoteScreen(ModalScreen[bool]):
    """Dismisses with ``True`` when the note was saved, ``False`` when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", tooltip="Save the changes"),
        Binding("escape", "cancel", "Cancel", tooltip="Close without saving"),
    ]
    DEFAULT_CSS = """
    EditNoteScreen { align: center middle; }
    EditNoteScreen #edit-box {
        width: 72;
        height: auto;
        border: thick $primary;
        background: $surface;
        padding: 1 2;
    }
    EditNoteScreen #edit-title { text-style: bold; }
    EditNoteScreen Label { margin-top: 1; }
    EditNoteScreen #edit-help { color: $text-muted; margin-top: 1; }
    """

    def __init__(self, runtime: Runtime, card_id: int) -> None:
        super().__init__()
        self.runtime = runtime
        self.card_id = card_id
        self.note: EditableNote | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="edit-box"):
            yield Static("Edit card", id="edit-title")
            yield Label("Question")
            yield Input(id="edit-question", disabled=True)
            yield Label("Answer")
            yield Input(id="edit-answer", disabled=True)
            yield Static(
                "Enter or Ctrl+S saves · Esc cancels · the card keeps its review history.\n"
                "The answer is also changed in the options and the cloze.",
                id="edit-help",
            )

    def on_mount(self) -> None:
        database = self.runtime.context.database
        in_thread(self, lambda: note_of_card(database, self.card_id), self._loaded)

    def _loaded(self, note: EditableNote) -> None:
        self.note = note
        question = self.query_one("#edit-question", Input)
        answer = self.query_one("#edit-answer", Input)
        question.value, answer.value = note.question, note.answer
        question.disabled = answer.disabled = False
        question.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the question moves to the answer; Enter in the answer saves."""
        event.stop()
        if event.input.id == "edit-question":
            self.query_one("#edit-answer", Input).focus()
        else:
            self.action_save()

    def action_save(self) -> None:
        """Save both fields in one transaction."""
        note = self.note
        if note is None:
            return
        question = self.query_one("#edit-question", Input).value
        answer = self.query_one("#edit-answer", Input).value
        database, now = self.runtime.context.database, self.runtime.now()

        def job() -> EditableNote:
            return edit_note(database, note.note_id, question=question, answer=answer, now=now)

        def done(_: EditableNote) -> None:
            self.app.notify("Card saved; its history is kept.")
            self.dismiss(True)

        in_thread(self, job, done)

    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(False)
