"""The card browser: one search line, a table of cards, actions on the selected card."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import DataTable, Footer, Input, Static

from studyapp.services.browse import BrowseResult, BrowseRow, parse_query, search_cards
from studyapp.tui import card_actions
from studyapp.tui.background import in_thread
from studyapp.tui.formatting import STATE_WORDS, short_due
from studyapp.tui.runtime import Runtime

PLACEHOLDER = "words  deck:NAME  tag:TAG  is:new|learning|review|suspended|leech|due"
TYPE_LABELS = {"qa": "Q&A", "cloze": "cloze", "choice": "MC", "typed": "typed"}
# Question, Type, State, Due, Stab, Diff, Reps, Laps: fits 80 columns with padding.
COLUMNS = (("Question", 26), ("Type", 5), ("State", 9), ("Due", 4), ("Stab", 5))
NUMBER_COLUMNS = (("Diff", 4), ("Reps", 4), ("Laps", 4))
SEARCH_DELAY = 0.3


def state_label(row: BrowseRow) -> str:
    """The card's state in a word; suspended and buried win, ``!`` marks a leech."""
    label = "suspended" if row.suspended else "buried" if row.buried else STATE_WORDS[row.state]
    return label + ("!" if row.leech else "")


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _quote(deck: str) -> str:
    return f'deck:"{deck}"' if " " in deck else f"deck:{deck}"


class CardTable(DataTable[str]):
    """The search results; its Enter is labelled "Details" in the footer."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Details", tooltip="Card details and review history"),
    ]


class BrowseScreen(Screen[None]):
    """Search cards by text (diacritics ignored), deck, tag and state."""

    AUTO_FOCUS = "#search"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "focus_search", "Search", tooltip="Edit the search"),
        Binding("down", "focus_table", "Results", show=False, tooltip="Go to the results"),
        Binding("enter", "details", "Details", tooltip="Card details and review history"),
        Binding("s", "toggle_suspend", "Suspend", tooltip="Suspend or unsuspend the card"),
        Binding("r", "reset", "Reset", tooltip="Make the card new again (history kept)"),
        Binding("e", "edit", "Edit", tooltip="Edit the question and answer"),
        Binding("escape", "back", "Back", tooltip="Leave the search, then the browser"),
    ]
    DEFAULT_CSS = """
    BrowseScreen #browse-title { height: 1; padding: 0 1; background: $primary; }
    BrowseScreen #search { margin: 1 1 0 1; }
    BrowseScreen #browse-status { height: 1; padding: 0 2; color: $text-muted; }
    BrowseScreen #cards { height: 1fr; margin: 0 1; }
    BrowseScreen #preview {
        height: 4;
        padding: 0 1;
        margin: 0 1;
        border-top: solid $primary;
    }
    """

    def __init__(self, runtime: Runtime, *, deck: str | None = None, query: str = "") -> None:
        super().__init__()
        self.runtime = runtime
        self.initial = query or (_quote(deck) if deck else "")
        self.result = BrowseResult((), 0)
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Static("Browse cards", id="browse-title")
        yield Input(self.initial, placeholder=PLACEHOLDER, id="search", compact=True)
        yield Static("Searching…", id="browse-status")
        table = CardTable(id="cards", cursor_type="row", zebra_stripes=True)
        for label, width in COLUMNS + NUMBER_COLUMNS:
            table.add_column(label, width=width, key=label.lower())
        yield table
        yield Static("", id="preview")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.search()

    # -- searching ----------------------------------------------------------

    def on_input_changed(self, event: Input.Changed) -> None:
        """Search as the learner types, once they pause."""
        if event.input.id != "search":
            return
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(SEARCH_DELAY, self.search)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter searches at once and moves to the results."""
        event.stop()
        if self._timer is not None:
            self._timer.stop()
        self.search(focus_results=True)

    def search(self, *, focus_results: bool = False, keep: int | None = None) -> None:
        """Run the search in the input, in a thread; the newest search wins."""
        text = self.query_one("#search", Input).value
        context, now = self.runtime.context, self.runtime.now()

        def job() -> BrowseResult:
            return search_cards(context.database, context.learner_id, parse_query(text), now=now)

        def done(result: BrowseResult) -> None:
            self._show(result, keep=keep)
            if focus_results and result.rows:
                self.query_one("#cards", DataTable).focus()

        in_thread(self, job, done, group="search", exclusive=True)

    def _show(self, result: BrowseResult, *, keep: int | None) -> None:
        self.result = result
        now = self.runtime.now()
        table = self.query_one("#cards", DataTable)
        table.clear()
        for row in result.rows:
            table.add_row(
                row.question,
                TYPE_LABELS.get(row.card_type, row.card_type),
                state_label(row),
                short_due(row.due, now) if row.state != "new" else "—",
                _number(row.stability),
                _number(row.difficulty),
                str(row.reps),
                str(row.lapses),
                key=str(row.card_id),
            )
        ids = [row.card_id for row in result.rows]
        if keep in ids:
            table.move_cursor(row=ids.index(keep))
        if result.notice:
            status = result.notice
        elif result.truncated:
            status = f"{result.matched} cards match; showing the first {len(result.rows)}"
        else:
            status = f"{result.matched} card{'s' if result.matched != 1 else ''}"
        self.query_one("#browse-status", Static).update(status)
        self._preview()
        self.refresh_bindings()

    # -- the selected card --------------------------------------------------

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Show the whole question and answer of the card under the cursor."""
        self._preview()

    def _preview(self) -> None:
        row = self.selected()
        preview = self.query_one("#preview", Static)
        if row is None:
            preview.update("")
            return
        preview.update(
            Content.assemble(
                ("Q ", "bold"),
                row.question,
                ("\nA ", "bold"),
                row.answer,
                (f"  · {row.deck_name} · card {row.card_id}", "dim"),
            )
        )

    def selected(self) -> BrowseRow | None:
        """The card under the cursor."""
        rows = self.result.rows
        index = self.query_one("#cards", DataTable).cursor_row
        return rows[index] if 0 <= index < len(rows) else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Card actions need a card; they apply to the results, not while typing."""
        if action in ("details", "toggle_suspend", "reset", "edit"):
            table = self.query_one("#cards", DataTable)
            return self.focused is table and self.selected() is not None
        if action == "focus_table":
            return self.focused is self.query_one("#search", Input) and bool(self.result.rows)
        return True

    def _reload(self) -> None:
        row = self.selected()
        self.search(keep=None if row is None else row.card_id)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a card opens its details."""
        event.stop()
        self.action_details()

    def action_details(self) -> None:
        """Card details and review history."""
        from studyapp.tui.screens.card_details import CardDetailsScreen

        row = self.selected()
        if row is not None:
            self.app.push_screen(
                CardDetailsScreen(self.runtime, row.card_id), lambda _: self._reload()
            )

    def action_toggle_suspend(self) -> None:
        """Suspend or unsuspend the selected card."""
        if (row := self.selected()) is not None:
            card_actions.toggle_suspended(self, self.runtime, row, self._reload)

    def action_reset(self) -> None:
        """Make the selected card new again, after asking."""
        if (row := self.selected()) is not None:
            card_actions.confirm_reset(self, self.runtime, row, self._reload)

    def action_edit(self) -> None:
        """Edit the selected card's note."""
        if (row := self.selected()) is not None:
            card_actions.edit_card(self, self.runtime, row, self._reload)

    def action_focus_search(self) -> None:
        """Put the cursor in the search line."""
        self.query_one("#search", Input).focus()

    def action_focus_table(self) -> None:
        """Move from the search line to the results."""
        self.query_one("#cards", DataTable).focus()

    def action_back(self) -> None:
        """Esc in the search goes to the results; Esc in the results leaves."""
        if self.focused is self.query_one("#search", Input) and self.result.rows:
            self.action_focus_table()
            return
        self.dismiss()
