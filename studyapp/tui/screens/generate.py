"""Generate a deck from an article: preview the questions, leave some out, name it, save.

The generator runs in a thread worker (it can take a moment on a long
article) while a progress bar moves; the screen stays responsive.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import ClassVar, Protocol

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Label, ProgressBar, Static

from studyapp.core.errors import InputError
from studyapp.core.model import DeckDraft, NoteDraft
from studyapp.core.vietnamese import slugify
from studyapp.services.opening import AppContext
from studyapp.tui.background import in_thread
from studyapp.tui.runtime import Runtime

KEEP, SKIP = "✓ keep", "✗ skip"


class Generated(Protocol):
    """What the generator returns (``studyapp.core.generate.GenerationResult``)."""

    @property
    def deck(self) -> DeckDraft: ...

    @property
    def notices(self) -> Sequence[object]: ...


class Saved(Protocol):
    """What saving returns (``studyapp.services.generation.SavedDeck``)."""

    @property
    def deck_name(self) -> str: ...

    @property
    def added(self) -> int: ...

    @property
    def cards(self) -> int: ...


GenerateFn = Callable[[Path, str | None], Generated]
SaveFn = Callable[[AppContext, DeckDraft, dt.datetime], Saved]


def default_generate(path: Path, deck_name: str | None) -> Generated:
    """Run the real generator, loaded only now (it is the heaviest module)."""
    try:
        from studyapp.services.generation import generate_from_file
    except ImportError as error:
        raise InputError(f"the article generator is not available ({error})") from error
    return generate_from_file(path, deck_name=deck_name)


def default_save(context: AppContext, deck: DeckDraft, now: dt.datetime) -> Saved:
    """Save the deck in one transaction."""
    try:
        from studyapp.services.generation import save_generated
    except ImportError as error:
        raise InputError(f"saving generated decks is not available ({error})") from error
    return save_generated(context.database, deck, now=now)


class DraftTable(DataTable[str]):
    """The generated questions; Enter keeps or skips, like Space."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Keep/skip", show=False),
    ]


class GenerateScreen(Screen[None]):
    """Article path -> generated questions -> keep or skip each -> deck name -> save."""

    AUTO_FOCUS = "#article"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+g", "generate", "Generate", tooltip="Read the article and make questions"),
        Binding(
            "space", "toggle_keep", "Keep/skip", tooltip="Keep or leave out the selected question"
        ),
        Binding("a", "toggle_all", "All/none", tooltip="Keep every question, or none"),
        Binding("ctrl+s", "save", "Save", tooltip="Save the kept questions as a deck"),
        Binding("escape", "back", "Back", tooltip="Back to the deck list"),
    ]
    DEFAULT_CSS = """
    GenerateScreen #generate-title { height: 1; padding: 0 1; background: $primary; }
    GenerateScreen .field { height: 1; padding: 0 1; margin-top: 1; }
    GenerateScreen .field Label { width: 9; }
    GenerateScreen .field Input { width: 1fr; }
    GenerateScreen #working { height: 1; padding: 0 2; }
    GenerateScreen #working Label { padding: 0 0 0 2; }
    GenerateScreen #generate-status { height: auto; max-height: 3; padding: 0 2; }
    GenerateScreen #questions { height: 1fr; margin: 0 1; }
    GenerateScreen #draft-preview {
        height: 4;
        margin: 0 1;
        padding: 0 1;
        border-top: solid $primary;
    }
    GenerateScreen .hidden { display: none; }
    """

    def __init__(
        self,
        runtime: Runtime,
        *,
        generate: GenerateFn = default_generate,
        save: SaveFn = default_save,
    ) -> None:
        super().__init__()
        self.runtime = runtime
        self._generate = generate
        self._save = save
        self.deck: DeckDraft | None = None
        self.kept: list[bool] = []
        self.working = False

    def compose(self) -> ComposeResult:
        yield Static("Generate a deck from an article", id="generate-title")
        with Horizontal(classes="field"):
            yield Label("Article")
            yield Input(placeholder="path/to/article.txt, then Enter", id="article", compact=True)
        with Horizontal(classes="field"):
            yield Label("Deck")
            yield Input(
                placeholder="deck name (default: the headline)", id="deck-name", compact=True
            )
        with Horizontal(id="working", classes="hidden"):
            yield ProgressBar(total=None, show_eta=False, show_percentage=False)
            yield Label("Reading the article and making questions…")
        yield Static(
            "Type the path of a Vietnamese news article (.txt or .html).", id="generate-status"
        )
        table = DraftTable(id="questions", cursor_type="row", zebra_stripes=True)
        table.add_column("Keep", key="keep", width=6)
        table.add_column("Kind", key="kind", width=8)
        table.add_column("Question", key="question", width=38)
        table.add_column("Answer", key="answer", width=14)
        yield table
        yield Static("", id="draft-preview")
        yield Footer(compact=True)

    # -- generating -----------------------------------------------------------

    def _set_working(self, working: bool) -> None:
        self.working = working
        self.query_one("#working").set_class(not working, "hidden")
        self.refresh_bindings()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter on the path generates; Enter on the name saves once there is a preview."""
        event.stop()
        if event.input.id == "deck-name" and self.deck is not None:
            self.action_save()
        else:
            self.action_generate()

    def action_generate(self) -> None:
        """Read the article and build the questions, in a thread."""
        raw = self.query_one("#article", Input).value.strip()
        if not raw:
            self.app.notify("Type the path of an article first.", severity="warning")
            return
        path = Path(raw).expanduser()
        name = self.query_one("#deck-name", Input).value.strip() or None
        self._set_working(True)

        def failed(error: Exception) -> None:
            self._set_working(False)
            self.query_one("#generate-status", Static).update(f"✗ {error}")

        generate = self._generate
        in_thread(self, lambda: generate(path, name), self._preview, failed=failed)

    def _preview(self, result: Generated) -> None:
        self._set_working(False)
        self.deck = result.deck
        self.kept = [True] * len(result.deck.notes)
        name_input = self.query_one("#deck-name", Input)
        if not name_input.value.strip():
            name_input.value = result.deck.name
        table = self.query_one("#questions", DataTable)
        table.clear()
        for index, note in enumerate(result.deck.notes):
            table.add_row(KEEP, str(note.kind), note.question, note.answer, key=str(index))
        notices = "".join(f"\nnote: {notice}" for notice in result.notices)
        self._update_status(notices)
        if result.deck.notes:
            table.focus()
        self.refresh_bindings()

    def _update_status(self, extra: str = "") -> None:
        kept = sum(self.kept)
        total = len(self.kept)
        text = (
            f"{total} questions, {kept} kept · Space keeps/skips · a all/none · Ctrl+S saves"
            + extra
        )
        self.query_one("#generate-status", Static).update(text)

    # -- choosing -------------------------------------------------------------

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Show the whole question under the cursor, its answer and its sentence."""
        index = event.cursor_row
        preview = self.query_one("#draft-preview", Static)
        if self.deck is None or not 0 <= index < len(self.deck.notes):
            preview.update("")
            return
        note = self.deck.notes[index]
        preview.update(
            Content.assemble(
                ("Q ", "bold"),
                note.question,
                ("\nA ", "bold"),
                note.answer,
                ("  · from: ", "dim"),
                (note.source_sentence, "dim"),
            )
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Preview actions need a preview, and nothing works while generating."""
        if self.working:
            return action == "back"
        if action in ("toggle_keep", "toggle_all"):
            table = self.query_one("#questions", DataTable)
            return self.deck is not None and self.focused is table
        if action == "save":
            return self.deck is not None
        return True

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a question keeps or skips it, like Space."""
        event.stop()
        self.action_toggle_keep()

    def action_toggle_keep(self) -> None:
        """Keep or leave out the question under the cursor."""
        table = self.query_one("#questions", DataTable)
        index = table.cursor_row
        if not 0 <= index < len(self.kept):
            return
        self.kept[index] = not self.kept[index]
        table.update_cell(str(index), "keep", KEEP if self.kept[index] else SKIP)
        self._update_status()

    def action_toggle_all(self) -> None:
        """Keep everything, or nothing if everything is kept."""
        keep = not all(self.kept)
        table = self.query_one("#questions", DataTable)
        for index in range(len(self.kept)):
            self.kept[index] = keep
            table.update_cell(str(index), "keep", KEEP if keep else SKIP)
        self._update_status()

    # -- saving -----------------------------------------------------------------

    def chosen_deck(self) -> DeckDraft | None:
        """The previewed deck with only the kept questions, under the chosen name."""
        if self.deck is None:
            return None
        notes: tuple[NoteDraft, ...] = tuple(
            note for note, keep in zip(self.deck.notes, self.kept, strict=True) if keep
        )
        name = self.query_one("#deck-name", Input).value.strip() or self.deck.name
        if name == self.deck.name:
            return dataclasses.replace(self.deck, notes=notes)
        return dataclasses.replace(self.deck, name=name, slug=slugify(name), notes=notes)

    def action_save(self) -> None:
        """Save the kept questions as a deck, in a thread."""
        deck = self.chosen_deck()
        if deck is None:
            return
        if not deck.notes:
            self.app.notify("Every question is left out: nothing to save.", severity="warning")
            return
        context, now, save = self.runtime.context, self.runtime.now(), self._save
        self._set_working(True)

        def done(saved: Saved) -> None:
            self._set_working(False)
            self.app.notify(
                f"Saved deck {saved.deck_name!r}: {saved.added} new questions, "
                f"{saved.cards} cards.",
                title="Deck saved",
            )
            self.dismiss()

        def failed(error: Exception) -> None:
            self._set_working(False)
            self.app.notify(str(error), title="Not saved", severity="error")

        in_thread(self, lambda: save(context, deck, now), done, failed=failed)

    def action_back(self) -> None:
        """Back to the deck list without saving."""
        self.dismiss()
