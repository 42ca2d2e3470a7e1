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

from studyapp.tui.keys import binding_title, describe_keys
from studyapp.tui.runtime import Runtime
from studyapp.tui.screens.home import HomeScreen

if TYPE_CHECKING:
    # Only for the annotation: the scheduler is not loaded before a session starts.
    from studyapp.services.study import StudySession

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

    def __init__(self, runtime: Runtime, *, start: StudyStart | None = None) -> None:
        super().__init__()
        self.runtime = runtime
        self.start = start

    def on_mount(self) -> None:
        """Show the home screen, and a study session over it if one was asked for."""
        self.push_screen(HomeScreen(self.runtime))
        if self.start is not None:
            from studyapp.tui.screens.study import StudyScreen

            self.push_screen(StudyScreen(self.runtime, self.start.deck, self.start.session))

    def action_help(self) -> None:
        """List every key of the current screen."""
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
