"""The home screen: the decks with today's counts and a mastery bar."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from studyapp.services.views import DeckRow, HomeOverview
from studyapp.tui.formatting import mastery_bar
from studyapp.tui.runtime import Runtime

EMPTY = "No decks yet. Press g to generate one from a Vietnamese news article."


def deck_label(row: DeckRow) -> str:
    """A sub-deck is indented under its parent and shows only its own name."""
    summary = row.summary
    return "  " * summary.depth + summary.name.rsplit("::", 1)[-1]


def today_text(overview: HomeOverview, learner: str) -> str:
    """The one-line status at the top: learner, streak, today's work, cards due."""
    new = sum(row.summary.new for row in overview.decks)
    return f"{learner} · {overview.today.line()} · {new} new"


def _count(value: int) -> Text:
    return Text(str(value), justify="right")


class DeckTable(DataTable[str | Text]):
    """The deck list; its Enter is labelled "Study" in the footer."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Study", tooltip="Study the selected deck"),
    ]


class HomeScreen(Screen[None]):
    """Pick a deck and study it; every other screen is one key away."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "study", "Study", tooltip="Study the selected deck"),
        Binding("a", "study_all", "Study all", show=False, tooltip="Study every deck together"),
        Binding("g", "generate", "Generate", tooltip="Make a deck from an article file"),
        Binding("b", "browse", "Browse", tooltip="Search and edit cards"),
        Binding("s", "stats", "Stats", tooltip="See your progress"),
        Binding("x", "export", "Export", tooltip="Export the selected deck for Anki"),
        Binding("r", "refresh", "Refresh", show=False, tooltip="Reload the deck list"),
        Binding("q", "app.quit", "Quit", tooltip="Quit studyapp"),
    ]
    DEFAULT_CSS = """
    HomeScreen #title { height: 1; padding: 0 1; background: $primary; color: $text; }
    HomeScreen #today { height: 1; padding: 0 1; color: $text-muted; }
    HomeScreen #decks { height: 1fr; margin: 1 1 0 1; }
    HomeScreen #empty { margin: 2 4; }
    HomeScreen #deck-info {
        height: 3;
        margin: 0 1;
        padding: 0 1;
        border-top: solid $primary;
        color: $text-muted;
    }
    HomeScreen .hidden { display: none; }
    """

    def __init__(self, runtime: Runtime, preview: HomeOverview | None = None) -> None:
        super().__init__()
        self.runtime = runtime
        self.overview: HomeOverview | None = None
        # Figures read before the database was fully opened (the fast start):
        # shown at once instead of the first reload.
        self._preview = preview

    def compose(self) -> ComposeResult:
        yield Static("studyapp — Vietnamese news as flashcards", id="title")
        yield Static("", id="today")
        table = DeckTable(id="decks", cursor_type="row", zebra_stripes=True)
        table.add_column("Deck", key="deck", width=36)
        table.add_column(Text("New", justify="right"), key="new", width=5)
        table.add_column(Text("Learn", justify="right"), key="learning", width=5)
        table.add_column(Text("Due", justify="right"), key="due", width=5)
        table.add_column("Mastery", key="mastery", width=15)
        yield table
        yield Static(EMPTY, id="empty", classes="hidden")
        yield Static("", id="deck-info")
        yield Footer(compact=True)

    def on_screen_resume(self) -> None:
        """Reload the counts whenever the screen comes back (after studying, say)."""
        preview, self._preview = self._preview, None
        if preview is not None:
            self._show(preview)
        else:
            self.action_refresh()

    def action_refresh(self) -> None:
        """Load the decks and today's figures in a thread."""
        # Imported here: a fast start paints its first screen without it.
        from studyapp.tui.background import in_thread

        runtime = self.runtime

        def load() -> HomeOverview:
            # Imported here, once the context is open: it loads SQLAlchemy,
            # which a fast start keeps off the path to the first paint.
            context = runtime.ensure_open()
            from studyapp.services.overview import home_overview

            return home_overview(context.database, context.learner_id, now=runtime.now())

        in_thread(self, load, self._show, group="home", exclusive=True)

    def _show(self, overview: HomeOverview) -> None:
        self.overview = overview
        learner = self.runtime.learner_name
        self.query_one("#today", Static).update(today_text(overview, learner))
        table = self.query_one(DeckTable)
        selected = self.selected_deck()
        table.clear()
        for row in overview.decks:
            summary = row.summary
            table.add_row(
                deck_label(row),
                _count(summary.new),
                _count(summary.learning),
                _count(summary.due),
                mastery_bar(row.mastery),
                key=summary.name,
            )
        names = [row.summary.name for row in overview.decks]
        if selected in names:
            table.move_cursor(row=names.index(selected))
        empty = not overview.decks
        table.set_class(empty, "hidden")
        self.query_one("#empty").set_class(not empty, "hidden")
        self._describe()
        self.refresh_bindings()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Describe the deck under the cursor."""
        self._describe()

    def _describe(self) -> None:
        info = self.query_one("#deck-info", Static)
        row = self.selected_row()
        if row is None:
            info.update("")
            return
        summary = row.summary
        info.update(
            f"{summary.total} cards · {summary.suspended} suspended · "
            f"{round(row.mastery * 100)}% in review (mastery)\n"
            "Enter studies it · b browses its cards · x exports it for Anki"
        )

    def selected_row(self) -> DeckRow | None:
        """The deck row under the cursor."""
        if self.overview is None or not self.overview.decks:
            return None
        index = self.query_one(DeckTable).cursor_row
        if 0 <= index < len(self.overview.decks):
            return self.overview.decks[index]
        return None

    def selected_deck(self) -> str | None:
        """The name of the deck under the cursor."""
        row = self.selected_row()
        return None if row is None else row.summary.name

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Deck actions need a deck."""
        if action in ("study", "export"):
            return self.selected_deck() is not None
        if action == "study_all":
            return bool(self.overview and self.overview.decks)
        return True

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a deck studies it."""
        event.stop()
        self.action_study()

    def action_study(self) -> None:
        """Study the selected deck."""
        deck = self.selected_deck()
        if deck is not None:
            self._study(deck)

    def action_study_all(self) -> None:
        """Study every deck in one session."""
        self._study(None)

    def _study(self, deck: str | None) -> None:
        self.runtime.ensure_open()
        from studyapp.tui.screens.study import StudyScreen

        self.app.push_screen(StudyScreen(self.runtime, deck))

    def action_generate(self) -> None:
        """Make a deck from an article."""
        self.runtime.ensure_open()
        from studyapp.tui.screens.generate import GenerateScreen

        self.app.push_screen(GenerateScreen(self.runtime))

    def action_browse(self) -> None:
        """Search cards."""
        self.runtime.ensure_open()
        from studyapp.tui.screens.browse import BrowseScreen

        deck = self.selected_deck()
        self.app.push_screen(BrowseScreen(self.runtime, deck=deck))

    def action_stats(self) -> None:
        """Progress statistics."""
        context = self.runtime.ensure_open()
        from studyapp.tui.screens.stats import StatsScreen

        self.app.push_screen(StatsScreen(context))

    def action_export(self) -> None:
        """Export the selected deck for Anki, when the exporter is installed."""
        deck = self.selected_deck()
        if deck is None:
            return
        from importlib.util import find_spec

        if find_spec("studyapp.services.anki_export") is None:
            self.app.notify(
                "export: use `studyapp export DECK --format anki-csv -o FILE`", title="Export"
            )
            return
        self.runtime.ensure_open()
        from studyapp.tui.screens.export import ExportScreen

        self.app.push_screen(ExportScreen(self.runtime, deck))
