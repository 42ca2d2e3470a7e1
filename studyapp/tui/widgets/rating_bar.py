"""The four rating buttons, each with the interval it would give ("3 Good · 3d")."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Button

from studyapp.services.study_views import IntervalChoice

RATING_NAMES = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}


def button_label(choice: IntervalChoice, *, selected: bool) -> str:
    """``"▸3 Good · 3d"`` for the selected rating, ``" 3 Good · 3d"`` otherwise."""
    marker = "▸" if selected else " "
    return f"{marker}{choice.rating} {choice.name} · {choice.label}"


class RatingBar(Horizontal):
    """Again / Hard / Good / Easy; the selected one is marked with ▸ as well as colour."""

    DEFAULT_CSS = """
    RatingBar {
        height: 1;
        width: 100%;
        align-horizontal: center;
    }
    RatingBar Button {
        width: 1fr;
        max-width: 19;
        margin: 0 1 0 0;
    }
    RatingBar Button.-selected {
        text-style: bold;
    }
    """

    class Chosen(Message):
        """A rating button was clicked."""

        def __init__(self, rating: int) -> None:
            super().__init__()
            self.rating = rating

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._choices: tuple[IntervalChoice, ...] = ()
        self.selected: int | None = None

    def compose(self) -> ComposeResult:
        for rating, name in RATING_NAMES.items():
            button = Button(f" {rating} {name}", id=f"rate-{rating}", compact=True)
            # Keys drive the screen; buttons only take clicks, never the focus.
            button.can_focus = False
            yield button

    def show(self, choices: tuple[IntervalChoice, ...], selected: int | None) -> None:
        """Label the buttons with the intervals and mark ``selected``."""
        self._choices = choices
        self.select(selected)

    def select(self, rating: int | None) -> None:
        """Mark another rating as the one Enter confirms."""
        self.selected = rating
        for choice in self._choices:
            button = self.query_one(f"#rate-{choice.rating}", Button)
            is_selected = choice.rating == rating
            button.label = button_label(choice, selected=is_selected)
            button.set_class(is_selected, "-selected")
            button.variant = _variant(choice.rating) if is_selected else "default"

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Turn a click into a rating."""
        event.stop()
        if event.button.id and event.button.id.startswith("rate-"):
            self.post_message(self.Chosen(int(event.button.id.removeprefix("rate-"))))


def _variant(rating: int) -> str:
    return {1: "error", 2: "warning", 3: "success", 4: "primary"}[rating]
