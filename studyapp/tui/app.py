"""The Textual application: screens, app-wide keys and the command palette."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from studyapp.tui import startup_gc
from studyapp.tui.runtime import Runtime
from studyapp.tui.screens.home import HomeScreen

if TYPE_CHECKING:
    # Only for annotations: the scheduler is not loaded before a session starts.
    from studyapp.services.study import StudySession
    from studyapp.services.views import HomeOverview

LIGHT, DARK = "textual-light", "textual-dark"


@dataclass(frozen=True)
class StudyStart:
    """Open straight into a study session (``studyapp study [DECK]``) with a checked session."""

    deck: str | None
    session: StudySession


class StudyApp(App[None]):
    """studyapp's terminal interface; the home screen is always at the bottom."""

    TITLE = "studyapp"
    # Absolute, so subclasses defined elsewhere (tests) find it too.
    CSS_PATH = Path(__file__).with_name("studyapp.tcss")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", tooltip="Show every key of this screen"),
        Binding("ctrl+t", "toggle_theme", "Light/dark", show=False, tooltip="Switch theme"),
    ]

    def __init__(
        self,
        runtime: Runtime,
        *,
        start: StudyStart | None = None,
        preview: HomeOverview | None = None,
    ) -> None:
        """``preview``: the home screen's figures, read before the database was opened."""
        super().__init__()
        self.runtime = runtime
        self.start = start
        self.preview = preview

    def get_default_screen(self) -> Screen[None]:
        """The home screen, at the bottom of the stack from the first frame on."""
        # Instead of pushing it over Textual's blank default screen: one
        # screen fewer to compose and paint before the deck list shows.
        return HomeScreen(self.runtime, self.preview)

    def on_mount(self) -> None:
        """Open a study session over the home screen if one was asked for."""
        if self.start is not None:
            from studyapp.tui.screens.study import StudyScreen

            self.push_screen(StudyScreen(self.runtime, self.start.deck, self.start.session))

    def on_ready(self) -> None:
        """After the first frame: collect garbage again, finish a fast start's opening."""
        startup_gc.resume()
        pending = self.runtime.pending
        if pending is None:
            return

        def finish() -> None:
            # A failure ends the app; the launcher then reports the error as
            # the command line reports any other failure to open.
            if pending.open() is not None:
                self.call_from_thread(self.exit, return_code=1)

        self.run_worker(finish, thread=True, group="opening", exit_on_error=False)

    def action_help(self) -> None:
        """List every key of the current screen."""
        from studyapp.tui.keys import describe_keys
        from studyapp.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss()
            return
        self.push_screen(HelpScreen(describe_keys(self.screen)))

    def action_toggle_theme(self) -> None:
        """Switch between Textual's light and dark themes."""
        self.theme = DARK if self.current_theme.dark is False else LIGHT

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The palette lists Textual's commands and every action the screen offers now."""
        from studyapp.tui.keys import binding_title  # only once the palette opens

        yield from super().get_system_commands(screen)
        yield SystemCommand("Light/dark theme", "Switch theme (ctrl+t)", self.action_toggle_theme)
        seen: set[str] = {"help", "app.help", "command_palette", "app.command_palette"}
        for active in screen.active_bindings.values():
            binding = active.binding
            if not binding.description or binding.action in seen or binding.system:
                continue
            seen.add(binding.action)
            yield SystemCommand(
                binding_title(binding),
                f"key: {self.get_key_display(binding)}",
                partial(self.run_action, binding.action, active.node),
            )
        yield SystemCommand("Help", "Every key of this screen (?)", self.action_help)
